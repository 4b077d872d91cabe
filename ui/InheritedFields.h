#pragma once

#include "profile/ProfileRules.h"

#include <QObject>

class QLineEdit;
class QPlainTextEdit;

namespace whop::app {
class AppSession;
}

namespace whop::ui {

class UseGlobalButton;

// In account mode, shows with each field the global value the account would inherit: as the
// field's placeholder and on its "Use global: …" button, shown while the field holds another
// value; the button copies the value into the draft. The widgets are the form's
// (ProfileForm.ui); this only keeps them in step with the session.
class InheritedFields : public QObject
{
    Q_OBJECT
public:
    struct Widgets
    {
        QLineEdit *name;
        QLineEdit *username;
        QPlainTextEdit *bio;
        UseGlobalButton *useName;
        UseGlobalButton *useUsername;
        UseGlobalButton *useBio;
    };
    InheritedFields(app::AppSession *session, const Widgets &widgets, QObject *parent);

    UseGlobalButton *button(profile::Field field) const;

private:
    void update();

    app::AppSession *m_session;
    Widgets m_widgets;
};

} // namespace whop::ui
