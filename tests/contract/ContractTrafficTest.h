#pragma once

// TestContractTraffic: one recorded session, whose steps run in the order of its slots below.

#include "api/WhopClient.h"
#include "contract/ContractRecord.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QtTest>

#include <memory>

class TestContractTraffic : public QObject
{
    Q_OBJECT

private:
    // What the client saw of one answer (the sandbox records everything but the response headers).
    struct Outcome
    {
        bool succeeded = false;
        whop::api::ApiError error;
    };

    std::unique_ptr<whop::sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QList<whop::test::contract::ClientSide> m_replies;
    QString m_step;

    whop::api::ClientConfig config(const QString &version = QString::fromLatin1(
                                       whop::sandbox::SandboxServer::DefaultVersion)) const
    {
        whop::api::ClientConfig c;
        c.baseUrl = m_server->baseUrl();
        c.apiVersion = version;
        c.timeoutMs = 15000;
        c.retry.maxRetries = 0; // one request, one recorded exchange
        return c;
    }

    std::unique_ptr<whop::api::WhopClient> client(
        const QString &version = QString::fromLatin1(whop::sandbox::SandboxServer::DefaultVersion),
        const QByteArray &token = whop::sandbox::SandboxServer::DemoToken)
    {
        auto c = std::make_unique<whop::api::WhopClient>(m_nam.get(), config(version));
        c->setToken(token);
        return c;
    }

    // Waits for the call's outcome; every exchange it made is then recorded on both sides.
    Outcome finish(whop::api::ApiCall *call)
    {
        Outcome outcome;
        bool done = false;
        QObject guard; // the connections end with this function, whatever happens
        connect(call, &whop::api::ApiCall::succeeded, &guard, [&] {
            outcome.succeeded = true;
            done = true;
        });
        connect(call, &whop::api::ApiCall::failed, &guard, [&](const whop::api::ApiError &error) {
            outcome.error = error;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            outcome.error.message = "no answer within 20 s";
        return outcome;
    }

    void expectError(whop::api::ApiCall *call, whop::api::ErrorKind kind, int status)
    {
        const Outcome outcome = finish(call);
        QVERIFY2(!outcome.succeeded, qPrintable(m_step));
        QCOMPARE(whop::api::ApiError::kindName(outcome.error.kind),
                 whop::api::ApiError::kindName(kind));
        QCOMPARE(outcome.error.httpStatus, status);
    }

    void expectSuccess(whop::api::ApiCall *call)
    {
        const Outcome outcome = finish(call);
        QVERIFY2(outcome.succeeded, qPrintable(m_step + ": " + outcome.error.userMessage()));
    }

private Q_SLOTS:
    // tst_contract_traffic.cpp
    void initTestCase();
    void profileEditorLoadAndSave();
    void retrieveOtherUsers();
    void updateErrors();
    void wrongToken();
    void unknownVersion();
    void otherVersionShapes();
    void rateLimited();
    // tst_contract_traffic_accounts.cpp
    void accounts();
    void files();
    void safeSaveInEachMode();
    // tst_contract_traffic.cpp, after every other step
    void writeTraffic();
};
