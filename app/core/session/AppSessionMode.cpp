// AppSession's profile modes: remembered per identity (the demo's in QSettings), set and applied.

#include "session/AppSession.h"

#include <QJsonObject>
#include <QSettings>

namespace whop::app {

ProfileMode AppSession::rememberedMode(const auth::Identity *identity) const
{
    ProfileMode mode;
    QJsonObject prefs;
    if (identity) {
        prefs = m_registry->preferences(identity->id);
    } else {
        const QSettings settings;
        prefs = QJsonObject::fromVariantMap(settings.value(QStringLiteral("demo/mode")).toMap());
    }
    mode.accountId = prefs.value(QLatin1String("account_id")).toString();
    mode.accountTitle = prefs.value(QLatin1String("account_title")).toString();
    mode.user = prefs.value(QLatin1String("user")).toString();
    if (!api::isAccountId(mode.accountId))
        mode.accountId.clear();
    if (identity && identity->isApiKey()) {
        if (mode.accountId.isEmpty()) { // there is no global profile for a key
            mode.accountId = identity->accountId;
            mode.accountTitle = identity->accountTitle;
        }
        if (mode.user.isEmpty() && !m_options.user.isEmpty() &&
            m_options.user != QLatin1String("me"))
            mode.user = m_options.user;
    }
    return mode;
}

bool AppSession::needsUser() const
{
    const auth::Identity *identity = activeIdentity();
    return identity && identity->isApiKey() && m_mode.user.isEmpty();
}

void AppSession::setMode(const ProfileMode &mode)
{
    const QJsonObject prefs{{QStringLiteral("account_id"), mode.accountId},
                            {QStringLiteral("account_title"), mode.accountTitle},
                            {QStringLiteral("user"), mode.user}};
    if (m_demo) {
        QSettings settings;
        settings.setValue(QStringLiteral("demo/mode"), prefs.toVariantMap());
    } else if (!m_activeId.isEmpty()) {
        m_registry->setPreferences(m_activeId, prefs);
    }
    applyMode(mode);
}

void AppSession::applyMode(const ProfileMode &mode)
{
    m_editor->reset();
    m_inherited->clear();
    dismissNotice(); // a new situation: nothing said about the previous one applies
    m_mode = mode;
    const auth::Identity *identity = activeIdentity();
    const bool apiKey = identity && identity->isApiKey();
    api::UserTarget target;
    target.user = apiKey ? mode.user : (m_demo ? QStringLiteral("me") : m_options.user);
    target.accountId = mode.accountId;
    m_editor->setTarget(target);
    Q_EMIT modeChanged();
    // A start problem is said once the profile has loaded (AppSession's constructor): said here,
    // the load's success would clear it at once.
    if (apiKey && mode.user.isEmpty()) {
        showNotice({Notice::Kind::Info,
                    tr("An API key edits a user's profile inside an account. Enter the user "
                       "to edit (user_… or a username).")});
        return;
    }
    m_editor->load();
}

} // namespace whop::app
