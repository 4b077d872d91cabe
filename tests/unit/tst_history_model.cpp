// The History list (app/core/history/HistoryModel.h) and what a restore of one of its rows puts
// back (RestorePlan.h), from journals written here: newest first, a batch on one row that opens
// to its accounts, filtered by text and outcome; a picture set elsewhere said to be beyond
// putting back; interrupted batches found (BatchRecovery::interruptedBatchIds).
#include "common/JournalSamples.h"
#include "history/BatchRecovery.h"
#include "history/HistoryModel.h"
#include "history/HistoryText.h"
#include "history/RestorePlan.h"
#include "journal/ChangeJournal.h"
#include "journal/SentChange.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace whop;
using namespace whop::history;
using journal::ChangeKind;
using test::sampleAnswer;
using test::sampleIntent;

namespace {
api::ApiError refused()
{
    return test::refusedAnswer(api::ErrorKind::Conflict, QStringLiteral("Name taken."), 409);
}
const QString Origin = QStringLiteral("https://api.whop.com");
} // namespace

class HistoryModelTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<journal::ChangeJournal> m_journal;

    std::shared_ptr<journal::SentChange> send(const journal::Intent &intent)
    {
        return test::recordedChange(m_journal, intent);
    }
    void applied(const journal::Intent &intent)
    {
        auto c = send(intent);
        c->applied(sampleAnswer(c->intent()));
    }
    // A batch over `accounts`: the first two applied, the third refused, the fourth lost, the
    // fifth never answered (the editor stopped), the sixth never sent.
    QString batch()
    {
        journal::BatchRecord b;
        b.kind = ChangeKind::Batch;
        b.label = QStringLiteral("name “Same” — 6 accounts");
        b.origin = Origin;
        for (int i = 1; i <= 6; ++i)
            b.accountIds << QStringLiteral("biz_B%1").arg(i);
        QString why;
        if (!m_journal->recordBatch(&b, &why))
            qFatal("batch not recorded");
        for (int i = 1; i <= 5; ++i) {
            auto c = send(sampleIntent(100 + i, QStringLiteral("biz_B%1").arg(i), b.id));
            if (i <= 2)
                c->applied(sampleAnswer(c->intent()));
            else if (i == 3)
                c->failed(refused());
            else if (i == 4)
                c->failed(test::lostAnswer());
        }
        return b.id;
    }
    QList<HistoryEntry> entries(const journal::ChangeFilter &filter = {})
    {
        return historyEntries(m_journal->read(), filter);
    }

