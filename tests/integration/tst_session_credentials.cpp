// Where a session's credentials may go: WHOP_API_KEY leaves the process environment once read;
// a stored token is sent only to the origin it was added for, whatever identities.json says;
// credentials for the in-process demo sandbox are kept for this run only. A real Secret Service
// (the test command's keyring) and sandboxes on 127.0.0.1. And what a sign-in whose renewal keeps
// failing looks like: the identity needs attention, and the session says why.
#include "common/DemoSession.h"
#include "common/KeychainSupport.h"
#include "common/OAuthSupport.h"
#include "common/SandboxFixture.h"
#include "common/TestSupport.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace whop;
using sandbox::SandboxServer;

class SessionCredentialsTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxServer> server;

    static QByteArray identitiesFile()
    {
        QFile file(auth::IdentityRegistry().path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static auth::KeychainError::Kind keychainHas(const QString &identityId)
    {
        auth::CredentialStore keychain(QStringLiteral("com.whop.ProfileEditor"));
        return test::waitForJob(keychain.read(identityId)).error.kind;
    }
    // Adds a pasted user token through the session, as the Add dialog does.
    static auth::Identity paste(app::AppSession &session, const QUrl &base, const char *token)
    {
        QSignalSpy ready(session.identityService(), &app::IdentityService::ready);
        session.identityService()->addPasted(auth::IdentityKind::UserToken, base, token, false);
        if (!ready.wait(20000))
            return {};
        return ready.first().at(0).value<auth::Identity>();
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listenLocal(0));
    }
    void cleanup()
    {
        test::forgetStoredIdentities();
        server.reset();
    }

    void whopApiKey_leavesTheEnvironment_soNoProgramStartedLaterInheritsIt()
    {
        qputenv("WHOP_API_KEY", SandboxServer::DemoApiKey);
        app::Options options;
        options.baseUrl = server->baseUrl();
        app::AppSession session(options); // as the application makes it
        QVERIFY(!qEnvironmentVariableIsSet("WHOP_API_KEY"));
        QProcess env; // what a browser opened for sign-in would see
        env.start(QStringLiteral("env"), QStringList());
        QVERIFY(env.waitForFinished(10000));
        QVERIFY(!env.readAllStandardOutput().contains("WHOP_API_KEY"));
        // The key is still this run's identity.
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.activeIdentity() != nullptr, 10000);
        QVERIFY(session.activeIdentity()->temporary);
        QCOMPARE(session.activeIdentity()->kind, auth::IdentityKind::AccountApiKey);
        QTRY_VERIFY_WITH_TIMEOUT(!session.mode().accountId.isEmpty(), 10000); // the key worked
    }

    // Someone edits identities.json so that an identity points at another server: its token
    // stays where it was added, and the person is told.
    void storedToken_isNotSentToAnotherOrigin_whenTheListPointsElsewhere()
    {
        QString id;
        {
            auto session = test::makeSession({});
            session->start();
            const auth::Identity added = paste(*session, server->baseUrl(), "alice-token");
            QVERIFY(!added.id.isEmpty());
            id = added.id;
        }
        SandboxServer elsewhere;
        QVERIFY(elsewhere.listenLocal(0));
        QByteArray list = identitiesFile();
        QVERIFY(list.contains(server->baseUrl().toEncoded()));
        list.replace(server->baseUrl().toEncoded(), elsewhere.baseUrl().toEncoded());
        QFile file(auth::IdentityRegistry().path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(list);
        file.close();

        auto session = test::makeSession({});
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(session->currentNotice().text.contains(QStringLiteral("not sent")),
                                 10000);
        const QString notice = session->currentNotice().text;
        QVERIFY2(notice.contains(auth::originOf(server->baseUrl())), qPrintable(notice));
        QVERIFY(session->isDemo());
        QVERIFY(elsewhere.requests().isEmpty());  // not a single request, so no token either
        QVERIFY(session->identities()->find(id)); // kept, so the person can remove it
    }

    // The demo sandbox listens on a port of this run; on a later run the port may belong to any
    // program, which would receive a stored token. So its credentials are never stored.
    void demoSandboxCredentials_areKeptForThisRunOnly()
    {
        app::Options options;
        options.demo = true;
        auto session = test::makeSession(options);
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot(), 10000);
        const QUrl demo = session->demoBaseUrl();
        QVERIFY(!demo.isEmpty());
        const auth::Identity added = paste(*session, demo, "alice-token");
        QVERIFY(!added.id.isEmpty());
        QVERIFY(added.temporary);
        QVERIFY(session->activeIdentity()->displayText().contains(QStringLiteral("this run only")));
        QCOMPARE(keychainHas(added.id), auth::KeychainError::Kind::NotFound);
        QVERIFY(!identitiesFile().contains(added.id.toLatin1()));
        QVERIFY(!identitiesFile().contains(demo.toEncoded()));
    }

    // --demo signs in through the in-process sandbox, whose redirect URIs are matched exactly
    // like Whop's: the session registers the one this sign-in listens on (the fixed one), and
    // the identity is added without anything set up.
    void demoSignIn_registersItsRedirectUri_andSignsIn()
    {
        app::Options options;
        options.demo = true;
        auto session = test::makeSession(options);
        session->start();
        QTRY_VERIFY(session->isDemo());
        QSignalSpy ready(session->identityService(), &app::IdentityService::ready);
        QString error;
        auth::OAuthSignIn *flow = session->beginSignIn(session->demoBaseUrl(), &error);
        QVERIFY2(flow, qPrintable(error));
        const QUrl redirect = flow->redirectUri();
        QCOMPARE(redirect, session->preferences()->redirectUri()); // the fixed one, kept
        QCOMPARE(test::sandboxOf(*session)
                     ->oauthApp(QLatin1String(SandboxServer::OAuthClientId))
                     .redirectUris,
                 QStringList{redirect.toString()});
        const test::BrowserVisit visited = test::visit(flow->authorizeUrl());
        QCOMPARE(visited.authorizeStatus, 302);
        QCOMPARE(visited.callbackStatus, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000); // may have come during the visit
        QCOMPARE(ready.first().at(0).value<auth::Identity>().kind, auth::IdentityKind::OAuthUser);
    }

    void failingRenewal_marksTheIdentity_andSaysWhy_untilItWorksAgain()
    {
        QSettings().setValue(QStringLiteral("oauth/clientId"),
                             QLatin1String(SandboxServer::OAuthClientId));
        auto session = test::makeSession({});
        session->start();
        QSignalSpy ready(session->identityService(), &app::IdentityService::ready);
        QString error;
        auth::OAuthSignIn *flow = session->beginSignIn(server->baseUrl(), &error);
        QVERIFY2(flow, qPrintable(error));
        test::allowRedirect(*server, *flow);
        test::visit(flow->authorizeUrl());
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000); // may have come during the visit
        auth::OAuthAuthenticator *renewal = session->authenticator();
        QVERIFY(renewal);
        auth::RefreshBackoff::Settings quick;
        quick.firstDelayMs = 20;
        quick.maxDelayMs = 100;
        renewal->setBackoff(quick);
        sandbox::Fault unavailable = test::makeFault(sandbox::Fault::Kind::Status, 503);
        unavailable.pathContains = QStringLiteral("/oauth/token");
        server->injectFault(unavailable, 100);

        QSignalSpy attention(renewal, &auth::OAuthAuthenticator::attentionNeeded);
        renewal->refresh();
        QVERIFY(attention.wait(10000));
        QVERIFY(session->activeIdentity()->needsAttention);
        QVERIFY(
            session->activeIdentity()->displayText().contains(QStringLiteral("needs attention")));
        QCOMPARE(session->currentNotice().kind, app::Notice::Kind::Warning);
        QVERIFY(session->currentNotice().text.contains(QStringLiteral("HTTP 503")));
        QVERIFY(!session->activeIdentity()->needsSignIn); // the sign-in itself is not lost

        server->clearFaults();
        QSignalSpy refreshed(renewal, &api::Authenticator::refreshFinished);
        renewal->refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(refreshed.first().at(0).toBool());
        QVERIFY(!session->activeIdentity()->needsAttention);
        QVERIFY(!session->activeIdentity()->displayText().contains(QStringLiteral("attention")));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    whop::test::isolateSettings();
    qRegisterMetaType<auth::Identity>();
    SessionCredentialsTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_session_credentials.moc"
