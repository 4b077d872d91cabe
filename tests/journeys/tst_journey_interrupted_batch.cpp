// After a crash, the truth: the real binary applies a batch to 50 accounts of a sandbox that
// outlives it (run here, slowed down so that the batch is half way), and is killed with SIGKILL
// once the sandbox has answered 20 PATCHes. Started again (here, in the same folders, on the same
// sandbox), the editor reads the accounts whose outcome it does not know and shows which
// received the batch, which did not and which are still unknown (one is made unreadable): the
// lists match what the sandbox stored, exactly. Enter finishes the batch on those that did not
// receive it; the question comes back at the next start while an account is unknown, Escape
// leaves it for later, and once every account is known and the question answered, it is gone.
#include "AppInfo.h"
#include "common/SandboxFixture.h"
#include "common/TreePath.h"
#include "history/BatchRecovery.h"
#include "journal/JournalReader.h"
#include "journeys/JourneyApp.h"
#include "ui/RecoveryFlow.h"
#include "ui/dialogs/InterruptedBatchDialog.h"

#include <QApplication>
#include <QJsonArray>
#include <QSet>

#ifndef WHOP_APP_BINARY
#error "WHOP_APP_BINARY must name the application binary"
#endif

using namespace whop;
using namespace whop::journey;

namespace {

const QString User = QLatin1String(sandbox::SandboxServer::DemoUserId);
const QString BatchBio = QStringLiteral("Bio sent by the interrupted batch");
constexpr int Accounts = 50;
constexpr int AnsweredBeforeKill = 20;

// The demo backend of the runs here: the test's own sandbox, the one the killed run used.
class SharedSandbox final : public app::DemoBackend
{
public:
    explicit SharedSandbox(sandbox::SandboxServer *server) : m_server(server) {}
    bool start(QString *) override { return true; }
    bool isRunning() const override { return true; }
    QUrl baseUrl() const override { return m_server->baseUrl(); }
    QByteArray token() const override { return sandbox::SandboxServer::DemoToken; }
    QString oauthClientId() const override
    {
        return QLatin1String(sandbox::SandboxServer::OAuthClientId);
    }

private:
    sandbox::SandboxServer *m_server;
};

// The editor, as app/main.cpp builds it, on the shared sandbox.
struct Restarted : JourneyApp
{
    explicit Restarted(sandbox::SandboxServer *server)
        : JourneyApp(test::demoOptions(), {}, std::make_unique<SharedSandbox>(server))
    {}
    ui::InterruptedBatchDialog *question() const
    {
        ui::InterruptedBatchDialog *d = window->recovery()->dialog();
        return d && d->isVisible() ? d : nullptr;
    }
};

} // namespace

class InterruptedBatchJourney : public JourneyTest
{
    Q_OBJECT

public:
    using JourneyTest::JourneyTest;

private:
    QString batchId;
    QStringList batchAccounts;
    QString unreadable;

    QString storedBio(const QString &account) const
    {
        return whop->storedOverride(account, User).value(QStringLiteral("bio")).toString();
    }
    QStringList withBatchBio(bool received) const
    {
        QStringList out;
        for (const QString &a : batchAccounts) {
            if ((storedBio(a) == BatchBio) == received)
                out << a;
        }
        return out;
    }
    static QSet<QString> set(const QStringList &list) { return {list.begin(), list.end()}; }
    void makeUnreadable(int times)
    {
        sandbox::Fault down = test::makeFault(sandbox::Fault::Kind::Status, 503);
        down.method = "GET";
        down.queryContains = QStringLiteral("account_id=") + unreadable;
        down.headers = {{"Retry-After", "0"}};
        whop->injectFault(down, times);
    }

private Q_SLOTS:
    void initTestCase()
    {
        JourneyTest::initTestCase();
        QVERIFY(sharedHome().isValid());
        // Slow answers: the batch is still under way when the process is killed.
        sandbox::Fault slow = test::makeFault(sandbox::Fault::Kind::Delay, 200, 250);
        slow.method = "PATCH";
        whop->injectFault(slow, 500);
        int answered = 0;
        QObject counting;
        connect(whop.get(), &sandbox::SandboxServer::requestHandled, &counting, [&](int i) {
            const auto r = whop->requests().value(i);
            answered += r.method == "PATCH" && r.responseStatus == 200 ? 1 : 0;
        });

        // SIGKILL, mid-batch.
        const KilledRun first = runUntilKilled(
            whop::test::treePath(WHOP_APP_BINARY),
            {{QStringLiteral("WHOP_DEMO_SANDBOX_URL"), whop->baseUrl().toString()},
             {QStringLiteral("WHOP_DEMO_SCRIPTED_BATCH"),
              QString::fromUtf8(
                  QJsonDocument(QJsonObject{{"bio", BatchBio}, {"accounts", Accounts}})
                      .toJson(QJsonDocument::Compact))}},
            [&](const QByteArray &) { return answered >= AnsweredBeforeKill; }, 60000);
        QVERIFY2(first.killed, qPrintable(first.problem));
        const QByteArray &out = first.printed;
        whop->clearFaults();
        // PATCHes still in flight at the kill are answered to nobody: let them land.
        QTest::qWait(600);

        const qsizetype at = out.indexOf("whop-demo: batch-started ");
        QVERIFY2(at >= 0, out.constData());
        const QJsonObject started =
            QJsonDocument::fromJson(out.mid(at + 25, out.indexOf('\n', at) - at - 25)).object();
        batchId = started.value(QStringLiteral("batch")).toString();
        for (const QJsonValue &v : started.value(QStringLiteral("accounts")).toArray())
            batchAccounts << v.toString();
        QCOMPARE(batchAccounts.size(), Accounts);
        // It was cut short: some have the new bio, some not.
        QVERIFY(withBatchBio(true).size() >= AnsweredBeforeKill);
        QVERIFY(!withBatchBio(false).isEmpty());

        // One account whose answer never came is unreadable at the next start.
        const journal::JournalContents journal =
            journal::readJournalFolder(sharedHome().path() + QStringLiteral("/data/") +
                                       QLatin1String(whop::AppName) + QStringLiteral("/journal"));
        for (const journal::JournalChange &c : journal.changes) {
            if (c.intent.batchId == batchId && c.status() == journal::ChangeStatus::Pending)
                unreadable = c.intent.accountId;
        }
        QVERIFY2(!unreadable.isEmpty(), "the kill left no change without its answer");
    }

