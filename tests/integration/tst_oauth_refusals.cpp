// How the browser sign-in ends when Whop refuses it, against the sandbox's registered apps: each
// refusal is a kind (auth::SignInProblem) that leads to the step of the guide that fixes it. And
// where it listens: a port another program holds is said as such; `localhost` is answered on
// both loopback addresses.
#include "auth/OAuthSignIn.h"
#include "common/BrowserDriver.h"
#include "common/OAuthSupport.h"
#include "common/SandboxFixture.h"
#include "common/TestSupport.h"
#include "sandbox/SandboxServer.h"

#include <QTcpServer>

using namespace whop;
using namespace whop::test;
using auth::OAuthSignIn;
using auth::SetupStep;
using auth::SignInProblem;

class OAuthRefusalsTest : public QObject, protected test::OAuthFixture
{
    Q_OBJECT

    static bool ended(QSignalSpy &failed, QSignalSpy &ok)
    {
        return QTest::qWaitFor([&] { return !failed.isEmpty() || !ok.isEmpty(); }, 10000);
    }

private Q_SLOTS:
    void init() { startServer(); }
    void cleanup() { stopServer(); }

    void confidentialApp_isClientNotPublic_fixedAtTheClientTypeStep()
    {
        sandbox::OAuthApp app = server->oauthApp(sandbox::SandboxServer::OAuthClientId);
        app.confidential = true;
        app.clientSecret = QStringLiteral("kept-on-a-server");
        server->registerOAuthApp(sandbox::SandboxServer::OAuthClientId, app);
        WatchedSignIn signIn(&nam, settings());
        auto &[flow, failed, ok] = signIn;
        QVERIFY(startAllowed(flow));
        visit(flow.authorizeUrl());
        QVERIFY(ended(failed, ok));
        QCOMPARE(ok.size(), 0);
        QCOMPARE(failed.first().at(0).value<OAuthSignIn::Failure>(),
                 OAuthSignIn::Failure::Exchange);
        QCOMPARE(flow.problem(), SignInProblem::ClientNotPublic);
        QCOMPARE(auth::stepFixing(flow.problem()), SetupStep::ClientType);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("invalid_client")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Public")), qPrintable(message));
    }

    // Whop refuses an unregistered redirect URI in the browser and never comes back: the sign-in
    // goes on waiting (its dialog says what such a page means).
    void unregisteredRedirect_isRefusedInTheBrowser_andTheSignInKeepsWaiting()
    {
        WatchedSignIn signIn(&nam, settings());
        auto &[flow, failed, ok] = signIn;
        QVERIFY(flow.start());
        const BrowserVisit v = visit(flow.authorizeUrl());
        QCOMPARE(v.authorizeStatus, 400);
        QVERIFY(v.redirect.isEmpty() || v.callbackStatus == 0);
        QVERIFY(flow.isListening());
        QCOMPARE(failed.size(), 0);
        QCOMPARE(tokenRequests(*server), 0);
    }

