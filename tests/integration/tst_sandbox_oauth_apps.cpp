// The sandbox's registered OAuth apps: only what an app registered in Whop's developer dashboard
// allows signs in. Its client type (a confidential app's token request needs its secret), its
// redirect URIs (matched exactly; an unregistered one is told on a page, never redirected to) and
// its scopes (one it may not ask for comes back as error=invalid_scope).

#include "integration/SandboxOAuthDriver.h"

#include <QtTest>

using namespace whop::test;
using whop::sandbox::OAuthApp;
using whop::sandbox::SandboxServer;

namespace {
const QString Confidential = "app_Confidential01";
const QString Secret = "sandbox-client-secret";
} // namespace

class TestSandboxOAuthApps : public QObject, protected OAuthDriver
{
    Q_OBJECT

    // The token request for `code`, as `clientId`, with `secret` when one is given.
    HttpResult exchangeAs(const QString &clientId, const QString &code, const QByteArray &verifier,
                          const QString &secret = {})
    {
        QUrlQuery form;
        form.setQueryItems({{"grant_type", "authorization_code"},
                            {"code", code},
                            {"redirect_uri", Redirect},
                            {"client_id", clientId},
                            {"code_verifier", QString::fromLatin1(verifier)}});
        if (!secret.isEmpty())
            form.addQueryItem("client_secret", secret);
        return m_http->postForm("/oauth/token", form);
    }
    // Where authorize sent the browser: its query (empty when it did not redirect).
    QUrlQuery redirectedWith(const HttpResult &r)
    {
        return QUrlQuery(QUrl(QString::fromUtf8(r.headers.value("location"))));
    }

private Q_SLOTS:
    void init() { startSandbox(); }
    void cleanup() { stopSandbox(); }

    void theSandboxApp_isPublic_withNoRedirectUriUntilOneIsRegistered()
    {
        const OAuthApp app = m_server->oauthApp(SandboxServer::OAuthClientId);
        QVERIFY(!app.confidential);
        QVERIFY(app.redirectUris.isEmpty());
        QVERIFY(app.scopes.contains("user:profile:update"));
    }

    // RFC 6749, 4.1.2.1: an unregistered redirect URI is not redirected to; the browser shows
    // the answer.
    void unregisteredRedirect_is400_withoutRedirect_data()
    {
        QTest::addColumn<QString>("registered");
        QTest::newRow("none registered") << QString();
        QTest::newRow("another port") << "http://127.0.0.1:53683/callback";
        QTest::newRow("another path") << "http://127.0.0.1:53682/other";
        QTest::newRow("localhost for 127.0.0.1") << "http://localhost:53682/callback";
        QTest::newRow("a trailing slash") << "http://127.0.0.1:53682/callback/";
    }
    void unregisteredRedirect_is400_withoutRedirect()
    {
        QFETCH(QString, registered);
        if (!registered.isEmpty())
            m_server->addOAuthRedirectUri(SandboxServer::OAuthClientId, registered);
        const HttpResult r = m_http->getUrl(authorizeUrl(makePkce().challenge));
        QCOMPARE(r.status, 400);
        QVERIFY(!r.headers.contains("location"));
        QCOMPARE(r.oauthError(), "invalid_request");
        QVERIFY(r.json().value("error_description").toString().contains("redirect_uri"));

        // Registered exactly, the same request is redirected with a code.
        m_server->addOAuthRedirectUri(SandboxServer::OAuthClientId, Redirect);
        QVERIFY(!authorize(makePkce().challenge).isEmpty());
    }

    void tokenRedirectOtherThanAuthorized_isInvalidGrantAboutRedirectUri()
    {
        m_server->addOAuthRedirectUri(SandboxServer::OAuthClientId, Redirect);
        m_server->addOAuthRedirectUri(SandboxServer::OAuthClientId, "http://127.0.0.1:53682/two");
        const Pkce pkce = makePkce();
        const HttpResult r =
            exchange(authorize(pkce.challenge), pkce.verifier, "http://127.0.0.1:53682/two");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.oauthError(), "invalid_grant");
        QVERIFY(r.json().value("error_description").toString().contains("redirect_uri"));
    }

    void confidentialApp_withoutItsSecret_isInvalidClient()
    {
        OAuthApp app;
        app.confidential = true;
        app.clientSecret = Secret;
        app.redirectUris = {Redirect};
        m_server->registerOAuthApp(Confidential, app);
        const Pkce pkce = makePkce();
        const QString code = authorize(pkce.challenge, "s", {{"client_id", Confidential}});
        QVERIFY(!code.isEmpty()); // authorize does not need the secret
        const HttpResult r = exchangeAs(Confidential, code, pkce.verifier);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.oauthError(), "invalid_client");
        QVERIFY(r.headers.value("www-authenticate").startsWith("Basic"));

        // With its secret (as a server-side app would send it) the same kind of request works.
        const Pkce again = makePkce();
        const QString second = authorize(again.challenge, "s", {{"client_id", Confidential}});
        QCOMPARE(exchangeAs(Confidential, second, again.verifier, "wrong").status, 401);
        const Pkce third = makePkce();
        const QString code3 = authorize(third.challenge, "s", {{"client_id", Confidential}});
        const HttpResult ok = exchangeAs(Confidential, code3, third.verifier, Secret);
        QCOMPARE(ok.status, 200);
        QVERIFY(!ok.json().value("access_token").toString().isEmpty());
    }

    void publicApp_signsInWithoutASecret()
    {
        m_server->addOAuthRedirectUri(SandboxServer::OAuthClientId, Redirect);
        QVERIFY(!signIn().value("access_token").toString().isEmpty());
    }

    void scopeTheAppMayNotAskFor_redirectsWithInvalidScope()
    {
        OAuthApp app = m_server->oauthApp(SandboxServer::OAuthClientId);
        app.redirectUris = {Redirect};
        app.scopes = {"openid", "profile"}; // user:profile:update not enabled for the app
        m_server->registerOAuthApp(SandboxServer::OAuthClientId, app);
        const HttpResult r = m_http->getUrl(authorizeUrl(makePkce().challenge, "s9"));
        QCOMPARE(r.status, 302);
        const QUrlQuery query = redirectedWith(r);
        QCOMPARE(query.queryItemValue("error"), "invalid_scope");
        QVERIFY(query.queryItemValue("error_description", QUrl::FullyDecoded)
                    .contains("user:profile:update"));
        QCOMPARE(query.queryItemValue("state"), "s9");
        QVERIFY(!query.hasQueryItem("code"));

        // What the app may ask for is granted.
        const QJsonObject tokens = signIn({{"scope", "openid profile"}});
        QCOMPARE(tokens.value("scope").toString(), "openid profile");
    }

    void refreshAndRevoke_belongToTheClientThatSignedIn()
    {
        m_server->addOAuthRedirectUri(SandboxServer::OAuthClientId, Redirect);
        OAuthApp other;
        other.redirectUris = {Redirect};
        m_server->registerOAuthApp("app_Other00001", other);
        const QJsonObject tokens = signIn();
        QUrlQuery form;
        form.setQueryItems({{"grant_type", "refresh_token"},
                            {"refresh_token", tokens.value("refresh_token").toString()},
                            {"client_id", "app_Other00001"}});
        const HttpResult r = m_http->postForm("/oauth/token", form);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.oauthError(), "invalid_grant");
        QCOMPARE(refresh(tokens.value("refresh_token").toString()).status, 200);
    }
};

QTEST_MAIN(TestSandboxOAuthApps)
#include "tst_sandbox_oauth_apps.moc"
