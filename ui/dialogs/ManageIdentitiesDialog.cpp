#include "ui/dialogs/ManageIdentitiesDialog.h"

#include "session/AppSession.h"
#include "ui/Prompts.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace whop::ui {

ManageIdentitiesDialog::ManageIdentitiesDialog(app::AppSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_list(new QListWidget(this)),
      m_rename(new QPushButton(tr("&Rename…"), this)),
      m_remove(new QPushButton(tr("Re&move…"), this)),
      m_retry(new QPushButton(tr("&Try again"), this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Manage identities"));
    setObjectName(QStringLiteral("manageIdentitiesDialog"));
    m_list->setObjectName(QStringLiteral("identityList"));
    m_list->setAccessibleName(tr("Identities"));
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_retry->setObjectName(QStringLiteral("retryRemoveButton"));
    m_retry->setToolTip(tr("Remove the identity again, without asking"));
    m_retry->hide();
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // names and the server's words
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_rename, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    // Enter closes (nothing here is pending); F2 renames and Delete removes the selected one.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    auto *renameKey = new QAction(this);
    renameKey->setShortcut(QKeySequence(Qt::Key_F2));
    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    for (QAction *key : {renameKey, removeKey})
        key->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addActions({renameKey, removeKey});
    connect(renameKey, &QAction::triggered, m_rename, &QPushButton::click);
    connect(removeKey, &QAction::triggered, m_remove, &QPushButton::click);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(520, 320);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rename, &QPushButton::clicked, this, &ManageIdentitiesDialog::askNewName);
    connect(m_remove, &QPushButton::clicked, this, &ManageIdentitiesDialog::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_rename->setEnabled(!selectedId().isEmpty());
        m_remove->setEnabled(!selectedId().isEmpty());
    });
    connect(session->identities(), &auth::IdentityRegistry::changed, this,
            &ManageIdentitiesDialog::rebuild);
    connect(m_retry, &QPushButton::clicked, this, [this] { startRemoval(m_removingId); });
    connect(session, &app::AppSession::identityRemoved, this, [this](const QString &id) {
        if (id != m_removingId)
            return;
        m_retry->hide();
        m_status->setText(tr("“%1” was removed.").arg(m_removingLabel));
    });
    connect(session, &app::AppSession::removeFailed, this,
            [this](const QString &id, const QString &message) {
                if (id != m_removingId)
                    return;
                m_status->setText(message);
                m_retry->show();
            });
    connect(session, &app::AppSession::revokeFinished, m_status, &QLabel::setText);
    rebuild();
}

QString ManageIdentitiesDialog::statusText() const
{
    return m_status->text();
}

void ManageIdentitiesDialog::rebuild()
{
    const QString keep = selectedId();
    m_list->clear();
    for (const auth::Identity &i : m_session->identities()->identities()) {
        auto *item = new QListWidgetItem(i.displayText(), m_list);
        item->setData(Qt::UserRole, i.id);
    }
    if (!selectIdentity(keep) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_rename->setEnabled(!selectedId().isEmpty());
    m_remove->setEnabled(!selectedId().isEmpty());
}

QString ManageIdentitiesDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool ManageIdentitiesDialog::selectIdentity(const QString &identityId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == identityId) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void ManageIdentitiesDialog::renameSelected(const QString &label)
{
    rename(selectedId(), label);
}

void ManageIdentitiesDialog::rename(const QString &identityId, const QString &label)
{
    if (!m_session->identities()->rename(identityId, label))
        m_status->setText(tr("A name cannot be empty."));
}

void ManageIdentitiesDialog::askNewName()
{
    const auth::Identity *identity = m_session->identities()->find(selectedId());
    if (!identity)
        return;
    // Asked without a nested event loop; the id (never a pointer into the list) is kept.
    auto *input = new QInputDialog(this);
    input->setObjectName(QStringLiteral("renameDialog"));
    input->setWindowTitle(tr("Rename identity"));
    input->setLabelText(tr("&Name:"));
    input->setTextValue(identity->label);
    input->setAttribute(Qt::WA_DeleteOnClose);
    connect(input, &QInputDialog::textValueSelected, this,
            [this, id = identity->id](const QString &label) { rename(id, label); });
    input->open();
}

void ManageIdentitiesDialog::removeSelected()
{
    const auth::Identity *identity = m_session->identities()->find(selectedId());
    if (!identity)
        return;
    Prompts::confirm(this, tr("Remove identity"),
                     tr("Remove “%1” from this computer? Its token is deleted from the keychain "
                        "now; a browser sign-in is also revoked at Whop.")
                         .arg(identity->shownLabel()),
                     tr("&Remove"), [this, id = identity->id] { startRemoval(id); });
}

void ManageIdentitiesDialog::startRemoval(const QString &identityId)
{
    // Looked up again: the list may have changed while the question was open.
    const auth::Identity *identity = m_session->identities()->find(identityId);
    if (!identity)
        return; // gone meanwhile
    m_removingId = identity->id;
    m_removingLabel = identity->shownLabel();
    m_retry->hide();
    m_status->setText(tr("Removing “%1”…").arg(m_removingLabel));
    m_session->removeIdentity(m_removingId); // reports through identityRemoved / removeFailed
}

} // namespace whop::ui
