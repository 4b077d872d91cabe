// The change journal on disk (app/core/journal): one JSON line per record, written so that a
// kill at any moment leaves it readable, readable by its owner only, bounded, and refusing to
// let a change go out unrecorded when it cannot be written.
#include "common/JournalSamples.h"
#include "journal/ChangeJournal.h"
#include "journal/SentChange.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace whop;
using namespace whop::journal;
using test::sampleAnswer;
using test::sampleIntent;

namespace {
// The permission bits as the file system holds them (0600, 0700).
int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class JournalFormatTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString folder() const { return m_dir.path() + QStringLiteral("/journal"); }

private Q_SLOTS:
    void init()
    {
        QFile::remove(folder()); // a file left by the unwritable-folder case
        QDir(folder()).removeRecursively();
    }

    void records_roundTrip_throughTheFile()
    {
        ChangeJournal j(QStringLiteral("idn_abc"), folder());
        BatchRecord batch;
        batch.label = QStringLiteral("name “X” — 2 accounts");
        batch.accountIds = {QStringLiteral("biz_1"), QStringLiteral("biz_2")};
        batch.origin = QStringLiteral("https://api.whop.com");
        QString why;
        QVERIFY(j.recordBatch(&batch, &why));
        Intent intent = sampleIntent(1, QStringLiteral("biz_1"), batch.id);
        intent.sent.pictureFileId = QStringLiteral("file_New");
        intent.before.pictureFileId = QStringLiteral("file_Old");
        intent.pictureBefore = QUrl(QStringLiteral("https://cdn.example/old.png"));
        intent.pictureUploadedHere = true;
        QVERIFY(j.recordIntent(&intent, &why));
        QVERIFY(intent.id.startsWith(QLatin1String("chg_")));
        QCOMPARE(intent.identityId, QStringLiteral("idn_abc"));
        QVERIFY(j.recordOutcome(appliedOutcome(intent.id, intent.sent, sampleAnswer(intent))));

        QCOMPARE(j.path(), folder() + QStringLiteral("/idn_abc.jsonl"));
        QCOMPARE(bytesOf(j.path()).count('\n'), 3); // one line each
        const JournalContents read = j.read();
        QCOMPARE(read.unreadableLines, 0);
        QCOMPARE(read.changes.size(), 1);
        const Intent &back = read.changes.first().intent;
        QCOMPARE(back.id, intent.id);
        QCOMPARE(back.at, intent.at);
        QCOMPARE(back.kind, ChangeKind::Batch);
        QCOMPARE(back.batchId, batch.id);
        QCOMPARE(back.origin, QStringLiteral("https://api.whop.com"));
        QCOMPARE(back.userId, intent.userId);
        QCOMPARE(back.accountId, QStringLiteral("biz_1"));
        QCOMPARE(back.before, intent.before);
        QCOMPARE(back.sent, intent.sent);
        QCOMPARE(back.pictureBefore, intent.pictureBefore);
        QVERIFY(back.pictureUploadedHere);
        QCOMPARE(read.batches.value(batch.id).accountIds, batch.accountIds);
        QCOMPARE(read.batches.value(batch.id).label, batch.label);
        const Outcome outcome = read.changes.first().answer.value();
        QCOMPARE(outcome.result, Outcome::Result::Applied);
        QCOMPARE(outcome.held.name, intent.sent.name);
        QCOMPARE(outcome.pictureFileId, QStringLiteral("file_New"));
    }

    void tornLastLine_isSkipped_andCutOffBeforeTheNextAppend()
    {
        QString why;
        {
            ChangeJournal j(QStringLiteral("idn_torn"), folder());
            Intent first = sampleIntent(1);
            QVERIFY(j.recordIntent(&first, &why));
        }
        const QString path = folder() + QStringLiteral("/idn_torn.jsonl");
        // A kill in the middle of a write: half a line, no line break.
        QByteArray half = test::lineOf(sampleIntent(2).toJson());
        half.truncate(half.size() / 2);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write(half);
        }
        JournalContents read = readJournalFile(path);
        QCOMPARE(read.changes.size(), 1);
        QCOMPARE(read.unreadableLines, 1);

