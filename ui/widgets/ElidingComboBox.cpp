#include "ui/widgets/ElidingComboBox.h"

#include <QEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace whop::ui {

ElidingComboBox::ElidingComboBox(QWidget *parent) : QComboBox(parent)
{
    connect(this, &QComboBox::currentTextChanged, this, &ElidingComboBox::updateToolTip);
    updateMinimumWidth();
}

void ElidingComboBox::updateMinimumWidth()
{
    // Its size hint stays its contents' width (the size adjust policy); only the minimum, which
    // a layout short of room shrinks it to, is a few words.
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QSize text(m_elided.minimumTextWidth(this), fontMetrics().height());
    setMinimumWidth(style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, this).width());
}

int ElidingComboBox::room() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    QRect field =
        style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    if (!option.currentIcon.isNull())
        field.setLeft(field.left() + option.iconSize.width() + 4);
    return field.width() - 2;
}

QString ElidingComboBox::shownText() const
{
    return m_elided.shown(this, currentText(), room());
}

bool ElidingComboBox::isElided() const
{
    return m_elided.isElided(this, currentText(), room());
}

void ElidingComboBox::updateToolTip()
{
    m_elided.updateToolTip(this, currentText(), room());
}

void ElidingComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    option.currentText = shownText();
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

void ElidingComboBox::resizeEvent(QResizeEvent *event)
{
    QComboBox::resizeEvent(event);
    updateToolTip();
}

void ElidingComboBox::changeEvent(QEvent *event)
{
    QComboBox::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateMinimumWidth();
}

} // namespace whop::ui
