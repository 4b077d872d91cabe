#include "session/IdentityBinding.h"

#include "session/AppSession.h"

namespace whop::app {

IdentityBinding::IdentityBinding(AppSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_demo(session->isDemo()),
      m_client(session->bindClient(this)), m_journal(session->journal())
{
    if (const auth::Identity *identity = session->activeIdentity(); identity && !m_demo)
        m_identity = *identity;
    connect(session->identities(), &auth::IdentityRegistry::changed, this,
            &IdentityBinding::changed);
    connect(session, &AppSession::modeChanged, this, &IdentityBinding::changed);
    if (m_demo)
        return;
    connect(session, &AppSession::identityRemoved, this, [this](const QString &id) {
        if (id == m_identity.id)
            end(tr("“%1” was removed from this computer, so nothing more is sent from this "
                   "window.")
                    .arg(shortName()));
    });
    if (auth::OAuthAuthenticator *authenticator = session->authenticatorOf(m_identity.id)) {
        // Queued: ending lets go of the authenticator, which is still sending this signal.
        connect(
            authenticator, &auth::OAuthAuthenticator::signInRequiredChanged, this,
            [this](const QString &message) {
                end(tr("“%1” must sign in again, so nothing more is sent from this window. %2")
                        .arg(shortName(), message));
            },
            Qt::QueuedConnection);
    }
}

IdentityBinding::~IdentityBinding()
{
    if (m_session)
        m_session->releaseCredential(this);
}

QString IdentityBinding::key() const
{
    return m_demo ? QStringLiteral("demo") : m_identity.id;
}

QString IdentityBinding::name() const
{
    if (m_demo)
        return tr("Demo sandbox (local)");
    const auth::Identity *now = m_session ? m_session->identities()->find(m_identity.id) : nullptr;
    return (now ? *now : m_identity).displayText();
}

QString IdentityBinding::shortName() const
{
    return m_identity.label.isEmpty() ? name() : m_identity.label;
}

bool IdentityBinding::isCurrent() const
{
    if (!m_session || hasEnded())
        return false;
    if (m_demo)
        return m_session->isDemo();
    return !m_session->isDemo() && m_session->activeIdentityId() == m_identity.id;
}

journal::JournalProvider IdentityBinding::journalProvider() const
{
    return [journal = m_journal] { return journal; };
}

void IdentityBinding::end(const QString &why)
{
    if (hasEnded())
        return;
    m_endReason = why;
    m_client->retire(api::localError(api::ErrorKind::NoCredential, why));
    if (m_session)
        m_session->releaseCredential(this);
    Q_EMIT ended(why);
}

} // namespace whop::app
