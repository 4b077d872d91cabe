#include "ui/widgets/FieldMessage.h"

#include "ui/AppStyle.h"
#include "ui/PlainText.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>

namespace whop::ui {

FieldMessage::FieldMessage(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    // Its line is kept while hidden.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    showAsAlert(this, true);
    reserveLine();
    hide();
}

void FieldMessage::reserveLine()
{
    setFixedHeight(std::max(fontMetrics().height() + 2 * margin(), m_lineHeight));
}

void FieldMessage::setLineHeight(int height)
{
    m_lineHeight = height;
    reserveLine();
}

QSize FieldMessage::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(text()) + 2 * margin() + 1, height()};
}

QSize FieldMessage::minimumSizeHint() const
{
    // Never the reason a window or a row must be wider: a few words and the rest elided.
    return {text().isEmpty() ? 0 : fontMetrics().averageCharWidth() * 8, height()};
}

void FieldMessage::setField(QWidget *field)
{
    m_field = field;
    describeField();
}

void FieldMessage::setAlert(bool alert)
{
    if (alert == m_alert)
        return;
    m_alert = alert;
    showAsAlert(this, alert);
}

void FieldMessage::setMessage(const QString &message)
{
    if (message == text() && isHidden() == message.isEmpty())
        return;
    setText(message);
    updateGeometry();
    updateToolTip();
    setVisible(!message.isEmpty());
    describeField();
}

QRect FieldMessage::textRect() const
{
    const int m = margin();
    return contentsRect().adjusted(m, m, -m, -m);
}

QString FieldMessage::shownText() const
{
    return fontMetrics().elidedText(text(), Qt::ElideRight, textRect().width());
}

void FieldMessage::updateToolTip()
{
    const QString tip = shownText() == text() ? QString() : text();
    if (toolTip() != plainToolTip(tip))
        setPlainToolTip(this, tip);
}

void FieldMessage::describeField()
{
    if (!m_field)
        return;
    // Every line about this field that shows something, in the order of the form.
    QStringList said;
    for (const FieldMessage *line : m_field->window()->findChildren<FieldMessage *>()) {
        if (line->m_field == m_field && !line->text().isEmpty())
            said << line->text();
    }
    const QString description = said.join(QLatin1Char(' '));
    if (m_field->accessibleDescription() != description)
        m_field->setAccessibleDescription(description);
}

void FieldMessage::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    style()->drawItemText(&painter, textRect(),
                          int(QStyle::visualAlignment(layoutDirection(), alignment())), palette(),
                          isEnabled(), shownText(), foregroundRole());
}

void FieldMessage::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateToolTip();
}

void FieldMessage::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        reserveLine();
        updateToolTip();
    }
}

} // namespace whop::ui
