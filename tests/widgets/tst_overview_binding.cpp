// The All Accounts window keeps the identity it was opened for (IdentityBinding): a batch for 120
// accounts is under way, slowed by the sandbox so that most of it is still queued, when the
// person switches identity (AppSession::activate, as the identity list does). The sandbox's
// request log then shows that no request of the batch carries the new identity's credential,
// that every PATCH goes to the first identity's rows with its credential, and that Undo after the
// switch does too. The window says whose it is; the main window's identity gets a window of its
// own. When the window's identity is removed, it sends nothing more and says why.

#include "api/WhopClient.h"
#include "common/DemoSession.h"
#include "common/OAuthSupport.h"
#include "common/OverviewSeed.h"
#include "common/SandboxFixture.h"
#include "common/TestSupport.h"
#include "history/Restorer.h"
#include "journal/JournalReader.h"
#include "sandbox/SandboxServer.h"
#include "session/AppSession.h"
#include "session/IdentityBinding.h"
#include "ui/OverviewWindow.h"
#include "ui/widgets/BatchPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

using namespace whop;
using auth::IdentityKind;
using ItemState = overview::BatchRun::ItemState;
using sandbox::SandboxServer;

namespace {

// A second user token of the demo user: it reaches the same 120 accounts as the app key.
const QByteArray UserToken = "bind-test-user-token";
const QByteArray AppKey = SandboxServer::DemoAppApiKey;
const QString User = SandboxServer::DemoUserId;
const QString NewName = QStringLiteral("Bound To One Identity");

QByteArray bearer(const QByteArray &token)
{
    return "Bearer " + token;
}

QList<sandbox::RecordedRequest> requestsWith(const SandboxServer &server, const QByteArray &token)
{
    QList<sandbox::RecordedRequest> out;
    for (const sandbox::RecordedRequest &r : server.requests()) {
        if (r.header("Authorization") == bearer(token))
            out << r;
    }
    return out;
}

QList<sandbox::RecordedRequest> patches(const SandboxServer &server)
{
    QList<sandbox::RecordedRequest> out;
    for (const sandbox::RecordedRequest &r : server.requests()) {
        if (r.method == "PATCH")
            out << r;
    }
    return out;
}

// What the main window does not ask for: a change, the account list, or a profile inside an
// account other than the one the main window shows (an API key's editor reads its own account).
bool isOverviewRequest(const sandbox::RecordedRequest &r, const QString &mainWindowAccount)
{
    const QString account = r.query.queryItemValue(QStringLiteral("account_id"));
    return r.method != "GET" || r.path.endsWith(QLatin1String("/accounts")) ||
           (!account.isEmpty() && account != mainWindowAccount);
}

} // namespace

class OverviewBindingTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<app::AppSession> session;
    std::unique_ptr<QWidget> host; // stands in for the main window: the windows' parent
    SandboxServer *server = nullptr;

    // Adds an identity the way the Add dialog does ("this session only"); it becomes current.
    bool add(IdentityKind kind, const QByteArray &secret, auth::Identity *added)
    {
        const QString before = session->activeIdentityId();
        session->identityService()->addPasted(kind, server->baseUrl(), secret, true);
        if (!QTest::qWaitFor(
                [&] {
                    return session->activeIdentityId() != before &&
                           !session->activeIdentityId().isEmpty() &&
                           session->editor()->hasSnapshot();
                },
                20000))
            return false;
        *added = *session->activeIdentity();
        return added->kind == kind;
    }
    bool switchTo(const QString &identityId)
    {
        session->activate(identityId);
        return QTest::qWaitFor([&] { return session->activeIdentityId() == identityId; }, 20000);
    }
    // A browser sign-in against the demo sandbox (kept for this run only); it becomes current.
    bool signIn(auth::Identity *added)
    {
        QSignalSpy ready(session->identityService(), &app::IdentityService::ready);
        QString error;
        auth::OAuthSignIn *flow = session->beginSignIn(server->baseUrl(), &error);
        if (!flow)
            return false;
        test::visit(flow->authorizeUrl());
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() && session->editor()->hasSnapshot(); },
                             20000))
            return false;
        *added = *session->activeIdentity();
        return added->kind == IdentityKind::OAuthUser;
    }
    QByteArray storedSecretOf(const QString &identityId)
    {
        auth::KeychainJob *job = session->credentials()->read(identityId);
        QSignalSpy done(job, &auth::KeychainJob::finished);
        if (!done.wait(10000))
            return {};
        return job->secret();
    }
    static bool waitForRows(ui::OverviewWindow *window)
    {
        return QTest::qWaitFor(
            [&] {
                return window->overview()->listState() ==
                           overview::AccountOverview::ListState::Loaded &&
                       window->overview()->rowCount() >= test::OverviewAccounts;
            },
            20000);
    }
    // Every account selected and renamed in the batch panel; true once the plan covers them all.
    static bool planRename(ui::OverviewWindow *window)
    {
        window->table()->selectAll();
        window->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(NewName);
        window->findChild<QCheckBox *>(QStringLiteral("nameCheck"))->setChecked(true);
        return QTest::qWaitFor(
            [&] {
                const overview::BatchPlan &plan = window->batchPanel()->plan();
                return plan.canApply() && plan.notReady.isEmpty() &&
                       plan.items.size() == window->overview()->rowCount();
            },
            30000);
    }
    void slowPatches(int delayMs)
    {
        sandbox::Fault slow = test::makeFault(sandbox::Fault::Kind::Delay, 200, delayMs);
        slow.method = "PATCH";
        server->injectFault(slow, 1000);
    }
    bool waitUntilSome(ui::OverviewWindow *window)
    {
        return QTest::qWaitFor(
            [&] {
                const overview::BatchRun *run = window->batchPanel()->run();
                return run && run->count(ItemState::Applied) >= 4;
            },
            20000);
    }
    // Identities B (a user token) and A (an app key, the active one), and A's overview window with
    // the rename of every account planned; null (with a warning) when a step failed.
    ui::OverviewWindow *planWithTwoIdentities(auth::Identity *a, auth::Identity *b)
    {
        if (!add(IdentityKind::UserToken, UserToken, b) ||
            !add(IdentityKind::AppApiKey, AppKey, a)) {
            qWarning("planWithTwoIdentities: an identity was not added");
            return nullptr;
        }
        auto *window = ui::OverviewWindow::showFor(session.get(), host.get());
        if (!waitForRows(window) || !planRename(window)) {
            qWarning("planWithTwoIdentities: no rows, or no plan for them");
            return nullptr;
        }
        return window;
    }
    // Apply the planned batch with each PATCH answered after `delayMs`; once a few have arrived,
    // switch to `identityId` while the rest still waits. True when both happened.
    bool applySlowlyThenSwitch(ui::OverviewWindow *window, int delayMs, const QString &identityId)
    {
        slowPatches(delayMs);
        server->clearRequests();
        window->batchPanel()->apply();
        if (!waitUntilSome(window)) {
            qWarning("applySlowlyThenSwitch: not even four applied");
            return false;
        }
        return switchTo(identityId);
    }
    static bool waitFinished(ui::OverviewWindow *window)
    {
        return QTest::qWaitFor([&] { return !window->batchPanel()->isRunning(); }, 60000);
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        test::removeAppData();
        app::Options options;
        options.demo = true;
        options.user = User; // API keys edit the demo user inside each account
        session = test::makeSession(options, QProcessEnvironment());
        host = std::make_unique<QWidget>();
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot(), 10000);
        server = test::sandboxOf(*session);
        QVERIFY(server);
        server->addUserToken(UserToken, User);
    }
    void cleanup()
    {
        host.reset(); // its windows first: they hold credentials of the session
        session.reset();
    }

    void switchWhileQueued_batchAndUndoKeepTheFirstIdentity_data()
    {
        QTest::addColumn<bool>("startWithKey");
        QTest::newRow("app key, then a user token") << true;
        QTest::newRow("user token, then the app key") << false;
    }
    void switchWhileQueued_batchAndUndoKeepTheFirstIdentity()
    {
        QFETCH(bool, startWithKey);
        const IdentityKind kindA = startWithKey ? IdentityKind::AppApiKey : IdentityKind::UserToken;
        const IdentityKind kindB = startWithKey ? IdentityKind::UserToken : IdentityKind::AppApiKey;
        const QByteArray secretA = startWithKey ? AppKey : UserToken;
        const QByteArray secretB = startWithKey ? UserToken : AppKey;
        auth::Identity a, b;
        QVERIFY(add(kindB, secretB, &b));
        QVERIFY(add(kindA, secretA, &a));

        auto *window = ui::OverviewWindow::showFor(session.get(), host.get());
        QVERIFY(waitForRows(window));
        QCOMPARE(window->binding()->key(), a.id);
        QVERIFY(window->windowTitle().contains(a.label));
        QVERIFY(window->identityText().contains(a.label));
        const QStringList rows = [&] {
            QStringList ids;
            for (int i = 0; i < window->overview()->rowCount(); ++i)
                ids << window->overview()->row(i).account.id;
            return ids;
        }();
        QVERIFY(planRename(window));
        const int total = int(window->batchPanel()->plan().items.size());

        // Apply, slowly: 4 at a time, each PATCH answered after 150 ms.
        QVERIFY(applySlowlyThenSwitch(window, 150, b.id));
        // The switch happened while most of the batch still waited in the queue.
        QVERIFY(window->batchPanel()->isRunning());
        QVERIFY2(window->overview()->scheduler()->queued() > total / 4,
                 qPrintable(QString::number(window->overview()->scheduler()->queued())));
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot(), 20000);

        // The window says it stays with A; the main window's identity is another.
        QVERIFY(window->windowTitle().contains(a.label));
        QVERIFY(!window->windowTitle().contains(b.label));
        QVERIFY(window->identityText().contains(a.label));
        QVERIFY(window->identityText().contains(QStringLiteral("another identity")));
        auto *line = window->findChild<QLabel *>(QStringLiteral("identityLine"));
        QVERIFY(line && line->isVisible() && !line->accessibleName().isEmpty());

        QVERIFY(waitFinished(window));
        const overview::BatchRun *run = window->batchPanel()->run();
        QCOMPARE(run->count(ItemState::Applied), total);

        // Not one request of the batch with B's credential; B was used (by the main window).
        QVERIFY(!requestsWith(*server, secretB).isEmpty());
        for (const sandbox::RecordedRequest &r : requestsWith(*server, secretB))
            QVERIFY2(!isOverviewRequest(r, session->mode().accountId),
                     qPrintable(r.method + ' ' + r.path));
        // Every PATCH: A's credential, A's route, one of A's rows, each row once.
        QSet<QString> patched;
        for (const sandbox::RecordedRequest &r : patches(*server)) {
            QCOMPARE(r.header("Authorization"), bearer(secretA));
            QVERIFY2(r.path.endsWith(QStringLiteral("/users/") + User) ||
                         r.path.endsWith(QStringLiteral("/users/me")),
                     qPrintable(r.path));
            const QString account = r.query.queryItemValue(QStringLiteral("account_id"));
            QVERIFY(rows.contains(account));
            patched.insert(account);
        }
        QCOMPARE(int(patched.size()), total);
        for (const QString &id : rows)
            QCOMPARE(server->storedOverride(id, User).value("name").toString(), NewName);

        // Recorded in A's journal, not in B's.
        const auto journalA = window->binding()->journal();
        QCOMPARE(journalA->identityId(), a.id);
        QCOMPARE(int(journal::listChanges(journalA->read()).size()), total);
        QCOMPARE(session->journal()->identityId(), b.id);
        QVERIFY(journal::listChanges(session->journal()->read()).isEmpty());

        // Undo, after the switch: A's credential again, to A's rows.
        server->clearRequests();
        window->batchPanel()->undo(); // a restore of the batch: each account read, then put back
        QVERIFY(window->batchPanel()->undoRun());
        QVERIFY(waitFinished(window));
        QCOMPARE(window->batchPanel()->undoRun()->count(history::Restorer::State::Restored), total);
        QCOMPARE(int(patches(*server).size()), total);
        for (const sandbox::RecordedRequest &r : server->requests()) // the reads too
            QCOMPARE(r.header("Authorization"), bearer(secretA));
        for (const sandbox::RecordedRequest &r : patches(*server)) {
            QCOMPARE(r.header("Authorization"), bearer(secretA));
            QVERIFY(rows.contains(r.query.queryItemValue(QStringLiteral("account_id"))));
        }
        for (const QString &id : rows)
            QVERIFY(server->storedOverride(id, User).value("name").toString() != NewName);
        QCOMPARE(int(journal::listChanges(journalA->read()).size()), 2 * total);
        QVERIFY(journal::listChanges(session->journal()->read()).isEmpty());

        // All Accounts for the main window's identity now: a window of B's own; A's stays.
        auto *windowB = ui::OverviewWindow::showFor(session.get(), host.get());
        QVERIFY(windowB != window);
        QCOMPARE(windowB->binding()->key(), b.id);
        QVERIFY(windowB->windowTitle().contains(b.label));
        QVERIFY(window->isVisible());
        QVERIFY(waitForRows(windowB));
        // Back to A: its window is the one shown again, and it no longer speaks of another.
        QVERIFY(switchTo(a.id));
        QCOMPARE(ui::OverviewWindow::showFor(session.get(), host.get()), window);
        QVERIFY(!window->identityText().contains(QStringLiteral("another identity")));
    }

    void afterTheSwitch_retryFailedReloadAndUndoUseTheFirstIdentity()
    {
        auth::Identity a, b;
        auto *window = planWithTwoIdentities(&a, &b);
        QVERIFY(window);
        const int total = int(window->batchPanel()->plan().items.size());
        // Three accounts refuse the change once: Retry Failed sends them again.
        QStringList refusing;
        for (int i : {3, 40, 77}) {
            refusing << window->overview()->row(i).account.id;
            sandbox::Fault refusal = test::makeFault(sandbox::Fault::Kind::Status, 422);
            refusal.method = "PATCH";
            refusal.queryContains = QStringLiteral("account_id=") + refusing.last();
            server->injectFault(refusal);
        }
        window->batchPanel()->apply();
        QVERIFY(waitFinished(window));
        QCOMPARE(window->batchPanel()->run()->count(ItemState::Failed), 3);
        QVERIFY(switchTo(b.id));
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot(), 20000);

        server->clearRequests();
        window->batchPanel()->retryFailed();
        QVERIFY(waitFinished(window));
        QCOMPARE(window->batchPanel()->run()->count(ItemState::Applied), total);
        QCOMPARE(int(patches(*server).size()), 3);
        for (const sandbox::RecordedRequest &r : patches(*server)) {
            QCOMPARE(r.header("Authorization"), bearer(AppKey));
            QVERIFY(refusing.contains(r.query.queryItemValue(QStringLiteral("account_id"))));
        }

        // Undo, also of what Retry Failed applied: A's key again.
        server->clearRequests();
        window->batchPanel()->undo();
        QVERIFY(window->batchPanel()->undoRun());
        QVERIFY(waitFinished(window));
        QCOMPARE(window->batchPanel()->undoRun()->count(history::Restorer::State::Restored), total);
        QCOMPARE(int(patches(*server).size()), total);
        for (const sandbox::RecordedRequest &r : patches(*server))
            QCOMPARE(r.header("Authorization"), bearer(AppKey));

        // Reload (F5) reads A's accounts with A's key.
        server->clearRequests();
        window->reload();
        QVERIFY(waitForRows(window));
        QVERIFY(test::waitRowsSettled(*window->overview(), {0, 1, 2}));
        QVERIFY(!requestsWith(*server, AppKey).isEmpty());
        for (const sandbox::RecordedRequest &r : requestsWith(*server, UserToken))
            QVERIFY2(!isOverviewRequest(r, session->mode().accountId),
                     qPrintable(r.method + ' ' + r.path));
    }

    void browserSignIn_staysAliveForItsWindow_refreshesItsOwnEntry_andStopsWhenRefused()
    {
        auth::Identity a, b;
        QVERIFY(add(IdentityKind::UserToken, UserToken, &b));
        QVERIFY(signIn(&a));
        auto *window = ui::OverviewWindow::showFor(session.get(), host.get());
        QVERIFY(waitForRows(window));
        QVERIFY(switchTo(b.id));
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot(), 20000);
        // The main window no longer uses it, but the window still does.
        QVERIFY(!session->authenticator());
        auth::OAuthAuthenticator *renewal = session->authenticatorOf(a.id);
        QVERIFY(renewal);
        const QByteArray firstToken = renewal->secret().token;
        const QByteArray storedB = storedSecretOf(b.id);

        // A's access token expires: the window's next reads renew it, with A's refresh token,
        // into A's entry; B's entry is untouched.
        server->advanceClock(2 * 3600);
        server->clearRequests();
        window->reload();
        QVERIFY(waitForRows(window));
        QVERIFY(test::waitRowsSettled(*window->overview(), {0, 1, 2}));
        QCOMPARE(window->overview()->row(0).state, overview::OverviewRow::State::Loaded);
        QCOMPARE(test::refreshRequests(*server), 1);
        QCOMPARE(session->authenticatorOf(a.id), renewal);
        QVERIFY(renewal->secret().token != firstToken);
        QCOMPARE(auth::Secret::deserialize(storedSecretOf(a.id))->token, renewal->secret().token);
        QCOMPARE(storedSecretOf(b.id), storedB);
        for (const sandbox::RecordedRequest &r : server->requests()) {
            if (isOverviewRequest(r, session->mode().accountId) &&
                !r.path.startsWith(QLatin1String("/oauth/")))
                QVERIFY2(r.header("Authorization") == bearer(firstToken) ||
                             r.header("Authorization") == bearer(renewal->secret().token),
                         qPrintable(r.method + ' ' + r.path));
        }

        // Then Whop refuses the sign-in: the window stops and says why; the main window, on B,
        // shows no sign-in notice of A's.
        sandbox::Fault refused = test::makeFault(sandbox::Fault::Kind::Status, 400);
        refused.pathContains = QStringLiteral("/oauth/token");
        refused.body = R"({"error":"invalid_grant","error_description":"revoked"})";
        server->injectFault(refused, 5);
        server->advanceClock(2 * 3600);
        window->reload();
        QTRY_VERIFY_WITH_TIMEOUT(window->binding()->hasEnded(), 20000);
        QVERIFY2(window->identityText().contains(QStringLiteral("must sign in again")),
                 qPrintable(window->identityText()));
        QVERIFY(window->overview()->client()->isRetired());
        QVERIFY(session->identities()->find(a.id)->needsSignIn);
        QVERIFY(session->currentNotice().kind != app::Notice::Kind::SignInRequired);
        QTRY_VERIFY(!session->authenticatorOf(a.id)); // nobody holds it any more
    }

    void removedIdentity_stopsSending_andSaysWhy()
    {
        auth::Identity a, b;
        auto *window = planWithTwoIdentities(&a, &b);
        QVERIFY(window);
        const int total = int(window->batchPanel()->plan().items.size());

        QVERIFY(applySlowlyThenSwitch(window, 300, b.id));
        // Identity → Manage identities… → Remove, for A, while its batch is under way.
        QSignalSpy removed(session.get(), &app::AppSession::identityRemoved);
        session->removeIdentity(a.id);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
        QVERIFY(window->binding()->hasEnded());
        QVERIFY(window->overview()->client()->isRetired());

        // What was sent is answered; the rest is not sent; nothing is lost from the list.
        QVERIFY(waitFinished(window));
        const overview::BatchRun *run = window->batchPanel()->run();
        const int applied = run->count(ItemState::Applied);
        const int notSent = run->count(ItemState::NotSent);
        QVERIFY(applied >= 4);
        QVERIFY(notSent > 0);
        QCOMPARE(applied + run->count(ItemState::Failed) + notSent, total);
        QCOMPARE(int(patches(*server).size()), applied + run->count(ItemState::Failed));
        for (int i = 0; i < total; ++i) {
            const QString id = run->items().at(i).account.id;
            const bool stored =
                server->storedOverride(id, User).value("name").toString() == NewName;
            QCOMPARE(stored, run->state(i) == ItemState::Applied);
        }
        for (const sandbox::RecordedRequest &r : patches(*server))
            QCOMPARE(r.header("Authorization"), bearer(AppKey));

        // It says why, and offers nothing that would send.
        QVERIFY2(window->identityText().contains(QStringLiteral("was removed")),
                 qPrintable(window->identityText()));
        QVERIFY(window->isVisible());
        for (const char *name :
             {"applyButton", "retryFailedButton", "undoButton", "reloadButton", "retryRowsButton"})
            QVERIFY2(!window->findChild<QAbstractButton *>(QLatin1String(name))->isEnabled(), name);
        const int before = int(server->requests().size());
        window->batchPanel()->retryFailed();
        window->batchPanel()->undo();
        window->reload();
        QTest::qWait(100); // a request would have started by now
        QCOMPARE(int(server->requests().size()), before);

        // The main window's All Accounts opens a window for B; A's closes for good.
        auto *windowB = ui::OverviewWindow::showFor(session.get(), host.get());
        QVERIFY(windowB != window);
        QCOMPARE(windowB->binding()->key(), b.id);
        QPointer<ui::OverviewWindow> gone(window);
        window->reject();
        QTRY_VERIFY(gone.isNull());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    OverviewBindingTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_overview_binding.moc"
