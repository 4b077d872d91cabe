#pragma once

#include "api/ApiCall.h"
#include "api/Call.h"
#include "api/RetryPolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <type_traits>

namespace whop::overview {

// Runs API requests for many accounts: at most `maxInFlight` at once, in queue order. A 429
// pauses the WHOLE queue for what Retry-After says (not just the request that got it): when one
// request of a burst is refused, the next ones would be too. A request that is still refused after
// its own retries goes back to the front of the queue, up to MaxRateRequeues times. A Retry-After
// longer than the client waits out (RetrySettings::maxRetryAfterSeconds) is not waited out here
// either: the request fails with it, and the queue goes on.
class RequestScheduler : public QObject
{
    Q_OBJECT
public:
    using OnFailure = std::function<void(const api::ApiError &error)>;

    static constexpr int DefaultMaxInFlight = 4;
    static constexpr int MaxRateRequeues = 6;
    static constexpr int DefaultRatePauseMs = 1000; // a 429 that does not say how long

    explicit RequestScheduler(int maxInFlight = DefaultMaxInFlight, QObject *parent = nullptr);
    ~RequestScheduler() override;

    // Queues a request under `key` (unique; an existing job with that key is left as it is and
    // false returned). `start` makes the call (a Call<T>) when its turn comes; exactly one of
    // `ok` (given the T) and `fail` runs, unless the job is removed or cancelled first (then
    // neither).
    template <class Start, class Ok>
    bool enqueue(const QString &key, Start start, Ok ok, OnFailure fail, bool urgent = false)
    {
        using TypedCall = std::remove_pointer_t<std::invoke_result_t<Start &>>;
        return enqueueJob(
            key, [start]() mutable -> api::ApiCall * { return start(); },
            // The call handed back is the one `start` made, so it is a TypedCall.
            [ok](api::ApiCall *call) mutable { ok(static_cast<TypedCall *>(call)->result()); },
            std::move(fail), urgent);
    }
    // Drops a job that has not started yet; false when it is running or unknown.
    bool removeQueued(const QString &key);
    // Drops every job not started yet, keeps the running ones; returns their keys.
    QStringList clearQueue();
    // Drops everything: queued jobs, and running calls are cancelled without their callbacks.
    void cancelAll();
    bool contains(const QString &key) const;
    bool isRunning(const QString &key) const { return m_running.contains(key); }

    int inFlight() const { return int(m_running.size()); }
    int queued() const { return int(m_queue.size()); }
    bool isIdle() const { return m_running.isEmpty() && m_queue.empty(); }
    int maxInFlight() const { return m_max; }
    // The longest Retry-After waited out; the client's own cap (ClientConfig::retry).
    void setMaxRetryAfterSeconds(int seconds) { m_maxRetryAfterSeconds = seconds; }
    // The most requests ever in flight at once (for tests and the benchmark).
    int peakInFlight() const { return m_peak; }
    int startedCalls() const { return m_started; }
    bool isPaused() const { return m_pause.isActive(); }
    int pauseRemainingMs() const { return m_pause.isActive() ? m_pause.remainingTime() : 0; }

Q_SIGNALS:
    // The queue waits `ms` because Whop said "too many requests" (0 when it resumes).
    void paused(int ms);
    void idle();

private:
    using Starter = std::function<api::ApiCall *()>;
    using OnSuccess = std::function<void(api::ApiCall *call)>;
    bool enqueueJob(const QString &key, Starter start, OnSuccess ok, OnFailure fail, bool urgent);

    struct Job
    {
        QString key;
        Starter start;
        OnSuccess ok;
        OnFailure fail;
        int rateRequeues = 0;
    };
    void pump();
    void launch(Job job);
    void pauseFor(int ms);

    int m_max;
    int m_maxRetryAfterSeconds = api::RetrySettings{}.maxRetryAfterSeconds;
    std::deque<Job> m_queue;
    QHash<QString, QPointer<api::ApiCall>> m_running;
    QTimer m_pause;
    int m_peak = 0;
    int m_started = 0;
};

} // namespace whop::overview
