#pragma once

#include "api/ApiError.h"
#include "api/Call.h"
#include "api/User.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace whop::api {
class ApiCall;
class WhopClient;
} // namespace whop::api

namespace whop::profile {

// What Whop says about a username the person is typing (GET /users/{username}).
enum class UsernameAvailability
{
    None,      // nothing to say: unchanged, invalid, or no profile loaded
    Waiting,   // for the pause in typing (nothing is shown: it would change with every key)
    Checking,  // asked; waiting for Whop's answer
    Available, // 404: nobody has it
    Yours,     // it names the profile being edited (e.g. only its case differs)
    Taken,     // another user has it
    Unknown,   // could not check; the save will still tell (a 409 lands at the field)
};

struct UsernameStatus
{
    UsernameAvailability availability = UsernameAvailability::None;
    QString candidate;
    // For Unknown: why. RateLimited also when this app paused its own checks (the cap).
    api::ErrorKind reason = api::ErrorKind::None;
    bool operator==(const UsernameStatus &other) const = default;
};

// Asks Whop whether the username being typed is free, politely: once typing pauses (debounce),
// at most one request in flight (a newer candidate cancels the older), each candidate asked once
// per session (cached), and no more than a few checks a minute, far below Whop's 600 a minute
// for the operation (docs/api/whop-api.md, "Errors, retries, limits"). It never blocks a
// save: the server stays the authority.
class UsernameChecker : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int debounceMs = 400;
        int maxChecksPerWindow = 20; // per credential and profile: 1/30 of Whop's limit
        int windowMs = 60'000;
        int timeoutMs = 10'000; // a check is advice: not worth the minute a save may wait
    };
    // Monotonic milliseconds; replaceable so that tests move the per-minute window at will.
    using Clock = std::function<qint64()>;
    // Starts the request for one candidate (by default WhopClient::lookUpUser); replaceable so
    // that tests answer it themselves, when and how they like.
    using Lookup = std::function<api::Call<api::User> *(const QString &username,
                                                        const QString &accountId, int timeoutMs)>;

    explicit UsernameChecker(api::WhopClient *client, QObject *parent = nullptr);
    ~UsernameChecker() override;

    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    void setClock(Clock clock);
    void setLookup(Lookup lookup);

    // The profile the username is for: the account whose profile is edited (empty: global) and
    // its user id (an answer naming that id is "yours"). A change forgets the cache.
    void setContext(const QString &accountId, const QString &ownUserId);
    // The (normalised) username to check; empty when there is nothing to check. A candidate
    // seen before is answered from the cache at once; another one after the debounce.
    void setCandidate(const QString &candidate);
    // Checks the current candidate now instead of after the debounce (focus left the field), or
    // tries again one held back by the cap or a 429, if it is allowed by now.
    void checkNow();
    // Whop refused `candidate` as taken on save (409): remember that.
    void noteTaken(const QString &candidate);
    // Forgets the cache (a username changed on Whop: old answers may be stale).
    void clearCache();
    // Stops any check and says nothing until the next candidate; keeps the context and cache.
    void stop();

    const UsernameStatus &status() const { return m_status; }
    // Requests sent since construction (for the benchmark and tests).
    int requestsSent() const { return m_requests; }
    bool isRunning() const { return !m_call.isNull(); }

Q_SIGNALS:
    void statusChanged(const whop::profile::UsernameStatus &status);
    void checkStarted(const QString &candidate);

private:
    void setStatus(UsernameAvailability availability, api::ErrorKind reason = api::ErrorKind::None);
    void start();
    void abortCall();
    void onFound(const QString &candidate, const QString &userId);
    void onFailed(const QString &candidate, const api::ApiError &error);
    // Milliseconds until another check is allowed; 0 when it is now.
    qint64 waitBeforeNextCheck();

    Settings m_settings;
    Clock m_clock;
    Lookup m_lookup;
    QElapsedTimer m_elapsed;
    QString m_accountId;
    QString m_ownId;
    QString m_candidate;
    UsernameStatus m_status;
    QHash<QString, UsernameAvailability> m_cache;
    QTimer m_debounce;
    QTimer m_resume;           // the cap or a 429 ended: check the candidate then
    std::deque<qint64> m_sent; // start times of the checks in the current window
    qint64 m_pausedUntil = 0;  // Whop asked us to wait (429)
    QPointer<api::Call<api::User>> m_call;
    int m_requests = 0;
};

} // namespace whop::profile

Q_DECLARE_METATYPE(whop::profile::UsernameStatus)
