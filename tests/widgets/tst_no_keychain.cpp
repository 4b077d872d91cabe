// Run with no D-Bus session bus at all: the keychain failure is classified and explained, the
// app neither hangs nor exits, and "Use for this session only" keeps the token in memory.
#include "common/DemoSession.h"
#include "common/TestSupport.h"
#include "sandbox/SandboxServer.h"
#include "session/AppSession.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/AddIdentityDialog.h"
#include "ui/widgets/IdentityBar.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace whop;

class NoKeychainTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pastedToken_withoutKeychain_offersSessionOnly()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")
                     .contains(QStringLiteral("nonexistent")),
                 "run this test with DBUS_SESSION_BUS_ADDRESS pointing nowhere");
        sandbox::SandboxServer server;
        QVERIFY(server.listenLocal(0));
        const auto owned = whop::test::makeSession({}, {});
        app::AppSession &session = *owned;
        ui::MainWindow window(&session);
        session.start();
        window.identityBar()->openAddDialog();
        auto *dialog = window.identityBar()->addDialog();
        auto *env = dialog->findChild<QComboBox *>(QStringLiteral("environment"));
        env->setCurrentIndex(env->count() - 1);
        dialog->findChild<QLineEdit *>(QStringLiteral("baseUrl"))
            ->setText(server.baseUrl().toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("token"))
            ->setText(QStringLiteral("alice-token"));
        QSignalSpy keychainFailed(session.identityService(), &app::IdentityService::keychainFailed);
        dialog->findChild<QPushButton *>(QStringLiteral("addButton"))->click();
        QVERIFY(keychainFailed.wait(30000));
        const auto error = keychainFailed.first().at(0).value<auth::KeychainError>();
        QCOMPARE(int(error.kind), int(auth::KeychainError::Kind::NoService));
        QVERIFY(dialog->statusText().contains(QStringLiteral("GNOME Keyring")));
        auto *sessionOnly = dialog->findChild<QPushButton *>(QStringLiteral("sessionOnlyButton"));
        QVERIFY(sessionOnly->isVisible());
        QVERIFY(session.isDemo()); // nothing switched yet

        sessionOnly->click();
        QVERIFY(session.isConnected());
        QVERIFY(session.activeIdentity()->temporary);
        QTRY_COMPARE_WITH_TIMEOUT(session.editor()->snapshot().username, QStringLiteral("alice"),
                                  10000);
        // Never written to disk as a fallback.
        QFile file(auth::IdentityRegistry().path());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("alice-token"));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    NoKeychainTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_no_keychain.moc"
