#pragma once

#include "profile/UsernameChecker.h"

#include <QObject>

class QLineEdit;

namespace whop::ui {

class FieldMessage;

// Shows, on its own line under the username field (a FieldMessage: its space always kept, so the
// form never jumps), what Whop says about the username being typed ("available", "taken", ...),
// in the alert colour only when it is taken. While shown, the sentence is part of the field's
// accessible description, so a screen reader announces it with the field. Leaving the field
// checks at once instead of after the pause.
class UsernameAvailabilityView : public QObject
{
    Q_OBJECT
public:
    UsernameAvailabilityView(profile::UsernameChecker *checker, FieldMessage *line,
                             QLineEdit *field);

    // The sentence for `status`; empty when there is nothing to say.
    static QString textFor(const profile::UsernameStatus &status);

private:
    void show(const profile::UsernameStatus &status);

    FieldMessage *m_line;
};

} // namespace whop::ui
