#pragma once

#include "api/WhopClient.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

namespace whop::test {

// A sandbox on 127.0.0.1 (port 0) and a real client talking to it, fresh for each test.
struct SandboxFixture
{
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<api::WhopClient> client;

    void setUp(api::ClientConfig config = {})
    {
        server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(server->listenLocal(0));
        nam = std::make_unique<QNetworkAccessManager>();
        config.baseUrl = server->baseUrl();
        // Short backoff: the retry decisions themselves are unit-tested with a fake clock.
        config.retry.baseDelayMs = 20;
        client = std::make_unique<api::WhopClient>(nam.get(), config);
        client->setToken(sandbox::SandboxServer::DemoToken);
    }
    void tearDown()
    {
        client.reset();
        nam.reset();
        server.reset();
    }
};

// What a call without a value (ApiCall) gives on success.
struct NoValue
{
};

// The outcome of one call, waited for without blocking the event loop. `value` is what a
// Call<T> parsed (NoValue for a plain ApiCall).
template <class T> struct CallOutcome
{
    bool finished = false;
    bool ok = false;
    T value{};
    api::ApiError error;
    int retries = 0;
    QList<int> delays; // before each retry, in milliseconds
};

template <class T>
inline CallOutcome<T> waitForOutcome(api::ApiCall *call, std::function<T()> value, int timeoutMs)
{
    auto outcome = std::make_shared<CallOutcome<T>>();
    QObject::connect(call, &api::ApiCall::succeeded, [outcome, value] {
        outcome->finished = true;
        outcome->ok = true;
        outcome->value = value();
    });
    QObject::connect(call, &api::ApiCall::failed, [outcome](const api::ApiError &e) {
        outcome->finished = true;
        outcome->error = e;
    });
    QObject::connect(call, &api::ApiCall::retrying,
                     [outcome](int, int delayMs, const api::ApiError &) {
                         ++outcome->retries;
                         outcome->delays.append(delayMs);
                     });
    (void)QTest::qWaitFor([&] { return outcome->finished; }, timeoutMs);
    return *outcome;
}

template <class T> inline CallOutcome<T> waitFor(api::Call<T> *call, int timeoutMs = 15000)
{
    return waitForOutcome<T>(
        call, [call] { return call->result(); }, timeoutMs);
}

inline CallOutcome<NoValue> waitFor(api::ApiCall *call, int timeoutMs = 15000)
{
    return waitForOutcome<NoValue>(
        call, [] { return NoValue{}; }, timeoutMs);
}

inline sandbox::Fault makeFault(sandbox::Fault::Kind kind, int status = 500, int delayMs = 0)
{
    sandbox::Fault fault;
    fault.kind = kind;
    fault.status = status;
    fault.delayMs = delayMs;
    return fault;
}

inline QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace whop::test
