// The main window as a person meets it (WindowStates.h: the first run with its banner, the demo,
// a user token, an API key editing a user, an account's profile with "Use global", every field
// in error, a save that meets changes made elsewhere, a picture being uploaded, a profile without
// a picture, the longest values, a right-to-left name), each at the size the window opens with
// and at 820 × 600. Each is rendered to a PNG in the build tree (tests/renderings/, for a person
// to look at) and checked (LayoutCheck.h): nothing cut off or squeezed below its minimum, nothing
// on top of something else, every caption fits (or is elided with its whole text as the
// tooltip), Bio keeps room for a few lines, and the form's column is where it is in every other
// state. The CMake variants run it in German and Brazilian Portuguese (WHOP_TEST_LANGUAGE; PNGs
// carry "-de") and at device pixel ratios 1.5 and 2 (QT_SCALE_FACTOR; PNGs carry "@2x").
// And the form stays where it is: when data arrives, and when field messages appear.
#include "common/DemoSession.h"
#include "common/SandboxFixture.h"
#include "common/TestLanguage.h"
#include "common/TestSupport.h"
#include "common/TreePath.h"
#include "history/HistoryModel.h"
#include "sandbox/SandboxServer.h"
#include "session/AppSession.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/HistoryDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/SignInGuide.h"
#include "ui/widgets/ElidingComboBox.h"
#include "ui/widgets/ModeBar.h"
#include "ui/widgets/ProfileForm.h"
#include "widgets/LayoutCheck.h"
#include "widgets/WindowStates.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTcpServer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace whop;
using namespace whop::test;
using profile::Field;
using sandbox::Fault;

class WindowLayoutTest : public QObject
{
    Q_OBJECT
    WindowStates states;
    // Where the form's column starts, per window size, and the state that put it there first.
    QMap<QString, std::pair<int, QString>> formColumns;

    ui::MainWindow *window() const { return states.window(); }
    app::AppSession *session() const { return states.session(); }
    template <typename T = QWidget> T *child(const char *name) const
    {
        return states.child<T>(name);
    }

