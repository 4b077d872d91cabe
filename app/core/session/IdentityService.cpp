#include "session/IdentityService.h"

#include <QNetworkAccessManager>

namespace whop::app {

using auth::Identity;
using auth::IdentityKind;
using auth::Secret;

IdentityService::IdentityService(QNetworkAccessManager *nam, auth::IdentityRegistry *registry,
                                 auth::CredentialStore *store, QObject *parent)
    : QObject(parent), m_nam(nam), m_registry(registry), m_store(store)
{}

void IdentityService::addPasted(IdentityKind kind, const QUrl &apiBaseUrl, const QByteArray &secret,
                                bool sessionOnly)
{
    const QByteArray trimmed = secret.trimmed();
    QString why;
    if (trimmed.isEmpty()) {
        Q_EMIT addFailed(tr("Paste a token or key first."));
        return;
    }
    if (trimmed.contains(' ') || trimmed.contains('\n')) {
        Q_EMIT addFailed(tr("That does not look like a single token: it contains spaces or "
                            "line breaks."));
        return;
    }
    if (!api::isAcceptableBaseUrl(apiBaseUrl, &why)) {
        Q_EMIT addFailed(why);
        return;
    }
    Secret s;
    s.token = trimmed;
    learn(Identity::create(kind, apiBaseUrl), s, sessionOnly);
}

void IdentityService::learn(const Identity &identity, const Secret &secret, bool sessionOnly)
{
    cancelAdd();
    if (!m_sessionOnlyApi.isEmpty() && api::isSameOrigin(identity.apiBaseUrl(), m_sessionOnlyApi))
        sessionOnly = true;
    api::ClientConfig config;
    config.baseUrl = identity.apiBaseUrl();
    config.retry.maxRetries = 1;
    auto *probe = new api::WhopClient(m_nam, config, this);
    probe->setToken(secret.token);
    m_check = identify(probe, identity, [this, secret, sessionOnly](const Identity &learned) {
        store(learned, secret, sessionOnly);
    });
    connect(m_check, &QObject::destroyed, probe, &QObject::deleteLater);
    connect(m_check, &api::ApiCall::failed, this, [this](const api::ApiError &error) {
        if (error.kind == api::ErrorKind::Cancelled)
            return;
        QString detail = error.userMessage();
        if (error.httpStatus > 0)
            detail = tr("HTTP %1 — %2").arg(error.httpStatus).arg(detail);
        // Only Whop's answer about the credential is a refusal; a network or server trouble
        // says nothing about it.
        const bool refused =
            error.kind == api::ErrorKind::Unauthorized || error.kind == api::ErrorKind::Forbidden;
        Q_EMIT addFailed(refused ? tr("Whop refused this credential. %1").arg(detail)
                                 : tr("The credential could not be checked. %1").arg(detail));
    });
}

api::ApiCall *IdentityService::identify(api::WhopClient *client, const Identity &identity,
                                        std::function<void(const Identity &)> learned)
{
    if (identity.isUser()) {
        auto *call = client->retrieveUser({});
        call->onSucceeded(this,
                          [identity = Identity(identity), learned](const api::User &user) mutable {
                              identity.userId = user.id;
                              identity.username = user.username;
                              if (identity.label.isEmpty())
                                  identity.label = QStringLiteral("@") + user.username;
                              learned(identity);
                          });
        return call;
    }
    // A key acts on one account (and those connected to it): the first one listed is its own.
    auto *call = client->listAccounts(1);
    call->onSucceeded(
        this, [identity = Identity(identity), learned](const api::AccountsPage &page) mutable {
            if (!page.accounts.isEmpty()) {
                identity.accountId = page.accounts.first().id;
                identity.accountTitle = page.accounts.first().title;
            }
            if (identity.label.isEmpty())
                identity.label =
                    identity.accountTitle.isEmpty() ? tr("API key") : identity.accountTitle;
            learned(identity);
        });
    return call;
}

void IdentityService::store(const Identity &identity, const Secret &secret, bool sessionOnly)
{
    m_pending = identity;
    m_pendingSecret = secret;
    m_pendingSecret.origin = auth::originOf(identity.apiBaseUrl()); // sent nowhere else
    if (sessionOnly) {
        keepPendingForSession();
        return;
    }
    auto *job = m_store->write(identity.id, m_pendingSecret.serialize());
    connect(job, &auth::KeychainJob::finished, this,
            [this, id = identity.id](const auth::KeychainError &error) {
                if (id != m_pending.id || m_pendingSecret.isEmpty())
                    return; // cancelled, or another add started meanwhile
                if (error.isError()) {
                    Q_EMIT keychainFailed(error); // the person may choose "this session only"
                    return;
                }
                m_registry->upsert(m_pending);
                Q_EMIT ready(std::exchange(m_pending, {}), std::exchange(m_pendingSecret, {}));
            });
}

void IdentityService::keepPendingForSession()
{
    if (m_pendingSecret.isEmpty())
        return;
    m_pending.temporary = true;
    m_store->keepForSession(m_pending.id, m_pendingSecret.serialize());
    m_registry->upsert(m_pending);
    Q_EMIT ready(std::exchange(m_pending, {}), std::exchange(m_pendingSecret, {}));
}

void IdentityService::cancelAdd()
{
    if (m_check)
        m_check->cancel();
    m_pending = {};
    m_pendingSecret = {};
}

auth::OAuthSignIn *IdentityService::beginSignIn(const auth::OAuthSettings &settings,
                                                const QUrl &apiBaseUrl, QString *error,
                                                auth::SignInProblem *problem)
{
    auto *flow = new auth::OAuthSignIn(m_nam, settings, this);
    const bool started = flow->start(error);
    if (problem)
        *problem = flow->problem();
    if (!started) {
        flow->deleteLater();
        return nullptr;
    }
    connect(flow, &auth::OAuthSignIn::succeeded, this,
            [this, flow, apiBaseUrl, clientId = settings.clientId](const Secret &s) {
                flow->deleteLater();
                Identity identity = Identity::create(IdentityKind::OAuthUser, apiBaseUrl);
                identity.oauthClientId = clientId;
                learn(identity, s, false);
            });
    connect(flow, &auth::OAuthSignIn::failed, flow, &QObject::deleteLater);
    return flow;
}

void IdentityService::remove(const QString &identityId, const Secret &knownSecret,
                             const auth::OAuthSettings &oauth,
                             const QList<auth::OAuthAuthenticator *> &inUse)
{
    const Identity *found = m_registry->find(identityId);
    if (!found || m_removing.contains(identityId))
        return;
    m_removing.insert(identityId);
    // A refresh answered while the keychain deletes must not write the entry back.
    for (auth::OAuthAuthenticator *authenticator : inUse) {
        authenticator->beginRemoval();
        m_inUse[identityId] << authenticator;
    }
    const Identity identity = *found; // a copy: the list may change while the keychain works
    if (identity.kind != IdentityKind::OAuthUser || !knownSecret.refreshToken.isEmpty()) {
        deleteEntry(identity, knownSecret, oauth);
        return;
    }
    // Read the refresh token first so it can be revoked once the entry is gone.
    auto *job = m_store->read(identityId);
    connect(job, &auth::KeychainJob::finished, this, [this, job, identity, oauth] {
        const auth::KeychainError &error = job->error();
        if (error.isError() && error.kind != auth::KeychainError::Kind::NotFound) {
            failRemoval(identity, error);
            return;
        }
        deleteEntry(identity, Secret::deserialize(job->secret()).value_or(Secret{}), oauth);
    });
}

void IdentityService::deleteEntry(const Identity &identity, const Secret &secret,
                                  const auth::OAuthSettings &oauth)
{
    if (identity.temporary) { // kept for this session only: nothing in the keychain
        m_store->forgetSession(identity.id);
        finishRemoval(identity, secret, oauth);
        return;
    }
    auto *job = m_store->remove(identity.id);
    connect(job, &auth::KeychainJob::finished, this,
            [this, identity, secret, oauth](const auth::KeychainError &error) {
                if (error.isError())
                    failRemoval(identity, error);
                else
                    finishRemoval(identity, secret, oauth);
            });
}

void IdentityService::finishRemoval(const Identity &identity, const Secret &secret,
                                    const auth::OAuthSettings &oauth)
{
    m_removing.remove(identity.id);
    m_registry->remove(identity.id);
    QList<QPointer<auth::OAuthAuthenticator>> inUse = m_inUse.take(identity.id);
    inUse.removeAll(nullptr);
    // The refresh token goes only to where it belongs (never to an address identities.json
    // was changed to).
    const auto revocable = [identity](const Secret &s) {
        return identity.kind == IdentityKind::OAuthUser && !s.refreshToken.isEmpty() &&
               auth::bindingOf(s, identity.apiBaseUrl()) != auth::Binding::Elsewhere;
    };
    if (inUse.isEmpty()) {
        if (revocable(secret))
            revoke(secret, oauth);
        Q_EMIT removed(identity.id);
        return;
    }
    // A refresh in flight may rotate the tokens yet: the ones revoked are those live once every
    // refresh has answered, not the ones known now (settled comes at once when none is in flight).
    auto revoked = std::make_shared<QList<QByteArray>>(); // each token once
    for (const QPointer<auth::OAuthAuthenticator> &authenticator : std::as_const(inUse)) {
        connect(
            authenticator, &auth::OAuthAuthenticator::settled, this,
            [this, revocable, oauth, revoked](const Secret &latest) {
                if (!revocable(latest) || revoked->contains(latest.refreshToken))
                    return;
                revoked->append(latest.refreshToken);
                revoke(latest, oauth);
            },
            Qt::SingleShotConnection);
    }
    for (const QPointer<auth::OAuthAuthenticator> &authenticator : std::as_const(inUse)) {
        if (authenticator)
            authenticator->endRemoval(true);
    }
    Q_EMIT removed(identity.id);
}

void IdentityService::failRemoval(const Identity &identity, const auth::KeychainError &error)
{
    m_removing.remove(identity.id);
    // The identity stays: what its authenticators renewed meanwhile is written.
    for (const QPointer<auth::OAuthAuthenticator> &authenticator : m_inUse.take(identity.id)) {
        if (authenticator)
            authenticator->endRemoval(false);
    }

    QString message;
    switch (error.kind) {
    case auth::KeychainError::Kind::Locked:
        message = tr("The keychain is locked, so “%1” and its token were kept. Unlock the "
                     "keychain (for example in GNOME Keyring or KWallet), then try again.")
                      .arg(identity.shownLabel());
        break;
    case auth::KeychainError::Kind::NoService:
        message = tr("No keychain is available, so the token of “%1” could not be deleted and "
                     "the identity was kept. Start your keychain (GNOME Keyring, KWallet or "
                     "KeePassXC), then try again.")
                      .arg(identity.shownLabel());
        break;
    default:
        message = tr("The keychain could not delete the token of “%1” (%2), so the identity was "
                     "kept. Try again.")
                      .arg(identity.shownLabel(), error.detail);
        break;
    }
    Q_EMIT removeFailed(identity.id, message);
}

void IdentityService::revoke(const Secret &secret, const auth::OAuthSettings &oauth)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), QString::fromUtf8(secret.refreshToken));
    form.addQueryItem(QStringLiteral("token_type_hint"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), oauth.clientId);
    auto *call = auth::postOAuthForm(m_nam, oauth.revokeUrl, form, this);
    connect(call, &api::ApiCall::succeeded, this,
            [this] { Q_EMIT revokeFinished(tr("The sign-in was also revoked at Whop.")); });
    connect(call, &api::ApiCall::failed, this, [this](const api::ApiError &e) {
        Q_EMIT revokeFinished(tr("Removed from this computer, but Whop could not be told to "
                                 "revoke the sign-in (%1). It expires on its own.")
                                  .arg(e.userMessage()));
    });
}

Identity IdentityService::addTemporaryApiKey(const QByteArray &key, const QUrl &apiBaseUrl)
{
    Identity identity = Identity::create(IdentityKind::AccountApiKey, apiBaseUrl);
    identity.label = QStringLiteral("WHOP_API_KEY");
    identity.temporary = true;
    Secret s;
    s.token = key.trimmed();
    s.origin = auth::originOf(apiBaseUrl);
    m_store->keepForSession(identity.id, s.serialize());
    m_registry->upsert(identity);
    return identity;
}

} // namespace whop::app
