// The fault matrix, keychain part: the token of the current identity cannot be read because the
// entry is missing, the collection is locked, or there is no Secret Service at all. Each scenario
// checks the same four things as the network ones: responsive, a message in plain words, the
// identity's draft intact on disk, and the next attempt working once the fault is gone.
//
// With a keyring (ctest runs this under its own dbus-run-session + scripts/with-keyring.sh, so
// locking cannot disturb other tests): "entry missing" and "locked" (a real gnome-keyring
// collection locked over D-Bus, and unlocked again with its password over D-Bus).
// With WHOP_EXPECT_NO_KEYCHAIN=1 and a dead DBUS_SESSION_BUS_ADDRESS: "unavailable".
// Two more with the locked collection: removing an identity (it is kept, and said so), and a
// sign-in kept for this session only whose tokens rotate after the keychain is unlocked again.
#include "auth/IdentityRegistry.h"
#include "common/DemoWindow.h"
#include "common/KeychainSupport.h"
#include "common/OAuthSupport.h"
#include "common/TestSupport.h"
#include "integration/FaultRig.h"
#include "integration/KeyringControl.h"
#include "profile/DraftKeeper.h"
#include "sandbox/SandboxServer.h"
#include "ui/Prompts.h"
#include "ui/dialogs/DraftRecoveryDialog.h"
#include "ui/dialogs/ManageIdentitiesDialog.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace whop;
using whop::test::lockLoginCollection;
using whop::test::unlockLoginCollection;
using whop::test::faults::Heartbeat;
using whop::test::faults::MaxBlockedMs;

class KeychainFaultTest : public QObject, whop::test::DemoWindow
{
    Q_OBJECT
    const bool noKeychain = qEnvironmentVariableIntValue("WHOP_EXPECT_NO_KEYCHAIN") == 1;
    int run = 0;
    int passed = 0;

    std::unique_ptr<sandbox::SandboxServer> backend; // the identity's "Whop"
    auth::Identity identity;
    QString draftPath;
    QByteArray draftBytes;

    // An identity whose token lives in the keychain, and an unsaved draft of its profile.
    void prepare()
    {
        whop::test::removeAppData();
        QSettings().clear();
        QFile::remove(auth::IdentityRegistry().path());
        backend = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(backend->listenLocal(0));
        createSession(app::Options{}, QProcessEnvironment());
        identity.id = auth::Identity::newId();
        identity.kind = auth::IdentityKind::UserToken;
        identity.environment = auth::Environment::Custom;
        identity.customBaseUrl = backend->baseUrl();
        identity.label = QStringLiteral("Keychain test");
        identity.userId = QLatin1String(sandbox::SandboxServer::DemoUserId);
        session->identities()->upsert(identity);
        session->identities()->setCurrentId(identity.id);

        profile::Draft draft;
        draft.identityKey = identity.id;
        draft.profileKey = QStringLiteral("me");
        draft.userId = identity.userId;
        draft.savedAt = QDateTime::currentDateTimeUtc();
        draft.base = {QStringLiteral("Demo Creator"), QStringLiteral("demo-creator"), {}};
        draft.edits.insert(profile::Field::Name, QStringLiteral("Draft Behind The Keychain"));
        QVERIFY(session->drafts()->store().write(draft));
        draftPath = session->drafts()->store().pathFor(draft.identityKey, draft.profileKey);
        QFile file(draftPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        draftBytes = file.readAll();

        QVERIFY(showWindow());
    }

    void storeSecret()
    {
        auth::Secret secret;
        secret.token = sandbox::SandboxServer::DemoToken;
        secret.origin = auth::originOf(backend->baseUrl()); // as the app writes it
        const auto written =
            whop::test::waitForJob(session->credentials()->write(identity.id, secret.serialize()));
        QVERIFY(written.finished);
        const auto error = written.error;
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
    }

    // Starts the session on the identity and checks what the person sees while the fault lasts.
    void startAndExpect(const QStringList &words)
    {
        ++run;
        QSignalSpy notices(session.get(), &app::AppSession::notice);
        Heartbeat heartbeat;
        heartbeat.start();
        session->start();
        QVERIFY(notices.wait(30000));
        // The app carries on with the demo, loaded and usable.
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot(), 10000);
        heartbeat.stop();
        QVERIFY2(heartbeat.maxGapMs() < MaxBlockedMs,
                 qPrintable(QStringLiteral("blocked %1 ms").arg(heartbeat.maxGapMs())));
        QVERIFY(session->isDemo());
        QString missing;
        const QString banner = window->bannerText();
        QVERIFY2(whop::test::faults::containsAll(banner, words, &missing),
                 qPrintable(QStringLiteral("'%1' not in the banner: %2").arg(missing, banner)));
        // The identity's draft is untouched: the demo has drafts of its own.
        QFile file(draftPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), draftBytes);
    }

    // Once the token can be read: the identity loads and its draft is offered back.
    void expectRecovered()
    {
        ui::Prompts::setNextAnswer(ui::DraftRecoveryDialog::Answer{true, {}});
        QSignalSpy loaded(session->editor(), &profile::ProfileEditor::loaded);
        session->activate(identity.id);
        QVERIFY(loaded.wait(20000));
        QVERIFY2(!session->isDemo(), qPrintable(window->bannerText()));
        QCOMPARE(session->activeIdentityId(), identity.id);
        QTRY_COMPARE(window->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
                     QStringLiteral("Draft Behind The Keychain"));
        ++passed;
    }

