#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;
class QLabel;

namespace whop::app {
class AppSession;
}

namespace whop::ui {

// Rename and remove identities. Removal asks first (without a nested event loop; only the
// identity's id is kept meanwhile), then says what really happened: removed once the keychain
// has deleted the token, with the background revocation after it; or kept, with why (a locked
// keychain, ...), and Try again.
class ManageIdentitiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ManageIdentitiesDialog(app::AppSession *session, QWidget *parent = nullptr);

    QString statusText() const;
    void renameSelected(const QString &label); // with the text already chosen (tests, dialog)
    void removeSelected();
    bool selectIdentity(const QString &identityId);

private:
    void rebuild();
    QString selectedId() const;
    void askNewName();
    void rename(const QString &identityId, const QString &label);
    void startRemoval(const QString &identityId);

    app::AppSession *m_session;
    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QPushButton *m_retry; // shown after a removal the keychain could not do
    QLabel *m_status;
    QString m_removingId; // the removal under way or last failed, reported in m_status
    QString m_removingLabel;
};

} // namespace whop::ui
