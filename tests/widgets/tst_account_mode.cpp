// Account override mode: picking the account (all pages, filter, keyboard, typed id), the
// endpoint used for each credential kind and mode, inherited values, 403, remembered choice.
#include "common/DemoWindow.h"
#include "common/SandboxFixture.h"
#include "common/TestSupport.h"
#include "sandbox/SandboxServer.h"
#include "ui/Prompts.h"
#include "ui/dialogs/AccountPickerDialog.h"
#include "ui/widgets/ModeBar.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>

using namespace whop;
using namespace whop::test;
using ui::Prompts;

class AccountModeTest : public QObject, test::DemoWindow
{
    Q_OBJECT

    ui::ModeBar *modeBar() { return window->findChild<ui::ModeBar *>(); }
    // The demo, with what earlier tests left in the data folder (a remembered mode).
    void startDemo()
    {
        createSession(demoOptions(), QProcessEnvironment());
        QVERIFY(showWindow());
        QVERIFY(startSession());
        QVERIFY(session->editor()->hasSnapshot());
    }
    QList<sandbox::RecordedRequest> usersRequests(const sandbox::SandboxServer *s)
    {
        QList<sandbox::RecordedRequest> out;
        for (const auto &r : s->requests()) {
            if (r.path.contains(QStringLiteral("/users/")))
                out << r;
        }
        return out;
    }
    void chooseAccount(const QString &id, const QString &title)
    {
        modeBar()->requestAccount(id, title);
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot(), 10000);
    }

