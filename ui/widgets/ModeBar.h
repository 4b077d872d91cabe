#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace whop::app {
class AppSession;
}
namespace whop::avatar {
class LogoCache;
}

namespace whop::ui {

class AccountPickerDialog;
class ElidingComboBox;
class FieldMessage;

// Chooses which profile is edited: "Global profile" or "Profile in account …" (picked from a
// searchable list), and for API keys the user to edit. Asks before leaving unsaved edits.
class ModeBar : public QWidget
{
    Q_OBJECT
public:
    explicit ModeBar(app::AppSession *session, QWidget *parent = nullptr);

    // As if the person chose these (tests and the picker use them).
    void requestGlobal();
    void requestAccount(const QString &accountId, const QString &title);
    void requestUser(const QString &user);
    AccountPickerDialog *openPicker();

private:
    void rebuild();
    void showUserProblem(const QString &text);
    void switchTo(const QString &accountId, const QString &title, const QString &user);

    app::AppSession *m_session;
    avatar::LogoCache *m_logos;
    ElidingComboBox *m_combo;
    QLabel *m_userCaption;
    QLineEdit *m_user;
    QPushButton *m_openUser;
    FieldMessage *m_userProblem;
    QPointer<AccountPickerDialog> m_picker;
    bool m_rebuilding = false;
};

} // namespace whop::ui
