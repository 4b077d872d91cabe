#include "overview/RequestScheduler.h"

#include <algorithm>
#include <limits>

namespace whop::overview {

RequestScheduler::RequestScheduler(int maxInFlight, QObject *parent)
    : QObject(parent), m_max(std::max(1, maxInFlight))
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, [this] {
        Q_EMIT paused(0);
        pump();
    });
}

RequestScheduler::~RequestScheduler()
{
    cancelAll();
}

bool RequestScheduler::contains(const QString &key) const
{
    return m_running.contains(key) ||
           std::any_of(m_queue.begin(), m_queue.end(), [&](const Job &j) { return j.key == key; });
}

bool RequestScheduler::enqueueJob(const QString &key, Starter start, OnSuccess ok, OnFailure fail,
                                  bool urgent)
{
    if (contains(key))
        return false;
    Job job{key, std::move(start), std::move(ok), std::move(fail), 0};
    if (urgent)
        m_queue.push_front(std::move(job));
    else
        m_queue.push_back(std::move(job));
    pump();
    return true;
}

bool RequestScheduler::removeQueued(const QString &key)
{
    const auto it =
        std::find_if(m_queue.begin(), m_queue.end(), [&](const Job &j) { return j.key == key; });
    if (it == m_queue.end())
        return false;
    m_queue.erase(it);
    return true;
}

QStringList RequestScheduler::clearQueue()
{
    QStringList keys;
    for (const Job &job : m_queue)
        keys << job.key;
    m_queue.clear();
    return keys;
}

void RequestScheduler::cancelAll()
{
    m_queue.clear();
    const auto running = std::exchange(m_running, {});
    for (const auto &call : running) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    m_pause.stop();
}

void RequestScheduler::pauseFor(int ms)
{
    ms = std::max(ms, 0);
    // Never shorten a pause already under way: the longest wait any answer asked for wins.
    if (m_pause.isActive() && m_pause.remainingTime() >= ms)
        return;
    m_pause.start(ms);
    Q_EMIT paused(ms);
}

void RequestScheduler::pump()
{
    while (!m_pause.isActive() && inFlight() < m_max && !m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        launch(std::move(job));
    }
    if (isIdle())
        Q_EMIT idle();
}

void RequestScheduler::launch(Job job)
{
    api::ApiCall *call = job.start();
    ++m_started;
    const QString key = job.key;
    m_running.insert(key, call);
    m_peak = std::max(m_peak, inFlight());
    auto shared = std::make_shared<Job>(std::move(job));
    connect(call, &api::ApiCall::retrying, this,
            [this](int, int delayMs, const api::ApiError &why) {
                if (why.kind == api::ErrorKind::RateLimited)
                    pauseFor(delayMs);
            });
    connect(call, &api::ApiCall::succeeded, this, [this, key, shared, call] {
        m_running.remove(key);
        shared->ok(call);
        pump();
    });
    connect(call, &api::ApiCall::failed, this, [this, key, shared](const api::ApiError &error) {
        m_running.remove(key);
        // A wait longer than the cap is reported, not waited out, as the client's RetryPolicy
        // does; Retry-After may say up to 10^7 seconds, which in milliseconds overflows an int.
        if (error.kind == api::ErrorKind::RateLimited && shared->rateRequeues < MaxRateRequeues &&
            error.retryAfterSeconds <= m_maxRetryAfterSeconds) {
            // Still refused after the call's own retries: wait, then try it again first.
            ++shared->rateRequeues;
            const qint64 wait = error.retryAfterSeconds >= 0
                                    ? qint64(error.retryAfterSeconds) * 1000
                                    : DefaultRatePauseMs << std::min(shared->rateRequeues - 1, 3);
            m_queue.push_front(std::move(*shared));
            pauseFor(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
            pump();
            return;
        }
        shared->fail(error);
        pump();
    });
}

} // namespace whop::overview
