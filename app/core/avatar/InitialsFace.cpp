#include "avatar/InitialsFace.h"

#include <QFont>
#include <QPainter>
#include <QRegularExpression>

#include <cmath>

namespace whop::avatar {

namespace {

// WCAG 2 relative luminance of an sRGB colour.
double luminance(const QColor &c)
{
    const auto linear = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

// White text on `background`, as WCAG 2 measures contrast (1 … 21).
double contrastWithWhite(const QColor &background)
{
    return 1.05 / (luminance(background) + 0.05);
}

// FNV-1a over the key's UTF-8 bytes, its bits then mixed (MurmurHash3's finaliser) so that ids
// alike get hues apart: the same on every platform and Qt version (qHash is not promised to be).
quint32 stableHash(const QString &key)
{
    quint32 hash = 2166136261u;
    for (const char byte : key.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    hash ^= hash >> 16;
    hash *= 0x85ebca6bu;
    hash ^= hash >> 13;
    hash *= 0xc2b2ae35u;
    hash ^= hash >> 16;
    return hash;
}

} // namespace

InitialsFace InitialsFace::of(const QString &name, const QString &username, const QString &key)
{
    QString initials = initialsOf(name);
    if (initials.isEmpty())
        initials = initialsOf(username);
    return {initials, faceColour(key)};
}

QString initialsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s_.-]+"));
    QString initials;
    int found = 0;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        for (const char32_t c : word.toUcs4()) {
            if (QChar::isLetterOrNumber(c)) {
                const char32_t upper = QChar::toUpper(c); // one letter, even for "ß"
                initials += QString::fromUcs4(&upper, 1);
                ++found;
                break;
            }
        }
        if (found == 2)
            break;
    }
    return initials;
}

QColor faceColour(const QString &key)
{
    QColor colour = QColor::fromHsv(int(stableHash(key) % 360u), 140, 190);
    // Yellows and greens at that value are too light for white text: darker until readable.
    while (contrastWithWhite(colour) < 4.5 && colour.value() > 0)
        colour = QColor::fromHsv(colour.hsvHue(), colour.hsvSaturation(), colour.value() - 5);
    return colour;
}

void paintInitials(QPainter &painter, const QRectF &target, const InitialsFace &face,
                   const QFont &font, bool round)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(face.background);
    if (round)
        painter.drawEllipse(target);
    else
        painter.fillRect(target, face.background);
    if (!face.initials.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        bold.setPixelSize(std::max(1, int(target.height() * 0.43)));
        painter.setFont(bold);
        painter.setPen(Qt::white);
        painter.drawText(target, Qt::AlignCenter, face.initials);
    }
    painter.restore();
}

} // namespace whop::avatar
