#include "auth/OAuthAuthenticator.h"

#include "auth/AuthLogging.h"

namespace whop::auth {

namespace {
// A stored access token closer than this to its expiry is renewed before it is used.
constexpr qint64 UsableForAtLeastSeconds = 10;
} // namespace

OAuthAuthenticator::OAuthAuthenticator(QNetworkAccessManager *nam, OAuthSettings settings,
                                       CredentialStore *store, const QString &identityId,
                                       const Secret &secret, QObject *parent)
    : api::Authenticator(parent), m_nam(nam), m_settings(std::move(settings)), m_store(store),
      m_identityId(identityId), m_secret(secret), m_notBefore(0)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // never before a Retry-After is over
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_refreshing && canRefresh())
            attempt();
    });
    schedule();
}

bool OAuthAuthenticator::canRefresh() const
{
    return !m_retired && !m_secret.refreshToken.isEmpty() && !m_signInRequired;
}

api::ApiError OAuthAuthenticator::refreshError() const
{
    return m_signInRequired ? api::ApiError{} : m_lastError;
}

void OAuthAuthenticator::setRefreshMarginSeconds(int seconds)
{
    m_marginSeconds = seconds;
    schedule();
}

void OAuthAuthenticator::setBackoff(const RefreshBackoff::Settings &settings)
{
    m_backoff = RefreshBackoff(settings);
}

int OAuthAuthenticator::nextAttemptInMs() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

void OAuthAuthenticator::schedule()
{
    m_timer.stop();
    if (!canRefresh() || m_gaveUp || m_refreshing || m_detached)
        return;
    if (m_failures > 0) {
        m_timer.start(int(std::max<qint64>(0, m_notBefore.remainingTime())));
        return;
    }
    if (!m_secret.expiresAt.isValid())
        return;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_secret.expiresAt) -
                      qint64(m_marginSeconds) * 1000;
    m_timer.start(int(std::clamp<qint64>(ms, 0, 24LL * 3600 * 1000)));
}

void OAuthAuthenticator::refresh()
{
    if (m_refreshing)
        return; // the running refresh will answer everyone waiting
    if (!canRefresh() || !m_notBefore.hasExpired()) {
        Q_EMIT refreshFinished(false);
        return;
    }
    attempt();
}

void OAuthAuthenticator::attempt()
{
    m_timer.stop();
    m_refreshing = true;
    const QByteArray sent = m_secret.refreshToken;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromUtf8(sent));
    form.addQueryItem(QStringLiteral("client_id"), m_settings.clientId);
    m_call = requestTokens(m_nam, m_settings.tokenUrl, form, this);
    m_call->onSucceeded(this, [this, sent](Secret fresh) {
        if (fresh.refreshToken.isEmpty())
            fresh.refreshToken = sent; // not rotated this time
        fresh.origin = m_secret.origin;
        qCInfo(lcAuth) << "access token refreshed";
        keep(fresh);
    });
    connect(m_call, &api::ApiCall::failed, this,
            [this, sent](const api::ApiError &error) { onFailed(error, sent); });
}

bool OAuthAuthenticator::isRefused(const api::ApiError &error)
{
    return error.code == QLatin1String("invalid_grant") ||
           error.kind == api::ErrorKind::Unauthorized ||
           (error.kind == api::ErrorKind::BadRequest && error.code.isEmpty());
}

void OAuthAuthenticator::onFailed(const api::ApiError &error, const QByteArray &sentRefreshToken)
{
    qCInfo(lcAuth) << "refresh failed:" << api::ApiError::kindName(error.kind) << error.code;
    // Refused, or no answer (the token endpoint may have rotated the refresh token and the answer
    // got lost): either way another run of the app may have renewed the sign-in and stored the
    // new pair, so the keychain is asked before anything is decided.
    const bool unanswered = error.kind == api::ErrorKind::Offline ||
                            error.kind == api::ErrorKind::Timeout ||
                            error.kind == api::ErrorKind::Server;
    if (!m_store || m_sessionOnly || m_retired || !(isRefused(error) || unanswered)) {
        decide(error);
        return;
    }
    auto *job = m_store->read(m_identityId);
    connect(job, &KeychainJob::finished, this, [this, job, error, sentRefreshToken] {
        onStoredRead(job->secret(), error, sentRefreshToken);
    });
}

void OAuthAuthenticator::onStoredRead(const QByteArray &data, const api::ApiError &error,
                                      const QByteArray &sentRefreshToken)
{
    const std::optional<Secret> stored = Secret::deserialize(data);
    if (m_retired || !stored || stored->refreshToken.isEmpty() ||
        stored->refreshToken == sentRefreshToken || stored->origin != m_secret.origin) {
        decide(error);
        return;
    }
    qCInfo(lcAuth) << "the keychain holds a sign-in renewed elsewhere; using it";
    m_secret = *stored;
    const bool fresh =
        !m_secret.expiresAt.isValid() ||
        QDateTime::currentDateTimeUtc().secsTo(m_secret.expiresAt) >= UsableForAtLeastSeconds;
    if (!fresh) {
        attempt(); // with the stored refresh token: a new one, not a replay
        return;
    }
    adopt(m_secret);
}

