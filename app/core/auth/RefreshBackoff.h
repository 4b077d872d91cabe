#pragma once

#include "api/ApiError.h"

namespace whop::auth {

// How long to wait before the next attempt to renew an OAuth sign-in after failed ones, and when
// to stop trying on its own. Pure, so tests need no clock. Without it, a refresh that keeps
// failing inside the renewal margin would be retried at once, at network speed.
struct RefreshBackoffSettings
{
    int firstDelayMs = 5'000;          // after the first failure
    int maxDelayMs = 10 * 60'000;      // the doubling stops here
    int maxFailures = 4;               // failures in a row before giving up on its own
    int maxRetryAfterSeconds = 86'400; // a longer Retry-After is taken as this
};

class RefreshBackoff
{
public:
    using Settings = RefreshBackoffSettings;

    explicit RefreshBackoff(Settings settings = {}) : m_settings(settings) {}

    // Milliseconds until the next attempt after `failures` failed attempts in a row (1 after the
    // first), the last of which failed with `error`: doubling from firstDelayMs up to maxDelayMs,
    // and never sooner than the server's Retry-After. -1 once maxFailures is reached: stop
    // trying on its own (a request or the person may still ask for one attempt).
    int delayAfterFailureMs(int failures, const api::ApiError &error) const;
    // The least the next attempt must wait whatever prompts it: what the server asked for.
    int notBeforeMs(const api::ApiError &error) const;

    const Settings &settings() const { return m_settings; }

private:
    Settings m_settings;
};

} // namespace whop::auth
