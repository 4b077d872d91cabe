// Batches and their undo in the change journal (app/core/journal), against the sandbox on
// 127.0.0.1: the batch is described once (label, accounts), each account's PATCH is recorded
// before it is sent and completed, and the undo names the batch it puts back. What arrived where
// is what a restore will read (deliveryOf). The faults are in tst_fault_matrix_batch.cpp.
#include "integration/BatchApplyRig.h"
#include "journal/ChangeJournal.h"
#include "journal/JournalReader.h"

#include <QGuiApplication>

using namespace whop;
using journal::ChangeKind;
using journal::ChangeStatus;
using overview::BatchRun;
using profile::Field;
using ItemState = BatchRun::ItemState;

class TestJournalBatch : public QObject, test::BatchApplyRig
{
    Q_OBJECT
    QTemporaryDir m_folder;
    std::shared_ptr<journal::ChangeJournal> m_journal;

    void openWithJournal(bool apiKey, int rows)
    {
        open(apiKey, rows);
        m_journal =
            std::make_shared<journal::ChangeJournal>(QStringLiteral("idn_batch"), m_folder.path());
        QFile::remove(m_journal->path());
        m_overview->setJournalProvider([this] { return m_journal; });
    }

private Q_SLOTS:
    void initTestCase() { preparePicture(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void eachAccount_isRecorded_andTheUndoNamesTheBatch_data() { credentials(); }
    void eachAccount_isRecorded_andTheUndoNamesTheBatch()
    {
        QFETCH(bool, apiKey);
        openWithJournal(apiKey, 6);
        QList<overview::ShownProfile> before;
        for (int i = 0; i < 6; ++i)
            before << m_overview->row(i).shown;
        auto batch = run(overview::planBatch(*m_overview, test::rowRange(0, 5), typedName(Target)),
                         BatchRun::Kind::Apply);
        QVERIFY(finish(*batch));
        QCOMPARE(batch->count(ItemState::Applied), 6);

        const journal::JournalContents read = m_journal->read();
        QVERIFY(read.batches.contains(batch->batchId()));
        const journal::BatchRecord record = read.batches.value(batch->batchId());
        QCOMPARE(record.kind, ChangeKind::Batch);
        QCOMPARE(record.identityId, QStringLiteral("idn_batch"));
        QVERIFY2(record.label.contains(Target), qPrintable(record.label));
        QCOMPARE(record.accountIds.size(), 6);
        const journal::BatchDelivery delivered = journal::deliveryOf(read, batch->batchId());
        QCOMPARE(delivered.received.size(), 6);
        QVERIFY(delivered.notReceived.isEmpty() && delivered.unknown.isEmpty());
        for (int i = 0; i < 6; ++i) {
            const QString account = m_overview->row(i).account.id;
            const journal::JournalChange c = delivered.decisive.value(account);
            QCOMPARE(c.intent.kind, ChangeKind::Batch);
            QCOMPARE(c.intent.accountId, account);
            QCOMPARE(c.intent.sent, api::UserChanges{.name = Target});
            QCOMPARE(c.intent.before, api::UserChanges{.name = before.at(i).values.name});
            QCOMPARE(c.answer->held, api::UserChanges{.name = Target});
            QCOMPARE(c.userId(), User); // "me" is named by what Whop answered
        }

        auto undo = batch->makeUndo();
        QVERIFY(undo);
        undo->showResultsIn(m_model.get());
        QVERIFY(finish(*undo));
        QCOMPARE(undo->count(ItemState::Applied), 6);
        const journal::JournalContents after = m_journal->read();
        const journal::BatchRecord undone = after.batches.value(undo->batchId());
        QCOMPARE(undone.kind, ChangeKind::Undo);
        QCOMPARE(undone.undoes, batch->batchId());
        journal::ChangeFilter undos;
        undos.kinds = {ChangeKind::Undo};
        const QList<journal::JournalChange> undoChanges = journal::listChanges(after, undos);
        QCOMPARE(undoChanges.size(), 6);
        for (const journal::JournalChange &c : undoChanges) {
            const int row = m_overview->indexOf(c.intent.accountId);
            QCOMPARE(c.intent.before, api::UserChanges{.name = Target});
            QCOMPARE(c.intent.sent, api::UserChanges{.name = before.at(row).values.name});
            QCOMPARE(c.status(), ChangeStatus::Applied);
        }
    }

    void lostAnswers_areUnknown_untilTheAccountIsReadAgain()
    {
        openWithJournal(false, 4);
        const QString applied = m_overview->row(1).account.id; // Whop applies it, answer lost
        const QString dropped = m_overview->row(2).account.id; // closed before Whop saw it
        sandbox::Fault cut = test::makeFault(sandbox::Fault::Kind::DropMidResponse, 200);
        cut.method = "PATCH";
        cut.queryContains = QStringLiteral("account_id=") + applied;
        m_fx.server->injectFault(cut, 3); // the first attempt and both retries
        sandbox::Fault drop = test::makeFault(sandbox::Fault::Kind::Drop);
        drop.method = "PATCH";
        drop.queryContains = QStringLiteral("account_id=") + dropped;
        m_fx.server->injectFault(drop, 100); // Qt resends on a closed kept-alive connection
        auto batch = run(overview::planBatch(*m_overview, test::rowRange(0, 3), typedName(Target)),
                         BatchRun::Kind::Apply);
        QVERIFY(finish(*batch));
        QTRY_COMPARE_WITH_TIMEOUT(batch->verifying(), 0, 20000); // the two are read again

        journal::ChangeFilter of;
        of.batchId = batch->batchId();
        const QList<journal::JournalChange> list = journal::listChanges(m_journal->read(), of);
        QCOMPARE(list.size(), 4);
        for (const journal::JournalChange &c : list) {
            if (c.intent.accountId == applied || c.intent.accountId == dropped) {
                QCOMPARE(c.answer->result, journal::Outcome::Result::Unknown);
                QCOMPARE(c.status(), c.intent.accountId == applied ? ChangeStatus::Arrived
                                                                   : ChangeStatus::DidNotArrive);
            } else {
                QCOMPARE(c.status(), ChangeStatus::Applied);
            }
        }
        const journal::BatchDelivery d = journal::deliveryOf(m_journal->read(), batch->batchId());
        QCOMPARE(d.received.size(), 3);
        QCOMPARE(d.notReceived, QStringList{dropped});
        QVERIFY(d.unknown.isEmpty());
    }

    void aPicture_isRecordedWithTheOneFileAttachedEverywhere()
    {
        openWithJournal(false, 3);
        overview::BatchChoices c;
        c.picture = true;
        auto batch = run(overview::planBatch(*m_overview, test::rowRange(0, 2), c),
                         BatchRun::Kind::Apply, m_picture);
        QVERIFY(finish(*batch));
        QCOMPARE(batch->count(ItemState::Applied), 3);
        journal::ChangeFilter of;
        of.batchId = batch->batchId();
        const QList<journal::JournalChange> list = journal::listChanges(m_journal->read(), of);
        QCOMPARE(list.size(), 3);
        const std::optional<QString> file = list.first().intent.sent.pictureFileId;
        QVERIFY(file && file->startsWith(QLatin1String("file_")));
        for (const journal::JournalChange &change : list) {
            QCOMPARE(change.intent.sent.pictureFileId, file);
            QVERIFY(change.intent.pictureUploadedHere);
            QCOMPARE(change.status(), ChangeStatus::Applied);
        }
        // The journal now knows the file behind the picture these accounts show.
        const QUrl shown = m_overview->row(0).shown.pictureUrl;
        QCOMPARE(m_journal->knownPictureFileId(shown), *file);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestJournalBatch test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_journal_batch.moc"