    void scopeTheAppMayNotAskFor_isScopeMissing_fixedAtTheScopesStep()
    {
        sandbox::OAuthApp app = server->oauthApp(sandbox::SandboxServer::OAuthClientId);
        app.scopes = {QStringLiteral("openid"), QStringLiteral("profile")};
        server->registerOAuthApp(sandbox::SandboxServer::OAuthClientId, app);
        WatchedSignIn signIn(&nam, settings());
        auto &[flow, failed, ok] = signIn;
        QVERIFY(startAllowed(flow));
        const BrowserVisit v = visit(flow.authorizeUrl());
        QCOMPARE(v.authorizeStatus, 302);
        QCOMPARE(v.callbackStatus, 400); // the tab says the sign-in was not completed
        QVERIFY(ended(failed, ok));
        QCOMPARE(flow.problem(), SignInProblem::ScopeMissing);
        QCOMPARE(auth::stepFixing(flow.problem()), SetupStep::Scopes);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("invalid_scope")));
        QCOMPARE(tokenRequests(*server), 0);
    }

    // The token endpoint compares the redirect URI with the one authorize was given: a
    // different one is invalid_grant about redirect_uri, which the guide's redirect step fixes.
    void tokenEndpointRedirectMismatch_isRedirectMismatch()
    {
        OAuthSignIn flow(&nam, settings());
        QVERIFY(startAllowed(flow));
        QUrl captured;
        visit(flow.authorizeUrl(), [&captured](QUrl url) {
            captured = url;
            return QUrl(QStringLiteral("http://127.0.0.1:1/unused"));
        });
        flow.cancel();
        QUrl other = flow.redirectUri();
        other.setPath(QStringLiteral("/elsewhere"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), QUrlQuery(captured).queryItemValue("code"));
        form.addQueryItem(QStringLiteral("redirect_uri"), other.toString());
        form.addQueryItem(QStringLiteral("client_id"), settings().clientId);
        form.addQueryItem(QStringLiteral("code_verifier"), QString(64, QLatin1Char('x')));
        auto *call = auth::requestTokens(&nam, settings().tokenUrl, form, this);
        QSignalSpy refused(call, &api::ApiCall::failed);
        QVERIFY(refused.wait(5000));
        const auto error = refused.first().at(0).value<api::ApiError>();
        QCOMPARE(error.code, QStringLiteral("invalid_grant"));
        QCOMPARE(auth::problemFromTokenError(error), SignInProblem::RedirectMismatch);
        QCOMPARE(auth::stepFixing(SignInProblem::RedirectMismatch), SetupStep::RedirectUri);
    }

    void busyPort_isPortBusy_andSaysWhichPort()
    {
        QTcpServer other; // another program on the registered port
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        auto s = settings();
        s.redirectUri =
            QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(other.serverPort()));
        OAuthSignIn flow(&nam, s);
        QString why;
        QVERIFY(!flow.start(&why));
        QCOMPARE(flow.problem(), SignInProblem::PortBusy);
        QCOMPARE(auth::stepFixing(flow.problem()), SetupStep::RedirectUri);
        QVERIFY2(why.contains(QString::number(other.serverPort())), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("in use by another program")), qPrintable(why));
        QVERIFY(!flow.isListening());
    }

    // RFC 8252, 8.3: `localhost` may resolve to ::1 as well as 127.0.0.1, so the listener answers
    // on both, on one port; the browser reaching either completes the sign-in.
    void localhostRedirect_isAnsweredOnTheIpv6Loopback()
    {
        auto s = settings();
        s.redirectUri = QUrl(QStringLiteral("http://localhost:0/callback"));
        WatchedSignIn signIn(&nam, s);
        auto &[flow, failed, ok] = signIn;
        QVERIFY(flow.start());
        QCOMPARE(flow.redirectUri().host(), QStringLiteral("localhost"));
        allowRedirect(*server, flow);
        QTcpSocket v4;
        v4.connectToHost(QHostAddress::LocalHost, quint16(flow.redirectUri().port()));
        QVERIFY(v4.waitForConnected(5000));
        v4.abort();
        const BrowserVisit v = visit(flow.authorizeUrl(), [](QUrl url) {
            url.setHost(QStringLiteral("::1")); // the browser resolved localhost to ::1
            return url;
        });
        QCOMPARE(v.callbackStatus, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!ok.isEmpty(), 10000);
    }

    void localhostRedirect_withIpv6PortTaken_isPortBusy()
    {
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHostIPv6, 0));
        auto s = settings();
        s.redirectUri =
            QUrl(QStringLiteral("http://localhost:%1/callback").arg(other.serverPort()));
        OAuthSignIn flow(&nam, s);
        QVERIFY(!flow.start());
        QCOMPARE(flow.problem(), SignInProblem::PortBusy);
        QVERIFY(!flow.isListening()); // nor on 127.0.0.1: the browser might go to either
    }

    // The default redirect names 127.0.0.1 and is answered there only.
    void ipLiteralRedirect_listensOnThatAddressOnly()
    {
        OAuthSignIn flow(&nam, settings());
        QVERIFY(flow.start());
        QCOMPARE(flow.redirectUri().host(), QStringLiteral("127.0.0.1"));
        QTcpSocket v6;
        v6.connectToHost(QHostAddress::LocalHostIPv6, quint16(flow.redirectUri().port()));
        QVERIFY(!v6.waitForConnected(2000));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    whop::test::isolateSettings();
    qRegisterMetaType<auth::Secret>();
    OAuthRefusalsTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_oauth_refusals.moc"
