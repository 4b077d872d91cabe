// AppSession's credentials for what outlives a switch of identity: browser sign-ins'
// authenticators shared per identity, clients bound to the identity in use (IdentityBinding.h),
// and one journal per identity.

#include "session/AppSession.h"

namespace whop::app {

auth::OAuthAuthenticator *AppSession::leaseAuthenticator(const auth::Identity &identity,
                                                         const auth::Secret &secret)
{
    AuthenticatorLease &lease = m_leases[identity.id];
    // One authenticator per identity: a refresh token rotates, so a second one refreshing on its
    // own would replay a token Whop already replaced (auth/OAuthAuthenticator.h). A refused one
    // is replaced by the sign-in just read (the person signed in again).
    if (lease.authenticator && lease.authenticator->signInRequired()) {
        delete lease.authenticator; // the bindings that held it have stopped (IdentityBinding)
        lease.holders.clear();
    }
    if (!lease.authenticator) {
        const QUrl base = identity.apiBaseUrl();
        auto *authenticator = new auth::OAuthAuthenticator(
            &m_nam, oauthSettingsFor(base, &identity), m_store, identity.id, secret, this);
        lease.authenticator = authenticator;
        // A sign-in the person keeps for this session only stays out of the keychain when its
        // tokens rotate.
        authenticator->setSessionOnly(identity.temporary);
        const QString id = identity.id;
        // What is said in the main window is said only while this identity is the one in use
        // there; a binding to it (All Accounts) says it in its own window.
        connect(
            authenticator, &auth::OAuthAuthenticator::signInRequiredChanged, this,
            [this, id](const QString &message) {
                m_registry->update(id, [](auth::Identity &i) { i.needsSignIn = true; });
                if (m_demo || m_activeId != id)
                    return;
                showNotice({Notice::Kind::SignInRequired, message, Notice::Action::SignInAgain});
                Q_EMIT signInRequired(message);
            });
        connect(authenticator, &auth::OAuthAuthenticator::attentionNeeded, this,
                [this, id](const QString &message) {
                    m_registry->update(id, [](auth::Identity &i) { i.needsAttention = true; });
                    if (!m_demo && m_activeId == id)
                        showNotice({Notice::Kind::Warning, message, Notice::Action::Retry});
                });
        connect(authenticator, &api::Authenticator::refreshFinished, this, [this, id](bool ok) {
            if (ok)
                m_registry->update(id, [](auth::Identity &i) { i.needsAttention = false; });
        });
        connect(authenticator, &auth::OAuthAuthenticator::keychainProblem, this,
                [this, id](const auth::KeychainError &error) {
                    if (m_demo || m_activeId != id)
                        return;
                    showNotice({Notice::Kind::Warning,
                                tr("The renewed sign-in could not be saved in the keychain, so "
                                   "it is kept for this session only. %1")
                                    .arg(error.userMessage())});
                });
    }
    lease.holders.insert(this);
    return lease.authenticator;
}

void AppSession::dropSessionAuthenticator()
{
    releaseCredential(this);
    m_authenticator = nullptr;
}

void AppSession::releaseCredential(const QObject *holder)
{
    for (auto it = m_leases.begin(); it != m_leases.end();) {
        it->holders.remove(holder);
        if (!it->holders.isEmpty() && it->authenticator) {
            ++it;
            continue;
        }
        // Nobody sends with it any more: it stops refreshing on its own. It is not deleted: a
        // refresh in flight finishes, so the rotated tokens reach the keychain (or, once the
        // identity is removed, do not: IdentityService::remove), then it goes by itself.
        if (auth::OAuthAuthenticator *authenticator = it->authenticator) {
            authenticator->disconnect(this);
            authenticator->detach();
        }
        it = m_leases.erase(it);
    }
}

auth::OAuthAuthenticator *AppSession::authenticatorOf(const QString &identityId) const
{
    const auto it = m_leases.constFind(identityId);
    return it == m_leases.cend() ? nullptr : it->authenticator.data();
}

api::WhopClient *AppSession::bindClient(QObject *holder)
{
    auto *client = m_client->copy(holder);
    if (!m_demo && m_authenticator) {
        const auto it = m_leases.find(m_activeId);
        if (it != m_leases.end() && it->authenticator == m_authenticator)
            it->holders.insert(holder);
    }
    return client;
}

std::shared_ptr<journal::ChangeJournal> AppSession::journalFor(const QString &identityKey)
{
    if (std::shared_ptr<journal::ChangeJournal> live = m_journals.value(identityKey).lock())
        return live;
    auto journal = std::make_shared<journal::ChangeJournal>(identityKey, m_journalFolder);
    m_journals.insert(identityKey, journal);
    return journal;
}

} // namespace whop::app
