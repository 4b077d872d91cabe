// Reading the change journal back (app/core/journal/JournalReader.h): intents paired with their
// outcomes, newest first, filtered as a History list needs, and for a batch which accounts
// received it, which did not and which are unknown (what a restore needs).
#include "common/JournalSamples.h"
#include "journal/ChangeJournal.h"
#include "journal/SentChange.h"

#include <QTemporaryDir>
#include <QTest>

using namespace whop;
using namespace whop::journal;
using test::lostAnswer;
using test::sampleAnswer;
using test::sampleIntent;

namespace {
api::ApiError refused()
{
    api::ApiError e =
        test::refusedAnswer(api::ErrorKind::Validation, QStringLiteral("Reserved."), 422);
    e.code = QStringLiteral("invalid_name");
    e.requestId = QStringLiteral("req_NeverKept");
    return e;
}
} // namespace

class JournalReadingTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<ChangeJournal> m_journal;

    std::shared_ptr<SentChange> send(const Intent &intent)
    {
        return test::recordedChange(m_journal, intent);
    }

private Q_SLOTS:
    void init()
    {
        m_journal = std::make_shared<ChangeJournal>(QStringLiteral("idn_read"), m_dir.path());
        QFile::remove(m_journal->path());
    }

    void changes_arePaired_andListedNewestFirst()
    {
        auto applied = send(sampleIntent(1));
        applied->applied(sampleAnswer(applied->intent()));
        auto refusedChange = send(sampleIntent(2, QStringLiteral("biz_A")));
        refusedChange->failed(refused());
        auto unknown = send(sampleIntent(3));
        unknown->failed(lostAnswer());
        auto pending = send(sampleIntent(4)); // no answer yet (or the app stopped)

        const QList<JournalChange> list = listChanges(m_journal->read());
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.at(0).intent.id, pending->intent().id);
        QCOMPARE(list.at(0).status(), ChangeStatus::Pending);
        QCOMPARE(list.at(1).status(), ChangeStatus::Unknown);
        QCOMPARE(list.at(1).answer->errorKind, QStringLiteral("timeout"));
        QCOMPARE(list.at(2).status(), ChangeStatus::Refused);
        QCOMPARE(list.at(2).answer->httpStatus, 422);
        QCOMPARE(list.at(2).answer->errorCode, QStringLiteral("invalid_name"));
        QCOMPARE(list.at(2).answer->errorMessage, QStringLiteral("Reserved."));
        QCOMPARE(list.at(3).status(), ChangeStatus::Applied);
        QVERIFY(list.at(3).arrived());
        QVERIFY(list.at(0).intent.at >= list.at(3).intent.at);
        // A request id is a header value: never kept.
        QFile file(m_journal->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("req_NeverKept"));
    }

    void fields_showBeforeSentAndHeld()
    {
        Intent intent = sampleIntent(7);
        intent.sent.pictureFileId = QStringLiteral("file_New");
        intent.pictureBefore = QUrl(QStringLiteral("https://cdn.example/old.png"));
        auto change = send(intent);
        change->applied(sampleAnswer(change->intent()));
        const JournalChange c = listChanges(m_journal->read()).first();
        const QList<FieldChange> fields = c.fields();
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(0).field, QStringLiteral("name"));
        QCOMPARE(fields.at(0).before, std::optional<QString>(QStringLiteral("Name before 7")));
        QCOMPARE(fields.at(0).sent, QStringLiteral("Name after 7"));
        QCOMPARE(fields.at(0).held, std::optional<QString>(QStringLiteral("Name after 7")));
        QCOMPARE(fields.at(1).field, QStringLiteral("bio"));
        QCOMPARE(fields.at(2).field, QStringLiteral("profile_picture"));
        QVERIFY(!fields.at(2).before); // set elsewhere: Whop names no file for it
        QCOMPARE(fields.at(2).pictureBefore, intent.pictureBefore);
        QCOMPARE(fields.at(2).sent, QStringLiteral("file_New"));
        QCOMPARE(fields.at(2).held, std::optional<QString>(QStringLiteral("file_New")));
        QCOMPARE(fields.at(2).pictureHeld,
                 QUrl(QStringLiteral("https://cdn.example/p/file_1.png")));
    }

    void aPictureThisEditorSet_isKnownByItsFileId_later()
    {
        QCOMPARE(
            m_journal->knownPictureFileId(QUrl(QStringLiteral("https://cdn.example/p/file_1.png"))),
            QString());
        Intent intent = sampleIntent(1);
        intent.sent.pictureFileId = QStringLiteral("file_1");
        auto change = send(intent);
        change->applied(sampleAnswer(change->intent()));
        const QUrl shown(QStringLiteral("https://cdn.example/p/file_1.png?X-Sig=1"));
        QCOMPARE(m_journal->knownPictureFileId(shown), QStringLiteral("file_1"));
        // A fresh journal object (the next run) learns it from the file.
        ChangeJournal again(QStringLiteral("idn_read"), m_dir.path());
        QCOMPARE(again.knownPictureFileId(shown), QStringLiteral("file_1"));
        QCOMPARE(again.knownPictureFileId(QUrl(QStringLiteral("https://cdn.example/other.png"))),
                 QString());
    }

    void filters_selectProfileAccountBatchAndKind()
    {
        send(sampleIntent(1))->applied(sampleAnswer(sampleIntent(1)));
        send(sampleIntent(2, QStringLiteral("biz_A"), QStringLiteral("bat_1")));
        send(sampleIntent(3, QStringLiteral("biz_B"), QStringLiteral("bat_1")));
        Intent other = sampleIntent(4, QStringLiteral("biz_A"));
        other.userId = QStringLiteral("user_Other");
        send(other);
        const JournalContents all = m_journal->read();

        ChangeFilter global;
        global.userId = QStringLiteral("user_Sample000001");
        global.accountId = QString();
        QCOMPARE(listChanges(all, global).size(), 1);
        ChangeFilter inA;
        inA.userId = QStringLiteral("user_Sample000001");
        inA.accountId = QStringLiteral("biz_A");
        QCOMPARE(listChanges(all, inA).size(), 1);
        ChangeFilter everyAccount; // the All Accounts view: every profile of this user
        everyAccount.userId = QStringLiteral("user_Sample000001");
        QCOMPARE(listChanges(all, everyAccount).size(), 3);
        ChangeFilter batch;
        batch.batchId = QStringLiteral("bat_1");
        QCOMPARE(listChanges(all, batch).size(), 2);
        ChangeFilter saves;
        saves.kinds = {ChangeKind::Save};
        QCOMPARE(listChanges(all, saves).size(), 2);
        ChangeFilter newest;
        newest.limit = 1;
        QCOMPARE(listChanges(all, newest).first().intent.userId, QStringLiteral("user_Other"));
        ChangeFilter otherIdentity;
        otherIdentity.identityId = QStringLiteral("idn_else");
        QVERIFY(listChanges(all, otherIdentity).isEmpty());
    }

    void aBatch_saysWhoReceivedIt_whoDidNot_andWhoIsUnknown()
    {
        BatchRecord batch;
        batch.label = QStringLiteral("name “X” — 6 accounts");
        batch.accountIds = {"biz_ok",          "biz_refused", "biz_lost",
                            "biz_lostArrived", "biz_notSent", "biz_retried"};
        QString why;
        QVERIFY(m_journal->recordBatch(&batch, &why));
        const auto in = [&](const char *account) {
            return sampleIntent(1, QString::fromLatin1(account), batch.id);
        };
        auto ok = send(in("biz_ok"));
        ok->applied(sampleAnswer(ok->intent()));
        send(in("biz_refused"))->failed(refused());
        send(in("biz_lost"))->failed(lostAnswer());
        auto arrived = send(in("biz_lostArrived"));
        arrived->failed(lostAnswer());
        QCOMPARE(arrived->resolve(arrived->intent().sent, {}), std::optional<bool>(true));
        send(in("biz_retried"))->failed(refused()); // Retry Failed: refused, then applied
        auto retried = send(in("biz_retried"));
        retried->applied(sampleAnswer(retried->intent()));

        const BatchDelivery d = deliveryOf(m_journal->read(), batch.id);
        QVERIFY(d.batch.has_value());
        QCOMPARE(d.batch->label, batch.label);
        QCOMPARE(d.received, (QStringList{"biz_ok", "biz_lostArrived", "biz_retried"}));
        QCOMPARE(d.notReceived, (QStringList{"biz_refused", "biz_notSent"}));
        QCOMPARE(d.unknown, QStringList{"biz_lost"});
        QCOMPARE(d.decisive.value("biz_retried").intent.id, retried->intent().id);
        QCOMPARE(d.decisive.value("biz_lostArrived").status(), ChangeStatus::Arrived);
    }

    void aLostAnswer_isDecidedByWhatALaterReadShows()
    {
        Intent intent = sampleIntent(1);
        // Arrived: every field sent shows the value sent.
        QCOMPARE(decideArrival(intent, intent.sent, {}), std::optional<bool>(true));
        // Did not: the fields still show their values before (a PATCH applies whole or not).
        QCOMPARE(decideArrival(intent, intent.before, {}), std::optional<bool>(false));
        // Someone else changed it meanwhile: cannot tell.
        api::UserChanges elsewhere = intent.sent;
        elsewhere.name = QStringLiteral("Changed on the web");
        QCOMPARE(decideArrival(intent, elsewhere, {}), std::nullopt);

        Intent picture;
        picture.sent.pictureFileId = QStringLiteral("file_New");
        picture.pictureBefore = QUrl(QStringLiteral("https://cdn.example/old.png"));
        const QUrl sentUrl(QStringLiteral("https://cdn.example/new.png"));
        QCOMPARE(decideArrival(picture, {}, sentUrl, sentUrl), std::optional<bool>(true));
        QCOMPARE(decideArrival(picture, {}, picture.pictureBefore, sentUrl),
                 std::optional<bool>(false));
        // Its address unknown and another picture shown: cannot tell.
        QCOMPARE(decideArrival(picture, {}, QUrl(QStringLiteral("https://cdn.example/x.png"))),
                 std::nullopt);

        auto change = send(intent);
        change->failed(lostAnswer());
        QVERIFY(change->isUnknown());
        QCOMPARE(change->resolve(elsewhere, {}), std::nullopt); // nothing written
        QCOMPARE(change->resolve(intent.before, {}), std::optional<bool>(false));
        QVERIFY(!change->isUnknown());
        const JournalChange c = listChanges(m_journal->read()).first();
        QCOMPARE(c.status(), ChangeStatus::DidNotArrive);
        QCOMPARE(c.answer->result, Outcome::Result::Unknown);
        QCOMPARE(c.resolution->held, intent.before);
    }

    void everyIdentitysJournal_readsTogether()
    {
        send(sampleIntent(1));
        auto other = std::make_shared<ChangeJournal>(QStringLiteral("demo"), m_dir.path());
        Intent demo = sampleIntent(2);
        QString why;
        QVERIFY(other->recordIntent(&demo, &why));
        const JournalContents all = readJournalFolder(m_dir.path());
        QCOMPARE(all.changes.size(), 2);
        ChangeFilter onlyDemo;
        onlyDemo.identityId = QStringLiteral("demo");
        QCOMPARE(listChanges(all, onlyDemo).size(), 1);
        QFile::remove(other->path());
    }
};

QTEST_GUILESS_MAIN(JournalReadingTest)
#include "tst_journal_reading.moc"