private Q_SLOTS:
    void init() { QSettings().clear(); }
    void cleanup() { closeDemo(); }

    void picker_followsEveryPage_filters_andWorksFromTheKeyboard()
    {
        startDemo();
        server()->clearRequests();
        auto *picker = modeBar()->openPicker();
        QTRY_VERIFY_WITH_TIMEOUT(!session->accounts()->isLoading() &&
                                     session->accounts()->accounts().size() >= 101,
                                 10000);
        QList<sandbox::RecordedRequest> pages;
        for (const auto &r : server()->requests()) {
            if (r.path.endsWith(QStringLiteral("/accounts")))
                pages << r;
        }
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages[0].query.queryItemValue(QStringLiteral("first")), QStringLiteral("50"));
        QVERIFY(!pages[0].query.hasQueryItem(QStringLiteral("after")));
        QVERIFY(!pages[1].query.queryItemValue(QStringLiteral("after")).isEmpty());
        QVERIFY(pages[2].query.queryItemValue(QStringLiteral("after")) !=
                pages[1].query.queryItemValue(QStringLiteral("after")));
        QCOMPARE(picker->visibleCount(), int(session->accounts()->accounts().size()));

        // Filter on a word of a title.
        const QString word =
            session->accounts()->accounts().at(7).title.section(QLatin1Char(' '), 0, 0);
        int expected = 0;
        for (const auto &a : session->accounts()->accounts())
            expected += (a.title + QLatin1Char(' ') + a.id).contains(word, Qt::CaseInsensitive);
        auto *filter = picker->findChild<QLineEdit *>(QStringLiteral("filter"));
        QTest::keyClicks(filter, word.toLower());
        QCOMPARE(picker->visibleCount(), expected);
        QVERIFY(expected >= 1);

        // Down moves in the list while the filter keeps focus; Enter picks.
        auto *list = picker->findChild<QListView *>(QStringLiteral("accountList"));
        const int before = list->currentIndex().row();
        if (expected > 1) {
            QTest::keyClick(filter, Qt::Key_Down);
            QCOMPARE(list->currentIndex().row(), before + 1);
        }
        const QString pickedId = list->currentIndex().data(Qt::UserRole + 1).toString();
        QTest::keyClick(filter, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(session->mode().accountId, pickedId, 5000);
    }

    void logos_areLoadedOncePerSession()
    {
        startDemo();
        auto *picker = modeBar()->openPicker();
        QTRY_VERIFY_WITH_TIMEOUT(!session->accounts()->isLoading() && picker->visibleCount() > 100,
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                int n = 0;
                for (const auto &r : server()->requests())
                    n += r.path.startsWith(QStringLiteral("/avatars/biz_"));
                return n >= picker->visibleCount();
            }(),
            20000);
        picker->reject();
        const auto count = server()->requests().size();
        auto *again = modeBar()->openPicker();
        QTRY_VERIFY_WITH_TIMEOUT(!session->accounts()->isLoading() && again->visibleCount() > 100,
                                 10000);
        for (int i = int(count); i < server()->requests().size(); ++i)
            QVERIFY(!server()->requests().at(i).path.startsWith(QStringLiteral("/avatars/biz_")));
    }

    void userIdentity_usesMe_withAccountIdOnlyInAccountMode()
    {
        startDemo();
        QCOMPARE(usersRequests(server()).last().path, QStringLiteral("/api/v1/users/me"));
        QVERIFY(!usersRequests(server()).last().query.hasQueryItem(QStringLiteral("account_id")));
        server()->clearRequests();
        chooseAccount(QLatin1String(sandbox::SandboxServer::DemoAccountId),
                      QStringLiteral("Demo Studio"));
        const auto get = usersRequests(server()).first(); // the form's load; then the global view
        QCOMPARE(get.path, QStringLiteral("/api/v1/users/me"));
        QCOMPARE(get.query.queryItemValue(QStringLiteral("account_id")),
                 QLatin1String(sandbox::SandboxServer::DemoAccountId));
        session->editor()->setValue(profile::Field::Bio, QStringLiteral("Studio bio"));
        QSignalSpy saved(session->editor(), &profile::ProfileEditor::saved);
        QVERIFY(session->editor()->save());
        QVERIFY(saved.wait(5000));
        sandbox::RecordedRequest patch;
        for (const auto &r : server()->requests()) {
            if (r.method == "PATCH")
                patch = r;
        }
        QCOMPARE(patch.path, QStringLiteral("/api/v1/users/me"));
        QCOMPARE(patch.query.queryItemValue(QStringLiteral("account_id")),
                 QLatin1String(sandbox::SandboxServer::DemoAccountId));
    }

    void overrideAndGlobal_areSavedIndependently()
    {
        startDemo();
        const QString demoUser = QLatin1String(sandbox::SandboxServer::DemoUserId);
        const QString account = QLatin1String(sandbox::SandboxServer::DemoAccountId);
        const QString globalName =
            server()->storedUser(demoUser).value(QStringLiteral("name")).toString();
        chooseAccount(account, QStringLiteral("Demo Studio"));
        session->editor()->setValue(profile::Field::Name, QStringLiteral("Only In Studio"));
        QSignalSpy saved(session->editor(), &profile::ProfileEditor::saved);
        QVERIFY(session->editor()->save());
        QVERIFY(saved.wait(5000));
        QCOMPARE(
            server()->storedOverride(account, demoUser).value(QStringLiteral("name")).toString(),
            QStringLiteral("Only In Studio"));
        QCOMPARE(server()->storedUser(demoUser).value(QStringLiteral("name")).toString(),
                 globalName);

        modeBar()->requestGlobal();
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot() && session->mode().isGlobal(),
                                 10000);
        QCOMPARE(session->editor()->value(profile::Field::Name), globalName);
        session->editor()->setValue(profile::Field::Bio, QStringLiteral("Global bio"));
        QVERIFY(session->editor()->save());
        QVERIFY(saved.wait(5000));
        QCOMPARE(server()->storedUser(demoUser).value(QStringLiteral("bio")).toString(),
                 QStringLiteral("Global bio"));
        QVERIFY(
            server()->storedOverride(account, demoUser).value(QStringLiteral("bio")).toString() !=
            QStringLiteral("Global bio"));
    }

    void useGlobalValue_copiesTheInheritedValue()
    {
        startDemo();
        chooseAccount(QLatin1String(sandbox::SandboxServer::DemoAccountId),
                      QStringLiteral("Demo Studio"));
        QTRY_VERIFY_WITH_TIMEOUT(session->inherited()->isAvailable(), 5000);
        const QString global = session->inherited()->value(profile::Field::Name);
        QVERIFY(session->editor()->value(profile::Field::Name) != global); // the seeded override
        auto *use = window->findChild<QToolButton *>(QStringLiteral("useGlobalName"));
        QVERIFY(use->isVisible());
        QVERIFY(use->text().contains(global.left(10)));
        QVERIFY(window->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
                    ->placeholderText()
                    .contains(global));
        use->click();
        QCOMPARE(session->editor()->value(profile::Field::Name), global);
        QVERIFY(session->editor()->isDirty());
        QVERIFY(!use->isVisible());
    }

    void foreignAccount_saysNoRights_andThePickerStaysUsable()
    {
        startDemo();
        auto *picker = modeBar()->openPicker();
        picker->findChild<QLineEdit *>(QStringLiteral("accountId"))
            ->setText(QStringLiteral("biz_Foreign001"));
        QTest::keyClick(picker->findChild<QLineEdit *>(QStringLiteral("accountId")),
                        Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window->bannerText().contains(QStringLiteral("no rights")), 10000);
        QVERIFY(window->bannerText().contains(QStringLiteral("biz_Foreign001")));
        auto *again = modeBar()->openPicker();
        QVERIFY(again->isVisible());
        again->reject();
        modeBar()->requestGlobal();
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot(), 10000);
    }

    void typedAccountId_isCheckedBeforeUse()
    {
        startDemo();
        auto *picker = modeBar()->openPicker();
        auto *typed = picker->findChild<QLineEdit *>(QStringLiteral("accountId"));
        typed->setText(QStringLiteral("company 42"));
        QTest::keyClick(typed, Qt::Key_Return);
        QVERIFY(picker->isVisible());
        QVERIFY(picker->findChild<QLabel *>(QStringLiteral("accountIdError"))->isVisible());
        QVERIFY(session->mode().isGlobal());
    }

    void choice_isRememberedAcrossARestart()
    {
        startDemo();
        chooseAccount(QLatin1String(sandbox::SandboxServer::DemoAccountId),
                      QStringLiteral("Demo Studio"));
        cleanup();
        startDemo();
        QCOMPARE(session->mode().accountId, QLatin1String(sandbox::SandboxServer::DemoAccountId));
        QCOMPARE(usersRequests(server()).first().query.queryItemValue(QStringLiteral("account_id")),
                 QLatin1String(sandbox::SandboxServer::DemoAccountId));
    }

    void switchingMode_withUnsavedEdits_asksFirst()
    {
        startDemo();
        auto *editor = session->editor();
        editor->setValue(profile::Field::Bio, QStringLiteral("pending"));
        Prompts::setNextAnswer(Prompts::Unsaved::Cancel);
        modeBar()->requestAccount(QLatin1String(sandbox::SandboxServer::DemoAccountId), {});
        QVERIFY(session->mode().isGlobal());
        QCOMPARE(editor->value(profile::Field::Bio), QStringLiteral("pending"));

        Prompts::setNextAnswer(Prompts::Unsaved::Save);
        modeBar()->requestAccount(QLatin1String(sandbox::SandboxServer::DemoAccountId), {});
        QTRY_VERIFY_WITH_TIMEOUT(!session->mode().isGlobal() && editor->hasSnapshot(), 10000);
        QCOMPARE(server()
                     ->storedUser(QLatin1String(sandbox::SandboxServer::DemoUserId))
                     .value(QStringLiteral("bio"))
                     .toString(),
                 QStringLiteral("pending"));

        editor->setValue(profile::Field::Name, QStringLiteral("dropped"));
        Prompts::setNextAnswer(Prompts::Unsaved::Discard);
        modeBar()->requestGlobal();
        QTRY_VERIFY_WITH_TIMEOUT(session->mode().isGlobal() && editor->hasSnapshot(), 10000);
        QVERIFY(editor->value(profile::Field::Name) != QStringLiteral("dropped"));
    }

    void apiKey_alwaysSendsAccountId_toUsersId()
    {
        sandbox::SandboxServer whop;
        QVERIFY(whop.listenLocal(0));
        QProcessEnvironment env;
        env.insert(QStringLiteral("WHOP_API_KEY"),
                   QLatin1String(sandbox::SandboxServer::DemoApiKey));
        app::Options options;
        options.baseUrl = whop.baseUrl();
        createSession(options, env);
        createWindow();
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(session->activeIdentity() != nullptr, 10000);
        // No global profile for a key: its own account is learned and used.
        QTRY_VERIFY_WITH_TIMEOUT(!session->mode().isGlobal(), 10000);
        QVERIFY(session->needsUser());
        modeBar()->requestUser(QStringLiteral("demo-creator"));
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot(), 10000);
        session->editor()->setValue(profile::Field::Bio, QStringLiteral("set by the studio"));
        QSignalSpy saved(session->editor(), &profile::ProfileEditor::saved);
        QVERIFY(session->editor()->save());
        QVERIFY(saved.wait(5000));

        // The client refuses, without sending, a users request that lacks account_id.
        const auto before = whop.requests().size();
        const auto refused =
            waitFor(session->client()->retrieveUser({QStringLiteral("demo-creator"), {}}));
        QCOMPARE(refused.error.kind, api::ErrorKind::BadRequest);
        const auto me = waitFor(
            session->client()->retrieveUser({QStringLiteral("me"), QStringLiteral("biz_x1")}));
        QVERIFY(!me.ok);
        QCOMPARE(whop.requests().size(), before);

        const auto users = usersRequests(&whop);
        QVERIFY(users.size() >= 2);
        for (const auto &r : users) {
            QCOMPARE(r.path, QStringLiteral("/api/v1/users/demo-creator"));
            QCOMPARE(r.query.queryItemValue(QStringLiteral("account_id")),
                     QLatin1String(sandbox::SandboxServer::DemoAccountId));
        }
        QCOMPARE(whop.storedOverride(QLatin1String(sandbox::SandboxServer::DemoAccountId),
                                     QLatin1String(sandbox::SandboxServer::DemoUserId))
                     .value(QStringLiteral("bio"))
                     .toString(),
                 QStringLiteral("set by the studio"));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    AccountModeTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_account_mode.moc"
