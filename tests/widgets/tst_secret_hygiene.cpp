// After a full session (pasted token, browser sign-in, saves, a token refresh) in a temporary
// HOME with every logging category on, no token appears in any file under HOME (the keyring
// lives elsewhere) nor in any captured log line.
#include "common/BrowserDriver.h"
#include "common/DemoSession.h"
#include "common/OAuthSupport.h"
#include "sandbox/SandboxServer.h"
#include "session/AppSession.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDirIterator>
#include <QMutex>
#include <QTemporaryDir>

using namespace whop;

namespace {
// Never destroyed: Qt may still log while static objects are torn down at exit.
QMutex &logMutex = *new QMutex;
QByteArray &capturedLog = *new QByteArray;
int capturedLines = 0;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    capturedLog +=
        QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
    ++capturedLines;
}
} // namespace

class SecretHygieneTest : public QObject
{
    Q_OBJECT
public:
    QString home;

private Q_SLOTS:
    void noTokenInFilesOrLogs()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.listenLocal(0));
        QList<QByteArray> secrets{"alice-token"};
        {
            app::Options options;
            options.oauthClientId = QLatin1String(sandbox::SandboxServer::OAuthClientId);
            const auto owned = whop::test::makeSession(options, {});
            app::AppSession &session = *owned;
            ui::MainWindow window(&session);
            window.show();
            session.start();
            auto *editor = session.editor();
            QSignalSpy ready(session.identityService(), &app::IdentityService::ready);

            session.identityService()->addPasted(auth::IdentityKind::UserToken, server.baseUrl(),
                                                 "alice-token", false);
            QVERIFY(ready.wait(20000));
            QTRY_VERIFY_WITH_TIMEOUT(editor->hasSnapshot(), 10000);
            editor->setValue(profile::Field::Bio, QStringLiteral("hygiene one"));
            QSignalSpy saved(editor, &profile::ProfileEditor::saved);
            QVERIFY(editor->save());
            QVERIFY(saved.wait(10000));

            QString error;
            auto *flow = session.beginSignIn(server.baseUrl(), &error);
            QVERIFY2(flow, qPrintable(error));
            const qsizetype readyBefore = ready.size(); // the pasted token's
            test::allowRedirect(server, *flow);
            test::visit(flow->authorizeUrl());
            // The sign-in's identity: it may have come during the visit.
            QTRY_VERIFY_WITH_TIMEOUT(ready.size() > readyBefore, 20000);
            secrets << ready.last().at(1).value<auth::Secret>().token
                    << ready.last().at(1).value<auth::Secret>().refreshToken;
            QTRY_VERIFY_WITH_TIMEOUT(editor->hasSnapshot(), 10000);
            editor->setValue(profile::Field::Name, QStringLiteral("Hygiene Two"));
            QVERIFY(editor->save());
            QVERIFY(saved.wait(10000));

            QSignalSpy refreshed(session.authenticator(), &api::Authenticator::refreshFinished);
            session.authenticator()->refresh();
            QVERIFY(refreshed.wait(10000));
            QVERIFY(refreshed.first().at(0).toBool());
            secrets << session.authenticator()->secret().token
                    << session.authenticator()->secret().refreshToken;
            session.activate(QString()); // back to the demo
        }
        for (const QByteArray &s : secrets)
            QVERIFY(s.size() >= 8);

        int files = 0;
        QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++files;
            for (const QByteArray &s : secrets)
                QVERIFY2(!content.contains(s), qPrintable(file.fileName()));
        }
        QVERIFY(files > 0); // the settings and identity list were written there
        QMutexLocker lock(&logMutex);
        QVERIFY(capturedLines > 20); // logging really was on
        for (const QByteArray &s : secrets)
            QVERIFY2(!capturedLog.contains(s), "a token reached the log");
        qInstallMessageHandler(nullptr);
        qInfo("hygiene: %d files and %d log lines searched for %d secrets", files, capturedLines,
              int(secrets.size()));
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/.local/share")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/.cache")).toUtf8());
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    qInstallMessageHandler(captureMessage);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WhopHygiene"));
    QApplication::setApplicationName(QStringLiteral("hygiene"));
    SecretHygieneTest test;
    test.home = home.path();
    const int result = QTest::qExec(&test, argc, argv);
    qInstallMessageHandler(nullptr);
    return result;
}
#include "tst_secret_hygiene.moc"