private Q_SLOTS:
    void cleanup()
    {
        closeDemo();
        backend.reset();
    }
    void cleanupTestCase()
    {
        std::printf("fault matrix (keychain%s): %d scenarios, %d passed\n",
                    noKeychain ? ", no Secret Service" : "", run, passed);
        std::fflush(stdout);
    }

    void entryMissing()
    {
        if (noKeychain)
            QSKIP("needs a Secret Service");
        prepare();
        startAndExpect({QStringLiteral("could not be read from the keychain"),
                        QStringLiteral("No saved token was found")});
        storeSecret(); // the fault is gone: the entry exists again
        expectRecovered();
    }

    void collectionLocked()
    {
        if (noKeychain)
            QSKIP("needs a Secret Service");
        prepare();
        storeSecret(); // the entry exists; only the lock is in the way
        QString why;
        QVERIFY2(lockLoginCollection(&why), qPrintable(why));
        startAndExpect({QStringLiteral("could not be read from the keychain"),
                        QStringLiteral("locked"), QStringLiteral("Unlock it")});
        QVERIFY2(unlockLoginCollection(&why), qPrintable(why));
        expectRecovered();
    }

    // Removing the identity while the keychain is locked: libsecret cannot delete the entry (and
    // would say it did). The identity and its token stay, the dialog says why and offers Try
    // again, which removes both once the keychain is unlocked.
    void removeWhileLocked()
    {
        if (noKeychain)
            return; // needs a Secret Service (the other run checks the case without one)
        ++run;
        prepare();
        storeSecret();
        ui::Prompts::setNextAnswer(ui::DraftRecoveryDialog::Answer{true, {}});
        QSignalSpy loaded(session->editor(), &profile::ProfileEditor::loaded);
        session->start();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(session->activeIdentityId(), identity.id);
        QString why;
        QVERIFY2(lockLoginCollection(&why), qPrintable(why));

        ui::ManageIdentitiesDialog manage(session.get());
        QVERIFY(manage.selectIdentity(identity.id));
        ui::Prompts::setNextAnswer(ui::Prompts::Confirm::Yes);
        manage.removeSelected();
        QTRY_VERIFY_WITH_TIMEOUT(manage.statusText().contains(QStringLiteral("locked")), 20000);
        QVERIFY2(manage.statusText().contains(QStringLiteral("were kept")),
                 qPrintable(manage.statusText()));
        QVERIFY(session->identities()->find(identity.id)); // still listed, still in use
        QCOMPARE(session->activeIdentityId(), identity.id);
        auto *retry = manage.findChild<QPushButton *>(QStringLiteral("retryRemoveButton"));
        QVERIFY(retry && retry->isVisibleTo(&manage));

        QVERIFY2(unlockLoginCollection(&why), qPrintable(why));
        auth::CredentialStore keychain(session->credentials()->service());
        QVERIFY(!whop::test::waitForJob(keychain.read(identity.id)).error.isError()); // kept
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(!session->identities()->find(identity.id), 20000);
        QVERIFY2(manage.statusText().contains(QStringLiteral("was removed")),
                 qPrintable(manage.statusText()));
        QVERIFY(!retry->isVisibleTo(&manage));
        QCOMPARE(whop::test::waitForJob(keychain.read(identity.id)).error.kind,
                 auth::KeychainError::Kind::NotFound);
        QTRY_VERIFY(session->isDemo());
        ++passed;
    }

    // Sign in with Whop while the keychain is locked and keep it "for this session only"; the
    // keychain is unlocked later and the tokens rotate: nothing of that sign-in reaches the
    // keychain (it would be a live refresh token nobody lists, removes or revokes).
    void sessionOnlySignIn_staysOutOfTheKeychainUnlockedLater()
    {
        if (noKeychain)
            return; // needs a Secret Service to be locked and unlocked
        ++run;
        prepare();
        QSettings().setValue(QStringLiteral("oauth/clientId"),
                             QLatin1String(sandbox::SandboxServer::OAuthClientId));
        QString why;
        QVERIFY2(lockLoginCollection(&why), qPrintable(why));
        QSignalSpy keychainFailed(session->identityService(),
                                  &app::IdentityService::keychainFailed);
        QSignalSpy ready(session->identityService(), &app::IdentityService::ready);
        QString error;
        auth::OAuthSignIn *flow = session->beginSignIn(backend->baseUrl(), &error);
        QVERIFY2(flow, qPrintable(error));
        whop::test::allowRedirect(*backend, *flow);
        whop::test::visit(flow->authorizeUrl());
        QTRY_VERIFY_WITH_TIMEOUT(!keychainFailed.isEmpty(),
                                 20000); // may have come during the visit
        QCOMPARE(keychainFailed.first().at(0).value<auth::KeychainError>().kind,
                 auth::KeychainError::Kind::Locked);
        session->identityService()->keepPendingForSession(); // the person's choice
        QCOMPARE(ready.size(), 1);
        const auto signedIn = ready.first().at(0).value<auth::Identity>();
        QVERIFY(signedIn.temporary);
        QCOMPARE(session->activeIdentityId(), signedIn.id);
        QVERIFY(session->authenticator());

        QVERIFY2(unlockLoginCollection(&why), qPrintable(why));
        QSignalSpy refreshed(session->authenticator(), &api::Authenticator::refreshFinished);
        session->authenticator()->refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(refreshed.first().at(0).toBool());
        auth::CredentialStore keychain(session->credentials()->service());
        QCOMPARE(whop::test::waitForJob(keychain.read(signedIn.id)).error.kind,
                 auth::KeychainError::Kind::NotFound);
        ++passed;
    }

    void noSecretService()
    {
        if (!noKeychain)
            QSKIP("runs without a session bus (WHOP_EXPECT_NO_KEYCHAIN=1)");
        prepare();
        startAndExpect({QStringLiteral("could not be read from the keychain"),
                        QStringLiteral("No keychain is available"),
                        QStringLiteral("this session only")});
        // No keychain will appear in this process: the way forward the message offers is to
        // keep the token for this session only, which works.
        auth::Secret secret;
        secret.token = sandbox::SandboxServer::DemoToken;
        secret.origin = auth::originOf(backend->baseUrl());
        session->credentials()->keepForSession(identity.id, secret.serialize());
        expectRecovered();
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    KeychainFaultTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_fault_matrix_keychain.moc"
