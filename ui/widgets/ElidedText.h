#pragma once

#include <QString>
#include <Qt>

class QWidget;

namespace whop::ui {

// The eliding ElidingLabel and ElidingComboBox share: what is shown of a text longer than the
// room there is (cut with "…" where `mode` says), the whole text as the tooltip while it is cut,
// and the narrowest text width a layout may give them (`minimumChars` average characters).
class ElidedText
{
public:
    ElidedText(Qt::TextElideMode mode, int minimumChars)
        : m_mode(mode), m_minimumChars(minimumChars)
    {}

    // What `widget` (in its font) shows of `text` in `room` pixels.
    QString shown(const QWidget *widget, const QString &text, int room) const;
    // Whether `text` is shown cut in `room` pixels.
    bool isElided(const QWidget *widget, const QString &text, int room) const;
    // The whole text as `widget`'s tooltip while it is cut, none otherwise. The text may be an
    // account's title: it is shown as it is, never as markup.
    void updateToolTip(QWidget *widget, const QString &text, int room) const;
    // The width of the fewest characters it may show (the text alone, without frame or margins).
    int minimumTextWidth(const QWidget *widget) const;

private:
    Qt::TextElideMode m_mode;
    int m_minimumChars;
};

} // namespace whop::ui
