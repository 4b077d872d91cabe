// The browser sign-in against the sandbox, driving the authorize URL the way a browser would.
#include "api/WhopClient.h"
#include "auth/OAuthAuthenticator.h"
#include "auth/OAuthSignIn.h"
#include "common/BrowserDriver.h"
#include "common/OAuthSupport.h"
#include "common/SandboxFixture.h"
#include "common/TestSupport.h"
#include "sandbox/SandboxServer.h"

#include <QTcpSocket>

using namespace whop;
using namespace whop::test;
using auth::OAuthSignIn;

class OAuthSignInTest : public QObject, protected test::OAuthFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startServer(); }
    void cleanup() { stopServer(); }

    void authorizeUrl_carriesPkceStateAndNonce_butNoVerifier()
    {
        OAuthSignIn flow(&nam, settings());
        QVERIFY(startAllowed(flow));
        const QUrlQuery q(flow.authorizeUrl());
        QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY(q.queryItemValue(QStringLiteral("state")).size() >= 32);
        QVERIFY(!q.queryItemValue(QStringLiteral("nonce")).isEmpty());
        QVERIFY(!q.hasQueryItem(QStringLiteral("code_verifier")));
        QVERIFY(q.queryItemValue(QStringLiteral("redirect_uri"))
                    .startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(flow.isListening());
    }

    void fullFlow_succeeds_andTheTabSaysItCanBeClosed()
    {
        WatchedSignIn signIn(&nam, settings());
        auto &[flow, failed, ok] = signIn;
        QVERIFY(startAllowed(flow));
        const auto v = visit(flow.authorizeUrl());
        QCOMPARE(v.authorizeStatus, 302);
        QCOMPARE(v.callbackStatus, 200);
        QVERIFY(v.contentType.startsWith("text/plain"));
        QVERIFY(v.page.contains("You can close this tab"));
        QTRY_VERIFY_WITH_TIMEOUT(!ok.isEmpty(), 10000); // may have come during the visit
        const auto tokens = ok.first().at(0).value<auth::Secret>();
        QVERIFY(!tokens.token.isEmpty());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QVERIFY(tokens.expiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(!flow.isListening()); // one use only
        // The verifier went to the token endpoint, and only there.
        const auto requests = server->requests();
        int tokenRequests = 0;
        for (const auto &r : requests) {
            if (r.path.endsWith(QStringLiteral("/oauth/token"))) {
                ++tokenRequests;
                QVERIFY(r.body.contains("code_verifier="));
            } else {
                QVERIFY(!r.query.hasQueryItem(QStringLiteral("code_verifier")));
            }
        }
        QCOMPARE(tokenRequests, 1);
        // The token works on the API.
        api::ClientConfig config;
        config.baseUrl = server->baseUrl();
        api::WhopClient client(&nam, config);
        client.setToken(tokens.token);
        auto *call = client.retrieveUser({});
        QSignalSpy got(call, &api::ApiCall::succeeded);
        QVERIFY(got.wait(5000));
    }

    // Anything on the loopback port can send the listener a request. One with another state (a
    // stale tab, another program) is answered and ignored: the sign-in in progress goes on.
    void strayRedirect_withAnotherState_isAnsweredAndIgnored_andTheSignInGoesOn()
    {
        WatchedSignIn signIn(&nam, settings());
        auto &[flow, failed, ok] = signIn;
        QVERIFY(startAllowed(flow));
        QUrl real;
        const auto v = visit(flow.authorizeUrl(), [&real](QUrl url) {
            real = url;
            QUrlQuery q(url);
            q.removeAllQueryItems(QStringLiteral("state"));
            q.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
            url.setQuery(q);
            return url;
        });
        QCOMPARE(v.callbackStatus, 400);
        QVERIFY2(v.page.contains("does not belong to the sign-in in progress"), v.page.constData());
        QVERIFY(flow.isListening());
        QCOMPARE(failed.size(), 0);
        QCOMPARE(tokenRequests(*server), 0); // no code exchange

        // The browser's real answer still completes the sign-in.
        QNetworkAccessManager browser;
        std::unique_ptr<QNetworkReply> reply(getAndWait(browser, real));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!ok.isEmpty(), 10000); // may have come during the visit
        QCOMPARE(failed.size(), 0);
        QCOMPARE(tokenRequests(*server), 1);
    }

    // Two connections were accepted while the listener waited, and the redirect arrives on both:
    // the code is exchanged once, and the second request is told the sign-in was answered.
    void redirectOnTwoConnections_exchangesTheCodeOnce()
    {
        WatchedSignIn signIn(&nam, settings());
        auto &[flow, failed, ok] = signIn;
        QVERIFY(startAllowed(flow));
        QUrl real;
        visit(flow.authorizeUrl(), [&real](QUrl url) {
            real = url;
            return QUrl(QStringLiteral("http://127.0.0.1:1/unused")); // delivered below instead
        });
        QVERIFY(!real.isEmpty());
        // The first exchange's answer takes a moment, so a second exchange would be under way
        // before the first is done.
        sandbox::Fault slow = makeFault(sandbox::Fault::Kind::Delay, 200, 300);
        slow.pathContains = QStringLiteral("/oauth/token");
        server->injectFault(slow, 1);
        QTcpSocket a;
        QTcpSocket b;
        for (QTcpSocket *socket : {&a, &b})
            socket->connectToHost(QHostAddress::LocalHost, quint16(real.port()));
        QTRY_COMPARE(flow.findChildren<QTcpSocket *>().size(), 2); // both accepted
        const QByteArray request = "GET " +
                                   real.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                                   " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        a.write(request);
        b.write(request);
        QTRY_VERIFY_WITH_TIMEOUT(!ok.isEmpty() || !failed.isEmpty(), 10000);
        QTRY_VERIFY(b.bytesAvailable() > 0 || b.state() == QAbstractSocket::UnconnectedState);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(ok.size(), 1);
        QCOMPARE(tokenRequests(*server), 1);
        const QByteArray second = b.readAll();
        QVERIFY2(second.startsWith("HTTP/1.1 409"), second.constData());
    }

    // The exchange's answer is lost (the connection drops after Whop took the code): the
    // single-use code is not sent again; the sign-in ends and says to sign in again.
    void lostExchangeAnswer_isNotRetried()
    {
        WatchedSignIn signIn(&nam, settings());
        auto &[flow, failed, ok] = signIn;
        QVERIFY(startAllowed(flow));
        sandbox::Fault drop = makeFault(sandbox::Fault::Kind::DropMidResponse, 200);
        drop.pathContains = QStringLiteral("/oauth/token");
        server->injectFault(drop, 1);
        visit(flow.authorizeUrl());
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000); // may have come during the visit
        QCOMPARE(failed.first().at(0).value<OAuthSignIn::Failure>(),
                 OAuthSignIn::Failure::Exchange);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("Sign in again")), qPrintable(message));
        QCOMPARE(tokenRequests(*server), 1);
    }

    void cancel_stopsListening()
    {
        WatchedSignIn signIn(&nam, settings());
        auto &[flow, failed, ok] = signIn;
        QVERIFY(startAllowed(flow));
        const quint16 port = quint16(flow.redirectUri().port());
        flow.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).value<OAuthSignIn::Failure>(),
                 OAuthSignIn::Failure::Cancelled);
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!probe.waitForConnected(2000));
    }

    void timeout_givesUp()
    {
        auto s = settings();
        s.timeoutMs = 200;
        WatchedSignIn signIn(&nam, s);
        auto &[flow, failed, ok] = signIn;
        QVERIFY(startAllowed(flow));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).value<OAuthSignIn::Failure>(),
                 OAuthSignIn::Failure::TimedOut);
        QVERIFY(!flow.isListening());
    }

    void wrongVerifier_isRefusedByTheSandbox()
    {
        // Get a real code, then exchange it with a verifier that does not match the challenge.
        OAuthSignIn flow(&nam, settings());
        QVERIFY(startAllowed(flow));
        QUrl captured;
        visit(flow.authorizeUrl(), [&captured](QUrl url) {
            captured = url;
            return QUrl(QStringLiteral("http://127.0.0.1:1/unused")); // the app never sees it
        });
        flow.cancel();
        const QString code = QUrlQuery(captured).queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("redirect_uri"), flow.redirectUri().toString());
        form.addQueryItem(QStringLiteral("client_id"), settings().clientId);
        form.addQueryItem(QStringLiteral("code_verifier"), QString(64, QLatin1Char('x')));
        auto *call = auth::requestTokens(&nam, settings().tokenUrl, form, this);
        QSignalSpy failed(call, &api::ApiCall::failed);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).value<api::ApiError>().code, QStringLiteral("invalid_grant"));
    }

    void refresh_rotates_storesFirst_andTheOldTokenIsRejected()
    {
        const auth::Secret first = signIn();
        QVERIFY(!first.refreshToken.isEmpty());
        auth::CredentialStore store(QStringLiteral("com.whop.ProfileEditor.tests"));
        store.keepForSession(QStringLiteral("idn_test"), first.serialize());
        auth::OAuthAuthenticator authenticator(&nam, settings(), nullptr,
                                               QStringLiteral("idn_test"), first);
        QSignalSpy refreshed(&authenticator, &api::Authenticator::refreshFinished);
        authenticator.refresh();
        QVERIFY(refreshed.wait(5000));
        QVERIFY(refreshed.first().at(0).toBool());
        QVERIFY(authenticator.secret().token != first.token);
        QVERIFY(authenticator.secret().refreshToken != first.refreshToken);

        // The old refresh token is now refused: invalid_grant means "sign in again".
        auth::OAuthAuthenticator stale(&nam, settings(), nullptr, QStringLiteral("idn_stale"),
                                       first);
        QSignalSpy staleDone(&stale, &api::Authenticator::refreshFinished);
        QSignalSpy signIn(&stale, &auth::OAuthAuthenticator::signInRequiredChanged);
        stale.refresh();
        QVERIFY(staleDone.wait(5000));
        QVERIFY(!staleDone.first().at(0).toBool());
        QCOMPARE(signIn.size(), 1);
        QVERIFY(stale.signInRequired());
        QVERIFY(!stale.canRefresh());
    }

    void expiredAccessToken_isRefreshedOnce_on401_andTheCallSucceeds()
    {
        const auth::Secret tokens = signIn();
        auth::OAuthAuthenticator authenticator(&nam, settings(), nullptr, QStringLiteral("idn_x"),
                                               tokens);
        api::ClientConfig config;
        config.baseUrl = server->baseUrl();
        api::WhopClient client(&nam, config);
        client.setAuthenticator(&authenticator);
        server->advanceClock(3601); // the access token has expired at Whop
        auto *call = client.retrieveUser({});
        QSignalSpy ok(call, &api::ApiCall::succeeded);
        QVERIFY(ok.wait(10000));
        int unauthorized = 0;
        for (const auto &r : server->requests())
            unauthorized += r.path.endsWith(QStringLiteral("/users/me")) && r.responseStatus == 401;
        QCOMPARE(unauthorized, 1);
        QVERIFY(authenticator.secret().token != tokens.token);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    whop::test::isolateSettings();
    qRegisterMetaType<auth::Secret>();
    OAuthSignInTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_oauth_sign_in.moc"
