#include "ui/ElidingLabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QTextDocument>

namespace whop::ui {

ElidingLabel::ElidingLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, sizePolicy().verticalPolicy());
}

QSize ElidingLabel::minimumSizeHint() const
{
    QSize size = QLabel::minimumSizeHint();
    size.setWidth(fontMetrics().averageCharWidth() * 8); // a few words, then "…"
    return size;
}

QString ElidingLabel::shownText() const
{
    const int room = contentsRect().width() - 2 * margin() - 2 * indent();
    return fontMetrics().elidedText(text(), Qt::ElideRight, std::max(0, room));
}

bool ElidingLabel::isElided() const
{
    return !text().isEmpty() && shownText() != text();
}

void ElidingLabel::updateToolTip()
{
    const QString tip = isElided() ? Qt::convertFromPlainText(text()) : QString();
    if (toolTip() != tip)
        setToolTip(tip);
}

void ElidingLabel::paintEvent(QPaintEvent *)
{
    updateToolTip(); // the text may have changed since the last paint (setText is not virtual)
    QPainter painter(this);
    const QRect room =
        contentsRect().adjusted(margin() + indent(), margin(), -margin() - indent(), -margin());
    style()->drawItemText(&painter, room, QStyle::visualAlignment(layoutDirection(), alignment()),
                          palette(), isEnabled(), shownText(), foregroundRole());
}

void ElidingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateToolTip();
}

void ElidingLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateToolTip();
}

} // namespace whop::ui
