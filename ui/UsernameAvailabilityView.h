#pragma once

#include "UsernameChecker.h"

#include <QObject>

class QLabel;
class QLineEdit;

namespace whop::ui {

// Shows, under the username field, what Whop says about the username being typed ("available",
// "taken", ...), as plain text in a line whose space is always kept (the form never jumps). While
// shown, the same sentence is the field's accessible description, so a screen reader announces
// it with the field. Leaving the field checks at once instead of after the pause.
class UsernameAvailabilityView : public QObject
{
    Q_OBJECT
public:
    UsernameAvailabilityView(profile::UsernameChecker *checker, QLabel *label, QLineEdit *field);

    // The sentence for `status`; empty when there is nothing to say.
    static QString textFor(const profile::UsernameStatus &status);

private:
    void show(const profile::UsernameStatus &status);

    QLabel *m_label;
    QLineEdit *m_field;
};

} // namespace whop::ui
