#include "integration/FaultScenarios.h"

#include "common/OAuthSupport.h"

#include <QLocale>
#include <QTcpServer>
#include <QTest>

namespace whop::test::faults {

sandbox::Fault statusFault(int status, const QByteArray &body, const sandbox::HeaderList &headers)
{
    sandbox::Fault f = makeFault(sandbox::Fault::Kind::Status, status);
    f.body = body;
    f.headers = headers;
    return f;
}

namespace {

using api::ErrorKind;
using sandbox::Fault;

// A loopback port nobody listens on (taken from a server that is closed again at once).
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 9;
    return probe.serverPort();
}

std::function<void(Rig &)> inject(Fault f, int count)
{
    return [f, count](Rig &rig) { rig.inject(f, count); };
}

std::function<void(Rig &)> slowly(Fault f, int count)
{
    return [f, count](Rig &rig) {
        rig.useFaultTiming();
        rig.inject(f, count);
    };
}

QByteArray httpDateIn(int seconds)
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc().addSecs(seconds),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

std::vector<Scenario> build()
{
    std::vector<Scenario> s;
    const auto add = [&s](Scenario scenario) { s.push_back(std::move(scenario)); };
    const auto make = [](const QString &name, std::function<void(Rig &)> arm, ErrorKind kind,
                         const QStringList &words, Outcome onLoad = Outcome::Fails,
                         Outcome onSave = Outcome::Fails,
                         profile::Field field = profile::Field::Name,
                         std::function<void(Rig &, const Observed &)> check = {}) {
        return Scenario{name, std::move(arm), kind, words, onLoad, onSave, field, std::move(check)};
    };
    constexpr int Always = 100; // every attempt of the request

    // Transport.
    add(make(
        QStringLiteral("connection refused"),
        [](Rig &rig) {
            rig.useFaultTiming();
            rig.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(closedPort())));
        },
        ErrorKind::Offline, {QStringLiteral("Could not reach Whop"), QStringLiteral("refused")}));
    add(make(QStringLiteral("connection reset mid-response"),
             slowly(makeFault(Fault::Kind::DropMidResponse, 200), Always), ErrorKind::Offline,
             {QStringLiteral("Could not reach Whop"), QStringLiteral("closed")}));
    add(make(QStringLiteral("connection closed without an answer"),
             slowly(makeFault(Fault::Kind::Drop, 200), Always), ErrorKind::Offline,
             {QStringLiteral("Could not reach Whop"), QStringLiteral("closed")}));
    add(make(QStringLiteral("DNS failure"),
             [](Rig &rig) {
                 rig.useFaultTiming();
                 // The reserved .invalid TLD resolves nowhere (RFC 6761), with or without network.
                 rig.setBaseUrl(QUrl(QStringLiteral("https://whop-sandbox.invalid/api/v1")));
             },
             ErrorKind::Offline,
             {QStringLiteral("Could not reach Whop"), QStringLiteral("could not be found"),
              QStringLiteral("whop-sandbox.invalid")}));
    add(make(QStringLiteral("timeout with no bytes"),
             slowly(makeFault(Fault::Kind::Delay, 200, 5000), Always), ErrorKind::Timeout,
             {QStringLiteral("did not answer in time")}));
    add(make(QStringLiteral("slow trickle past the timeout"),
             slowly(makeFault(Fault::Kind::Trickle, 200, 40), Always), ErrorKind::Timeout,
             {QStringLiteral("did not answer in time")}));

    // HTTP errors.
    add(make(QStringLiteral("400"), inject(statusFault(400), 1), ErrorKind::BadRequest,
             {QStringLiteral("refused the request as invalid")}));
    add(make(QStringLiteral("400 unknown version"),
             [](Rig &rig) { rig.setApiVersion(QStringLiteral("2001-01-01")); },
             ErrorKind::UnknownVersion,
             {QStringLiteral("does not support the API version"), QStringLiteral("2026-07-01"),
              QStringLiteral("Preferences")}));
    add(make(QStringLiteral("401"), [](Rig &rig) { rig.client()->setToken("an-expired-token"); },
             ErrorKind::Unauthorized,
             {QStringLiteral("did not accept your sign-in"), QStringLiteral("expired")}));
    add(make(QStringLiteral("403"), inject(statusFault(403), 1), ErrorKind::Forbidden,
             {QStringLiteral("do not have permission"), QStringLiteral("user:profile:update")}));
    add(make(QStringLiteral("404"), inject(statusFault(404), 1), ErrorKind::NotFound,
             {QStringLiteral("could not find")}));
    add(make(QStringLiteral("409"),
             inject(statusFault(409, R"({"error":{"type":"invalid_request_error",)"
                                     R"("code":"username_taken","param":"username",)"
                                     R"("message":"That username is already taken."}})"),
                    1),
             ErrorKind::Conflict, {QStringLiteral("already taken")}, Outcome::Fails,
             Outcome::FieldError, profile::Field::Username));
    add(make(
        QStringLiteral("422 with a field message"),
        inject(statusFault(422, R"({"error":{"type":"invalid_request_error",)"
                                R"("code":"invalid_parameter","param":"bio",)"
                                R"("message":"Bio is too long (maximum is 160 characters)."}})"),
               1),
        ErrorKind::Validation, {QStringLiteral("Bio is too long")}, Outcome::Fails,
        Outcome::FieldError, profile::Field::Bio));
    add(make(QStringLiteral("429 with Retry-After in seconds"),
             inject(statusFault(429, {}, {{"Retry-After", "120"}}), 1), ErrorKind::RateLimited,
             {QStringLiteral("Too many requests"), QStringLiteral("120 seconds")}));
    add(make(
        QStringLiteral("429 with Retry-After as an HTTP date"),
        [](Rig &rig) {
            rig.inject(statusFault(429, {}, {{"Retry-After", httpDateIn(150)}}), 1);
        },
        ErrorKind::RateLimited, {QStringLiteral("Too many requests"), QStringLiteral("seconds")},
        Outcome::Fails, Outcome::Fails, profile::Field::Name,
        [](Rig &, const Observed &o) {
            QVERIFY2(o.error.retryAfterSeconds >= 140 && o.error.retryAfterSeconds <= 151,
                     qPrintable(QString::number(o.error.retryAfterSeconds)));
        }));
    add(make(QStringLiteral("429 with the wait only in the message"),
             inject(statusFault(
                        429, R"({"error":{"type":"rate_limit_error","code":"rate_limit_exceeded",)"
                             R"("message":"Rate limit exceeded. Try again in 90 seconds."}})"),
                    1),
             ErrorKind::RateLimited,
             {QStringLiteral("Too many requests"), QStringLiteral("90 seconds")}));
    add(make(QStringLiteral("429 with Retry-After 1, then success"),
             inject(statusFault(429, {}, {{"Retry-After", "1"}}), 1), ErrorKind::RateLimited,
             {QStringLiteral("Too many requests"), QStringLiteral("1 second")}, Outcome::Recovers,
             Outcome::Recovers, profile::Field::Name, [](Rig &, const Observed &o) {
                 QCOMPARE(o.retryDelaysMs, QList<int>{1000}); // exactly what the server asked for
                 QVERIFY(o.elapsedMs >= 1000);
             }));
    for (const int status : {500, 502, 503}) {
        add(make(QStringLiteral("%1, then success").arg(status), inject(statusFault(status), 1),
                 ErrorKind::Server,
                 {QStringLiteral("problem on its side"), QStringLiteral("HTTP %1").arg(status)},
                 Outcome::Recovers, Outcome::Recovers));
    }
    add(make(QStringLiteral("503 forever"), inject(statusFault(503), Always), ErrorKind::Server,
             {QStringLiteral("problem on its side"), QStringLiteral("HTTP 503"),
              QStringLiteral("Try again later")},
             Outcome::Fails, Outcome::Fails, profile::Field::Name,
             [](Rig &, const Observed &o) { QCOMPARE(o.retryDelaysMs.size(), 2); }));

    // Answers that cannot be used.
    const QString unreadable = QStringLiteral("could not understand");
    add(make(QStringLiteral("200 with an empty body"),
             inject(makeFault(Fault::Kind::Empty, 200), 1), ErrorKind::BadResponse,
             {unreadable, QStringLiteral("could not be read")}));
    add(make(QStringLiteral("200 with truncated JSON"),
             inject(makeFault(Fault::Kind::Truncate, 200), 1), ErrorKind::BadResponse,
             {unreadable, QStringLiteral("could not be read")}));
    add(make(QStringLiteral("200 with JSON of the wrong shape"),
             inject(makeFault(Fault::Kind::WrongShape, 200), 1), ErrorKind::BadResponse,
             {unreadable, QStringLiteral("could not be read")}));
    add(make(QStringLiteral("200 with a huge body"), inject(makeFault(Fault::Kind::Huge, 200), 1),
             ErrorKind::BadResponse, {unreadable, QStringLiteral("larger than 10 MB")},
             Outcome::Fails, Outcome::Fails, profile::Field::Name, [](Rig &rig, const Observed &) {
                 // The client stopped at the announced size: the sandbox could not send it all.
                 qint64 most = 0;
                 for (const auto &r : rig.server()->requests())
                     most = std::max(most, r.responseBytes);
                 qInfo("huge body: %lld of 13631488+ bytes left the server before the client cut",
                       most);
                 QVERIFY2(most < 10 * 1024 * 1024, qPrintable(QString::number(most)));
             }));
    add(make(
        QStringLiteral("200 with a huge body of unannounced length"),
        [](Rig &rig) { rig.serveUnannouncedBody(40 * 1024 * 1024); }, ErrorKind::BadResponse,
        {unreadable, QStringLiteral("larger than 10 MB")}, Outcome::Fails, Outcome::Fails,
        profile::Field::Name,
        [](Rig &rig, const Observed &) {
            // No length to refuse up front: the client read up to its cap and stopped.
            qInfo("unannounced huge body: %lld of 41943040 bytes sent before the client cut",
                  rig.raw->bytesSent());
            QVERIFY(rig.raw->bytesSent() < 40 * 1024 * 1024);
        }));
    add(make(QStringLiteral("200 with HTML"), inject(makeFault(Fault::Kind::Html, 200), 1),
             ErrorKind::BadResponse, {unreadable, QStringLiteral("web page instead of data")}));

    // Where the credential must not go.
    add(make(
        QStringLiteral("redirect to another host"),
        [](Rig &rig) {
            rig.other = std::make_unique<sandbox::SandboxServer>();
            QVERIFY(rig.other->listenLocal(0));
            Fault f = makeFault(Fault::Kind::Redirect, 302);
            f.location =
                QUrl(QStringLiteral("http://localhost:%1/api/v1/users/me").arg(rig.other->port()));
            rig.inject(f, 1);
        },
        ErrorKind::BadResponse, {QStringLiteral("redirected to another host")}, Outcome::Fails,
        Outcome::Fails, profile::Field::Name,
        [](Rig &rig, const Observed &) {
            // Refused, not followed: the other host saw nothing, so no Authorization either.
            QCOMPARE(rig.other->requests().size(), 0);
        }));
    add(make(
        QStringLiteral("TLS certificate error"),
        [](Rig &rig) {
            rig.other = std::make_unique<sandbox::SandboxServer>();
            QVERIFY(rig.other->listenLocalTls(Rig::certificate(), Rig::key(), 0));
            QCOMPARE(rig.other->baseUrl().scheme(), QStringLiteral("https"));
            rig.setBaseUrl(rig.other->baseUrl());
        },
        ErrorKind::Tls,
        {QStringLiteral("secure connection"), QStringLiteral("could not be verified"),
         QStringLiteral("self-signed")},
        Outcome::Fails, Outcome::Fails, profile::Field::Name,
        [](Rig &rig, const Observed &o) {
            QCOMPARE(o.retryDelaysMs.size(), 0); // a TLS error is never retried or ignored
            QCOMPARE(rig.other->requests().size(), 0);
        }));

    // The request needs a renewed sign-in and the token endpoint fails: the request fails with
    // the reason, the renewal backs off and stops after a few attempts (never at network speed),
    // and the sign-in is not thrown away.
    const auto refreshFails = [](Fault f, int count) {
        return [f, count](Rig &rig) {
            rig.useExpiredSignIn();
            rig.injectToken(f, count);
        };
    };
    const auto fewRefreshes = [](Rig &rig, const Observed &) {
        const int refreshes = refreshRequests(*rig.server());
        QVERIFY2(refreshes >= 1 && refreshes <= auth::RefreshBackoff::Settings().maxFailures,
                 qPrintable(QString::number(refreshes)));
        QVERIFY(!rig.oauth->signInRequired());
    };
    const auto addRefresh = [&](const QString &name, Fault f, ErrorKind kind,
                                const QStringList &words,
                                std::function<void(Rig &, const Observed &)> check) {
        add(make(QStringLiteral("token refresh: ") + name, refreshFails(f, Always), kind, words,
                 Outcome::Fails, Outcome::Fails, profile::Field::Name, std::move(check)));
    };
    addRefresh(QStringLiteral("400 invalid_client"),
               statusFault(400, R"({"error":"invalid_client",)"
                                R"("error_description":"Unknown client_id."})"),
               ErrorKind::BadRequest,
               {QStringLiteral("refused the request as invalid"), QStringLiteral("client_id")},
               fewRefreshes);
    addRefresh(QStringLiteral("403"), statusFault(403), ErrorKind::Forbidden,
               {QStringLiteral("do not have permission")}, fewRefreshes);
    addRefresh(QStringLiteral("503 forever"), statusFault(503), ErrorKind::Server,
               {QStringLiteral("problem on its side"), QStringLiteral("HTTP 503")}, fewRefreshes);
    addRefresh(QStringLiteral("a web page (captive portal)"), makeFault(Fault::Kind::Html, 200),
               ErrorKind::BadResponse, {unreadable, QStringLiteral("web page instead of data")},
               fewRefreshes);
    addRefresh(QStringLiteral("connection closed without an answer"),
               makeFault(Fault::Kind::Drop, 200), ErrorKind::Offline,
               {QStringLiteral("Could not reach Whop"), QStringLiteral("closed")}, fewRefreshes);
    addRefresh(QStringLiteral("429 with a long Retry-After"),
               statusFault(429, {}, {{"Retry-After", "600"}}), ErrorKind::RateLimited,
               {QStringLiteral("Too many requests"), QStringLiteral("600 seconds")},
               [](Rig &rig, const Observed &) {
                   // Waits what Whop asked for: one attempt, the next in ten minutes.
                   QCOMPARE(refreshRequests(*rig.server()), 1);
                   QVERIFY(rig.oauth->nextAttemptInMs() > 590 * 1000);
                   QVERIFY(!rig.oauth->signInRequired());
               });
    return s;
}

} // namespace

const std::vector<Scenario> &scenarios()
{
    static const std::vector<Scenario> all = build();
    return all;
}

} // namespace whop::test::faults
