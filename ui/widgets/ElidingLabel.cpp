#include "ui/widgets/ElidingLabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>

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
    size.setWidth(m_elided.minimumTextWidth(this));
    return size;
}

int ElidingLabel::room() const
{
    return std::max(0, contentsRect().width() - 2 * margin() - 2 * indent());
}

QString ElidingLabel::shownText() const
{
    return m_elided.shown(this, text(), room());
}

bool ElidingLabel::isElided() const
{
    return m_elided.isElided(this, text(), room());
}

void ElidingLabel::updateToolTip()
{
    m_elided.updateToolTip(this, text(), room());
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
