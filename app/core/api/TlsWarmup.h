#pragma once

#include <future>

namespace whop::api {

// Loads Qt's TLS backend (its plugin and OpenSSL: a few milliseconds) on a thread of its own,
// so that the first https request, or the demo sandbox's server, does not load it on the UI
// thread. The app starts it while the main window paints for the first time. Waits for the
// thread when destroyed.
class TlsWarmup
{
public:
    TlsWarmup() = default;
    ~TlsWarmup();
    TlsWarmup(const TlsWarmup &) = delete;
    TlsWarmup &operator=(const TlsWarmup &) = delete;

    void start(); // once; later calls do nothing
    bool isDone() const;

private:
    std::future<void> m_loaded;
};

} // namespace whop::api
