#pragma once

#include <QColor>
#include <QString>

class QFont;
class QPainter;
class QRectF;

namespace whop::avatar {

// The face shown for a profile without a picture: up to two initials, in white, on a colour
// that belongs to the user. The sandbox draws its generated pictures (the demo's, the account
// logos in All Accounts) with it, and the avatar draws a picture-less profile with it, so the
// two look alike. Needs a QGuiApplication to paint text.
struct InitialsFace
{
    QString initials; // empty: neither the name nor the username has a letter or digit
    QColor background;

    // Initials from `name`, else from `username`; the colour from `key` (a user or account id).
    static InitialsFace of(const QString &name, const QString &username, const QString &key);
};

// The first letter or digit of each of the first two words of `text` ("Demo Creator" → "DC",
// "demo-creator" → "DC", "marie" → "M"), capitalised; words are separated by spaces, hyphens,
// underscores and dots. Letters outside the Basic Multilingual Plane count as one.
QString initialsOf(const QString &text);

// A colour for `key`: always the same for the same key (on every machine and Qt version), the
// hue spread over the circle, and dark enough that white text on it has a contrast ratio of at
// least 4.5:1 (WCAG 2).
QColor faceColour(const QString &key);

// Paints `face` into the square `target`: filled to its edges (a picture to be clipped later) or
// as a disc (`round`), the initials centred in bold `font` scaled to the square.
void paintInitials(QPainter &painter, const QRectF &target, const InitialsFace &face,
                   const QFont &font, bool round);

} // namespace whop::avatar
