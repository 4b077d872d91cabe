#include "IdentityBar.h"

#include "AddIdentityDialog.h"
#include "AppSession.h"
#include "LeaveGuard.h"
#include "ManageIdentitiesDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace whop::ui {

IdentityBar::IdentityBar(app::AppSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_combo(new QComboBox(this)),
      m_add(new QToolButton(this)), m_manage(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(tr("&Identity:"), this);
    caption->setBuddy(m_combo);
    layout->addWidget(caption);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_add);
    layout->addWidget(m_manage);
    m_combo->setObjectName(QStringLiteral("identitySwitcher"));
    m_combo->setAccessibleName(tr("Identity"));
    m_add->setObjectName(QStringLiteral("addIdentityButton"));
    m_add->setText(tr("Add…"));
    m_add->setAccessibleName(tr("Add identity"));
    m_manage->setObjectName(QStringLiteral("manageIdentitiesButton"));
    m_manage->setText(tr("Manage…"));
    m_manage->setAccessibleName(tr("Manage identities"));

    connect(m_add, &QToolButton::clicked, this, &IdentityBar::openAddDialog);
    connect(m_manage, &QToolButton::clicked, this, &IdentityBar::openManageDialog);
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

void IdentityBar::openAddDialog()
{
    if (!m_addDialog)
        m_addDialog = new AddIdentityDialog(m_session, window());
    m_addDialog->show();
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