    void openDemo()
    {
        app::Options options;
        options.demo = true;
        states.open(options);
        QSignalSpy loaded(session()->editor(), &profile::ProfileEditor::loaded);
        session()->start();
        QVERIFY(loaded.wait(10000));
    }
    // Lays out what is pending, as before a paint.
    static void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
    }

    static QString suffix()
    {
        const qreal ratio = qApp->devicePixelRatio();
        const QString language = qEnvironmentVariable("WHOP_TEST_LANGUAGE");
        return (language.isEmpty() ? QString() : QLatin1Char('-') + language) +
               (qFuzzyCompare(ratio, 1.0) ? QString()
                                          : QStringLiteral("@%1x").arg(ratio, 0, 'g', 3));
    }
    // Writes `shot` to <build>/tests/renderings/<name><suffix>.png; why not, if it cannot.
    static QString save(const QPixmap &shot, const QString &name)
    {
        QDir().mkpath(whop::test::treePath(WHOP_RENDERINGS_DIR));
        const QString path =
            (whop::test::treePath(WHOP_RENDERINGS_DIR) + QStringLiteral("/%1%2.png"))
                .arg(name, suffix());
        if (!shot.save(path))
            return QStringLiteral("%1 not written").arg(path);
        qInfo("rendered %s", qPrintable(path));
        return {};
    }

    // What is wrong with the window as it is now, in the state `state`.
    QStringList windowProblems(const QString &state)
    {
        QStringList problems = layoutProblems(window(), {child("avatar")});
        // Every control of the tool bars is on them: none went to the "»" overflow menu.
        for (auto *bar : window()->findChildren<QToolBar *>()) {
            auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
            if (more && more->isVisible())
                problems << QStringLiteral("%1 sends controls to its » menu").arg(describe(bar));
        }
        // Bio keeps room for a few lines whatever else the window shows.
        auto *bio = child<QPlainTextEdit>("bioEdit");
        const int lines = bio->viewport()->height() / bio->fontMetrics().lineSpacing();
        if (lines < MinBioLines)
            problems << QStringLiteral("Bio shows %1 lines (%2 px), fewer than %3")
                            .arg(lines)
                            .arg(bio->viewport()->height())
                            .arg(MinBioLines);
        // The form's column: its three fields start where they start in every other state.
        const int x = child("nameEdit")->mapTo(window(), QPoint()).x();
        for (const char *field : {"usernameEdit", "bioEdit"}) {
            if (child(field)->mapTo(window(), QPoint()).x() != x)
                problems << QStringLiteral("%1 starts at x %2, Name at %3")
                                .arg(QLatin1String(field))
                                .arg(child(field)->mapTo(window(), QPoint()).x())
                                .arg(x);
        }
        const QString size = QStringLiteral("%1x%2").arg(window()->width()).arg(window()->height());
        if (!formColumns.contains(size))
            formColumns.insert(size, {x, state});
        const auto [first, from] = formColumns.value(size);
        if (first != x)
            problems << QStringLiteral("the form's column starts at x %1, at %2 in \"%3\"")
                            .arg(x)
                            .arg(first)
                            .arg(from);
        return problems;
    }
    // Renders the window as it is now to <name><suffix>.png; what is wrong with it.
    QStringList renderAndCheck(const QString &state, const QString &name)
    {
        settle();
        const QSize size = window()->size();
        QStringList problems;
        const QPixmap shot = window()->grab(); // once: painting also updates elided tooltips
        const QSize shown = shot.deviceIndependentSize().toSize();
        if (shown != size)
            problems << QStringLiteral("rendered at %1×%2").arg(shown.width()).arg(shown.height());
        if (const QString failed = save(shot, name); !failed.isEmpty())
            problems << failed;
        problems << windowProblems(state);
        for (QString &problem : problems)
            problem = QStringLiteral("%1 at %2×%3: %4")
                          .arg(name)
                          .arg(size.width())
                          .arg(size.height())
                          .arg(problem);
        return problems;
    }
    // The window at the size it opened with, then at 820 × 600 (once when they are the same).
    void renderAtEverySize(const QString &state)
    {
        QStringList problems;
        const QSize opened = window()->size();
        if (opened != SmallSize) // MainWindow.ui's size, unless its contents want more
            problems << QStringLiteral("%1 opened at %2×%3, not at 820×600")
                            .arg(state)
                            .arg(opened.width())
                            .arg(opened.height());
        problems << renderAndCheck(state, state);
        if (opened != SmallSize) {
            window()->resize(SmallSize);
            settle();
            if (window()->size() != SmallSize) {
                problems << QStringLiteral("%1 cannot be made 820×600, only %2×%3")
                                .arg(state)
                                .arg(window()->width())
                                .arg(window()->height());
                // Which part asks for more: the widest and tallest minimum sizes.
                for (const QWidget *w : window()->findChildren<QWidget *>())
                    if (w->isVisible() &&
                        (w->minimumSizeHint().width() > 300 || w->minimumSizeHint().height() > 200))
                        qWarning("%s minimum %d×%d", qPrintable(describe(w)),
                                 w->minimumSizeHint().width(), w->minimumSizeHint().height());
            }
            problems << renderAndCheck(state, state + QStringLiteral("-820x600"));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The selector shows its whole current text, no eliding needed at this width (in English;
    // another language's longer words may be elided, with the whole text as the tooltip).
    void verifyWhole(const char *comboName)
    {
        auto *combo = child<ui::ElidingComboBox>(comboName);
        if (!qEnvironmentVariableIsEmpty("WHOP_TEST_LANGUAGE") && combo->isElided()) {
            QVERIFY2(!combo->toolTip().isEmpty(), comboName);
            return;
        }
        QVERIFY2(!combo->isElided(), qPrintable(QStringLiteral("%1 elided at %2 px: %3")
                                                    .arg(QLatin1String(comboName))
                                                    .arg(combo->width())
                                                    .arg(combo->currentText())));
    }
    // The user's whole id is in view in the field, with the cursor after it.
    void verifyUserField()
    {
        const QString user = QLatin1String(sandbox::SandboxServer::DemoUserId);
        auto *field = child<QLineEdit>("userToEdit");
        QCOMPARE(field->text(), user);
        const int room =
            field->width() -
            2 * field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, field) - 4;
        QVERIFY2(field->fontMetrics().horizontalAdvance(user + QLatin1Char(' ')) <= room,
                 qPrintable(QStringLiteral("%1 px for the user field").arg(field->width())));
    }

    static constexpr QSize SmallSize{820, 600};
    static constexpr int MinBioLines = ui::ProfileForm::MinimumBioLines;

private Q_SLOTS:
    void cleanup() { states.close(); }

    // Every state at the size the window opens with and at 820 × 600: nothing overlaps, nothing
    // is cut off, every text fits or has its tooltip, Bio has room, the form stays in its column.
    void everyState_fits_data()
    {
        QTest::addColumn<QString>("state");
        for (const QString &state : WindowStates::names())
            QTest::newRow(qPrintable(state)) << state;
    }
    void everyState_fits()
    {
        QFETCH(QString, state);
        states.reach(state);
        if (QTest::currentTestFailed())
            return;
        if (state == QLatin1String("api-key-user"))
            verifyUserField();
        verifyWhole("identitySwitcher");
        verifyWhole("modeSelector");
        renderAtEverySize(state);
        if (state == QLatin1String("api-key-user") && !QTest::currentTestFailed()) {
            // A user that cannot be one: said in words beside the field, which keeps its width.
            auto *field = child<QLineEdit>("userToEdit");
            const int width = field->width();
            window()->findChild<ui::ModeBar *>()->requestUser(QStringLiteral("not a user!"));
            auto *problem = child<QLabel>("userProblem");
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->toolTip().isEmpty(), "the words are shown whole");
            QCOMPARE(field->width(), width);
            const QStringList problems =
                renderAndCheck(state, QStringLiteral("api-key-user-problem"));
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
        if (ui::SaveConflictDialog *dialog = states.conflictDialog()) {
            // The question about the conflict fits the window it belongs to.
            settle();
            const QString failed = save(dialog->grab(), QStringLiteral("conflict-dialog"));
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
            QVERIFY2(
                dialog->width() <= 820 && dialog->height() <= 600,
                qPrintable(QStringLiteral("%1 × %2").arg(dialog->width()).arg(dialog->height())));
            const QStringList problems = layoutProblems(dialog);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }

    // Preferences at the size it opens with: its wrapped notes fit without overlapping (they
    // take more lines in German and Portuguese).
    void preferences_fitTheirTexts()
    {
        openDemo();
        ui::PreferencesDialog dialog(session()->preferences(), window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle();
        const QString failed = save(dialog.grab(), QStringLiteral("preferences"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QStringList problems = layoutProblems(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The sign-in guide fits the default window size (820 × 600) with everything it can show:
    // a refusal's text, the offer of another port, the notes; in German and Portuguese too.
    void signInGuide_fitsAt820x600_data()
    {
        QTest::addColumn<auth::SignInProblem>("problem");
        QTest::newRow("client-type") << auth::SignInProblem::ClientNotPublic;
        QTest::newRow("port-taken") << auth::SignInProblem::PortBusy;
        QTest::newRow("scopes") << auth::SignInProblem::ScopeMissing;
    }
    void signInGuide_fitsAt820x600()
    {
        QFETCH(auth::SignInProblem, problem);
        openDemo();
        QTcpServer other; // another program on the kept port: the port's note and button show
        QVERIFY(
            other.listen(QHostAddress::LocalHost, session()->preferences()->ensureRedirectPort()));
        auto *guide = ui::SignInGuide::openAt(
            session()->preferences(), window(),
            auth::stepFixing(problem).value_or(auth::SetupStep::App), problem);
        QVERIFY(QTest::qWaitForWindowExposed(guide));
        settle();
        const QString failed = save(guide->grab(), QStringLiteral("sign-in-guide-") +
                                                       QLatin1String(QTest::currentDataTag()));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY2(guide->width() <= 820 && guide->height() <= 600,
                 qPrintable(QStringLiteral("%1 × %2").arg(guide->width()).arg(guide->height())));
        const QStringList problems = layoutProblems(guide);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        guide->close();
    }

    // History at 820 × 600 with changes in it, opened to their fields: its filters, list, details
    // and buttons fit (German and Portuguese take more room).
    void history_fitsItsTexts()
    {
        openDemo();
        auto *editor = session()->editor();
        for (const auto &[field, value] :
             {std::pair{Field::Name, QStringLiteral("A Name Saved Once")},
              std::pair{Field::Bio, QStringLiteral("A bio saved once,\nwith a second line.")}}) {
            editor->setValue(field, value);
            QSignalSpy saved(editor, &profile::ProfileEditor::saved);
            QVERIFY(editor->save());
            QVERIFY(saved.wait(10000));
        }
        ui::HistoryDialog *history = window()->openHistory();
        history->resize(820, 600);
        QVERIFY(QTest::qWaitForWindowExposed(history));
        QCOMPARE(history->model()->rowCount(), 2);
        history->tree()->expandAll();
        history->tree()->setCurrentIndex(history->model()->index(0, 0));
        settle();
        QCOMPARE(history->size(), QSize(820, 600)); // its minimum size is not larger
        const QString failed = save(history->grab(), QStringLiteral("history"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QStringList problems = layoutProblems(history);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void formColumn_staysPut_whenDataArrives()
    {
        // --demo: no banner above the form, so whatever moves the fields is the form's doing.
        app::Options options;
        options.demo = true;
        states.open(options);
        settle();
        auto *name = child("nameEdit");
        auto *bio = child("bioEdit");
        const int formX = name->mapTo(window(), QPoint()).x();
        const int bioY = bio->mapTo(window(), QPoint()).y();
        QCOMPARE(child<QLabel>("idValue")->text(), QStringLiteral("—"));

        QSignalSpy loaded(session()->editor(), &profile::ProfileEditor::loaded);
        session()->start();
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>("avatar")->pixmap().isNull(), 10000);
        settle();
        QVERIFY(window()->bannerText().isEmpty());
        QCOMPARE(child<QLabel>("idValue")->text(),
                 QLatin1String(sandbox::SandboxServer::DemoUserId));
        // The account panel now holds the id, a date and balances: the form has not moved.
        QCOMPARE(name->mapTo(window(), QPoint()).x(), formX);
        QCOMPARE(bio->mapTo(window(), QPoint()).y(), bioY);

        // Another profile, with other facts and "Use global" buttons under the fields.
        window()->findChild<ui::ModeBar *>()->requestAccount(
            QLatin1String(sandbox::SandboxServer::DemoAccountId), QStringLiteral("Demo Studio"));
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(child<QToolButton>("useGlobalName")->isVisible(), 10000);
        settle();
        QVERIFY(window()->bannerText().isEmpty());
        QCOMPARE(name->mapTo(window(), QPoint()).x(), formX);
        QCOMPARE(bio->mapTo(window(), QPoint()).y(), bioY);
    }

    void bio_staysPut_whenFieldMessagesAppear()
    {
        openDemo();
        settle();
        auto *bio = child("bioEdit");
        const QPoint before = bio->mapTo(window(), QPoint());
        const QSize size = bio->size();

        session()->editor()->setValue(Field::Name, QString(101, QLatin1Char('a')));
        session()->editor()->setValue(Field::Username, QStringLiteral("has space"));
        QVERIFY(child<QLabel>("nameError")->isVisible());
        QVERIFY(child<QLabel>("usernameError")->isVisible());
        settle();
        QCOMPARE(bio->mapTo(window(), QPoint()), before);
        QCOMPARE(bio->size(), size);

        session()->editor()->revert();
        settle();
        QVERIFY(child<QLabel>("nameError")->isHidden());
        QCOMPARE(bio->mapTo(window(), QPoint()), before);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    whop::test::installTestLanguage(); // German's longer words, when asked for
    WindowLayoutTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_window_layout.moc"
