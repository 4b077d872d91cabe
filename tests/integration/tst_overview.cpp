// The overview of every account (issue "every account's profile at a glance"): all pages of
// GET /accounts, rows read only as they come into view, at most 4 requests at once, the whole
// queue waiting on 429, rows that fail and are retried, filtering and "differs from global"
// first; with the user token and with an app API key, against the sandbox on 127.0.0.1.

#include "common/OverviewSeed.h"
#include "common/SandboxFixture.h"
#include "overview/AccountOverview.h"
#include "overview/OverviewFilterModel.h"
#include "overview/OverviewModel.h"

#include <QtTest>

using namespace whop;
using overview::AccountOverview;
using overview::OverviewFilterModel;
using overview::OverviewModel;
using State = overview::OverviewRow::State;
using sandbox::Fault;

namespace {

int countRequests(const sandbox::SandboxServer &server, const QString &pathPart,
                  const QByteArray &method = "GET")
{
    int n = 0;
    for (const auto &r : server.requests())
        n += (r.method == method && r.path.contains(pathPart)) ? 1 : 0;
    return n;
}

} // namespace

class TestOverview : public QObject
{
    Q_OBJECT

    test::SandboxFixture m_fx;
    QStringList m_overridden;
    std::unique_ptr<AccountOverview> m_overview;

    void open(bool apiKey)
    {
        m_overview = std::make_unique<AccountOverview>(m_fx.client.get());
        m_overview->setRoute(test::useCredential(*m_fx.client, apiKey));
        QVERIFY(test::loadList(*m_overview));
        QCOMPARE(m_overview->listState(), AccountOverview::ListState::Loaded);
    }

private Q_SLOTS:
    void init()
    {
        m_fx.setUp();
        m_overridden = test::seedOverviewOverrides(*m_fx.server);
    }
    void cleanup()
    {
        m_overview.reset();
        m_fx.tearDown();
    }

    void listsEveryPage_readsNoRowUntilVisible_data()
    {
        QTest::addColumn<bool>("apiKey");
        QTest::newRow("user token") << false;
        QTest::newRow("API key") << true;
    }
    void listsEveryPage_readsNoRowUntilVisible()
    {
        QFETCH(bool, apiKey);
        open(apiKey);
        QCOMPARE(m_overview->rowCount(), test::OverviewAccounts);
        QCOMPARE(m_overview->pagesLoaded(), 3);
        QCOMPARE(countRequests(*m_fx.server, "/accounts"), 3);
        // Only the reference is read: the global profile, or the key's own account.
        QVERIFY(QTest::qWaitFor([&] { return m_overview->reference().has_value(); }, 10000));
        QCOMPARE(countRequests(*m_fx.server, "/users/"), 1);
        QCOMPARE(m_overview->count(State::NotLoaded), apiKey ? 119 : 120);

        m_overview->setVisibleRows(test::rowRange(0, 24));
        QVERIFY(test::waitRowsSettled(*m_overview, test::rowRange(0, 24)));
        QCOMPARE(m_overview->count(State::Loaded), 25);
        QCOMPARE(countRequests(*m_fx.server, "/users/"), apiKey ? 25 : 26);
        QVERIFY(m_overview->scheduler()->peakInFlight() <= 4);
        QCOMPARE(m_overview->scheduler()->peakInFlight(), 4); // and it does use all four

        // Every account id went in account_id; the routing follows the credential.
        for (const auto &r : m_fx.server->requests()) {
            if (!r.path.contains("/users/") || !r.query.hasQueryItem("account_id"))
                continue;
            QVERIFY2(r.path.endsWith(apiKey
                                         ? "/users/" + QString(sandbox::SandboxServer::DemoUserId)
                                         : QString("/users/me")),
                     qPrintable(r.path));
        }
    }

    void showsOverridesAndInheritedValues()
    {
        open(false);
        m_overview->setVisibleRows(test::rowRange(0, 9));
        QVERIFY(test::waitRowsSettled(*m_overview, test::rowRange(0, 9)));
        QVERIFY(m_overview->reference().has_value());
        OverviewModel model(m_overview.get());
        const QString globalName = m_overview->reference()->values.name;
        // Row 2 has its own name; row 1 inherits it.
        QCOMPARE(model.data(model.index(2, OverviewModel::NameColumn)).toString(),
                 QString("Creator at account 2"));
        QCOMPARE(model.data(model.index(1, OverviewModel::NameColumn)).toString(),
                 "inherits: " + globalName);
        QCOMPARE(m_overview->differingFields(1), 0);
        QVERIFY(m_overview->differs(2, overview::ShownField::Name));
        QCOMPARE(model.data(model.index(7, OverviewModel::StatusColumn)).toString(),
                 QString("2 fields differ from global"));
        QCOMPARE(model.data(model.index(12, OverviewModel::NameColumn)).toString(), QString());
        QCOMPARE(model.data(model.index(12, OverviewModel::StatusColumn)).toString(),
                 QString("Not loaded"));
    }

