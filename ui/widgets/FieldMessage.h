#pragma once

#include <QLabel>
#include <QPointer>

namespace whop::ui {

// A line under a field that says something about it: what is wrong with it, or what Whop says
// about a new username. The line is reserved whether or not a message shows (its height kept
// while hidden), so a message never moves the fields below. The text is plain (it may quote
// Whop), in the alert colour unless told otherwise. It asks for the width of the whole message
// but makes do with less when it shares its line (with a "Use global" button): then it is drawn
// elided, the whole of it in the tooltip; its text, and so what screen readers read, stays whole.
// While messages show, they are the field's accessible description (QWidget tells screen readers
// the description changed), joined when a field has more than one line; cleared when they go.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *parent = nullptr);

    // The field the message is about.
    void setField(QWidget *field);
    // Shows `text`, or hides the line's message when it is empty.
    void setMessage(const QString &text);
    QString message() const { return text(); }
    // In the alert colour (the default) or as the window's text.
    void setAlert(bool alert);
    // The line is at least this tall (as the button beside it), its text centred in it.
    void setLineHeight(int height);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRect textRect() const;
    QString shownText() const;
    void reserveLine();
    void updateToolTip();
    void describeField();

    QPointer<QWidget> m_field;
    bool m_alert = true;
    int m_lineHeight = 0;
};

} // namespace whop::ui
