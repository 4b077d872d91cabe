// One change applied to many accounts: the preview (only what changes), one PATCH per changed
// account with only its changed fields, at most 4 at once, cancel halfway (what was applied stays
// and is listed), 500s and 429s, retry failed, undo, and one picture for many accounts; with the
// user token and with an app API key, against the sandbox on 127.0.0.1.

#include "BatchRun.h"
#include "ImagePipeline.h"
#include "OverviewModel.h"
#include "OverviewSeed.h"
#include "SandboxFiles.h"
#include "SandboxFixture.h"
#include "TestImages.h"
#include "TestSupport.h"

#include <QGuiApplication>
#include <QtTest>

using namespace whop;
using overview::AccountOverview;
using overview::BatchChoices;
using overview::BatchPlan;
using overview::BatchRun;
using overview::OverviewModel;
using overview::ValueSource;
using profile::Field;
using sandbox::Fault;
using ItemState = BatchRun::ItemState;

namespace {
const QString Target = QStringLiteral("Same Everywhere");
const QString User = sandbox::SandboxServer::DemoUserId;

QList<sandbox::RecordedRequest> patches(const sandbox::SandboxServer &server)
{
    QList<sandbox::RecordedRequest> out;
    for (const auto &r : server.requests()) {
        if (r.method == "PATCH")
            out << r;
    }
    return out;
}

BatchChoices typedName(const QString &text)
{
    BatchChoices c;
    c[Field::Name] = {true, ValueSource::Typed, text, {}};
    return c;
}
} // namespace

class TestBatchApply : public QObject
{
    Q_OBJECT

    test::SandboxFixture m_fx;
    std::unique_ptr<AccountOverview> m_overview;
    std::unique_ptr<OverviewModel> m_model;
    avatar::EncodedPicture m_picture;

    void open(bool apiKey, int rows)
    {
        m_overview = std::make_unique<AccountOverview>(m_fx.client.get());
        m_overview->setRoute(test::useCredential(*m_fx.client, apiKey));
        m_model = std::make_unique<OverviewModel>(m_overview.get());
        QVERIFY(test::loadList(*m_overview));
        m_overview->ensureLoaded(test::rowRange(0, rows - 1));
        QVERIFY(test::waitRowsSettled(*m_overview, test::rowRange(0, rows - 1)));
        QVERIFY(QTest::qWaitFor([&] { return m_overview->reference().has_value(); }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return m_overview->scheduler()->isIdle(); }, 5000));
        m_fx.server->clearRequests();
    }
    std::unique_ptr<BatchRun> run(const BatchPlan &plan,
                                  BatchRun::Kind kind = BatchRun::Kind::Apply,
                                  const avatar::EncodedPicture &picture = {})
    {
        auto batch = std::make_unique<BatchRun>(m_overview.get(), plan.items, kind, picture);
        batch->showResultsIn(m_model.get());
        return batch;
    }
    static bool finish(BatchRun &batch, int timeoutMs = 30000)
    {
        QSignalSpy finished(&batch, &BatchRun::finished);
        if (!batch.isRunning())
            batch.start();
        return finished.count() > 0 || finished.wait(timeoutMs);
    }
    QString storedName(const QString &accountId) const
    {
        return m_fx.server->storedOverride(accountId, User).value("name").toString();
    }
    static void credentials()
    {
        QTest::addColumn<bool>("apiKey");
        QTest::newRow("user token") << false;
        QTest::newRow("API key") << true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QImage photo = test::photoLikeImage(800, 600);
        const auto loaded =
            avatar::loadPicture(avatar::PictureInput::fromImage(photo, QStringLiteral("me.jpg")));
        m_picture = avatar::renderPicture(loaded, avatar::centeredSquare(loaded.fullSize));
        QVERIFY(!m_picture.isNull());
    }
    void init()
    {
        m_fx.setUp();
        m_fx.server->files()->setProcessingDelayMs(0);
        test::seedOverviewOverrides(*m_fx.server);
    }
    void cleanup()
    {
        m_model.reset();
        m_overview.reset();
        m_fx.tearDown();
    }

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
            QCOMPARE(item.changes.contains("username"), row == 13);
            QVERIFY(item.changes.contains("bio"));
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
