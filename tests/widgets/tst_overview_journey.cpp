// A person at the keyboard (KeyboardJourney.h: keys only to the focused widget, everything read
// off the screen) opens All Accounts from the main window, filters, selects, types a name,
// previews, applies with Enter, undoes, applies to every account and cancels with Escape halfway,
// then closes with Escape.

#include "common/DemoWindow.h"
#include "common/OverviewSeed.h"
#include "common/SandboxFixture.h"
#include "common/TestSupport.h"
#include "sandbox/SandboxServer.h"
#include "ui/OverviewWindow.h"
#include "widgets/KeyboardJourney.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeWidget>

using namespace whop;
using test::KeyboardJourney;

namespace {
const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("biz_[A-Za-z0-9]+"));
    return re;
}
const QString User = sandbox::SandboxServer::DemoUserId;
constexpr int ResultColumn = 6; // "Last change"
} // namespace

class OverviewJourneyTest : public QObject, test::DemoWindow
{
    Q_OBJECT

    static ui::OverviewWindow *overviewWindow()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *o = qobject_cast<ui::OverviewWindow *>(w); o && o->isVisible())
                return o;
        }
        return nullptr;
    }
    static QStringList column(const QTableView *table, int column)
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, column).data().toString();
        return out;
    }
    static QString status(const QWidget *w, const char *name)
    {
        return KeyboardJourney::textOf(w, QLatin1String(name));
    }
    // Profile → All Accounts… by its shortcut (at `size` unless empty): the window once it has
    // the keyboard and has listed the 120 accounts; null, with a warning, otherwise.
    static ui::OverviewWindow *openOverview(QSize size = {})
    {
        KeyboardJourney::press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        ui::OverviewWindow *overview = nullptr;
        if (!QTest::qWaitFor([&] { return (overview = overviewWindow()) != nullptr; }, 5000)) {
            qWarning("All Accounts did not open");
            return nullptr;
        }
        if (!size.isEmpty())
            overview->resize(size);
        if (!QTest::qWaitForWindowActive(overview) ||
            !QTest::qWaitFor(
                [&] { return status(overview, "loadStatus").startsWith("120 accounts."); },
                10000)) {
            qWarning() << "All Accounts: not active, or the list not read:"
                       << status(overview, "loadStatus");
            return nullptr;
        }
        return overview;
    }
    // Ctrl+F, "acme", Down into the list, Ctrl+A: true once the ten Acme accounts are selected.
    static bool selectAcme(ui::OverviewWindow *overview)
    {
        KeyboardJourney::press(Qt::Key_F, Qt::ControlModifier);
        KeyboardJourney::type("acme");
        KeyboardJourney::press(Qt::Key_Down);
        KeyboardJourney::press(Qt::Key_A, Qt::ControlModifier);
        return QTest::qWaitFor(
            [&] { return status(overview, "selectionLabel") == "10 accounts selected."; }, 5000);
    }
    // The ids of the accounts listed, in their order (the tooltips of the first column name them).
    static QStringList accountIds(const QTableView *table)
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << idPattern()
                       .match(table->model()->index(r, 0).data(Qt::ToolTipRole).toString())
                       .captured();
        return out;
    }
    // Tab to the bio, type `bio`, Ctrl+Enter (Enter makes a new line in a bio): true once the
    // plan covers the ten selected accounts and the batch has changed them.
    static bool applyBio(ui::OverviewWindow *overview, const QString &bio)
    {
        if (!KeyboardJourney::tabTo("bioEdit"))
            return false;
        KeyboardJourney::type(bio);
        if (!QTest::qWaitFor(
                [&] { return status(overview, "planSummary") == "10 accounts will change."; },
                5000))
            return false;
        KeyboardJourney::press(Qt::Key_Return, Qt::ControlModifier);
        return QTest::qWaitFor(
            [&] { return status(overview, "batchStatus").startsWith("10 accounts changed"); },
            15000);
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        QVERIFY(openDemo(QSize(900, 700), test::demoOptions(), QProcessEnvironment()));
        QVERIFY(session->editor()->hasSnapshot());
        test::seedOverviewOverrides(*server());
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }
    void cleanup() { closeDemo(); }

    void keyboardOnly_filterSelectPreviewApplyUndoCancelClose()
    {
        // Profile → All Accounts… by its shortcut.
        ui::OverviewWindow *overview = openOverview(QSize(1180, 700));
        QVERIFY(overview);
        QTRY_COMPARE(KeyboardJourney::focusName(), QString("accountTable"));
        auto *table = overview->findChild<QTableView *>("accountTable");
        // Only the rows on screen are read.
        QTRY_VERIFY_WITH_TIMEOUT(!column(table, 1).first().isEmpty(), 10000);
        QVERIFY(column(table, 1).last().isEmpty());
        QVERIFY(column(table, 5).last() == "Not loaded");

        // Ctrl+F, type a filter, Down into the list, Ctrl+A selects what is shown.
        KeyboardJourney::press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(KeyboardJourney::focusName(), QString("filterEdit"));
        KeyboardJourney::type("acme");
        const QStringList titles = column(table, 0);
        QCOMPARE(titles.size(), 10);
        for (const QString &t : titles)
            QVERIFY(t.startsWith("Acme"));
        KeyboardJourney::press(Qt::Key_Down);
        QCOMPARE(KeyboardJourney::focusName(), QString("accountTable"));
        KeyboardJourney::press(Qt::Key_A, Qt::ControlModifier);
        QTRY_COMPARE(status(overview, "selectionLabel"), QString("10 accounts selected."));

        // Tab to the name, type it: the preview lists exactly what each account receives.
        QVERIFY(KeyboardJourney::tabTo("nameEdit"));
        KeyboardJourney::type("Journey Name");
        auto *preview = overview->findChild<QTreeWidget *>("previewList");
        QTRY_COMPARE(status(overview, "planSummary"), QString("10 accounts will change."));
        const QStringList lines = KeyboardJourney::linesOf(preview);
        QCOMPARE(lines.size(), 10);
        for (const QString &line : lines)
            QVERIFY2(line.contains("→ “Journey Name”") && line.startsWith("Acme"),
                     qPrintable(line));

        // Enter applies.
        server()->clearRequests();
        KeyboardJourney::press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(status(overview, "batchStatus").startsWith("10 accounts changed"),
                                 15000);
        int patches = 0;
        for (const auto &r : server()->requests())
            patches += r.method == "PATCH" ? 1 : 0;
        QCOMPARE(patches, 10);
        for (const QString &result : column(table, ResultColumn))
            QVERIFY2(result.startsWith("Applied: name:"), qPrintable(result));
        for (const QString &name : column(table, 1))
            QCOMPARE(name, QString("Journey Name"));
        for (const QString &line : KeyboardJourney::linesOf(preview))
            QVERIFY2(line.endsWith("| Applied"), qPrintable(line));

        // Alt+D (Un&do) undoes: every account shows its earlier name again.
        KeyboardJourney::press(Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(status(overview, "batchStatus").startsWith("10 accounts restored"),
                                 15000);
        for (const QString &name : column(table, 1))
            QVERIFY2(name != "Journey Name", qPrintable(name));

        // Every account, slowly: Escape halfway cancels; what was applied stays and is listed.
        sandbox::Fault slow = test::makeFault(sandbox::Fault::Kind::Delay, 200, 120);
        slow.method = "PATCH";
        server()->injectFault(slow, 200);
        KeyboardJourney::press(Qt::Key_F, Qt::ControlModifier);
        KeyboardJourney::press(Qt::Key_A, Qt::ControlModifier);
        KeyboardJourney::press(Qt::Key_Backspace);
        KeyboardJourney::press(Qt::Key_Down);
        KeyboardJourney::press(Qt::Key_A, Qt::ControlModifier);
        QTRY_COMPARE(status(overview, "selectionLabel"), QString("120 accounts selected."));
        QVERIFY(KeyboardJourney::tabTo("nameEdit"));
        KeyboardJourney::press(Qt::Key_A, Qt::ControlModifier);
        KeyboardJourney::type("Everywhere");
        QTRY_VERIFY_WITH_TIMEOUT(status(overview, "planSummary").startsWith("120 accounts will"),
                                 30000);
        KeyboardJourney::press(Qt::Key_Return);
        auto *progress = overview->findChild<QProgressBar *>("batchProgress");
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 8, 15000);
        KeyboardJourney::press(Qt::Key_Escape);
        // The answers to what was already sent arrive; then Cancel goes away.
        auto *cancel = overview->findChild<QWidget *>("cancelButton");
        QTRY_VERIFY_WITH_TIMEOUT(!cancel->isVisible(), 15000);
        QVERIFY(status(overview, "batchStatus").contains("not sent"));
        QVERIFY(overview->isVisible()); // Escape cancelled the batch, not the window
        int applied = 0, notSent = 0;
        const QStringList ids = accountIds(table);
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QString result = table->model()->index(r, ResultColumn).data().toString();
            const QString &id = ids.at(r);
            const bool stored =
                server()->storedOverride(id, User).value("name").toString() == "Everywhere";
            if (result.startsWith("Applied"))
                ++applied;
            else if (result.startsWith("Not sent"))
                ++notSent;
            QCOMPARE(stored, result.startsWith("Applied")); // nothing half-applied is hidden
        }
        QVERIFY(applied >= 8);
        QVERIFY(notSent > 0);
        QCOMPARE(applied + notSent, 120);

        // Escape again closes the window; opened again, it starts clean.
        KeyboardJourney::press(Qt::Key_Escape);
        QTRY_VERIFY(!overview->isVisible());
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        KeyboardJourney::press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(overviewWindow() == overview, 5000);
        QCOMPARE(overview->findChild<QLineEdit *>("filterEdit")->text(), QString());
        QCOMPARE(KeyboardJourney::linesOf(preview).size(), 0);
        QCOMPARE(status(overview, "batchStatus"), QString());
    }

    // Undo reads every account again first: one whose bio was changed on the web since the batch
    // is not overwritten; the person is asked (Changed on Whop since), and Escape keeps Whop's.
    void undo_asksAboutAnAccountChangedElsewhere_andEscapeKeepsIt()
    {
        ui::OverviewWindow *overview = openOverview(QSize(1180, 700));
        QVERIFY(overview);
        QVERIFY(selectAcme(overview));
        auto *table = overview->findChild<QTableView *>("accountTable");
        const QStringList ids = accountIds(table);
        QTRY_VERIFY_WITH_TIMEOUT(!column(table, 3).contains(QString()), 10000);
        const QStringList before = column(table, 3); // the bios shown

        // The bio, typed; Ctrl+Enter applies (Enter makes a new line in a bio).
        QVERIFY(applyBio(overview, "Batch bio"));
        // Someone changes one of them on the web.
        QVERIFY(server()->changeElsewhere(User, {{"bio", "C: changed on the web"}}, ids.at(3)));

        KeyboardJourney::press(Qt::Key_D, Qt::AltModifier); // Un&do
        QDialog *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (question = qobject_cast<QDialog *>(QApplication::activeModalWidget())) != nullptr,
            15000);
        QCOMPARE(question->windowTitle(), QString("Changed on Whop since"));
        // One account asked about, showing Whop's value now; nothing sent to it meanwhile.
        QStringList theirs;
        for (const QLabel *label : question->findChildren<QLabel *>()) {
            if (label->objectName().startsWith(QLatin1String("theirs_")) &&
                label->objectName().endsWith(QLatin1String("bio")))
                theirs << label->text();
        }
        QCOMPARE(theirs, QStringList{"C: changed on the web"});
        QCOMPARE(server()->storedOverride(ids.at(3), User).value("bio").toString(),
                 QString("C: changed on the web"));
        // Escape keeps Whop's value: the account is not overwritten; the others have theirs back.
        KeyboardJourney::press(Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(
            status(overview, "batchStatus").startsWith("9 accounts restored, 1 kept as changed"),
            15000);
        QCOMPARE(server()->storedOverride(ids.at(3), User).value("bio").toString(),
                 QString("C: changed on the web"));
        QTRY_VERIFY_WITH_TIMEOUT(column(table, 3).at(3).startsWith("C: changed"), 10000);
        const QStringList after = column(table, 3);
        for (int i = 0; i < ids.size(); ++i) {
            if (i != 3)
                QCOMPARE(after.at(i), before.at(i));
        }
    }

    // Undo is a restore that may take a while: Escape cancels it first (what is not sent yet is
    // not sent, and the list says so), and only a second Escape closes the window.
    void undo_escapeCancelsTheRestore_beforeClosingTheWindow()
    {
        ui::OverviewWindow *overview = openOverview(QSize(1180, 700));
        QVERIFY(overview);
        QVERIFY(selectAcme(overview));
        auto *table = overview->findChild<QTableView *>("accountTable");
        const QStringList ids = accountIds(table);
        QVERIFY(applyBio(overview, "Undone slowly"));

        // The undo's PATCHes are slow: cancel once the first account has its bio back.
        sandbox::Fault slow = test::makeFault(sandbox::Fault::Kind::Delay, 200, 400);
        slow.method = "PATCH";
        server()->injectFault(slow, 10);
        auto restoredOnWhop = [&] {
            int n = 0;
            for (const QString &id : ids)
                n += server()->storedOverride(id, User).value("bio").toString() != "Undone slowly";
            return n;
        };
        KeyboardJourney::press(Qt::Key_D, Qt::AltModifier); // Un&do
        auto *cancel = overview->findChild<QWidget *>("cancelButton");
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible(), 5000);
        QVERIFY(!overview->findChild<QWidget *>("applyButton")->isEnabled()); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(restoredOnWhop() >= 1, 15000);
        KeyboardJourney::press(Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!cancel->isVisible(), 15000);
        QVERIFY(overview->isVisible()); // Escape cancelled the undo, not the window
        const QString summary = status(overview, "batchStatus");
        QVERIFY2(summary.contains("not sent"), qPrintable(summary));
        const int restored = restoredOnWhop();
        QVERIFY2(restored >= 1 && restored < ids.size(), qPrintable(QString::number(restored)));
        QVERIFY2(summary.startsWith(QStringLiteral("%1 accounts restored").arg(restored)) ||
                     summary.startsWith(QStringLiteral("%1 account restored").arg(restored)),
                 qPrintable(summary));
        server()->clearFaults();

        KeyboardJourney::press(Qt::Key_Escape);
        QTRY_VERIFY(!overview->isVisible());
    }

    void apiKey_keyboardOnly_readsEachAccountAsTheChosenUser_withoutAGlobalProfile()
    {
        // The window the init() made is for the demo; this one starts with an app API key.
        closeDemo();
        sandbox::SandboxServer whop;
        QVERIFY(whop.listenLocal(0));
        test::seedOverviewOverrides(whop);
        QProcessEnvironment env;
        env.insert("WHOP_API_KEY", QLatin1String(sandbox::SandboxServer::DemoAppApiKey));
        app::Options options;
        options.baseUrl = whop.baseUrl();
        createSession(options, env);
        QVERIFY(showWindow(QSize(900, 700)));
        session->start();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(session->needsUser(), 10000);
        // The user to edit, typed where the main window asks for it.
        QVERIFY(KeyboardJourney::tabTo("userToEdit"));
        KeyboardJourney::type("demo-creator");
        KeyboardJourney::press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot(), 10000);

        ui::OverviewWindow *overview = openOverview();
        QVERIFY(overview);
        // Said above the list: no global profile, compared with the key's own account.
        const QString note = status(overview, "routeNote");
        QVERIFY2(note.contains("API key cannot read") && note.contains("Demo Studio"),
                 qPrintable(note));
        auto *table = overview->findChild<QTableView *>("accountTable");
        QTRY_VERIFY_WITH_TIMEOUT(!column(table, 1).first().isEmpty(), 10000);
        for (const QString &name : column(table, 1))
            QVERIFY2(!name.startsWith("inherits"), qPrintable(name));
        // Every row was read as the chosen user inside its account, never as "me".
        int reads = 0;
        for (const auto &r : whop.requests()) {
            if (r.method != "GET" || !r.path.contains("/users/"))
                continue;
            ++reads;
            QCOMPARE(r.path, QString("/api/v1/users/demo-creator"));
            QVERIFY(r.query.hasQueryItem("account_id"));
        }
        QVERIFY(reads > 1);

        // "From the global profile" is offered disabled, with why.
        KeyboardJourney::press(Qt::Key_A, Qt::ControlModifier); // every account
        QVERIFY(KeyboardJourney::tabTo("nameSource"));
        auto *source = overview->findChild<QComboBox *>("nameSource");
        const auto *items = qobject_cast<QStandardItemModel *>(source->model());
        QVERIFY(items && !items->item(1)->isEnabled());
        QVERIFY(status(overview, "sourceNote").contains("From the global profile"));
        KeyboardJourney::press(Qt::Key_Escape);
        QTRY_VERIFY(!overview->isVisible());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    OverviewJourneyTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_overview_journey.moc"
