// An API key addresses the profile by the username the person typed. When that username is
// given to someone else on Whop meanwhile (the first user renamed, another took the name), a
// reload (F5) finds another user there: the unsaved edits were meant for the first one and must
// never reach the second. And what the start could not do is said once the first profile of the
// identity is on screen. A real AppSession with WHOP_API_KEY against a sandbox on 127.0.0.1.
#include "common/DemoSession.h"
#include "common/TestSupport.h"
#include "profile/Draft.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace whop;
using profile::Field;
using sandbox::SandboxServer;

class SessionTargetTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxServer> backend;
    std::unique_ptr<app::AppSession> session;

    // A session with the account API key of the sandbox's demo (WHOP_API_KEY) at the backend; not
    // started.
    void makeKeySession()
    {
        app::Options options;
        options.baseUrl = backend->baseUrl();
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("WHOP_API_KEY"),
                           QLatin1String(SandboxServer::DemoApiKey));
        session = test::makeSession(options, environment);
    }
    QStringList setAsideDrafts() const
    {
        return QDir(session->drafts()->store().draftsDirectory())
            .entryList({QStringLiteral("*.other-user-*")}, QDir::Files);
    }

private Q_SLOTS:
    void init()
    {
        test::removeAppData();
        backend = std::make_unique<SandboxServer>();
        QVERIFY(backend->listenLocal(0));
        makeKeySession();
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(!session->mode().accountId.isEmpty(), 10000); // the key's
        QVERIFY(session->needsUser());
    }
    void cleanup()
    {
        session.reset();
        backend.reset();
    }

    void reloadFindingAnotherUser_doesNotCarryTheEditsOver_keepsThemAndSaysSo()
    {
        const QString alice = backend->storedUser(QStringLiteral("alice")).value("id").toString();
        const QString creator =
            backend->storedUser(QStringLiteral("creator")).value("id").toString();
        QVERIFY(!alice.isEmpty() && !creator.isEmpty());
        app::ProfileMode mode = session->mode();
        mode.user = QStringLiteral("alice"); // typed beside the Profile list
        QSignalSpy loaded(session->editor(), &profile::ProfileEditor::loaded);
        session->setMode(mode);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(session->editor()->snapshot().id, alice);
        profile::ProfileEditor *editor = session->editor();
        editor->setValue(Field::Name, QStringLiteral("Meant For Alice"));
        editor->setValue(Field::Bio, QStringLiteral("A bio for Alice only"));
        session->drafts()->flush();
        const QString draftPath = session->drafts()->currentPath();
        QVERIFY(QFile::exists(draftPath));

        // On Whop: Alice takes another name, and Creator Club takes "alice".
        QVERIFY(backend->changeElsewhere(alice, {{"username", "alice-renamed"}}));
        QVERIFY(backend->changeElsewhere(creator, {{"username", "alice"}}));
        const QJsonObject creatorNow = backend->storedUser(creator);

        loaded.clear();
        editor->load(); // F5
        QVERIFY(loaded.wait(10000));
        QCOMPARE(editor->snapshot().id, creator);
        // The form shows Creator Club as Whop has it: nothing of Alice's edits.
        QVERIFY2(!editor->isDirty(), qPrintable(editor->value(Field::Name)));
        QCOMPARE(editor->value(Field::Name), creatorNow.value("name").toString());
        QCOMPARE(editor->value(Field::Bio), creatorNow.value("bio").toString());
        QVERIFY(!editor->save()); // nothing to send to Creator Club
        // The edits are kept on disk for Alice, out of the way of Creator Club's own draft.
        session->drafts()->flush();
        const QStringList aside = setAsideDrafts();
        QCOMPARE(aside.size(), 1);
        QFile file(QDir(session->drafts()->store().draftsDirectory()).filePath(aside.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto kept = profile::parseDraft(file.readAll());
        QVERIFY(kept.has_value());
        QCOMPARE(kept->userId, alice);
        QCOMPARE(kept->edits.value(Field::Name), QStringLiteral("Meant For Alice"));
        QCOMPARE(kept->edits.value(Field::Bio), QStringLiteral("A bio for Alice only"));
        // And the person is told, with where the edits are.
        const app::Notice notice = session->currentNotice();
        QCOMPARE(notice.kind, app::Notice::Kind::Warning);
        QVERIFY2(notice.text.contains(QStringLiteral("another user")), qPrintable(notice.text));
        QVERIFY2(notice.text.contains(QDir::toNativeSeparators(file.fileName())),
                 qPrintable(notice.text));
        for (const auto &r : backend->requests())
            QVERIFY2(r.method != "PATCH", qPrintable(r.path));
        QCOMPARE(backend->storedUser(creator), creatorNow);
    }

    // What the start could not do (here: files of an earlier version that could not be moved)
    // is said once the first profile of the identity has loaded, not lost on the way there.
    void startProblems_areSaidWhenTheFirstProfileLoads()
    {
        session.reset();
        makeKeySession();
        const QString stuck = QStringLiteral("/home/someone/.config/Whop Profile Editor/Whop "
                                             "Profile Editor/identities.json");
        session->reportFilesNotMoved({stuck});
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(!session->mode().accountId.isEmpty(), 10000);
        app::ProfileMode mode = session->mode();
        mode.user = QStringLiteral("alice");
        QSignalSpy loaded(session->editor(), &profile::ProfileEditor::loaded);
        session->setMode(mode);
        QVERIFY(loaded.wait(10000));
        QVERIFY(!session->isDemo());
        QCOMPARE(session->currentNotice().kind, app::Notice::Kind::Warning);
        QVERIFY2(session->currentNotice().text.contains(stuck),
                 qPrintable(session->currentNotice().text));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    whop::test::isolateSettings();
    SessionTargetTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_session_target.moc"
