#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;
class QLabel;

namespace whop::app {
class AppSession;
}

namespace whop::ui {

// Rename and remove identities. Removal asks first, forgets the secret at once (even offline)
// and reports the background revocation.
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

    app::AppSession *m_session;
    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QLabel *m_status;
};

} // namespace whop::ui
