#pragma once

#include "api/WhopClient.h"
#include "auth/CredentialStore.h"
#include "auth/Identity.h"
#include "auth/IdentityRegistry.h"
#include "auth/OAuthAuthenticator.h"
#include "auth/OAuthSignIn.h"
#include "auth/Secret.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QNetworkAccessManager;

namespace whop::app {

// Adding, checking, renaming and removing identities; the keychain side of each. It never
// changes which identity is active: AppSession does, when `ready` arrives.
class IdentityService : public QObject
{
    Q_OBJECT
public:
    IdentityService(QNetworkAccessManager *nam, auth::IdentityRegistry *registry,
                    auth::CredentialStore *store, QObject *parent = nullptr);

    // Checks the pasted token or key with one request (GET /users/me for user tokens,
    // GET /accounts?first=1 for API keys), then stores it. With `sessionOnly` it is kept in
    // memory for this run only.
    void addPasted(auth::IdentityKind kind, const QUrl &apiBaseUrl, const QByteArray &secret,
                   bool sessionOnly);
    // After a keychain failure: keep the identity that was just checked for this session only.
    void keepPendingForSession();
    void cancelAdd();

    // Starts a browser sign-in; on success the identity is learned and stored like a paste.
    // Returns nullptr (with `error` and `problem`) when the sign-in cannot start.
    auth::OAuthSignIn *beginSignIn(const auth::OAuthSettings &settings, const QUrl &apiBaseUrl,
                                   QString *error, auth::SignInProblem *problem = nullptr);

    // Deletes the keychain entry and, once the keychain confirms it is gone, the metadata
    // (removed); then revokes the refresh token in the background when there is one (`secret`
    // when already known, else read first). When the keychain cannot (locked, unavailable),
    // nothing is removed and removeFailed says why and what to do. `inUse` are the identity's
    // authenticators still alive (the current one, one the session let go of mid-refresh): a
    // refresh in flight may still rotate the tokens, so nothing they renew is written meanwhile,
    // and the tokens revoked are the latest they hold once those refreshes have answered
    // (OAuthAuthenticator::endRemoval), not `knownSecret`.
    void remove(const QString &identityId, const auth::Secret &knownSecret,
                const auth::OAuthSettings &oauth,
                const QList<auth::OAuthAuthenticator *> &inUse = {});

    // Credentials for this API are kept for this run only, never in the keychain or the list on
    // disk: the in-process demo sandbox, whose port may belong to any program on a later run.
    void setSessionOnlyApi(const QUrl &apiBaseUrl) { m_sessionOnlyApi = apiBaseUrl; }

    // A temporary API-key identity for this run (WHOP_API_KEY); never written anywhere.
    auth::Identity addTemporaryApiKey(const QByteArray &key, const QUrl &apiBaseUrl);

    // Asks Whop, through `client` (which holds the credential), whom the credential belongs to:
    // GET /users/me for user tokens, GET /accounts?first=1 for API keys. `learned` gets `identity`
    // completed with the user's id and username, or the key's account, and a label when it had
    // none. The returned call reports failures (and can be cancelled).
    api::ApiCall *identify(api::WhopClient *client, const auth::Identity &identity,
                           std::function<void(const auth::Identity &)> learned);

Q_SIGNALS:
    void ready(const whop::auth::Identity &identity, const whop::auth::Secret &secret);
    void addFailed(const QString &message);
    void keychainFailed(const whop::auth::KeychainError &error);
    void removed(const QString &identityId);
    void removeFailed(const QString &identityId, const QString &message);
    void revokeFinished(const QString &message);

private:
    void learn(const auth::Identity &identity, const auth::Secret &secret, bool sessionOnly);
    void store(const auth::Identity &identity, const auth::Secret &secret, bool sessionOnly);
    void revoke(const auth::Secret &secret, const auth::OAuthSettings &oauth);
    void deleteEntry(const auth::Identity &identity, const auth::Secret &secret,
                     const auth::OAuthSettings &oauth);
    void finishRemoval(const auth::Identity &identity, const auth::Secret &secret,
                       const auth::OAuthSettings &oauth);
    void failRemoval(const auth::Identity &identity, const auth::KeychainError &error);

    QNetworkAccessManager *m_nam;
    auth::IdentityRegistry *m_registry;
    auth::CredentialStore *m_store;
    QPointer<api::ApiCall> m_check;
    auth::Identity m_pending;
    auth::Secret m_pendingSecret;
    QSet<QString> m_removing; // identities whose removal is under way
    QHash<QString, QList<QPointer<auth::OAuthAuthenticator>>> m_inUse; // theirs, still alive
    QUrl m_sessionOnlyApi;
};

} // namespace whop::app