    void rowsThatScrollAwayAreNotRead()
    {
        open(false);
        QVERIFY(QTest::qWaitFor([&] { return m_overview->scheduler()->isIdle(); }, 10000));
        m_overview->setVisibleRows(test::rowRange(0, 49));
        m_overview->setVisibleRows(test::rowRange(100, 109)); // scrolled before most were read
        QVERIFY(test::waitRowsSettled(*m_overview, test::rowRange(100, 109)));
        QVERIFY(QTest::qWaitFor([&] { return m_overview->scheduler()->isIdle(); }, 10000));
        int readEarly = 0;
        for (int i = 0; i < 50; ++i)
            readEarly += m_overview->row(i).state == State::Loaded ? 1 : 0;
        QVERIFY2(readEarly <= 4, qPrintable(QString::number(readEarly))); // only those in flight
        QCOMPARE(m_overview->count(State::Queued), 0);
        QCOMPARE(countRequests(*m_fx.server, "/users/"), 1 + 10 + readEarly);
    }

    void filtersByTitleOrId_andSortsDifferingFirst()
    {
        open(false);
        OverviewModel model(m_overview.get());
        OverviewFilterModel filter(m_overview.get());
        filter.setSourceModel(&model);
        filter.setFilterText("zürich");
        QVERIFY(filter.rowCount() > 0);
        for (int r = 0; r < filter.rowCount(); ++r)
            QVERIFY(filter.index(r, 0).data().toString().contains("Zürich"));
        filter.setFilterText("biz_studio01"); // ids too, any case: 010..019
        QCOMPARE(filter.rowCount(), 10);
        filter.setFilterText("no such account");
        QCOMPARE(filter.rowCount(), 0);
        filter.setFilterText({});
        QCOMPARE(filter.rowCount(), test::OverviewAccounts);

        // Differing first reads every row, then puts the overridden accounts on top.
        filter.setOrder(OverviewFilterModel::Order::DiffersFirst);
        QVERIFY(test::waitRowsSettled(*m_overview, test::rowRange(0, 119), 60000));
        const int differing = int(m_overridden.size());
        for (int r = 0; r < filter.rowCount(); ++r) {
            const int n = filter.index(r, 0).data(OverviewModel::DifferingRole).toInt();
            QCOMPARE(n > 0, r < differing);
        }
        QVERIFY(m_overview->scheduler()->peakInFlight() <= 4);
    }

    void rateLimitStorm_pausesTheWholeQueue_andEveryRowArrives_data()
    {
        listsEveryPage_readsNoRowUntilVisible_data();
    }
    void rateLimitStorm_pausesTheWholeQueue_andEveryRowArrives()
    {
        QFETCH(bool, apiKey);
        open(apiKey);
        QVERIFY(QTest::qWaitFor([&] { return m_overview->scheduler()->isIdle(); }, 10000));
        QSignalSpy paused(m_overview->scheduler(), &overview::RequestScheduler::paused);
        Fault storm = test::makeFault(Fault::Kind::Status, 429);
        storm.headers = {{"Retry-After", "1"}};
        storm.pathContains = "/users/";
        m_fx.server->injectFault(storm, 12);
        m_fx.server->clearRequests();
        m_overview->setVisibleRows(test::rowRange(1, 30));
        QVERIFY(test::waitRowsSettled(*m_overview, test::rowRange(1, 30), 60000));
        QCOMPARE(m_overview->count(State::Failed), 0);
        QCOMPARE(m_fx.server->pendingFaults(), 0);
        QVERIFY(!paused.isEmpty());
        QCOMPARE(paused.first().first().toInt(), 1000); // Retry-After, for the whole queue
        QVERIFY(m_overview->scheduler()->peakInFlight() <= 4);
        // Every refused request was sent once more, nothing else: 30 rows + 12 refusals.
        QCOMPARE(countRequests(*m_fx.server, "/users/"), 30 + 12);
        // While the queue waited, nothing new was started: after each 429 at most the three
        // other requests already in flight answered before the next attempt.
        int refusedInARow = 0, longest = 0;
        for (const auto &r : m_fx.server->requests()) {
            refusedInARow = r.responseStatus == 429 ? refusedInARow + 1 : 0;
            longest = std::max(longest, refusedInARow);
        }
        QVERIFY(longest <= 12);
    }