        ChangeJournal again(QStringLiteral("idn_torn"), folder()); // the next run
        Intent third = sampleIntent(3);
        QVERIFY(again.recordIntent(&third, &why));
        const QByteArray bytes = bytesOf(path);
        QVERIFY(!bytes.contains(half));
        QVERIFY(bytes.endsWith('\n'));
        read = again.read();
        QCOMPARE(read.unreadableLines, 0);
        QCOMPARE(read.changes.size(), 2);
        QCOMPARE(read.changes.last().intent.id, third.id);
    }

    void damagedOrNewerLines_areSkipped_notFatal()
    {
        const JournalContents read = parseJournal(
            {test::lineOf(sampleIntent(1).toJson()), QByteArray("{not json"),
             QByteArray(R"({"type":"intent","format":2,"id":"chg_x"})"), QByteArray()});
        // The sample has no id or time yet: only recorded intents are complete.
        QCOMPARE(read.changes.size(), 0);
        QCOMPARE(read.unreadableLines, 3);

        Intent timed = sampleIntent(1);
        timed.id = QStringLiteral("chg_1");
        timed.at = QDateTime(QDate(2026, 11, 27), QTime(9, 30, 5, 120), Qt::UTC);
        QJsonObject badTime = timed.toJson();
        QCOMPARE(badTime.value("at").toString(), QStringLiteral("2026-11-27T09:30:05.120Z"));
        badTime.insert("at", QStringLiteral("20n6-11-27T09:30:05.120Z")); // not a year -1
        const JournalContents times =
            parseJournal({test::lineOf(timed.toJson()), test::lineOf(badTime)});
        QCOMPARE(times.changes.size(), 1);
        QCOMPARE(times.changes.first().intent.at, timed.at);
        QCOMPARE(times.unreadableLines, 1);
    }

    void fileAndFolder_areTheOwnersOnly()
    {
        ChangeJournal j(QStringLiteral("idn_perm"), folder());
        Intent i = sampleIntent(1);
        QString why;
        QVERIFY(j.recordIntent(&i, &why));
        QCOMPARE(modeOf(j.path()), 0600);
        QCOMPARE(modeOf(folder()), 0700);
    }

    void rotation_keepsTheNewest_withTheirOutcomesAndBatches()
    {
        const QString path = folder() + QStringLiteral("/idn_full.jsonl");
        QVERIFY(QDir().mkpath(folder()));
        // A journal at its bound: MaxChanges changes, each answered, the newest in a batch.
        BatchRecord batch;
        batch.id = QStringLiteral("bat_newest");
        batch.at = QDateTime::currentDateTimeUtc();
        batch.accountIds = {QStringLiteral("biz_1")};
        QByteArrayList lines;
        QStringList ids;
        for (int n = 0; n < ChangeJournal::MaxChanges; ++n) {
            if (n == ChangeJournal::MaxChanges - 1)
                lines << test::lineOf(batch.toJson());
            Intent i = sampleIntent(n, {}, n == ChangeJournal::MaxChanges - 1 ? batch.id : "");
            i.id = QStringLiteral("chg_%1").arg(n);
            i.at = QDateTime::currentDateTimeUtc();
            ids << i.id;
            lines << test::lineOf(i.toJson());
            Outcome o = appliedOutcome(i.id, i.sent, sampleAnswer(i));
            o.at = i.at;
            lines << test::lineOf(o.toJson());
        }
        QVERIFY(JournalFile(path).rewrite(lines, nullptr));

        ChangeJournal j(QStringLiteral("idn_full"), folder());
        Intent newest = sampleIntent(-1);
        QString why;
        QVERIFY(j.recordIntent(&newest, &why)); // one past the bound: the file is shortened
        const JournalContents read = j.read();
        QCOMPARE(read.changes.size(), ChangeJournal::KeptChanges);
        QCOMPARE(read.changes.last().intent.id, newest.id);
        QCOMPARE(read.changes.first().intent.id,
                 ids.at(ids.size() - ChangeJournal::KeptChanges + 1));
        QCOMPARE(read.strayOutcomes, 0); // the outcomes of the changes dropped went with them
        const auto answered = std::count_if(read.changes.begin(), read.changes.end(),
                                            [](const JournalChange &c) { return c.answer; });
        QCOMPARE(answered, ChangeJournal::KeptChanges - 1); // the newest has none yet
        QVERIFY(read.batches.contains(batch.id));
        QCOMPARE(read.unreadableLines, 0);
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(QFileInfo(path).size() <= ChangeJournal::KeptBytes);

        // It goes on from there: the next change is appended, not another rewrite.
        Intent next = sampleIntent(-2);
        QVERIFY(j.recordIntent(&next, &why));
        QCOMPARE(j.read().changes.size(), ChangeJournal::KeptChanges + 1);
    }

    void noSpaceLeft_recordsNothing_andSaysWhy()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QFAIL("this test needs /dev/full (Linux)");
        QVERIFY(QDir().mkpath(folder()));
        // Writes to /dev/full fail with ENOSPC, as on a full disk.
        QVERIFY(
            QFile::link(QStringLiteral("/dev/full"), folder() + QStringLiteral("/idn_x.jsonl")));
        ChangeJournal j(QStringLiteral("idn_x"), folder());
        SentChange change;
        api::ApiError error;
        QVERIFY(!change.record(std::make_shared<ChangeJournal>(QStringLiteral("idn_x"), folder()),
                               sampleIntent(1), &error));
        QVERIFY(!change.isRecorded());
        QCOMPARE(error.kind, api::ErrorKind::NotRecorded);
        QVERIFY2(error.message.contains(QStringLiteral("No space left"), Qt::CaseInsensitive),
                 qPrintable(error.message));
        QVERIFY2(error.userMessage().startsWith(QStringLiteral(
                     "Your change was not sent because it could not be recorded first: ")),
                 qPrintable(error.userMessage()));
        BatchRecord batch;
        QString why;
        QVERIFY(!j.recordBatch(&batch, &why));
        QVERIFY(!why.isEmpty());
    }

    void unwritableFolder_recordsNothing_andSaysWhy()
    {
        // The journal folder cannot be made: a file stands where it would be (this holds for
        // root too, for whom a read-only folder is no obstacle).
        QVERIFY(QDir().mkpath(m_dir.path()));
        QFile blocker(folder());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        SentChange change;
        api::ApiError error;
        QVERIFY(!change.record(std::make_shared<ChangeJournal>(QStringLiteral("idn_y"), folder()),
                               sampleIntent(1), &error));
        QCOMPARE(error.kind, api::ErrorKind::NotRecorded);
        QVERIFY2(error.message.contains(folder()), qPrintable(error.message));
    }

    void withoutAJournal_nothingIsRecorded_andTheChangeMayGo()
    {
        SentChange change;
        api::ApiError error;
        QVERIFY(change.record(nullptr, sampleIntent(1), &error));
        QVERIFY(!change.isRecorded());
        change.failed(api::localError(api::ErrorKind::Timeout, {})); // harmless
        QCOMPARE(error.kind, api::ErrorKind::None);
    }

    void identityIds_becomeSafeFileNames()
    {
        QCOMPARE(ChangeJournal::fileNameFor(QStringLiteral("idn_1-2")),
                 QStringLiteral("idn_1-2.jsonl"));
        QCOMPARE(ChangeJournal::fileNameFor(QStringLiteral("demo")), QStringLiteral("demo.jsonl"));
        const QString odd = ChangeJournal::fileNameFor(QStringLiteral("../etc/passwd"));
        QVERIFY(odd.startsWith(QLatin1String("id-")) && !odd.contains(QLatin1Char('/')));
    }

    void originsAndPictureAddresses_keepNoPathQueryOrUser()
    {
        QCOMPARE(originOf(QUrl(QStringLiteral("https://u:p@api.example:8443/secret/api/v1?q=1"))),
                 QStringLiteral("https://api.example:8443"));
        QCOMPARE(bareUrl(QUrl(QStringLiteral("https://cdn.example/p.png?X-Sig=abc#f"))),
                 QUrl(QStringLiteral("https://cdn.example/p.png")));
    }

    void killedWhileWriting_leavesAReadableJournal()
    {
        // Another process (this program, as a writer) records changes without pause and is
        // killed with SIGKILL at whatever moment it has reached, five times over.
        const QString folder = this->folder();
        const QString path = folder + QStringLiteral("/idn_killed.jsonl");
        for (int round = 0; round < 5; ++round) {
            QProcess writer;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("WHOP_JOURNAL_WRITER"), folder);
            writer.setProcessEnvironment(env);
            writer.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(writer.waitForStarted(10000));
            const qint64 before = QFileInfo(path).size();
            QVERIFY(QTest::qWaitFor(
                [&] { return QFileInfo(path).size() > before + 20'000 * (round + 1); }, 30000));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));

            const JournalContents read = readJournalFile(path);
            QVERIFY(read.changes.size() > 0);
            QVERIFY2(read.unreadableLines <= 1, qPrintable(QString::number(read.unreadableLines)));
            for (const JournalChange &c : read.changes)
                QCOMPARE(c.intent.sent, sampleIntent(0).sent);
        }
        ChangeJournal after(QStringLiteral("idn_killed"), folder);
        Intent next = sampleIntent(0);
        QString why;
        QVERIFY(after.recordIntent(&next, &why));
        QCOMPARE(after.read().unreadableLines, 0);
    }
};

// With WHOP_JOURNAL_WRITER set: records changes into that folder until killed (the kill test).
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QString folder = qEnvironmentVariable("WHOP_JOURNAL_WRITER"); !folder.isEmpty()) {
        ChangeJournal journal(QStringLiteral("idn_killed"), folder);
        for (;;) {
            Intent intent = sampleIntent(0);
            QString why;
            if (!journal.recordIntent(&intent, &why))
                return 1;
            journal.recordOutcome(appliedOutcome(intent.id, intent.sent, sampleAnswer(intent)));
        }
    }
    JournalFormatTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_journal_format.moc"
