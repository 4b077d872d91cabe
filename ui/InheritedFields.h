#pragma once

#include "ProfileRules.h"

#include <QObject>

class QGridLayout;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace whop::app {
class AppSession;
}

namespace whop::ui {

// In account mode, shows beside each field the global value the account would inherit (as the
// placeholder and on a "Use global: …" button under the field's caption) and copies it into the
// draft on request.
class InheritedFields : public QObject
{
    Q_OBJECT
public:
    InheritedFields(app::AppSession *session, QGridLayout *form, QLineEdit *name,
                    QLineEdit *username, QPlainTextEdit *bio);

    QToolButton *button(profile::Field field) const;

private:
    void update();

    app::AppSession *m_session;
    QLineEdit *m_name;
    QLineEdit *m_username;
    QPlainTextEdit *m_bio;
    QToolButton *m_buttons[3] = {};
};

} // namespace whop::ui
