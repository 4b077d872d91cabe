#include "ui/ElidingComboBox.h"

#include <QEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QTextDocument>

namespace whop::ui {

namespace {
// How narrow it may become, in characters of text: enough to read both ends of a name.
constexpr int MinimumChars = 16;
} // namespace

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
    const QSize text(fontMetrics().averageCharWidth() * MinimumChars, fontMetrics().height());
    setMinimumWidth(style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, this).width());
}

QString ElidingComboBox::shownText() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    QRect field =
        style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    if (!option.currentIcon.isNull())
        field.setLeft(field.left() + option.iconSize.width() + 4);
    return fontMetrics().elidedText(currentText(), Qt::ElideMiddle, field.width() - 2);
}

bool ElidingComboBox::isElided() const
{
    return shownText() != currentText();
}

void ElidingComboBox::updateToolTip()
{
    // The text may be an account's title: shown as it is, never as markup.
    const QString tip = isElided() ? Qt::convertFromPlainText(currentText()) : QString();
    if (toolTip() != tip)
        setToolTip(tip);
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
