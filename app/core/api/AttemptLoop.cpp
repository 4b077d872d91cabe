#include "api/AttemptLoop.h"

#include <QNetworkReply>

#include <utility>

namespace whop::api {

AttemptLoop::AttemptLoop(QObject *owner, const RetryPolicy::Settings &retry,
                         std::function<void()> resend)
    : m_owner(owner), m_policy(retry)
{
    m_timeout.setSingleShot(true);
    m_retry.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, and a wait the server asked for (Retry-After)
    // must not be cut short.
    m_retry.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timeout, &QTimer::timeout, owner, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
    QObject::connect(&m_retry, &QTimer::timeout, owner, std::move(resend));
}

AttemptLoop::~AttemptLoop()
{
    if (m_reply) {
        m_reply->disconnect(m_owner);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void AttemptLoop::watch(QNetworkReply *reply, int timeoutMs)
{
    m_reply = reply;
    m_timedOut = false;
    m_timeout.start(timeoutMs);
}

void AttemptLoop::restartTimeout(int timeoutMs)
{
    m_timeout.start(timeoutMs);
}

QNetworkReply *AttemptLoop::takeReply()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    if (reply) {
        reply->deleteLater();
        m_reply.clear();
    }
    return reply;
}

int AttemptLoop::scheduleRetry(const ApiError &error)
{
    const int delay = m_policy.delayBeforeRetryMs(m_retriesDone, error);
    if (delay >= 0) {
        ++m_retriesDone;
        m_retry.start(delay);
    }
    return delay;
}

void AttemptLoop::stop()
{
    m_retry.stop();
    m_timeout.stop();
}

} // namespace whop::api
