#include "ui/widgets/ElidedText.h"

#include <QFontMetrics>
#include <QTextDocument>
#include <QWidget>

namespace whop::ui {

QString ElidedText::shown(const QWidget *widget, const QString &text, int room) const
{
    return widget->fontMetrics().elidedText(text, m_mode, room);
}

bool ElidedText::isElided(const QWidget *widget, const QString &text, int room) const
{
    return !text.isEmpty() && shown(widget, text, room) != text;
}

void ElidedText::updateToolTip(QWidget *widget, const QString &text, int room) const
{
    const QString tip = isElided(widget, text, room) ? Qt::convertFromPlainText(text) : QString();
    if (widget->toolTip() != tip)
        widget->setToolTip(tip);
}

int ElidedText::minimumTextWidth(const QWidget *widget) const
{
    return widget->fontMetrics().averageCharWidth() * m_minimumChars;
}

} // namespace whop::ui
