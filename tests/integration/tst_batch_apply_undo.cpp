// Undo of a batch applied to many accounts, also after a cancel, against the sandbox on 127.0.0.1.

#include "integration/BatchApplyRig.h"

#include <QGuiApplication>

using namespace whop;
using overview::BatchChoices;
using overview::BatchPlan;
using overview::BatchRun;
using overview::ValueSource;
using profile::Field;
using sandbox::Fault;
using ItemState = BatchRun::ItemState;

class TestBatchApplyUndo : public QObject, test::BatchApplyRig
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void undo_restoresTheValuesReadBefore_data() { credentials(); }
    void undo_restoresTheValuesReadBefore()
    {
        QFETCH(bool, apiKey);
        open(apiKey, 20);
        QList<overview::ShownProfile> before;
        for (int i = 0; i < 20; ++i)
            before << m_overview->row(i).shown;
        BatchChoices c = typedName(Target);
        c[Field::Bio] = {true, ValueSource::Typed, "One bio\nfor all", {}};
        auto batch = run(overview::planBatch(*m_overview, test::rowRange(0, 19), c));
        QVERIFY(finish(*batch));
        QCOMPARE(batch->count(ItemState::Applied), 20);

        const QList<overview::BatchItem> undoItems = batch->undoItems();
        QCOMPARE(undoItems.size(), 20);
        m_fx.server->clearRequests();
        BatchPlan undoPlan;
        undoPlan.items = undoItems;
        auto undo = run(undoPlan, BatchRun::Kind::Undo);
        QVERIFY(finish(*undo));
        QCOMPARE(undo->count(ItemState::Applied), 20);
        QVERIFY(undo->summary().startsWith("20 accounts restored"));
        for (const auto &r : patches(*m_fx.server)) {
            const QJsonObject body = test::jsonOf(r.body);
            QCOMPARE(body.keys(), (QStringList{"bio", "name"}));
        }
        for (int i = 0; i < 20; ++i)
            QCOMPARE(m_overview->row(i).shown.values, before.at(i).values);
        // What the server now shows, read afresh, is what it showed before.
        m_overview->reload(m_fx.server->accountIdsOf(User).mid(0, 20));
        QVERIFY(test::waitRowsSettled(*m_overview, test::rowRange(0, 19)));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(m_overview->row(i).shown.values, before.at(i).values);
    }

    void undoAfterCancel_restoresOnlyWhatWasApplied()
    {
        open(false, 30);
        Fault slow = test::makeFault(Fault::Kind::Delay, 200, 80);
        slow.method = "PATCH";
        m_fx.server->injectFault(slow, 100);
        auto batch =
            run(overview::planBatch(*m_overview, test::rowRange(0, 29), typedName(Target)));
        batch->start();
        QVERIFY(QTest::qWaitFor([&] { return batch->finishedCount() >= 6; }, 20000));
        batch->cancel();
        QVERIFY(QTest::qWaitFor([&] { return !batch->isRunning(); }, 10000));
        const int applied = batch->count(ItemState::Applied);
        QCOMPARE(batch->undoItems().size(), applied);
        m_fx.server->clearFaults();
        BatchPlan undoPlan;
        undoPlan.items = batch->undoItems();
        auto undo = run(undoPlan, BatchRun::Kind::Undo);
        QVERIFY(finish(*undo));
        QCOMPARE(undo->count(ItemState::Applied), applied);
        for (int i = 0; i < 30; ++i)
            QVERIFY(m_overview->row(i).shown.values.name != Target);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    whop::test::isolateSettings();
    TestBatchApplyUndo test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_batch_apply_undo.moc"
