#include "OAuthAuthenticator.h"

#include "AuthLogging.h"

namespace whop::auth {

OAuthAuthenticator::OAuthAuthenticator(QNetworkAccessManager *nam, OAuthSettings settings,
                                       CredentialStore *store, const QString &identityId,
                                       const Secret &secret, QObject *parent)
    : api::Authenticator(parent), m_nam(nam), m_settings(std::move(settings)), m_store(store),
      m_identityId(identityId), m_secret(secret)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OAuthAuthenticator::refresh);
    schedule();
}

bool OAuthAuthenticator::canRefresh() const
{
    return !m_secret.refreshToken.isEmpty() && !m_signInRequired;
}

void OAuthAuthenticator::setRefreshMarginSeconds(int seconds)
{
    m_marginSeconds = seconds;
    schedule();
}

void OAuthAuthenticator::schedule()
{
    m_timer.stop();
    if (!m_secret.expiresAt.isValid() || !canRefresh())
        return;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_secret.expiresAt) -
                      qint64(m_marginSeconds) * 1000;
    m_timer.start(int(std::clamp<qint64>(ms, 0, 24LL * 3600 * 1000)));
}

void OAuthAuthenticator::refresh()
{
    if (m_refreshing)
        return; // the running refresh will answer everyone waiting
    if (!canRefresh()) {
        Q_EMIT refreshFinished(false);
        return;
    }
    m_refreshing = true;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromUtf8(m_secret.refreshToken));
    form.addQueryItem(QStringLiteral("client_id"), m_settings.clientId);
    m_call = requestTokens(m_nam, m_settings.tokenUrl, form, this);
    m_call->onSucceeded(this, [this](Secret fresh) {
        if (fresh.refreshToken.isEmpty())
            fresh.refreshToken = m_secret.refreshToken; // not rotated this time
        qCInfo(lcAuth) << "access token refreshed";
        if (!m_store) {
            adopt(fresh);
            return;
        }
        // The rotated refresh token is stored before the new access token is used.
        auto *job = m_store->write(m_identityId, fresh.serialize());
        connect(job, &KeychainJob::finished, this, [this, fresh](const KeychainError &error) {
            if (error.isError()) {
                // The rotated refresh token must not be lost: keep it for this run.
                m_store->keepForSession(m_identityId, fresh.serialize());
                Q_EMIT keychainProblem(error);
            }
            adopt(fresh);
        });
    });
    connect(m_call, &api::ApiCall::failed, this, [this](const api::ApiError &error) {
        m_refreshing = false;
        const bool refused = error.code == QLatin1String("invalid_grant") ||
                             error.kind == api::ErrorKind::Unauthorized ||
                             (error.kind == api::ErrorKind::BadRequest && error.code.isEmpty());
        qCInfo(lcAuth) << "refresh failed:" << api::ApiError::kindName(error.kind) << error.code;
        if (refused) {
            m_signInRequired = true;
            Q_EMIT signInRequiredChanged(
                tr("Whop no longer accepts this sign-in (%1). Sign in again; your unsaved "
                   "changes stay in the form.")
                    .arg(error.message.isEmpty() ? error.code : error.message));
        }
        Q_EMIT refreshFinished(false);
        schedule();
    });
}

void OAuthAuthenticator::adopt(const Secret &secret)
{
    m_secret = secret;
    m_refreshing = false;
    m_signInRequired = false;
    schedule();
    Q_EMIT refreshFinished(true);
}

} // namespace whop::auth
