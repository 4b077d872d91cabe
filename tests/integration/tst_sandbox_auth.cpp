// The sandbox's OAuth 2.1 endpoints (authorization code + PKCE S256, rotating refresh tokens,
// revoke, userinfo), driven the way a browser and the client would, through a real
// QNetworkAccessManager on 127.0.0.1.

#include "integration/SandboxOAuthDriver.h"

#include <QtTest>

using namespace whop::test;
using whop::sandbox::SandboxServer;

class TestSandboxAuth : public QObject, protected OAuthDriver
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        startSandbox();
        // Exactly the redirect URI these requests use, as a person registers theirs with Whop.
        m_server->addOAuthRedirectUri(SandboxServer::OAuthClientId, Redirect);
    }
    void cleanup() { stopSandbox(); }

    void oauthBaseUrl_isBesideTheApi()
    {
        QCOMPARE(m_server->oauthBaseUrl(),
                 QUrl(QString("http://127.0.0.1:%1/oauth").arg(m_server->port())));
    }

    void authorize_redirectsToTheLoopbackUriWithCodeAndState()
    {
        const QString state = "a b&c=d+e/é?";
        const HttpResult r = m_http->getUrl(authorizeUrl(makePkce().challenge, state));
        QCOMPARE(r.status, 302);
        const QUrl location(QString::fromUtf8(r.headers.value("location")));
        QCOMPARE(location.scheme(), "http");
        QCOMPARE(location.host(), "127.0.0.1");
        QCOMPARE(location.port(), 53682);
        QCOMPARE(location.path(), "/callback");
        const QUrlQuery query(location);
        QVERIFY(query.queryItemValue("code").size() >= 32);
        QCOMPARE(query.queryItemValue("state", QUrl::FullyDecoded), state);
        QVERIFY(!query.hasQueryItem("error"));
    }

    void authorize_refusesBadRequests_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown client") << "client_id"
                                        << "app_Other"
                                        << "invalid_client";
        QTest::newRow("no client") << "client_id" << QString() << "invalid_client";
        QTest::newRow("implicit flow") << "response_type"
                                       << "token"
                                       << "invalid_request";
        QTest::newRow("no challenge") << "code_challenge" << QString() << "invalid_request";
        QTest::newRow("plain method") << "code_challenge_method"
                                      << "plain"
                                      << "invalid_request";
        QTest::newRow("no method") << "code_challenge_method" << QString() << "invalid_request";
        QTest::newRow("https elsewhere") << "redirect_uri"
                                         << "https://evil.example/cb"
                                         << "invalid_request";
        QTest::newRow("http elsewhere") << "redirect_uri"
                                        << "http://192.168.1.5:8080/cb"
                                        << "invalid_request";
        QTest::newRow("loopback without port") << "redirect_uri"
                                               << "http://127.0.0.1/cb"
                                               << "invalid_request";
    }
    void authorize_refusesBadRequests()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, error);
        const HttpResult r =
            m_http->getUrl(authorizeUrl(makePkce().challenge, "s", {{key, value}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.oauthError(), error);
        QVERIFY(!r.json().value("error_description").toString().isEmpty());
        QVERIFY(!r.headers.contains("location"));
    }

    void authorize_acceptsLocalhost()
    {
        m_server->addOAuthRedirectUri(SandboxServer::OAuthClientId, "http://localhost:9/x");
        QVERIFY(!authorize(makePkce().challenge, "s", {{"redirect_uri", "http://localhost:9/x"}})
                     .isEmpty());
    }

    void exchange_withTheRightVerifier_givesTokensThatWork()
    {
        const Pkce pkce = makePkce();
        const QString code = authorize(pkce.challenge);
        QVERIFY(!code.isEmpty());
        const HttpResult r = exchange(code, pkce.verifier);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("cache-control"), "no-store");
        const QJsonObject tokens = r.json();
        for (const char *key : {"access_token", "refresh_token", "id_token"})
            QVERIFY2(!tokens.value(QLatin1String(key)).toString().isEmpty(), key);
        QCOMPARE(tokens.value("token_type").toString(), "Bearer");
        QCOMPARE(tokens.value("expires_in").toInt(), 3600);
        QCOMPARE(tokens.value("scope").toString(), "openid profile user:profile:update");
        const QJsonObject claims = jwtPayload(tokens.value("id_token").toString());
        QCOMPARE(claims.value("sub").toString(), SandboxServer::DemoUserId);
        QCOMPARE(claims.value("aud").toString(), SandboxServer::OAuthClientId);
        QCOMPARE(claims.value("nonce").toString(), "nonce-1");

        const HttpResult me =
            m_http->get("/users/me", tokens.value("access_token").toString().toLatin1());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value("id").toString(), SandboxServer::DemoUserId);
        QVERIFY(m_http
                    ->patch("/users/me", {{"bio", "Signed in"}},
                            tokens.value("access_token").toString().toLatin1())
                    .status == 200);
        QCOMPARE(m_server->storedUser(SandboxServer::DemoUserId).value("bio").toString(),
                 "Signed in");
    }

    void exchange_rfc7636Example_verifies()
    {
        const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        const QString code = authorize("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        QCOMPARE(exchange(code, verifier).status, 200);
    }

    void exchange_acceptsJson()
    {
        const Pkce pkce = makePkce();
        const HttpResult r = m_http->postJson(
            "/oauth/token", {{"grant_type", "authorization_code"},
                             {"code", authorize(pkce.challenge)},
                             {"redirect_uri", Redirect},
                             {"client_id", SandboxServer::OAuthClientId},
                             {"code_verifier", QString::fromLatin1(pkce.verifier)}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value("access_token").toString().isEmpty());
    }

    void exchange_withTheWrongVerifier_isInvalidGrant()
    {
        const QString code = authorize(makePkce().challenge);
        const HttpResult r = exchange(code, makePkce().verifier);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json(), QJsonObject({{"error", "invalid_grant"},
                                        {"error_description", "PKCE verification failed"}}));
    }

    void exchange_reusedCode_isInvalidGrant()
    {
        const Pkce pkce = makePkce();
        const QString code = authorize(pkce.challenge);
        QCOMPARE(exchange(code, pkce.verifier).status, 200);
        const HttpResult again = exchange(code, pkce.verifier);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.oauthError(), "invalid_grant");
    }

    void exchange_refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown code") << "code"
                                      << "invalid_grant";
        QTest::newRow("expired code") << "expired"
                                      << "invalid_grant";
        QTest::newRow("other redirect_uri") << "redirect"
                                            << "invalid_grant";
        QTest::newRow("short verifier") << "short"
                                        << "invalid_request";
    }
    void exchange_refusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, error);
        const Pkce pkce = makePkce();
        QString code = authorize(pkce.challenge);
        QString redirect = Redirect;
        QByteArray verifier = pkce.verifier;
        if (what == "code")
            code = "not-a-code";
        if (what == "expired")
            m_server->advanceClock(61);
        if (what == "redirect")
            redirect = "http://127.0.0.1:53682/other";
        if (what == "short")
            verifier = "too-short";
        const HttpResult r = exchange(code, verifier, redirect);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.oauthError(), error);
    }

    void token_unknownGrantOrClient_isRefused()
    {
        QUrlQuery form;
        form.setQueryItems(
            {{"grant_type", "password"}, {"client_id", SandboxServer::OAuthClientId}});
        HttpResult r = m_http->postForm("/oauth/token", form);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.oauthError(), "unsupported_grant_type");

        const Pkce pkce = makePkce();
        form.setQueryItems({{"grant_type", "authorization_code"},
                            {"code", authorize(pkce.challenge)},
                            {"redirect_uri", Redirect},
                            {"client_id", "app_Other"},
                            {"code_verifier", QString::fromLatin1(pkce.verifier)}});
        r = m_http->postForm("/oauth/token", form);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.oauthError(), "invalid_client");
    }

    void refresh_rotates_andTheOldRefreshTokenIsRejected()
    {
        const QJsonObject first = signIn();
        QVERIFY(!first.isEmpty());
        const HttpResult r = refresh(first.value("refresh_token").toString());
        QCOMPARE(r.status, 200);
        const QJsonObject second = r.json();
        QVERIFY(second.value("access_token") != first.value("access_token"));
        QVERIFY(second.value("refresh_token") != first.value("refresh_token"));
        QCOMPARE(second.value("expires_in").toInt(), 3600);
        QCOMPARE(meStatus(second), 200);

        const HttpResult old = refresh(first.value("refresh_token").toString());
        QCOMPARE(old.status, 400);
        QCOMPARE(old.json(),
                 QJsonObject({{"error", "invalid_grant"},
                              {"error_description", "Refresh token has already been used"}}));
        QCOMPARE(refresh(second.value("refresh_token").toString()).status, 200);
    }

    void accessToken_expires_onTheSandboxClock()
    {
        const QJsonObject tokens = signIn();
        QCOMPARE(meStatus(tokens), 200);
        m_server->advanceClock(3599);
        QCOMPARE(meStatus(tokens), 200);
        m_server->advanceClock(2);
        const HttpResult r =
            m_http->get("/users/me", tokens.value("access_token").toString().toLatin1());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), "invalid_token");
        // The refresh token still gives a working access token.
        QCOMPARE(meStatus(refresh(tokens.value("refresh_token").toString()).json()), 200);
    }

    void accessToken_shortLifetime_expiresInRealTime()
    {
        m_server->setAccessTokenLifetimeSeconds(1);
        const QJsonObject tokens = signIn();
        QCOMPARE(tokens.value("expires_in").toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(meStatus(tokens), 401, 5000);
    }

    void revoke_thenRefresh_isInvalidGrant()
    {
        const QJsonObject tokens = signIn();
        const HttpResult r = revoke(tokens.value("refresh_token").toString());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), QJsonObject());
        const HttpResult after = refresh(tokens.value("refresh_token").toString());
        QCOMPARE(after.status, 400);
        QCOMPARE(after.oauthError(), "invalid_grant");
        QCOMPARE(meStatus(tokens), 401); // the grant's access tokens go with it
    }

    void revoke_accessToken_leavesTheRefreshToken()
    {
        const QJsonObject tokens = signIn();
        QCOMPARE(revoke(tokens.value("access_token").toString()).status, 200);
        QCOMPARE(meStatus(tokens), 401);
        QCOMPARE(refresh(tokens.value("refresh_token").toString()).status, 200);
    }

    void revoke_unknownToken_is200()
    {
        const HttpResult r = revoke("never-issued");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), QJsonObject());
    }

    void userinfo_describesTheUser()
    {
        const QJsonObject tokens = signIn();
        const HttpResult r =
            m_http->get("/oauth/userinfo", tokens.value("access_token").toString().toLatin1(), {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("sub").toString(), SandboxServer::DemoUserId);
        QCOMPARE(r.json().value("preferred_username").toString(), "demo-creator");
        QCOMPARE(r.json().value("name").toString(), "Demo Creator");
    }

    void userinfo_withoutUserToken_is401_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("unknown") << QByteArray("nope");
        QTest::newRow("api key") << QByteArray(SandboxServer::DemoApiKey);
    }
    void userinfo_withoutUserToken_is401()
    {
        QFETCH(QByteArray, token);
        const HttpResult r = m_http->get("/oauth/userinfo", token, {});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.oauthError(), "invalid_token");
        QVERIFY(r.headers.value("www-authenticate").startsWith("Bearer"));
    }

    void authorizingUser_canBeChosen()
    {
        m_server->setAuthorizingUser("user_Alice0000001");
        const QJsonObject tokens = signIn();
        const HttpResult r =
            m_http->get("/users/me", tokens.value("access_token").toString().toLatin1());
        QCOMPARE(r.json().value("username").toString(), "alice");

        m_server->setAuthorizingUser("user_Nobody");
        const HttpResult denied = m_http->getUrl(authorizeUrl(makePkce().challenge, "s7"));
        QCOMPARE(denied.status, 302);
        const QUrlQuery query(QUrl(QString::fromUtf8(denied.headers.value("location"))));
        QCOMPARE(query.queryItemValue("error"), "access_denied");
        QCOMPARE(query.queryItemValue("state"), "s7");
        QVERIFY(!query.hasQueryItem("code"));
    }

    void tokenWithoutUpdateScope_cannotPatch()
    {
        const QJsonObject tokens = signIn({{"scope", "openid profile"}});
        QCOMPARE(tokens.value("scope").toString(), "openid profile");
        const QByteArray access = tokens.value("access_token").toString().toLatin1();
        QCOMPARE(m_http->get("/users/me", access).status, 200);
        const HttpResult r = m_http->patch("/users/me", {{"bio", "x"}}, access);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), "insufficient_scope");
    }

    void oauthRequests_areRecorded()
    {
        QVERIFY(!signIn().isEmpty());
        const auto records = m_server->requests();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].method, "GET");
        QCOMPARE(records[0].path, "/oauth/authorize");
        QCOMPARE(records[0].responseStatus, 302);
        QCOMPARE(records[1].method, "POST");
        QCOMPARE(records[1].path, "/oauth/token");
        QCOMPARE(records[1].responseStatus, 200);
    }
};

QTEST_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
