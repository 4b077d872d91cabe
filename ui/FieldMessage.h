#pragma once

#include <QLabel>
#include <QPointer>

namespace whop::ui {

// The line under a field that says what is wrong with it. The line is reserved whether or not a
// message shows (its height kept while hidden), so a message never moves the fields below. The
// text is plain (it may quote Whop) in the alert colour. It asks for the width of the whole
// message but makes do with less when it shares the line (with a "Use global" button): then it
// is elided, the whole of it in the tooltip. While a message shows it is also the field's
// accessible description, and screen readers are told the description changed; it is cleared when
// the message goes. The label has no accessible name of its own: it is read as what it shows.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *parent = nullptr);

    // The field the message is about (its accessible description follows the message).
    void setField(QWidget *field);
    // Shows `text`, or hides the message when it is empty.
    void setMessage(const QString &text);
    // The whole message, even when the line shows it elided.
    QString message() const { return m_message; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reserveLine();
    void showFitting();
    void describeField();

    QPointer<QWidget> m_field;
    QString m_message;
};

} // namespace whop::ui
