// What a slow keychain must not do to the session: a keychain answer for an identity the person
// has moved away from does not switch back to it.
//
// A real AppSession, a real Secret Service and sandboxes on 127.0.0.1. ctest runs this under its
// own dbus-run-session + scripts/with-keyring.sh: the keyring daemon is stopped for a while
// (KeyringPause), which must not slow down the other keychain tests.
#include "DemoSession.h"
#include "KeychainSupport.h"
#include "KeyringControl.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace whop;
using sandbox::SandboxServer;

namespace {

const QString Service = QStringLiteral("com.whop.ProfileEditor");

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
    // Every keychain request the session made has answered (each job deletes itself after).
    bool keychainIdle() const
    {
        return session->credentials()->findChildren<auth::KeychainJob *>().isEmpty();
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
        backend = std::make_unique<SandboxServer>();
        QVERIFY(backend->listenLocal(0));
    }
    void cleanup()
    {
        session.reset();
        auth::IdentityRegistry registry;
        registry.load();
        auth::CredentialStore keychain(Service);
        for (const auto &i : registry.identities())
            (void)test::waitForJob(keychain.remove(i.id), 5000);
        QFile::remove(registry.path());
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
