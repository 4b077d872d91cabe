#include "profile/UsernameChecker.h"

#include "api/User.h"
#include "api/WhopClient.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcProfile)

namespace whop::profile {

using api::ApiError;
using api::ErrorKind;

namespace {
// Without a Retry-After, a 429 pauses the checks this long.
constexpr qint64 DefaultPauseMs = 30'000;
} // namespace

UsernameChecker::UsernameChecker(api::WhopClient *client, QObject *parent) : QObject(parent)
{
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    m_lookup = [client](const QString &username, const QString &accountId, int timeoutMs) {
        return client->lookUpUser(username, accountId, timeoutMs);
    };
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(m_settings.debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &UsernameChecker::start);
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, &UsernameChecker::start);
}

UsernameChecker::~UsernameChecker()
{
    abortCall();
}

void UsernameChecker::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_debounce.setInterval(settings.debounceMs);
}

void UsernameChecker::setClock(Clock clock)
{
    if (clock)
        m_clock = std::move(clock);
}

void UsernameChecker::setLookup(Lookup lookup)
{
    if (lookup)
        m_lookup = std::move(lookup);
}

void UsernameChecker::setContext(const QString &accountId, const QString &ownUserId)
{
    if (accountId == m_accountId && ownUserId == m_ownId)
        return;
    // Another profile or account: "yours" and even "taken" (API keys see one account) may differ.
    m_accountId = accountId;
    m_ownId = ownUserId;
    clearCache();
    stop();
}

void UsernameChecker::clearCache()
{
    m_cache.clear();
}

void UsernameChecker::stop()
{
    m_debounce.stop();
    m_resume.stop();
    abortCall();
    m_candidate.clear();
    setStatus(UsernameAvailability::None);
}

void UsernameChecker::setCandidate(const QString &candidate)
{
    if (candidate == m_candidate)
        return;
    // A newer candidate makes the older answer useless: cancel it now, not when the next starts.
    abortCall();
    m_debounce.stop();
    m_resume.stop();
    m_candidate = candidate;
    if (candidate.isEmpty()) {
        setStatus(UsernameAvailability::None);
        return;
    }
    if (const auto cached = m_cache.constFind(candidate); cached != m_cache.cend()) {
        setStatus(cached.value());
        return;
    }
    setStatus(UsernameAvailability::Waiting);
    m_debounce.start();
}

void UsernameChecker::checkNow()
{
    // Only a check that is waiting (for the pause in typing, or for the cap) starts now.
    if (!m_debounce.isActive() && !m_resume.isActive())
        return;
    m_debounce.stop();
    m_resume.stop();
    start();
}

void UsernameChecker::noteTaken(const QString &candidate)
{
    if (candidate.isEmpty())
        return;
    m_cache.insert(candidate, UsernameAvailability::Taken);
    if (candidate == m_candidate) {
        abortCall();
        m_debounce.stop();
        setStatus(UsernameAvailability::Taken);
    }
}

void UsernameChecker::setStatus(UsernameAvailability availability, ErrorKind reason)
{
    const UsernameStatus next{
        availability, availability == UsernameAvailability::None ? QString() : m_candidate, reason};
    if (next == m_status)
        return;
    m_status = next;
    Q_EMIT statusChanged(m_status);
}

qint64 UsernameChecker::waitBeforeNextCheck()
{
    const qint64 now = m_clock();
    while (!m_sent.empty() && m_sent.front() <= now - m_settings.windowMs)
        m_sent.pop_front();
    qint64 wait = qMax<qint64>(0, m_pausedUntil - now);
    if (qsizetype(m_sent.size()) >= m_settings.maxChecksPerWindow)
        wait = qMax(wait, m_sent.empty() ? qint64(m_settings.windowMs)
                                         : m_sent.front() + m_settings.windowMs - now);
    return wait;
}

void UsernameChecker::start()
{
    if (m_candidate.isEmpty() || m_call)
        return;
    // "me" is not a username to GET /users/{id}: it names the caller, whatever it is.
    if (m_candidate.compare(QLatin1String("me"), Qt::CaseInsensitive) == 0) {
        setStatus(UsernameAvailability::Unknown, ErrorKind::BadRequest);
        return;
    }
    if (const qint64 wait = waitBeforeNextCheck(); wait > 0) {
        // Over the cap (or asked to wait): say so now, and check this candidate once allowed.
        setStatus(UsernameAvailability::Unknown, ErrorKind::RateLimited);
        m_resume.start(int(qMin<qint64>(wait, m_settings.windowMs)));
        return;
    }
    setStatus(UsernameAvailability::Checking);
    m_sent.push_back(m_clock());
    ++m_requests;
    const QString candidate = m_candidate;
    m_call = m_lookup(candidate, m_accountId, m_settings.timeoutMs);
    m_call->onSucceeded(this, [this, candidate](const api::User &user) {
        m_call.clear();
        onFound(candidate, user.id);
    });
    connect(m_call, &api::ApiCall::failed, this, [this, candidate](const ApiError &error) {
        m_call.clear();
        onFailed(candidate, error);
    });
    Q_EMIT checkStarted(candidate);
}

void UsernameChecker::abortCall()
{
    if (!m_call)
        return;
    api::ApiCall *call = m_call;
    m_call.clear();
    call->disconnect(this); // its Cancelled answer is of no interest
    call->cancel();
}

void UsernameChecker::onFound(const QString &candidate, const QString &userId)
{
    const auto answer = userId == m_ownId && !m_ownId.isEmpty() ? UsernameAvailability::Yours
                                                                : UsernameAvailability::Taken;
    m_cache.insert(candidate, answer);
    if (candidate == m_candidate)
        setStatus(answer);
}

void UsernameChecker::onFailed(const QString &candidate, const ApiError &error)
{
    if (error.kind == ErrorKind::Cancelled)
        return;
    // A 404 about the user means nobody has the name. One about the account (account_id) says
    // nothing about the name.
    const bool aboutAccount =
        error.field == QLatin1String("account_id") || error.field == QLatin1String("company_id");
    if (error.kind == ErrorKind::NotFound && !aboutAccount) {
        m_cache.insert(candidate, UsernameAvailability::Available);
        if (candidate == m_candidate)
            setStatus(UsernameAvailability::Available);
        return;
    }
    qCInfo(lcProfile) << "username check failed:" << ApiError::kindName(error.kind);
    if (error.kind == ErrorKind::RateLimited) {
        const qint64 pause =
            error.retryAfterSeconds >= 0 ? qint64(error.retryAfterSeconds) * 1000 : DefaultPauseMs;
        m_pausedUntil = m_clock() + pause;
    }
    // Not cached: a later attempt may well work.
    if (candidate != m_candidate)
        return;
    setStatus(UsernameAvailability::Unknown, error.kind);
    if (error.kind == ErrorKind::RateLimited)
        m_resume.start(int(qMin<qint64>(m_pausedUntil - m_clock(), m_settings.windowMs)));
}

} // namespace whop::profile
