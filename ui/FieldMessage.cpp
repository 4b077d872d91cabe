#include "FieldMessage.h"

#include "AppStyle.h"

#include <QEvent>

namespace whop::ui {

FieldMessage::FieldMessage(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
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
    setFixedHeight(fontMetrics().height() + 2 * margin());
}

QSize FieldMessage::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_message) + 2 * margin() + 1, height()};
}

QSize FieldMessage::minimumSizeHint() const
{
    // Never the reason a window or a row must be wider: a few words and the rest elided.
    return {m_message.isEmpty() ? 0 : fontMetrics().averageCharWidth() * 8, height()};
}

void FieldMessage::setField(QWidget *field)
{
    m_field = field;
    describeField();
}

void FieldMessage::setMessage(const QString &text)
{
    if (text == m_message && isVisible() == !text.isEmpty())
        return;
    m_message = text;
    updateGeometry();
    showFitting();
    setVisible(!text.isEmpty());
    describeField();
}

void FieldMessage::showFitting()
{
    const QString shown =
        fontMetrics().elidedText(m_message, Qt::ElideRight, contentsRect().width());
    // Before the first layout the width is not known yet: the whole text, until the resize.
    const QString text = contentsRect().width() > 0 ? shown : m_message;
    if (QLabel::text() != text)
        setText(text);
    setToolTip(text == m_message ? QString() : m_message);
}

void FieldMessage::describeField()
{
    // QWidget tells screen readers the description changed (QAccessible::DescriptionChanged):
    // one on the field hears the message now, not only when it comes back to the field.
    if (m_field && m_field->accessibleDescription() != m_message)
        m_field->setAccessibleDescription(m_message);
}

void FieldMessage::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    showFitting();
}

void FieldMessage::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        reserveLine();
        showFitting();
    }
}

} // namespace whop::ui
