// What a slow keychain or a slow token endpoint must not do to the session: a keychain answer
// for an identity the person has moved away from does not switch back to it, and removing a
// browser sign-in while its refresh is in flight neither writes the rotated tokens back into the
// keychain nor revokes a superseded token instead of the live one.
//
// A real AppSession, a real Secret Service and sandboxes on 127.0.0.1. ctest runs this under its
// own dbus-run-session + scripts/with-keyring.sh: the keyring daemon is stopped for a while
// (KeyringPause), which must not slow down the other keychain tests.
#include "common/DemoSession.h"
#include "common/KeychainSupport.h"
#include "common/OAuthSupport.h"
#include "common/SandboxFixture.h"
#include "common/TestSupport.h"
#include "integration/KeyringControl.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace whop;
using sandbox::Fault;
using sandbox::SandboxServer;

namespace {

const QString Service = QStringLiteral("com.whop.ProfileEditor");

// The form fields of a recorded OAuth request (token or revoke).
QUrlQuery formOf(const sandbox::RecordedRequest &request)
{
    return QUrlQuery(QString::fromUtf8(request.body));
}

} // namespace

class SessionRacesTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxServer> backend; // the identities' "Whop"
    std::unique_ptr<app::AppSession> session;

    static auth::KeychainError::Kind keychainHas(const QString &identityId)
    {
        auth::CredentialStore keychain(Service);
        return test::waitForJob(keychain.read(identityId)).error.kind;
    }
    // After a removal: one revoke, answered, of the refresh token the last refresh handed out (the
    // live one), and the keychain idle and without the identity.
    void checkLiveTokenRevoked(const QString &identityId)
    {
        QTRY_COMPARE_WITH_TIMEOUT(requestsTo("/oauth/revoke").size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(requestsTo("/oauth/revoke").first().responseStatus != 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), 20000);
        QCOMPARE(keychainHas(identityId), auth::KeychainError::Kind::NotFound);
        const auto token = requestsTo("/oauth/token").first();
        const QByteArray live =
            test::jsonOf(token.responseBody).value("refresh_token").toString().toUtf8();
        QVERIFY(!live.isEmpty());
        QCOMPARE(formOf(requestsTo("/oauth/revoke").first()).queryItemValue("token").toUtf8(),
                 live);
    }
    // Every keychain request the session made has answered (each job deletes itself after).
    bool keychainIdle() const
    {
        return session->credentials()->findChildren<auth::KeychainJob *>().isEmpty();
    }
    QList<sandbox::RecordedRequest> requestsTo(const QString &pathEnd) const
    {
        QList<sandbox::RecordedRequest> found;
        for (const auto &r : backend->requests()) {
            if (r.path.endsWith(pathEnd))
                found << r;
        }
        return found;
    }

    // The session, started on the demo (identities exist, none is current).
    void startSession()
    {
        session = test::makeSession(app::Options{}, QProcessEnvironment());
        QSignalSpy loaded(session->editor(), &profile::ProfileEditor::loaded);
        session->start();
        QVERIFY(loaded.wait(20000));
        QVERIFY(session->isDemo());
    }
    // "Sign in with Whop" against the backend; the new identity is current.
    auth::Identity signIn()
    {
        QSignalSpy ready(session->identityService(), &app::IdentityService::ready);
        QString error;
        auth::OAuthSignIn *flow = session->beginSignIn(backend->baseUrl(), &error);
        if (!flow) {
            qWarning("sign-in did not start: %s", qPrintable(error));
            return {};
        }
        test::allowRedirect(*backend, *flow);
        test::visit(flow->authorizeUrl());
        if (ready.isEmpty() && !ready.wait(20000))
            return {};
        return ready.first().at(0).value<auth::Identity>();
    }
    // A user token identity whose token is in the keychain, not current.
    auth::Identity storedTokenIdentity()
    {
        auth::Identity identity;
        identity.id = auth::Identity::newId();
        identity.kind = auth::IdentityKind::UserToken;
        identity.environment = auth::Environment::Custom;
        identity.customBaseUrl = backend->baseUrl();
        identity.label = QStringLiteral("Stored token");
        identity.userId = QLatin1String(SandboxServer::DemoUserId);
        auth::Secret secret;
        secret.token = SandboxServer::DemoToken;
        secret.origin = auth::originOf(backend->baseUrl());
        auth::CredentialStore keychain(Service);
        const auto written = test::waitForJob(keychain.write(identity.id, secret.serialize()));
        if (!written.finished || written.error.isError())
            qWarning("the keychain did not take the token: %s",
                     qPrintable(written.error.userMessage()));
        auth::IdentityRegistry registry;
        registry.load();
        registry.upsert(identity);
        return identity;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::KeyringPause().isPaused(),
                 "no Secret Service of this test's own to slow down (run it under "
                 "dbus-run-session and scripts/with-keyring.sh)");
    }
    void init()
    {
        test::removeAppData();
        QSettings().clear();
        QSettings().setValue(QStringLiteral("oauth/clientId"),
                             QLatin1String(SandboxServer::OAuthClientId));
        backend = std::make_unique<SandboxServer>();
        QVERIFY(backend->listenLocal(0));
    }
    void cleanup()
    {
        session.reset();
        test::forgetStoredIdentities();
        backend.reset();
    }

    // The keychain is slow to hand over identity A's token; meanwhile the person goes to the
    // demo. When the token arrives, the demo stays: nothing is sent for A.
    void slowKeychain_theDemoChosenMeanwhile_stays()
    {
        const auth::Identity stored = storedTokenIdentity();
        startSession();
        {
            test::KeyringPause pause;
            QVERIFY(pause.isPaused());
            session->activate(stored.id); // asks the keychain, which does not answer yet
            QVERIFY(!keychainIdle());
            session->activate(QString()); // the demo
            QVERIFY(session->isDemo());
        }
        QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), 20000);
        QCoreApplication::processEvents();
        QVERIFY2(session->isDemo(), qPrintable(session->activeIdentityId()));
        QVERIFY(session->activeIdentityId().isEmpty());
        QVERIFY(backend->requests().isEmpty()); // A's token was not used
    }

    // The same while another identity is added (checked with Whop, kept for this session) and
    // becomes current: it stays current when A's token arrives.
    void slowKeychain_anIdentityAddedMeanwhile_staysCurrent()
    {
        const auth::Identity stored = storedTokenIdentity();
        startSession();
        QString added;
        {
            test::KeyringPause pause;
            QVERIFY(pause.isPaused());
            session->activate(stored.id);
            QSignalSpy ready(session->identityService(), &app::IdentityService::ready);
            session->identityService()->addPasted(auth::IdentityKind::UserToken, backend->baseUrl(),
                                                  "alice-token", true);
            QVERIFY(ready.wait(20000));
            added = ready.first().at(0).value<auth::Identity>().id;
            QCOMPARE(session->activeIdentityId(), added);
        }
        QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), 20000);
        QCoreApplication::processEvents();
        QCOMPARE(session->activeIdentityId(), added);
        for (const auto &r : backend->requests())
            QVERIFY2(r.header("Authorization") != QByteArray("Bearer ") + SandboxServer::DemoToken,
                     qPrintable(r.path));
    }

    // The refresh reaches Whop (which rotates the tokens at once) but its answer is slow; the
    // identity is removed meanwhile. When the answer comes, nothing of it reaches the keychain,
    // and the revocation names the refresh token that is live now, not the one just used up.
    void removedWhileTheRefreshAnswerIsOnItsWay_revokesTheLiveToken()
    {
        startSession();
        const auth::Identity signedIn = signIn();
        QVERIFY(!signedIn.id.isEmpty());
        QCOMPARE(session->activeIdentityId(), signedIn.id);
        QVERIFY(session->authenticator());
        Fault slow = test::makeFault(Fault::Kind::Delay, 200, 4000);
        slow.pathContains = QStringLiteral("/oauth/token");
        backend->injectFault(slow);
        backend->clearRequests();

        QSignalSpy removed(session.get(), &app::AppSession::identityRemoved);
        session->authenticator()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(test::refreshRequests(*backend), 1, 10000);
        session->removeIdentity(signedIn.id);
        QVERIFY(removed.wait(20000));
        QCOMPARE(removed.first().at(0).toString(), signedIn.id);
        QVERIFY(session->isDemo());
        QCOMPARE(requestsTo("/oauth/token").first().responseStatus, 0); // still on its way

        QTRY_COMPARE_WITH_TIMEOUT(requestsTo("/oauth/revoke").size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(requestsTo("/oauth/revoke").first().responseStatus != 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), 20000);
        const auto token = requestsTo("/oauth/token").first();
        const QByteArray used = formOf(token).queryItemValue("refresh_token").toUtf8();
        const QByteArray live =
            test::jsonOf(token.responseBody).value("refresh_token").toString().toUtf8();
        const QByteArray revoked =
            formOf(requestsTo("/oauth/revoke").first()).queryItemValue("token").toUtf8();
        QVERIFY2(revoked != used, "the refresh token already used up was revoked");
        QVERIFY(!live.isEmpty());
        QCOMPARE(revoked, live);
        QCOMPARE(keychainHas(signedIn.id), auth::KeychainError::Kind::NotFound);
        QCOMPARE(session->currentNotice().kind, app::Notice::Kind::Demo);
    }

    // The keychain is slow to delete the entry, and the refresh answers meanwhile with rotated
    // tokens: they are not written back after the deletion, and the live one is revoked.
    void refreshAnsweredWhileTheKeychainDeletes_writesNothingBack()
    {
        startSession();
        const auth::Identity signedIn = signIn();
        QVERIFY(!signedIn.id.isEmpty());
        QVERIFY(session->authenticator());
        QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), 20000);
        backend->clearRequests();
        int tokenAnswers = 0;
        connect(session->networkAccessManager(), &QNetworkAccessManager::finished, this,
                [&tokenAnswers](QNetworkReply *reply) {
                    tokenAnswers += reply->url().path().endsWith(QStringLiteral("/oauth/token"));
                });
        QSignalSpy removed(session.get(), &app::AppSession::identityRemoved);
        {
            test::KeyringPause pause;
            QVERIFY(pause.isPaused());
            session->authenticator()->refresh();
            session->removeIdentity(signedIn.id); // the keychain does not answer yet
            QTRY_COMPARE_WITH_TIMEOUT(tokenAnswers, 1, 10000);
            QCoreApplication::processEvents();
            QVERIFY(removed.isEmpty());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), 20000);
        checkLiveTokenRevoked(signedIn.id);
    }

    // The removal fails (the keychain is locked) while the refresh rotates the tokens: the
    // identity stays, and the rotated pair is not lost (the keychain is locked, so it is kept
    // for this session, and said so).
    void refreshAnsweredWhileARemovalFails_keepsTheRotatedTokens()
    {
        startSession();
        const auth::Identity signedIn = signIn();
        QVERIFY(!signedIn.id.isEmpty());
        auth::OAuthAuthenticator *renewal = session->authenticator();
        QVERIFY(renewal);
        const QByteArray used = renewal->secret().refreshToken;
        QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), 20000);
        int tokenAnswers = 0;
        connect(session->networkAccessManager(), &QNetworkAccessManager::finished, this,
                [&tokenAnswers](QNetworkReply *reply) {
                    tokenAnswers += reply->url().path().endsWith(QStringLiteral("/oauth/token"));
                });
        QSignalSpy failed(session.get(), &app::AppSession::removeFailed);
        QString why;
        QVERIFY2(test::lockLoginCollection(&why), qPrintable(why));
        {
            test::KeyringPause pause;
            QVERIFY(pause.isPaused());
            renewal->refresh();
            session->removeIdentity(signedIn.id);
            QTRY_COMPARE_WITH_TIMEOUT(tokenAnswers, 1, 10000);
        }
        QVERIFY(failed.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), 20000);
        QCOMPARE(session->activeIdentityId(), signedIn.id);
        QCOMPARE(session->authenticator(), renewal);
        QVERIFY(renewal->secret().refreshToken != used);
        QVERIFY(session->credentials()->isSessionOnly(signedIn.id));
        QVERIFY2(session->currentNotice().text.contains(QStringLiteral("this session only")),
                 qPrintable(session->currentNotice().text));
        QVERIFY2(test::unlockLoginCollection(&why), qPrintable(why));
        // What the session keeps is the rotated pair, the one Whop accepts now.
        const auto kept = test::waitForJob(session->credentials()->read(signedIn.id));
        QCOMPARE(auth::Secret::deserialize(kept.secret).value_or(auth::Secret{}).refreshToken,
                 renewal->secret().refreshToken);
    }

    // The person switches to the demo while the refresh is on its way (the session lets go of
    // the authenticator, which finishes that refresh), then removes the identity: the answer,
    // coming after the keychain entry is gone, is not written back, and the live token is
    // revoked.
    void removedAfterSwitchingAwayMidRefresh_writesNothingBack()
    {
        startSession();
        const auth::Identity signedIn = signIn();
        QVERIFY(!signedIn.id.isEmpty());
        QVERIFY(session->authenticator());
        QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), 20000);
        Fault slow = test::makeFault(Fault::Kind::Delay, 200, 4000);
        slow.pathContains = QStringLiteral("/oauth/token");
        backend->injectFault(slow);
        backend->clearRequests();

        session->authenticator()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(test::refreshRequests(*backend), 1, 10000);
        session->activate(QString()); // the demo, while the answer is on its way
        QVERIFY(session->isDemo());
        QSignalSpy removed(session.get(), &app::AppSession::identityRemoved);
        session->removeIdentity(signedIn.id);
        QVERIFY(removed.wait(20000));
        QCOMPARE(requestsTo("/oauth/token").first().responseStatus, 0); // still on its way

        QTRY_VERIFY_WITH_TIMEOUT(requestsTo("/oauth/token").first().responseStatus != 0, 20000);
        checkLiveTokenRevoked(signedIn.id);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(session->isDemo());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    whop::test::isolateSettings();
    qRegisterMetaType<auth::Identity>();
    SessionRacesTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_session_races.moc"