void OAuthAuthenticator::decide(const api::ApiError &error)
{
    m_refreshing = false;
    m_lastError = error;
    if (m_retired) { // nobody is to be asked to sign in again: the identity is gone
        Q_EMIT refreshFinished(false);
        settle();
        return;
    }
    if (isRefused(error)) {
        m_signInRequired = true;
        m_timer.stop();
        Q_EMIT signInRequiredChanged(
            tr("Whop no longer accepts this sign-in (%1). Sign in again; your unsaved "
               "changes stay in the form.")
                .arg(error.message.isEmpty() ? error.code : error.message));
        Q_EMIT refreshFinished(false);
        finishIfDone();
        return;
    }
    ++m_failures;
    const int delay = m_backoff.delayAfterFailureMs(m_failures, error);
    if (delay < 0) {
        m_gaveUp = true;
        m_notBefore.setRemainingTime(m_backoff.notBeforeMs(error));
        m_timer.stop();
        qCInfo(lcAuth) << "refresh failed" << m_failures << "times in a row; stopped trying";
        Q_EMIT attentionNeeded(
            tr("Your sign-in could not be renewed (%n attempt(s)): %1 The app stops trying on "
               "its own; reloading or saving tries again, or sign in again. Your unsaved "
               "changes stay in the form.",
               nullptr, m_failures)
                .arg(error.userMessage()));
    } else {
        m_notBefore.setRemainingTime(delay);
        if (!m_detached)
            m_timer.start(delay);
        qCInfo(lcAuth) << "next refresh attempt in" << delay << "ms";
    }
    Q_EMIT refreshFinished(false);
    finishIfDone();
}

void OAuthAuthenticator::keep(const Secret &fresh)
{
    if (m_retired) { // removed: the new pair lives only until it is revoked
        adopt(fresh);
        return;
    }
    if (m_holding) { // written once the removal has failed, dropped once it has succeeded
        m_held = fresh;
        adopt(fresh);
        return;
    }
    if (!m_store) {
        adopt(fresh);
        return;
    }
    if (m_sessionOnly) {
        m_store->keepForSession(m_identityId, fresh.serialize());
        adopt(fresh);
        return;
    }
    // The rotated refresh token is stored before the new access token is used.
    auto *job = m_store->write(m_identityId, fresh.serialize());
    connect(job, &KeychainJob::finished, this, [this, fresh](const KeychainError &error) {
        if (error.isError() && !m_retired) {
            // The rotated refresh token must not be lost: keep it for this run.
            m_store->keepForSession(m_identityId, fresh.serialize());
            Q_EMIT keychainProblem(error);
        }
        adopt(fresh);
    });
}

void OAuthAuthenticator::adopt(const Secret &secret)
{
    m_secret = secret;
    m_refreshing = false;
    m_signInRequired = false;
    m_gaveUp = false;
    m_failures = 0;
    m_lastError = {};
    m_notBefore.setRemainingTime(0);
    schedule();
    // Calls waiting for the renewal of a removed identity are not sent with it.
    Q_EMIT refreshFinished(!m_retired);
    if (m_retired)
        settle();
    else
        finishIfDone();
}

void OAuthAuthenticator::beginRemoval()
{
    m_holding = true;
}

void OAuthAuthenticator::endRemoval(bool removed)
{
    m_holding = false;
    if (removed) {
        m_retired = true;
        m_held.reset();
        m_timer.stop();
        if (!m_refreshing)
            settle();
        return;
    }
    if (const std::optional<Secret> held = std::exchange(m_held, std::nullopt))
        write(*held);
    finishIfDone();
}

void OAuthAuthenticator::detach()
{
    m_detached = true;
    m_timer.stop();
    finishIfDone();
}

void OAuthAuthenticator::write(const Secret &secret)
{
    if (!m_store || m_retired)
        return;
    if (m_sessionOnly) {
        m_store->keepForSession(m_identityId, secret.serialize());
        return;
    }
    m_writing = true;
    auto *job = m_store->write(m_identityId, secret.serialize());
    connect(job, &KeychainJob::finished, this, [this, secret](const KeychainError &error) {
        m_writing = false;
        if (error.isError() && !m_retired) {
            m_store->keepForSession(m_identityId, secret.serialize());
            Q_EMIT keychainProblem(error);
        }
        finishIfDone();
    });
}

void OAuthAuthenticator::settle()
{
    Q_EMIT settled(m_secret);
    finishIfDone();
}

void OAuthAuthenticator::finishIfDone()
{
    if (m_detached && !m_holding && !m_refreshing && !m_writing)
        deleteLater();
}

} // namespace whop::auth