    // A Retry-After far beyond what the client waits out (RetrySettings::maxRetryAfterSeconds)
    // is reported on the row, not waited out and not resent: in milliseconds it does not fit an
    // int (2147484 s wraps to a negative wait, 9999999 s to one of 16 days).
    void hugeRetryAfter_failsTheRow_withoutResendingOrPausing_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("just over INT_MAX ms") << QByteArray("2147484");
        QTest::newRow("the largest the client reads") << QByteArray("9999999");
    }
    void hugeRetryAfter_failsTheRow_withoutResendingOrPausing()
    {
        QFETCH(QByteArray, retryAfter);
        open(false);
        QVERIFY(QTest::qWaitFor([&] { return m_overview->scheduler()->isIdle(); }, 10000));
        const QString account = "biz_Studio005";
        Fault refused = test::makeFault(Fault::Kind::Status, 429);
        refused.headers = {{"Retry-After", retryAfter}};
        refused.queryContains = "account_id=" + account;
        m_fx.server->injectFault(refused, 20);
        m_fx.server->clearRequests();
        const int row = m_overview->indexOf(account);
        QVERIFY(row >= 0);
        m_overview->setVisibleRows({row});
        QVERIFY(test::waitRowsSettled(*m_overview, {row}));
        QCOMPARE(m_overview->row(row).state, State::Failed);
        QCOMPARE(m_overview->row(row).error.kind, api::ErrorKind::RateLimited);
        QCOMPARE(countRequests(*m_fx.server, "/users/"), 1);
        // The queue goes on with the other rows at once.
        QVERIFY(!m_overview->scheduler()->isPaused());
        m_overview->setVisibleRows({row + 1});
        QVERIFY(test::waitRowsSettled(*m_overview, {row + 1}));
        QCOMPARE(m_overview->row(row + 1).state, State::Loaded);
    }

    void serverErrorOnSomeRows_failsThoseRows_retryReadsThem_data()
    {
        listsEveryPage_readsNoRowUntilVisible_data();
    }
    void serverErrorOnSomeRows_failsThoseRows_retryReadsThem()
    {
        QFETCH(bool, apiKey);
        open(apiKey);
        const QStringList broken{"biz_Studio003", "biz_Studio007", "biz_Studio011"};
        for (const QString &id : broken) {
            Fault f = test::makeFault(Fault::Kind::Status, 500);
            f.queryContains = "account_id=" + id;
            m_fx.server->injectFault(f, 3); // the first attempt and both retries
        }
        m_overview->setVisibleRows(test::rowRange(0, 19));
        QVERIFY(test::waitRowsSettled(*m_overview, test::rowRange(0, 19)));
        QCOMPARE(m_overview->count(State::Failed), 3);
        OverviewModel model(m_overview.get());
        for (const QString &id : broken) {
            const int row = m_overview->indexOf(id);
            QCOMPARE(m_overview->row(row).state, State::Failed);
            const QString status =
                model.data(model.index(row, OverviewModel::StatusColumn)).toString();
            QVERIFY2(status.startsWith("Failed:") && status.contains("Retry"), qPrintable(status));
        }
        m_overview->retryRow(m_overview->indexOf(broken.first()));
        QVERIFY(test::waitRowsSettled(*m_overview, test::rowRange(0, 19)));
        QCOMPARE(m_overview->count(State::Failed), 2);
        m_overview->retryFailed();
        QVERIFY(test::waitRowsSettled(*m_overview, test::rowRange(0, 19)));
        QCOMPARE(m_overview->count(State::Failed), 0);
        QCOMPARE(m_overview->count(State::Loaded), 20);
    }

    void accountListFailure_isReported()
    {
        Fault f = test::makeFault(Fault::Kind::Status, 403);
        f.pathContains = "/accounts";
        m_fx.server->injectFault(f, 1);
        m_overview = std::make_unique<AccountOverview>(m_fx.client.get());
        m_overview->setRoute(test::useCredential(*m_fx.client, false));
        QVERIFY(test::loadList(*m_overview));
        QCOMPARE(m_overview->listState(), AccountOverview::ListState::Failed);
        QCOMPARE(m_overview->listError().kind, api::ErrorKind::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestOverview)
#include "tst_overview.moc"
