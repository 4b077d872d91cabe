#pragma once

#include "api/Authenticator.h"
#include "auth/CredentialStore.h"
#include "auth/OAuthSettings.h"
#include "auth/RefreshBackoff.h"
#include "auth/Secret.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;

namespace whop::auth {

// Keeps an OAuth identity's access token fresh: refreshes shortly before expiry and once on a
// 401. The refresh token rotates; the new pair is written to the keychain (or, for a session-only
// sign-in, kept in memory) before the new access token is used.
//
// A refresh is never sent twice blindly: a lost answer may mean Whop already rotated the token,
// and replaying the old one would be refused. After a refused or unanswered refresh the keychain
// entry is read again (another run of the app may have renewed the sign-in) before deciding.
// invalid_grant means "sign in again"; other failures back off (RefreshBackoff) and, after a few,
// stop trying on their own and ask for attention.
//
// Removing the identity (IdentityService::remove) races with a refresh in flight, whose answer
// may rotate the tokens after the keychain entry is gone: from beginRemoval() rotated tokens are
// held in memory; endRemoval(false) (the identity stays) writes what was held; endRemoval(true)
// retires it: nothing of the identity is written again (keychain or session memory), no refresh
// starts, and settled() hands over the latest tokens, the ones to revoke, once the refresh in
// flight has answered. detach() is for the session letting go of it: it stops refreshing on its
// own and deletes itself once nothing (a refresh, a removal, a write) is under way.
class OAuthAuthenticator : public api::Authenticator
{
    Q_OBJECT
public:
    OAuthAuthenticator(QNetworkAccessManager *nam, OAuthSettings settings, CredentialStore *store,
                       const QString &identityId, const Secret &secret, QObject *parent = nullptr);

    QByteArray accessToken() const override { return m_retired ? QByteArray() : m_secret.token; }
    bool canRefresh() const override;
    // Joins a running refresh. Answers false at once, without a request, while a backoff or the
    // server's Retry-After is still running.
    void refresh() override;
    api::ApiError refreshError() const override;

    const Secret &secret() const { return m_secret; }
    bool signInRequired() const { return m_signInRequired; }
    // Renewal failed too often in a row: no attempt on its own until a request asks for one.
    bool needsAttention() const { return m_gaveUp; }
    // A session-only sign-in: rotated tokens stay in memory and never reach the keychain.
    void setSessionOnly(bool sessionOnly) { m_sessionOnly = sessionOnly; }
    bool isSessionOnly() const { return m_sessionOnly; }
    // Seconds before expiry at which to refresh (default 120).
    void setRefreshMarginSeconds(int seconds);
    void setBackoff(const RefreshBackoff::Settings &settings);
    // Milliseconds until the attempt it will make on its own; -1 when none is planned.
    int nextAttemptInMs() const;

    const QString &identityId() const { return m_identityId; }
    void beginRemoval();
    void endRemoval(bool removed);
    bool isRetired() const { return m_retired; }
    void detach();

Q_SIGNALS:
    void signInRequiredChanged(const QString &message);
    void keychainProblem(const whop::auth::KeychainError &error);
    // Renewal keeps failing and automatic attempts stopped; `message` says why and what to do.
    void attentionNeeded(const QString &message);
    // After endRemoval(true), once no refresh is in flight: the latest tokens.
    void settled(const whop::auth::Secret &latest);

private:
    void attempt();
    void onFailed(const api::ApiError &error, const QByteArray &sentRefreshToken);
    void onStoredRead(const QByteArray &data, const api::ApiError &error,
                      const QByteArray &sentRefreshToken);
    void decide(const api::ApiError &error);
    void keep(const Secret &fresh);
    void adopt(const Secret &secret);
    void write(const Secret &secret);
    void settle();
    void finishIfDone();
    void schedule();
    static bool isRefused(const api::ApiError &error);

    QNetworkAccessManager *m_nam;
    OAuthSettings m_settings;
    QPointer<CredentialStore> m_store;
    QString m_identityId;
    Secret m_secret;
    QPointer<api::Call<Secret>> m_call;
    QTimer m_timer;
    RefreshBackoff m_backoff;
    QDeadlineTimer m_notBefore; // no attempt before this (backoff, Retry-After)
    api::ApiError m_lastError;
    int m_marginSeconds = 120;
    int m_failures = 0; // failed attempts in a row
    bool m_refreshing = false;
    bool m_signInRequired = false;
    bool m_gaveUp = false;
    bool m_sessionOnly = false;
    bool m_holding = false; // a removal is under way: rotated tokens wait in m_held
    std::optional<Secret> m_held;
    bool m_retired = false;  // the identity was removed
    bool m_detached = false; // the session no longer uses it
    bool m_writing = false;  // writing what was held
};

} // namespace whop::auth
