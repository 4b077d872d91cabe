// Overview benchmark: the time and the requests to (1) load the overview of the sandbox's 120
// accounts (every page of GET /accounts and every row, as a window tall enough to show them all
// would read them) and (2) apply one field to 50 accounts, some of which already show the value.
// Against the in-process sandbox on 127.0.0.1 through a real QNetworkAccessManager, with the
// user token and with an app API key. Prints medians; checks (and prints) that the requests are
// exactly rows shown + pages (+ the one read of the global profile, user tokens only) and that
// the PATCHes are exactly the accounts that change. No timing is asserted.
//
//   bench_overview [--runs N]     (bench/overview/run.sh builds it in build/bench, Release)

#include "common/OverviewSeed.h"
#include "overview/AccountOverview.h"
#include "overview/BatchRun.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace whop;

namespace {

constexpr int ApplyTo = 50;
constexpr int AlreadyThere = 5; // of the 50 already show the value: nothing is sent to them
const QString Value = QStringLiteral("Benchmark Name");

struct Figures
{
    double loadMs = 0;
    int pages = 0, rowReads = 0, globalReads = 0, rowsShown = 0;
    double applyMs = 0;
    int patches = 0, changing = 0, changedOnServer = 0;
    int peakInFlight = 0;
};

// Runs the event loop until `done` (checked every millisecond: no sleeping between checks that
// would add to the figures), or false after `timeoutMs`.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] { loop.exit(1); });
    poll.start();
    return loop.exec() == 0;
}

int countRequests(const sandbox::SandboxServer &server, const QByteArray &method,
                  const QString &pathPart, bool withAccount)
{
    int n = 0;
    for (const auto &r : server.requests()) {
        if (r.method == method && r.path.contains(pathPart) &&
            r.query.hasQueryItem(QStringLiteral("account_id")) == withAccount)
            ++n;
    }
    return n;
}

std::optional<Figures> runOnce(bool apiKey)
{
    sandbox::SandboxServer server;
    if (!server.listenLocal(0))
        return std::nullopt;
    test::seedOverviewOverrides(server);
    const QString user = sandbox::SandboxServer::DemoUserId;
    const QStringList ids = server.accountIdsOf(user);
    for (int i = 0; i < AlreadyThere; ++i) // every 10th of the first 50
        server.putOverride(ids.at(i * 10 + 1), user, {{"name", Value}});
    QNetworkAccessManager nam;
    nam.setAutoDeleteReplies(false);
    api::ClientConfig config;
    config.baseUrl = server.baseUrl();
    api::WhopClient client(&nam, config);
    overview::AccountOverview overview(&client);
    overview.setRoute(test::useCredential(client, apiKey));
    // A window tall enough for every row: each row is on screen as soon as it is listed.
    QObject::connect(&overview, &overview::AccountOverview::rowsAppended, &overview,
                     [&] { overview.setVisibleRows(test::rowRange(0, overview.rowCount() - 1)); });

    Figures f;
    QElapsedTimer clock;
    clock.start();
    overview.load();
    const bool loaded = waitUntil([&] {
        return overview.listState() == overview::AccountOverview::ListState::Loaded &&
               overview.count(overview::OverviewRow::State::Loaded) == overview.rowCount() &&
               overview.reference().has_value();
    });
    f.loadMs = double(clock.nsecsElapsed()) / 1e6;
    if (!loaded)
        return std::nullopt;
    f.rowsShown = overview.rowCount();
    f.pages = countRequests(server, "GET", QStringLiteral("/accounts"), false);
    f.rowReads = countRequests(server, "GET", QStringLiteral("/users/"), true);
    f.globalReads = countRequests(server, "GET", QStringLiteral("/users/"), false);

    overview::BatchChoices choices;
    choices[profile::Field::Name] = {true, overview::ValueSource::Typed, Value, {}};
    const overview::BatchPlan plan =
        overview::planBatch(overview, test::rowRange(0, ApplyTo - 1), choices);
    f.changing = int(plan.items.size());
    server.clearRequests();
    overview::BatchRun run(&overview, plan.items);
    bool finished = false;
    QObject::connect(&run, &overview::BatchRun::finished, [&] { finished = true; });
    clock.restart();
    run.start();
    if (!waitUntil([&] { return finished; }))
        return std::nullopt;
    f.applyMs = double(clock.nsecsElapsed()) / 1e6;
    f.patches = countRequests(server, "PATCH", QStringLiteral("/users/"), true);
    for (int i = 0; i < ApplyTo; ++i)
        f.changedOnServer +=
            server.storedOverride(ids.at(i), user).value("name").toString() == Value ? 1 : 0;
    f.changedOnServer -= AlreadyThere;
    f.peakInFlight = overview.scheduler()->peakInFlight();
    return f;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("whop.*.info=false"));
    int runs = 5;
    const QStringList args = app.arguments();
    if (const int at = int(args.indexOf(QStringLiteral("--runs"))); at > 0 && at + 1 < args.size())
        runs = std::max(1, args.at(at + 1).toInt());
    QTextStream out(stdout);
    bool countsHold = true;
    out << QStringLiteral("Overview benchmark: %1 accounts (3 pages of 50), apply one field to %2 "
                          "(%3 already show it); %4 runs each, medians [min–max]\n")
               .arg(test::OverviewAccounts)
               .arg(ApplyTo)
               .arg(AlreadyThere)
               .arg(runs);
    for (const bool apiKey : {false, true}) {
        QList<double> load, apply;
        Figures last;
        for (int i = 0; i < runs; ++i) {
            const auto f = runOnce(apiKey);
            if (!f) {
                out << "  a run did not finish\n";
                return 1;
            }
            load << f->loadMs;
            apply << f->applyMs;
            last = *f;
            const int expectedReads = f->rowsShown + f->pages + (apiKey ? 0 : 1);
            countsHold = countsHold && f->rowReads + f->pages == f->rowsShown + f->pages &&
                         f->rowReads + f->pages + f->globalReads == expectedReads &&
                         f->patches == f->changing && f->changedOnServer == f->changing;
        }
        const auto range = [](const QList<double> &v) {
            return QStringLiteral("%1 ms [%2–%3]")
                .arg(median(v), 0, 'f', 1)
                .arg(*std::min_element(v.begin(), v.end()), 0, 'f', 1)
                .arg(*std::max_element(v.begin(), v.end()), 0, 'f', 1);
        };
        out << (apiKey ? "API key (/users/{id}?account_id=, no global profile)\n"
                       : "User token (/users/me?account_id=, global profile /users/me)\n");
        out << QStringLiteral("  load overview: %1; requests %2 = %3 pages + %4 rows shown "
                              "(+ %5 global profile read)\n")
                   .arg(range(load))
                   .arg(last.pages + last.rowReads + last.globalReads)
                   .arg(last.pages)
                   .arg(last.rowReads)
                   .arg(last.globalReads);
        out << QStringLiteral("  apply to %1:   %2; PATCHes %3 = accounts that change %4 "
                              "(changed on the server: %5); peak in flight %6\n")
                   .arg(ApplyTo)
                   .arg(range(apply))
                   .arg(last.patches)
                   .arg(last.changing)
                   .arg(last.changedOnServer)
                   .arg(last.peakInFlight);
    }
    out << (countsHold ? "Counts: as required (requests = rows shown + pages; PATCHes = accounts "
                         "that change)\n"
                       : "Counts: NOT as required\n");
    out.flush();
    return countsHold ? 0 : 1;
}
