// One change applied to many accounts: the preview (only what changes), one PATCH per changed
// account with only its changed fields, at most 4 at once, cancel halfway (what was applied stays
// and is listed), 500s and 429s, retry failed, and one picture for many accounts; with the user
// token and with an app API key, against the sandbox on 127.0.0.1 (undo: tst_batch_apply_undo.cpp).

#include "integration/BatchApplyRig.h"

#include <QGuiApplication>

using namespace whop;
using overview::BatchChoices;
using overview::BatchPlan;
using overview::BatchRun;
using overview::OverviewModel;
using overview::ValueSource;
using profile::Field;
using sandbox::Fault;
using ItemState = BatchRun::ItemState;

class TestBatchApply : public QObject, test::BatchApplyRig
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { preparePicture(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void applyTo50_sendsOnePatchPerChangedAccount_withOnlyItsChangedFields_data() { credentials(); }
    void applyTo50_sendsOnePatchPerChangedAccount_withOnlyItsChangedFields()
    {
        QFETCH(bool, apiKey);
        const QStringList ids = m_fx.server->accountIdsOf(User);
        m_fx.server->putOverride(ids.at(4), User, {{"name", Target}}); // already there
        open(apiKey, 50);
        const BatchPlan plan =
            overview::planBatch(*m_overview, test::rowRange(0, 49), typedName("  " + Target + " "));
        QVERIFY(plan.canApply());
        QCOMPARE(plan.items.size(), 49);
        QCOMPARE(plan.unchanged, QStringList{ids.at(4)});
        QCOMPARE(plan.items.first().fieldChanges.size(), 1);

        auto batch = run(plan);
        QVERIFY(finish(*batch));
        QCOMPARE(batch->count(ItemState::Applied), 49);
        const auto sent = patches(*m_fx.server);
        QCOMPARE(sent.size(), 49);
        for (const auto &r : sent) {
            QCOMPARE(test::jsonOf(r.body), (QJsonObject{{"name", Target}}));
            QVERIFY(r.path.endsWith(apiKey ? "/users/" + User : QString("/users/me")));
            QVERIFY(r.query.hasQueryItem("account_id"));
        }
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(storedName(ids.at(i)), Target);
            QCOMPARE(m_overview->row(i).shown.values.name, Target);
        }
        QVERIFY(m_overview->scheduler()->peakInFlight() <= 4);
        const QString result =
            m_model->data(m_model->index(0, OverviewModel::ResultColumn)).toString();
        QVERIFY2(result.startsWith("Applied: name:") && result.contains(Target),
                 qPrintable(result));
        QCOMPARE(batch->summary(), QString("49 accounts changed."));
    }

    void valuesFromTheGlobalProfileOrAnotherAccount_changeOnlyWhatDiffers()
    {
        open(false, 20);
        BatchChoices c;
        c[Field::Username] = {true, ValueSource::Global, {}, {}};
        c[Field::Bio] = {true, ValueSource::Account, {}, m_overview->row(7).account.id};
        const BatchPlan plan = overview::planBatch(*m_overview, test::rowRange(0, 19), c);
        QVERIFY2(plan.canApply(), qPrintable(plan.problem));
        // Username differs on row 13 only; the bio of row 7 is its own override, so every row
        // but 7 gets it.
        QCOMPARE(plan.items.size(), 19);
        for (const auto &item : plan.items) {
            const int row = m_overview->indexOf(item.account.id);
            QCOMPARE(item.changes.username.has_value(), row == 13);
            QVERIFY(item.changes.bio.has_value());
        }
        QCOMPARE(plan.unchanged, QStringList{m_overview->row(7).account.id});
    }

    void planRefuses_globalForAnApiKey_andAnInvalidValue_beforeAnythingIsSent()
    {
        open(true, 5);
        BatchChoices c;
        c[Field::Name] = {true, ValueSource::Global, {}, {}};
        BatchPlan plan = overview::planBatch(*m_overview, test::rowRange(0, 4), c);
        QVERIFY(!plan.canApply() && plan.problem.contains("API key"));
        plan = overview::planBatch(*m_overview, test::rowRange(0, 4), typedName(QString(101, 'x')));
        QVERIFY(!plan.canApply() && plan.problem.startsWith("name:"));
        QCOMPARE(patches(*m_fx.server).size(), 0);
    }

    void cancelHalfway_keepsWhatWasApplied_andListsIt_data() { credentials(); }
    void cancelHalfway_keepsWhatWasApplied_andListsIt()
    {
        QFETCH(bool, apiKey);
        open(apiKey, 50);
        Fault slow = test::makeFault(Fault::Kind::Delay, 200, 100);
        slow.method = "PATCH";
        m_fx.server->injectFault(slow, 100);
        const BatchPlan plan =
            overview::planBatch(*m_overview, test::rowRange(0, 49), typedName(Target));
        QCOMPARE(plan.items.size(), 50);
        auto batch = run(plan);
        QSignalSpy finished(batch.get(), &BatchRun::finished);
        batch->start();
        QVERIFY(QTest::qWaitFor([&] { return batch->finishedCount() >= 12; }, 20000));
        batch->cancel();
        QVERIFY(batch->isCancelling() || !batch->isRunning());
        QVERIFY(finished.count() > 0 || finished.wait(10000));

        const int applied = batch->count(ItemState::Applied);
        const int notSent = batch->count(ItemState::NotSent);
        QCOMPARE(applied + notSent + batch->count(ItemState::Failed), 50);
        QVERIFY(applied >= 12);
        QVERIFY(notSent > 0);
        // Nothing hidden: the server holds the change exactly where the batch says it applied.
        int okPatches = 0;
        for (const auto &r : patches(*m_fx.server))
            okPatches += r.responseStatus == 200 ? 1 : 0;
        QCOMPARE(okPatches, applied);
        for (int i = 0; i < 50; ++i) {
            const auto state = batch->state(i);
            const QString id = batch->items().at(i).account.id;
            QCOMPARE(storedName(id) == Target, state == ItemState::Applied);
            const QString result =
                m_model->data(m_model->index(m_overview->indexOf(id), OverviewModel::ResultColumn))
                    .toString();
            QVERIFY2(result.startsWith(state == ItemState::Applied ? "Applied" : "Not sent"),
                     qPrintable(result));
        }
        QVERIFY(batch->summary().contains("not sent"));

        // Retry sends the rest; afterwards every account has it.
        batch->retryFailed();
        QVERIFY(finish(*batch));
        QCOMPARE(batch->count(ItemState::Applied), 50);
        QCOMPARE(patches(*m_fx.server).size(), 50);
    }

    void serverErrorOnSomeAccounts_failsThose_rereadsThem_retryApplies_data() { credentials(); }
    void serverErrorOnSomeAccounts_failsThose_rereadsThem_retryApplies()
    {
        QFETCH(bool, apiKey);
        open(apiKey, 20);
        const QStringList broken{m_overview->row(3).account.id, m_overview->row(11).account.id};
        for (const QString &id : broken) {
            Fault f = test::makeFault(Fault::Kind::Status, 500);
            f.method = "PATCH";
            f.queryContains = "account_id=" + id;
            m_fx.server->injectFault(f, 3);
        }
        auto batch =
            run(overview::planBatch(*m_overview, test::rowRange(0, 19), typedName(Target)));
        QVERIFY(finish(*batch));
        QCOMPARE(batch->count(ItemState::Applied), 18);
        QCOMPARE(batch->count(ItemState::Failed), 2);
        for (int i = 0; i < batch->total(); ++i) {
            const bool bad = broken.contains(batch->items().at(i).account.id);
            QCOMPARE(batch->state(i) == ItemState::Failed, bad);
            if (bad)
                QVERIFY(batch->resultText(i).startsWith("Failed:"));
        }
        // A 500 may or may not have been applied: those rows are read again.
        QVERIFY(test::waitRowsSettled(*m_overview, test::rowRange(0, 19)));
        int rereads = 0;
        for (const auto &r : m_fx.server->requests())
            rereads += r.method == "GET" && r.path.contains("/users/") ? 1 : 0;
        QCOMPARE(rereads, 2);

        batch->retryFailed();
        QVERIFY(finish(*batch));
        QCOMPARE(batch->count(ItemState::Applied), 20);
        for (const QString &id : broken)
            QCOMPARE(storedName(id), Target);
    }

    void rateLimitStormWhileApplying_waitsAndAppliesEverything()
    {
        open(false, 30);
        Fault storm = test::makeFault(Fault::Kind::Status, 429);
        storm.headers = {{"Retry-After", "1"}};
        storm.method = "PATCH";
        m_fx.server->injectFault(storm, 8);
        QSignalSpy paused(m_overview->scheduler(), &overview::RequestScheduler::paused);
        auto batch =
            run(overview::planBatch(*m_overview, test::rowRange(0, 29), typedName(Target)));
        QVERIFY(finish(*batch, 60000));
        QCOMPARE(batch->count(ItemState::Applied), 30);
        QVERIFY(!paused.isEmpty());
        QCOMPARE(patches(*m_fx.server).size(), 30 + 8);
        QVERIFY(m_overview->scheduler()->peakInFlight() <= 4);
    }

    void pictureToMany_uploadsOnce_attachesTheSameFileEverywhere_data() { credentials(); }
    void pictureToMany_uploadsOnce_attachesTheSameFileEverywhere()
    {
        QFETCH(bool, apiKey);
        open(apiKey, 6);
        BatchChoices c;
        c.picture = true;
        const BatchPlan plan = overview::planBatch(*m_overview, test::rowRange(0, 5), c);
        QCOMPARE(plan.items.size(), 6);
        auto batch = run(plan, BatchRun::Kind::Apply, m_picture);
        QVERIFY(finish(*batch));
        QCOMPARE(batch->count(ItemState::Applied), 6);
        int creates = 0;
        for (const auto &r : m_fx.server->requests())
            creates += r.method == "POST" && r.path.endsWith("/files") ? 1 : 0;
        QCOMPARE(creates, 1);
        const QString fileId = m_fx.server->files()->fileIds().value(0);
        QVERIFY(!fileId.isEmpty());
        const auto sent = patches(*m_fx.server);
        QCOMPARE(sent.size(), 6);
        for (const auto &r : sent)
            QCOMPARE(test::jsonOf(r.body),
                     (QJsonObject{{"profile_picture", QJsonObject{{"id", fileId}}}}));
        const QUrl first = m_overview->row(0).shown.pictureUrl;
        QVERIFY(!first.isEmpty());
        for (int i = 0; i < 6; ++i)
            QCOMPARE(m_overview->row(i).shown.pictureUrl, first);
    }

    void pictureUploadFails_nothingIsSent_retryResumes()
    {
        open(false, 4);
        m_fx.server->files()->failNextProcessing(1);
        BatchChoices c = typedName(Target);
        c.picture = true;
        auto batch = run(overview::planBatch(*m_overview, test::rowRange(0, 3), c),
                         BatchRun::Kind::Apply, m_picture);
        QVERIFY(finish(*batch));
        QCOMPARE(batch->count(ItemState::Failed), 4);
        QCOMPARE(patches(*m_fx.server).size(), 0);
        batch->retryFailed();
        QVERIFY(finish(*batch));
        QCOMPARE(batch->count(ItemState::Applied), 4);
        QCOMPARE(patches(*m_fx.server).size(), 4);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    whop::test::isolateSettings();
    TestBatchApply test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_batch_apply.moc"