    void restarted_listsWhatTheSandboxStored_andEnterFinishesTheBatch()
    {
        makeUnreadable(20);
        Restarted app(whop.get());
        QTRY_VERIFY_WITH_TIMEOUT(app.question() != nullptr, WaitMs);
        ui::InterruptedBatchDialog *question = app.question();
        QVERIFY(showsText(question, QStringLiteral("Still unknown (1):")));
        // Exactly what the sandbox holds: the new bio, not it, and the one that cannot be read.
        const QStringList received = question->listed(0);
        const QStringList notReceived = question->listed(1);
        const QStringList unknown = question->listed(2);
        QCOMPARE(unknown, QStringList{unreadable});
        QSet<QString> expectReceived = set(withBatchBio(true));
        QSet<QString> expectNot = set(withBatchBio(false));
        expectReceived.remove(unreadable);
        expectNot.remove(unreadable);
        QCOMPARE(set(received), expectReceived);
        QCOMPARE(set(notReceived), expectNot);
        QCOMPARE(received.size() + notReceived.size() + unknown.size(), Accounts);
        QVERIFY(showsText(question, QStringLiteral("It could not be read")));

        // Keyboard only: Enter finishes the batch on those that did not receive it.
        QVERIFY(waitForKeyboard());
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app.question() == nullptr, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(app.status().contains(QStringLiteral("accounts changed")), WaitMs);
        for (const QString &a : notReceived)
            QCOMPARE(storedBio(a), BatchBio);
    }

    void restartedAgain_theUnknownAccountIsAskedAbout_EscapeLeavesItForLater()
    {
        whop->clearFaults(); // readable again
        const bool arrived = storedBio(unreadable) == BatchBio;
        for (int run = 0; run < 2; ++run) {
            Restarted app(whop.get());
            QTRY_VERIFY_WITH_TIMEOUT(app.question() != nullptr, WaitMs);
            ui::InterruptedBatchDialog *question = app.question();
            // Readable now: every account is known; the one that was not is where its stored
            // bio says.
            QVERIFY(question->listed(2).isEmpty());
            QCOMPARE(set(question->listed(0)), set(withBatchBio(true)));
            QCOMPARE(question->listed(1), arrived ? QStringList() : QStringList{unreadable});
            QVERIFY(waitForKeyboard());
            // Later; then Enter: keep as it is (or finish on that one, if it did not arrive).
            press(run == 0 ? Qt::Key_Escape : Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(app.question() == nullptr, WaitMs);
            // Finishing is a request of this run's window: wait for it before the window goes
            // (on a busy machine it is still on its way when the dialog has closed).
            if (run == 1)
                QTRY_COMPARE_WITH_TIMEOUT(set(withBatchBio(true)), set(batchAccounts), WaitMs);
        }
        // Answered: not asked again.
        Restarted app(whop.get());
        QSignalSpy checked(app.window->recovery(), &ui::RecoveryFlow::checked);
        QVERIFY(checked.wait(WaitMs));
        QCOMPARE(checked.first().first().toInt(), 0);
        QVERIFY(app.question() == nullptr);
    }
};

int main(int argc, char **argv)
{
    return runRestartedJourney<InterruptedBatchJourney>(argc, argv);
}
// moc of the shared base class (JourneyApp.h), here rather than in a file of its own.
#include "moc_JourneyApp.cpp"
#include "tst_journey_interrupted_batch.moc"
