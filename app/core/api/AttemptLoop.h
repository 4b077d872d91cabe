#pragma once

#include "api/ApiError.h"
#include "api/RetryPolicy.h"

#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace whop::api {

// What ApiCall and StorageUpload share: one network reply at a time, aborted once its timeout
// runs out, and the next attempt started after the delay the RetryPolicy gives. A member of its
// owner; the timers call back on the owner's thread.
class AttemptLoop
{
public:
    // `owner` is the object the reply's signals go to; `resend` starts the next attempt.
    AttemptLoop(QObject *owner, const RetryPolicy::Settings &retry, std::function<void()> resend);
    // A reply still running is aborted without calling the owner back.
    ~AttemptLoop();
    AttemptLoop(const AttemptLoop &) = delete;
    AttemptLoop &operator=(const AttemptLoop &) = delete;

    // The reply of a new attempt: it is aborted (timedOut() true) after `timeoutMs`.
    void watch(QNetworkReply *reply, int timeoutMs);
    // Starts the timeout again (for a timeout on silence rather than on the whole attempt).
    void restartTimeout(int timeoutMs);
    QNetworkReply *reply() const { return m_reply; }
    bool timedOut() const { return m_timedOut; }
    // The finished reply, handed over (it is deleted later); null when there is none.
    QNetworkReply *takeReply();
    // The delay before the next attempt after `error`, which is then scheduled; -1 when
    // `error` is final.
    int scheduleRetry(const ApiError &error);
    int retriesDone() const { return m_retriesDone; }
    // Stops both timers: no timeout and no retry to come.
    void stop();

private:
    QObject *m_owner;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retry;
    int m_retriesDone = 0;
    bool m_timedOut = false;
};

} // namespace whop::api
