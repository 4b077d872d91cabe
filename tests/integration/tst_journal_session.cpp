// The session's change journal (AppSession::journal()): one per identity under the data folder,
// switched with the identity, the demo's its own; a change already sent completes in the journal
// it was recorded in; the journal never holds a secret; and when it cannot be written the save
// is not sent and the banner says why.
#include "common/DemoSession.h"
#include "common/TestSupport.h"
#include "files/AppFolders.h"
#include "journal/JournalReader.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace whop;
using journal::ChangeStatus;
using profile::Field;
using sandbox::Fault;
using sandbox::SandboxServer;

namespace {

const QByteArray CanaryKey = "APIKEY-CANARY-journal-7f3a";
const QByteArray CanaryHeader = "HEADER-CANARY-journal-91c2";
const QByteArray CanaryRequestId = "req_CANARYjournal55";

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool saveAndWait(profile::ProfileEditor *editor)
{
    QSignalSpy saved(editor, &profile::ProfileEditor::saved);
    return editor->save() && saved.wait(20000);
}

} // namespace

class JournalSessionTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxServer> server; // stands in for Whop

private Q_SLOTS:
    void initTestCase()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listenLocal(0));
        server->addApiKey(CanaryKey, QLatin1String(SandboxServer::DemoAccountId));
    }
    void init() { test::removeAppData(); }

    void theKeyAndHeaders_neverReachTheJournal()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("WHOP_API_KEY"), QString::fromLatin1(CanaryKey));
        app::Options options;
        options.baseUrl = server->baseUrl();
        options.user = QLatin1String(SandboxServer::DemoUserId);
        auto session = test::makeSession(options, env);
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot(), 20000);
        const std::shared_ptr<journal::ChangeJournal> journal = session->journal();
        QVERIFY(journal);
        QCOMPARE(journal->identityId(), session->activeIdentityId());
        QVERIFY(journal->path().startsWith(files::dataFolder() + QStringLiteral("/journal/")));

        session->editor()->setValue(Field::Bio, QStringLiteral("Written with a key."));
        QVERIFY(saveAndWait(session->editor()));
        // A refusal whose headers carry a canary and a request id: neither is kept.
        Fault refusal;
        refusal.kind = Fault::Kind::Status;
        refusal.status = 422;
        refusal.method = "PATCH";
        refusal.headers = {{"X-Debug-Note", CanaryHeader}, {"X-Request-Id", CanaryRequestId}};
        server->injectFault(refusal);
        session->editor()->setValue(Field::Name, QStringLiteral("Refused Name"));
        QVERIFY(session->editor()->save());
        QTRY_VERIFY_WITH_TIMEOUT(!session->editor()->isBusy(), 20000);

        const QList<journal::JournalChange> list = journal::listChanges(journal->read());
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).status(), ChangeStatus::Refused);
        QCOMPARE(list.at(1).status(), ChangeStatus::Applied);
        QCOMPARE(list.at(1).intent.origin, journal::originOf(server->baseUrl()));
        const QByteArray bytes = bytesOf(journal->path());
        QVERIFY(bytes.contains("Written with a key."));
        for (const QByteArray &secret :
             {CanaryKey, CanaryHeader, CanaryRequestId, QByteArray("Bearer"),
              QByteArray("Authorization"), QByteArray(SandboxServer::DemoApiKey)})
            QVERIFY2(!bytes.contains(secret), secret.constData());
    }

    void eachIdentity_hasItsOwnJournal_andASentChangeCompletesInItsOwn()
    {
        app::Options options;
        options.demo = true;
        auto session = test::makeSession(options, QProcessEnvironment{});
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot(), 20000);
        const std::shared_ptr<journal::ChangeJournal> demo = session->journal();
        QCOMPARE(demo->identityId(), QStringLiteral("demo"));
        session->editor()->setValue(Field::Name, QStringLiteral("Demo Save"));
        QVERIFY(saveAndWait(session->editor()));
        QCOMPARE(journal::listChanges(demo->read()).first().status(), ChangeStatus::Applied);
        QVERIFY(!bytesOf(demo->path()).contains(SandboxServer::DemoToken));

        // A save still on its way when another identity is chosen.
        Fault slow;
        slow.kind = Fault::Kind::Delay;
        slow.delayMs = 3000;
        slow.method = "PATCH";
        test::sandboxOf(*session)->injectFault(slow);
        session->editor()->setValue(Field::Name, QStringLiteral("In Flight"));
        QVERIFY(session->editor()->save());
        QTRY_COMPARE_WITH_TIMEOUT(session->editor()->saveStep(), avatar::SaveStep::Update, 20000);
        const auth::Identity key =
            session->identityService()->addTemporaryApiKey(CanaryKey, server->baseUrl());
        session->activate(key.id);
        QTRY_COMPARE_WITH_TIMEOUT(session->journal()->identityId(), key.id, 20000);
        QVERIFY(session->journal()->path() != demo->path());

        // The switch cancelled it: whether it arrived is unknown, and the demo's journal says so.
        QTRY_COMPARE_WITH_TIMEOUT(journal::listChanges(demo->read()).first().status(),
                                  ChangeStatus::Unknown, 20000);
        QCOMPARE(journal::listChanges(demo->read()).size(), 2);
        QVERIFY(journal::listChanges(session->journal()->read()).isEmpty());
    }

    void whenTheJournalCannotBeWritten_theSaveIsNotSent_andTheBannerSaysWhy()
    {
        const QString blocked = files::dataFolder() + QStringLiteral("/blocked");
        QVERIFY(QDir().mkpath(files::dataFolder()));
        QFile blocker(blocked); // a file where the journal folder would be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        app::Options options;
        options.demo = true;
        auto session = test::makeSession(options, QProcessEnvironment{});
        session->setJournalFolder(blocked);
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot(), 20000);
        test::sandboxOf(*session)->clearRequests();
        session->editor()->setValue(Field::Name, QStringLiteral("Never Sent"));
        QVERIFY(session->editor()->save());
        QTRY_VERIFY_WITH_TIMEOUT(session->currentNotice().kind == app::Notice::Kind::Error, 20000);
        QVERIFY2(session->currentNotice().text.startsWith(
                     QStringLiteral("Your change was not sent because it could not be recorded "
                                    "first: ")),
                 qPrintable(session->currentNotice().text));
        QCOMPARE(session->currentNotice().action, app::Notice::Action::Retry);
        for (const auto &r : test::sandboxOf(*session)->requests())
            QVERIFY(r.method != "PATCH");
        QVERIFY(session->editor()->isDirty());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    whop::test::isolateSettings();
    JournalSessionTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_journal_session.moc"