private Q_SLOTS:
    void init()
    {
        m_journal =
            std::make_shared<journal::ChangeJournal>(QStringLiteral("idn_history"), m_dir.path());
        QFile::remove(m_journal->path());
    }

    void entries_newestFirst_aBatchOnOneRow_withEveryAccount()
    {
        applied(sampleIntent(1));
        const QString id = batch();
        applied(sampleIntent(2, QStringLiteral("biz_Other")));
        const QList<HistoryEntry> list = entries();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).type, HistoryEntry::Type::Change);
        QCOMPARE(list.at(0).change.intent.accountId, QStringLiteral("biz_Other"));
        QCOMPARE(list.at(1).type, HistoryEntry::Type::Batch);
        QCOMPARE(list.at(1).batchId, id);
        QCOMPARE(list.at(2).change.intent.accountId, QString());
        const HistoryEntry &b = list.at(1);
        QCOMPARE(b.accounts.size(), 6);
        QCOMPARE(b.accounts.at(0).outcome(), Outcome::Applied);
        QCOMPARE(b.accounts.at(2).outcome(), Outcome::Refused);
        QCOMPARE(b.accounts.at(3).outcome(), Outcome::Unknown);
        QCOMPARE(b.accounts.at(4).outcome(), Outcome::Unknown); // no answer at all
        QCOMPARE(b.accounts.at(5).outcome(), Outcome::NotSent);
        QCOMPARE(HistoryText::batchOutcome(b),
                 QStringLiteral("2 applied, 1 not applied, 2 unknown, 1 not sent"));
        // Interrupted: it has accounts whose outcome is unknown; not when sent elsewhere.
        QCOMPARE(BatchRecovery::interruptedBatchIds(list, Origin), QStringList{id});
        QVERIFY(BatchRecovery::interruptedBatchIds(list, QStringLiteral("https://other.example"))
                    .isEmpty());
    }

    void oneProfile_listsOnlyItsChanges_andItsAccountOfABatch()
    {
        applied(sampleIntent(1));
        batch();
        journal::ChangeFilter filter;
        filter.accountId = QStringLiteral("biz_B2");
        const QList<HistoryEntry> list = entries(filter);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().accounts.size(), 1);
        QCOMPARE(list.first().accounts.first().accountId, QStringLiteral("biz_B2"));
    }

    void model_isATree_ofEntriesAccountsAndFields()
    {
        applied(sampleIntent(1));
        batch();
        HistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(entries());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex batchRow = model.index(0, 0);
        QCOMPARE(model.node(batchRow).kind, HistoryModel::Node::Kind::Entry);
        QCOMPARE(model.rowCount(batchRow), 6);
        QCOMPARE(model.index(0, HistoryModel::ChangeColumn).data().toString(),
                 QStringLiteral("Batch"));
        QCOMPARE(model.index(0, HistoryModel::ProfileColumn).data().toString(),
                 QStringLiteral("6 accounts"));
        const QModelIndex account = model.index(2, 0, batchRow);
        QCOMPARE(model.node(account).kind, HistoryModel::Node::Kind::Account);
        QVERIFY(model.index(2, HistoryModel::OutcomeColumn, batchRow)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Refused: Name taken.")));
        QCOMPARE(model.rowCount(account), 2); // name and bio
        const QModelIndex field = model.index(1, HistoryModel::FieldsColumn, account);
        QCOMPARE(model.node(field).kind, HistoryModel::Node::Kind::Field);
        QCOMPARE(field.data().toString(),
                 QStringLiteral("“A bio of a few sentences, as people write them. Line two. "
                                "C…” → “A new bio of a few sentences, as people write them. "
                                "Line tw…”"));
        QCOMPARE(model.parent(field), account.siblingAtColumn(0));
        QCOMPARE(model.parent(account), batchRow);
        // What can be put back: an applied change, not a refused one; the batch (some arrived).
        QVERIFY(model.isRestorable(batchRow));
        QVERIFY(model.isRestorable(model.index(0, 0, batchRow)));
        QVERIFY(!model.isRestorable(account));
        const QModelIndex save = model.index(1, 0);
        QCOMPARE(model.index(1, HistoryModel::ChangeColumn).data().toString(),
                 QStringLiteral("Save"));
        QVERIFY(model.isRestorable(save));
        QCOMPARE(model.rowCount(save), 2);
    }

    void filters_byText_andByOutcome()
    {
        applied(sampleIntent(1));
        batch();
        auto other = sampleIntent(7, QStringLiteral("biz_Other"));
        other.sent.bio = QStringLiteral("Mentions Zanzibar once");
        applied(other);
        HistoryModel model;
        model.setEntries(entries());
        QCOMPARE(model.rowCount(), 3);
        model.setTextFilter(QStringLiteral("zanzibar")); // a value, case-insensitive
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.node(model.index(0, 0)).change->intent.accountId,
                 QStringLiteral("biz_Other"));
        model.setTextFilter(QStringLiteral("biz_B4")); // an account of the batch
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        model.setTextFilter(QStringLiteral("Same")); // the batch's own words: all its accounts
        QCOMPARE(model.rowCount(model.index(0, 0)), 6);
        model.setTextFilter({});
        model.setOutcomeFilter(Outcome::Unknown);
        QCOMPARE(model.rowCount(), 1); // only the batch has unknown ones
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        model.setOutcomeFilter(Outcome::Refused);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        model.setOutcomeFilter(Outcome::Applied);
        QCOMPARE(model.rowCount(), 3);
        model.setOutcomeFilter(std::nullopt);
        QCOMPARE(model.shownCount(), 3);
    }

    void pictures_setHere_canBePutBack_setElsewhere_cannot()
    {
        // The first picture: set elsewhere before (the journal knows no file for it).
        journal::Intent first = sampleIntent(1);
        first.sent = api::UserChanges{.pictureFileId = QStringLiteral("file_A")};
        first.before = {};
        first.pictureBefore = QUrl(QStringLiteral("https://cdn.example/elsewhere.png"));
        first.pictureUploadedHere = true;
        applied(first);
        // The second: the picture before was this editor's file_A.
        journal::Intent second = first;
        second.sent.pictureFileId = QStringLiteral("file_B");
        second.before.pictureFileId = QStringLiteral("file_A");
        second.pictureBefore = QUrl(QStringLiteral("https://cdn.example/p/file_A.png"));
        applied(second);

        const QList<HistoryEntry> list = entries();
        const journal::FieldChange newest = list.at(0).change.fields().first();
        const journal::FieldChange oldest = list.at(1).change.fields().first();
        QVERIFY(HistoryText::cannotRestore(newest).isEmpty());
        QCOMPARE(HistoryText::cannotRestore(oldest),
                 QStringLiteral("set elsewhere: cannot be put back (Whop gives no file for it)"));
        HistoryModel model;
        model.setEntries(list);
        QVERIFY(model.isRestorable(model.index(0, 0)));
        QVERIFY(!model.isRestorable(model.index(1, 0)));
        QCOMPARE(model.index(0, HistoryModel::OutcomeColumn, model.index(1, 0)).data().toString(),
                 QStringLiteral("set elsewhere: cannot be put back (Whop gives no file for it)"));

        RestoreRoute route;
        route.origin = Origin;
        const RestorePlan plan = planChangeRestore(list.at(0).change, -1, route);
        QCOMPARE(plan.targets.size(), 1);
        QCOMPARE(plan.targets.first().pictureFileId, QStringLiteral("file_A"));
        QCOMPARE(plan.targets.first().pictureWanted,
                 QUrl(QStringLiteral("https://cdn.example/p/file_A.png")));
        const RestorePlan none = planChangeRestore(list.at(1).change, -1, route);
        QVERIFY(none.isEmpty());
        QCOMPARE(none.notPossible.size(), 1);
        QVERIFY(none.notPossible.first().contains(QStringLiteral("set elsewhere")));
    }

    void plans_forAField_aChange_aBatch_andFinishingOne()
    {
        journal::Intent save = sampleIntent(1);
        applied(save);
        batch();
        const QList<HistoryEntry> list = entries();
        RestoreRoute route;
        route.origin = Origin;
        const journal::JournalChange &change = list.at(1).change;
        // One field (the bio, second): only it, back to its value before, expecting the answer.
        RestorePlan one = planChangeRestore(change, 1, route);
        QCOMPARE(one.targets.size(), 1);
        QCOMPARE(one.targets.first().fields.size(), 1);
        QCOMPARE(one.targets.first().fields.first().field, profile::Field::Bio);
        QCOMPARE(one.targets.first().fields.first().wanted, *save.before.bio);
        QCOMPARE(one.targets.first().fields.first().written, save.sent.bio);
        QCOMPARE(one.targets.first().target.user, QStringLiteral("me"));
        QVERIFY(!one.asBatch);
        // The whole change.
        QCOMPARE(planChangeRestore(change, -1, route).targets.first().fields.size(), 2);
        // The batch: the two accounts that received it, as a batch of its own.
        RestorePlan all = planBatchRestore(list.at(0), route);
        QCOMPARE(all.targets.size(), 2);
        QVERIFY(all.asBatch);
        QCOMPARE(all.restores, list.at(0).batchId);
        // Finishing it: the same values to those that did not receive it, as the same batch.
        RestorePlan finish = planBatchFinish(
            list.at(0), {QStringLiteral("biz_B3"), QStringLiteral("biz_B6")}, route);
        QCOMPARE(finish.targets.size(), 2);
        QCOMPARE(finish.kind, ChangeKind::Batch);
        QCOMPARE(finish.continues, list.at(0).batchId);
        QVERIFY(!finish.asBatch);
        QCOMPARE(finish.targets.at(1).accountId(), QStringLiteral("biz_B6"));
        QCOMPARE(finish.targets.at(1).fields.size(), 2);
        QVERIFY(!finish.targets.at(1).fields.first().written); // never sent: nothing to compare
        QVERIFY(finish.targets.at(0).fields.first().written.has_value());
        // An API key names the user each change was made to.
        route.user.clear();
        QCOMPARE(planChangeRestore(change, -1, route).targets.first().target.user,
                 QStringLiteral("user_Sample000001"));
        // A change sent to another environment is not put back from here.
        route.origin = QStringLiteral("https://sandbox-api.whop.com");
        const RestorePlan elsewhere = planChangeRestore(change, -1, route);
        QVERIFY(elsewhere.isEmpty());
        QCOMPARE(elsewhere.notPossible.size(), 1);
    }
};

QTEST_GUILESS_MAIN(HistoryModelTest)
#include "tst_history_model.moc"
