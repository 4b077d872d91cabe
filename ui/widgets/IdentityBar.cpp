#include "ui/widgets/IdentityBar.h"

#include "session/AppSession.h"
#include "ui/LeaveGuard.h"
#include "ui/dialogs/AddIdentityDialog.h"
#include "ui/dialogs/ManageIdentitiesDialog.h"
#include "ui/widgets/ElidingComboBox.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace whop::ui {

IdentityBar::IdentityBar(app::AppSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_combo(new ElidingComboBox(this)),
      m_add(new QToolButton(this)), m_manage(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(tr("I&dentity:"), this);
    caption->setBuddy(m_combo);
    layout->addWidget(caption);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_add);
    layout->addWidget(m_manage);
    m_combo->setObjectName(QStringLiteral("identitySwitcher"));
    m_combo->setAccessibleName(tr("Identity"));
    m_add->setObjectName(QStringLiteral("addIdentityButton"));
    m_manage->setObjectName(QStringLiteral("manageIdentitiesButton"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_manage->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (!m_rebuilding)
            requestSwitch(m_combo->itemData(index).toString());
    });
    connect(session->identities(), &auth::IdentityRegistry::changed, this, &IdentityBar::rebuild);
    connect(session, &app::AppSession::modeChanged, this, &IdentityBar::rebuild);
    rebuild();
}

void IdentityBar::rebuild()
{
    QList<std::pair<QString, QString>> entries{{tr("Demo sandbox (local)"), QString()}};
    for (const auth::Identity &i : m_session->identities()->identities())
        entries.append({i.displayText(), i.id});
    bool same = m_combo->count() == entries.size();
    for (int i = 0; same && i < entries.size(); ++i)
        same = m_combo->itemText(i) == entries.at(i).first &&
               m_combo->itemData(i).toString() == entries.at(i).second;
    if (!same) { // unchanged entries are left alone: no new layout for nothing
        m_rebuilding = true;
        m_combo->clear();
        for (const auto &[text, id] : std::as_const(entries))
            m_combo->addItem(text, id);
        m_rebuilding = false;
    }
    selectCurrent();
}

void IdentityBar::selectCurrent()
{
    const int index = m_combo->findData(m_session->activeIdentityId());
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
}

void IdentityBar::requestSwitch(const QString &identityId)
{
    if (identityId == m_session->activeIdentityId() &&
        !(identityId.isEmpty() && !m_session->isDemo())) {
        selectCurrent();
        return;
    }
    leaveProfile(
        this, m_session->editor(),
        tr("Your profile has changes that are not saved. Save them before switching?"),
        [this, identityId] { m_session->activate(identityId); }, [this] { selectCurrent(); });
}

void IdentityBar::useActions(QAction *add, QAction *manage)
{
    m_add->setDefaultAction(add);
    m_manage->setDefaultAction(manage);
    connect(add, &QAction::triggered, this, &IdentityBar::openAddDialog);
    connect(manage, &QAction::triggered, this, &IdentityBar::openManageDialog);
}

void IdentityBar::openAddDialog()
{
    // A new dialog each time, so it always opens clean: no old token, status or state.
    if (!m_addDialog) {
        m_addDialog = new AddIdentityDialog(m_session, window());
        m_addDialog->setAttribute(Qt::WA_DeleteOnClose);
        // Closed is gone (deleted a moment later): the next Add… builds a new one.
        connect(m_addDialog, &QDialog::finished, this, [this] { m_addDialog = nullptr; });
    }
    m_addDialog->open();
    m_addDialog->raise();
    m_addDialog->activateWindow();
}

void IdentityBar::openManageDialog()
{
    auto *dialog = new ManageIdentitiesDialog(m_session, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace whop::ui
