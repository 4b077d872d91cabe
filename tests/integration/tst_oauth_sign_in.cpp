// The browser sign-in against the sandbox, driving the authorize URL the way a browser would.
#include "BrowserDriver.h"
#include "OAuthAuthenticator.h"
#include "OAuthSignIn.h"
#include "SandboxServer.h"
#include "TestSupport.h"
#include "WhopClient.h"

#include <QTcpSocket>

using namespace whop;
using namespace whop::test;
using auth::OAuthSignIn;

class OAuthSignInTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> server;
    QNetworkAccessManager nam;

    auth::OAuthSettings settings() const
    {
        auto s = auth::OAuthSettings::forApiBase(server->baseUrl());
        s.clientId = QLatin1String(sandbox::SandboxServer::OAuthClientId);
        return s;
    }
    // Signs in for real and returns the tokens.
    auth::Secret signIn()
    {
        OAuthSignIn flow(&nam, settings());
        QSignalSpy ok(&flow, &OAuthSignIn::succeeded);
        if (!flow.start())
            return {};
        visit(flow.authorizeUrl());
        if (ok.isEmpty() && !ok.wait(10000))
            return {};
        return ok.first().at(0).value<auth::Secret>();
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(server->listenLocal(0));
    }
    void cleanup() { server.reset(); }

    void authorizeUrl_carriesPkceStateAndNonce_butNoVerifier()
    {
        OAuthSignIn flow(&nam, settings());
        QVERIFY(flow.start());
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
        OAuthSignIn flow(&nam, settings());
        QSignalSpy ok(&flow, &OAuthSignIn::succeeded);
        QVERIFY(flow.start());
        const auto v = visit(flow.authorizeUrl());
        QCOMPARE(v.authorizeStatus, 302);
        QCOMPARE(v.callbackStatus, 200);
        QVERIFY(v.contentType.startsWith("text/plain"));
        QVERIFY(v.page.contains("You can close this tab"));
        QVERIFY(ok.wait(10000));
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

    void stateMismatch_isRefused_andSaid()
    {
        OAuthSignIn flow(&nam, settings());
        QSignalSpy failed(&flow, &OAuthSignIn::failed);
        QVERIFY(flow.start());
        const auto v = visit(flow.authorizeUrl(), [](QUrl url) {
            QUrlQuery q(url);
            q.removeAllQueryItems(QStringLiteral("state"));
            q.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
            url.setQuery(q);
            return url;
        });
        QCOMPARE(v.callbackStatus, 400);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).value<OAuthSignIn::Failure>(),
                 OAuthSignIn::Failure::StateMismatch);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("state mismatch")));
        QVERIFY(!flow.isListening());
        for (const auto &r : server->requests())
            QVERIFY(!r.path.endsWith(QStringLiteral("/oauth/token"))); // no code exchange
    }

    void cancel_stopsListening()
    {
        OAuthSignIn flow(&nam, settings());
        QSignalSpy failed(&flow, &OAuthSignIn::failed);
        QVERIFY(flow.start());
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
        OAuthSignIn flow(&nam, s);
        QSignalSpy failed(&flow, &OAuthSignIn::failed);
        QVERIFY(flow.start());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).value<OAuthSignIn::Failure>(),
                 OAuthSignIn::Failure::TimedOut);
        QVERIFY(!flow.isListening());
    }

    void wrongVerifier_isRefusedByTheSandbox()
    {
        // Get a real code, then exchange it with a verifier that does not match the challenge.
        OAuthSignIn flow(&nam, settings());
        QVERIFY(flow.start());
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
