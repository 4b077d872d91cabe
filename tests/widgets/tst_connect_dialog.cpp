// Pasting a token: checked once, kept in the keychain (a real Secret Service in the test run),
// and used again after a restart without retyping it.
#include "AppSession.h"
#include "ConnectDialog.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace whop;

class ConnectDialogTest : public QObject
{
    Q_OBJECT
    sandbox::SandboxServer server; // stands in for Whop; survives the "restart"

    static ui::ConnectDialog *openDialog(ui::MainWindow &window)
    {
        window.findChild<QAction *>(QStringLiteral("actionConnect"))->trigger();
        return window.findChild<ui::ConnectDialog *>();
    }
    void fill(ui::ConnectDialog *dialog, const QString &token)
    {
        auto *env = dialog->findChild<QComboBox *>(QStringLiteral("environment"));
        env->setCurrentIndex(env->count() - 1); // custom
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrl"));
        url->setText(server.baseUrl().toString());
        auto *tokenEdit = dialog->findChild<QLineEdit *>(QStringLiteral("token"));
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
        tokenEdit->setText(token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.listenLocal(0));
        server.addUserToken(
            "alice-connect-token",
            server.storedUser(QStringLiteral("alice")).value(QStringLiteral("id")).toString());
    }

    void noAccount_showsTheDemo_andSaysSo()
    {
        app::AppSession session({});
        ui::MainWindow window(&session);
        window.show();
        session.start();
        QVERIFY(session.isDemo());
        QTRY_VERIFY(window.bannerText().contains(QStringLiteral("demo")));
    }

    void refusedToken_saysWhatTheServerAnswered_andStoresNothing()
    {
        app::AppSession session({});
        ui::MainWindow window(&session);
        session.start();
        auto *dialog = openDialog(window);
        QVERIFY(dialog);
        fill(dialog, QStringLiteral("not-a-valid-token"));
        dialog->findChild<QPushButton *>(QStringLiteral("connectButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(QStringLiteral("refused")), 10000);
        QVERIFY(dialog->statusText().contains(QStringLiteral("invalid or expired")));
        QVERIFY(session.isDemo());
        QVERIFY(!QSettings().value(QStringLiteral("connection/configured")).toBool());
    }

    void acceptedToken_isKept_andUsedAfterARestart()
    {
        {
            app::AppSession session({});
            ui::MainWindow window(&session);
            session.start();
            auto *dialog = openDialog(window);
            fill(dialog, QStringLiteral("  alice-connect-token \n"));
            QSignalSpy finished(&session, &app::AppSession::connectFinished);
            dialog->findChild<QPushButton *>(QStringLiteral("connectButton"))->click();
            QVERIFY(finished.wait(20000));
            QVERIFY2(finished.first().at(0).toBool(),
                     qPrintable(finished.first().at(1).toString()));
            QVERIFY(session.isConnected());
            QTRY_COMPARE_WITH_TIMEOUT(session.editor()->snapshot().username,
                                      QStringLiteral("alice"), 10000);
            QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("token"))->text().isEmpty());
        }
        // Nothing secret in the settings file.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(
                !settings.value(key).toString().contains(QStringLiteral("alice-connect-token")));

        // Restart: new objects, the token comes back from the keychain.
        app::AppSession session({});
        ui::MainWindow window(&session);
        server.clearRequests();
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.editor()->snapshot().username, QStringLiteral("alice"),
                                  20000);
        QVERIFY(!session.isDemo());
        const auto requests = server.requests();
        const auto userRequest =
            std::find_if(requests.cbegin(), requests.cend(),
                         [](const auto &r) { return r.path.contains(QStringLiteral("/users/")); });
        QVERIFY(userRequest != requests.cend());
        QCOMPARE(userRequest->header("Authorization"), QByteArray("Bearer alice-connect-token"));
        // The picture download goes without the credential.
        for (const auto &r : requests) {
            if (r.path.startsWith(QStringLiteral("/avatars/")))
                QVERIFY(!r.hasHeader("Authorization"));
        }

        // Disconnect forgets it again.
        ui::Prompts::setNextConfirmAnswer(true);
        window.findChild<QAction *>(QStringLiteral("actionDisconnect"))->trigger();
        QTRY_VERIFY(session.isDemo());
        QVERIFY(!QSettings().value(QStringLiteral("connection/configured")).toBool());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    ConnectDialogTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_connect_dialog.moc"
