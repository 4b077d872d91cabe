#pragma once

#include "Authenticator.h"
#include "CredentialStore.h"
#include "OAuthSettings.h"
#include "Secret.h"

#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace whop::auth {

// Keeps an OAuth identity's access token fresh: refreshes shortly before expiry and once on a
// 401. The refresh token rotates; the new pair is written to the keychain before the new access
// token is used. A refused refresh (invalid_grant) means "sign in again".
class OAuthAuthenticator : public api::Authenticator
{
    Q_OBJECT
public:
    OAuthAuthenticator(QNetworkAccessManager *nam, OAuthSettings settings, CredentialStore *store,
                       const QString &identityId, const Secret &secret, QObject *parent = nullptr);

    QByteArray accessToken() const override { return m_secret.token; }
    bool canRefresh() const override;
    void refresh() override;

    const Secret &secret() const { return m_secret; }
    bool signInRequired() const { return m_signInRequired; }
    // Seconds before expiry at which to refresh (default 120).
    void setRefreshMarginSeconds(int seconds);

Q_SIGNALS:
    void signInRequiredChanged(const QString &message);
    void keychainProblem(const whop::auth::KeychainError &error);

private:
    void schedule();
    void adopt(const Secret &secret);

    QNetworkAccessManager *m_nam;
    OAuthSettings m_settings;
    QPointer<CredentialStore> m_store;
    QString m_identityId;
    Secret m_secret;
    QPointer<api::Call<Secret>> m_call;
    QTimer m_timer;
    int m_marginSeconds = 120;
    bool m_refreshing = false;
    bool m_signInRequired = false;
};

} // namespace whop::auth
