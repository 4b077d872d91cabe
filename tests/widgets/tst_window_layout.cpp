// The main window as a person sees it at its default size (820 × 600), in the states it is
// mostly seen in: the demo, an API key editing a user, an account's profile with "Use global",
// every field in error with the banner shown. Each is rendered to a PNG in the build tree
// (tests/renderings/, for a person to look at) and checked: nothing cut off, nothing on top of
// something else, every caption fits (or is elided with its whole text as the tooltip). Run at
// another device pixel ratio (QT_SCALE_FACTOR, see CMakeLists.txt), the PNGs carry "@<ratio>x".
// And the form stays where it is: when data arrives, and when field messages appear. With
// WHOP_TEST_LANGUAGE=de (or pt_BR) the same in that language; its PNGs carry "-de".
#include "AppSession.h"
#include "DemoSession.h"
#include "ElidingComboBox.h"
#include "HistoryDialog.h"
#include "HistoryModel.h"
#include "LayoutCheck.h"
#include "MainWindow.h"
#include "ModeBar.h"
#include "PreferencesDialog.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "SignInGuide.h"
#include "TestLanguage.h"
#include "TestSupport.h"

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
    std::unique_ptr<sandbox::SandboxServer> whop; // "Whop" for the API key
    std::unique_ptr<app::AppSession> session;
    std::unique_ptr<ui::MainWindow> window;

    template <typename T = QWidget> T *child(const char *name) const
    {
        auto *w = window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    sandbox::SandboxServer *demoServer() const { return sandboxOf(*session); }

    // The window at its default size, shown; the session not started yet.
    void open(const app::Options &options, const QProcessEnvironment &environment = {})
    {
        removeAppData();
        QSettings().clear(); // no profile chosen in an earlier state
        session = makeSession(options, environment);
        window = std::make_unique<ui::MainWindow>(session.get());
        window->resize(820, 600);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->size(), QSize(820, 600)); // its minimum size is not larger
    }
    void openDemo()
    {
        app::Options options;
        options.demo = true;
        open(options);
        QSignalSpy loaded(session->editor(), &profile::ProfileEditor::loaded);
        session->start();
        QVERIFY(loaded.wait(10000));
    }
    void waitForPicture()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>("avatar")->pixmap().isNull(), 10000);
    }
    // Lays out what is pending, as before a paint.
    void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
    }

    static QString ratioSuffix()
    {
        const qreal ratio = qApp->devicePixelRatio();
        const QString language = qEnvironmentVariable("WHOP_TEST_LANGUAGE");
        return (language.isEmpty() ? QString() : QLatin1Char('-') + language) +
               (qFuzzyCompare(ratio, 1.0) ? QString()
                                          : QStringLiteral("@%1x").arg(ratio, 0, 'g', 3));
    }

    // Renders the window to <build>/tests/renderings/<name>[@<ratio>x].png and checks it.
    void renderAndCheck(const QString &name)
    {
        settle();
        QDir().mkpath(QStringLiteral(WHOP_RENDERINGS_DIR));
        const QString path =
            QStringLiteral(WHOP_RENDERINGS_DIR "/%1%2.png").arg(name, ratioSuffix());
        const QPixmap shot = window->grab();
        if (shot.deviceIndependentSize().toSize() != QSize(820, 600)) {
            // Which part asks for more than the window's width: the widest minimum sizes.
            for (const QWidget *w : window->findChildren<QWidget *>())
                if (w->isVisible() && qMax(w->minimumSizeHint().width(), w->minimumWidth()) > 60)
                    qWarning("%s %s: minimum width %d / %d", w->metaObject()->className(),
                             qPrintable(w->objectName()), w->minimumSizeHint().width(),
                             w->minimumWidth());
        }
        QCOMPARE(shot.deviceIndependentSize().toSize(), QSize(820, 600));
        QVERIFY2(shot.save(path), qPrintable(path));
        qInfo("rendered %s (%d×%d pixels)", qPrintable(path), shot.width(), shot.height());

        const QStringList problems = layoutProblems(window.get(), {child("avatar")});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Every control of the tool bars is on them: none went to the "»" overflow menu.
        for (auto *bar : window->findChildren<QToolBar *>()) {
            auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
            QVERIFY2(!more || !more->isVisible(), qPrintable(bar->objectName()));
        }
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

private Q_SLOTS:
    void initTestCase()
    {
        whop = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(whop->listenLocal(0));
    }
    void cleanup()
    {
        window.reset();
        session.reset();
    }

    void demo()
    {
        openDemo();
        waitForPicture();
        verifyWhole("identitySwitcher");
        verifyWhole("modeSelector");
        renderAndCheck(QStringLiteral("demo"));
    }

    void apiKeyWithUser()
    {
        // An account API key from the environment, on a "Whop" at a custom address: the
        // identity's and the profile's texts are at their longest.
        app::Options options;
        options.baseUrl = whop->baseUrl();
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("WHOP_API_KEY"),
                           QLatin1String(sandbox::SandboxServer::DemoApiKey));
        open(options, environment);
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(!session->mode().accountId.isEmpty(), 10000);
        const QString user = QLatin1String(sandbox::SandboxServer::DemoUserId);
        QSignalSpy loaded(session->editor(), &profile::ProfileEditor::loaded);
        window->findChild<ui::ModeBar *>()->requestUser(user);
        QVERIFY(loaded.wait(10000));
        waitForPicture();

        auto *field = child<QLineEdit>("userToEdit");
        QCOMPARE(field->text(), user);
        // The whole id is in view, with the cursor after it.
        const int room =
            field->width() -
            2 * field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, field) - 4;
        QVERIFY2(field->fontMetrics().horizontalAdvance(user + QLatin1Char(' ')) <= room,
                 qPrintable(QStringLiteral("%1 px for the user field").arg(field->width())));
        verifyWhole("identitySwitcher");
        verifyWhole("modeSelector");
        renderAndCheck(QStringLiteral("api-key-user"));

        // A user that cannot be one: said in words beside the field, which keeps its width.
        const int width = field->width();
        window->findChild<ui::ModeBar *>()->requestUser(QStringLiteral("not a user!"));
        auto *problem = child<QLabel>("userProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->toolTip().isEmpty(), "the words are shown whole");
        QCOMPARE(field->width(), width);
        renderAndCheck(QStringLiteral("api-key-user-problem"));
    }

    void overrideMode()
    {
        openDemo();
        QSignalSpy loaded(session->editor(), &profile::ProfileEditor::loaded);
        window->findChild<ui::ModeBar *>()->requestAccount(
            QLatin1String(sandbox::SandboxServer::DemoAccountId), QStringLiteral("Demo Studio"));
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(child<QToolButton>("useGlobalName")->isVisible(), 10000);
        waitForPicture();
        verifyWhole("modeSelector");
        renderAndCheck(QStringLiteral("override"));
    }

    void everyFieldInError()
    {
        openDemo();
        waitForPicture();
        auto *editor = session->editor();
        // Whop refuses the bio…
        Fault refused = makeFault(Fault::Kind::Status, 422);
        refused.method = "PATCH";
        refused.body = R"({"error":{"type":"invalid_request_error","code":"invalid_parameter",)"
                       R"("message":"Bio must not contain links to other platforms.",)"
                       R"("param":"bio"}})";
        demoServer()->injectFault(refused, 1);
        editor->setValue(Field::Bio, QStringLiteral("Find me at example.com"));
        QSignalSpy refusedField(editor, &profile::ProfileEditor::serverFieldError);
        QVERIFY(editor->save());
        QVERIFY(refusedField.wait(10000));
        // …then name and username are typed wrong…
        editor->setValue(Field::Name, QString(101, QLatin1Char('a')));
        editor->setValue(Field::Username, QStringLiteral("has space"));
        // …and a reload fails: the banner says so, with Retry.
        Fault down = makeFault(Fault::Kind::Status, 503);
        down.method = "GET";
        down.pathContains = QStringLiteral("/users/");
        down.headers = {{"Retry-After", "0"}};
        demoServer()->injectFault(down, 3);
        editor->load();
        QTRY_VERIFY_WITH_TIMEOUT(window->bannerText().contains(QStringLiteral("503")), 20000);
        for (const char *name : {"nameError", "usernameError", "bioError"})
            QVERIFY2(child<QLabel>(name)->isVisible(), name);
        renderAndCheck(QStringLiteral("errors"));
    }

    // Preferences at the size it opens with: its wrapped notes fit without overlapping (they
    // take more lines in German and Portuguese).
    void preferences_fitTheirTexts()
    {
        openDemo();
        ui::PreferencesDialog dialog(session->preferences(), window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle();
        const QString path =
            QStringLiteral(WHOP_RENDERINGS_DIR "/preferences%1.png").arg(ratioSuffix());
        QVERIFY2(dialog.grab().save(path), qPrintable(path));
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
            other.listen(QHostAddress::LocalHost, session->preferences()->ensureRedirectPort()));
        auto *guide = ui::SignInGuide::openAt(
            session->preferences(), window.get(),
            auth::stepFixing(problem).value_or(auth::SetupStep::App), problem);
        QVERIFY(QTest::qWaitForWindowExposed(guide));
        settle();
        const QString path = QStringLiteral(WHOP_RENDERINGS_DIR "/sign-in-guide-%1%2.png")
                                 .arg(QLatin1String(QTest::currentDataTag()), ratioSuffix());
        QVERIFY2(guide->grab().save(path), qPrintable(path));
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
        auto *editor = session->editor();
        for (const auto &[field, value] :
             {std::pair{Field::Name, QStringLiteral("A Name Saved Once")},
              std::pair{Field::Bio, QStringLiteral("A bio saved once,\nwith a second line.")}}) {
            editor->setValue(field, value);
            QSignalSpy saved(editor, &profile::ProfileEditor::saved);
            QVERIFY(editor->save());
            QVERIFY(saved.wait(10000));
        }
        ui::HistoryDialog *history = window->openHistory();
        history->resize(820, 600);
        QVERIFY(QTest::qWaitForWindowExposed(history));
        QCOMPARE(history->model()->rowCount(), 2);
        history->tree()->expandAll();
        history->tree()->setCurrentIndex(history->model()->index(0, 0));
        settle();
        QCOMPARE(history->size(), QSize(820, 600)); // its minimum size is not larger
        QDir().mkpath(QStringLiteral(WHOP_RENDERINGS_DIR));
        const QString path =
            QStringLiteral(WHOP_RENDERINGS_DIR "/history%1.png").arg(ratioSuffix());
        QVERIFY2(history->grab().save(path), qPrintable(path));
        const QStringList problems = layoutProblems(history);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void formColumn_staysPut_whenDataArrives()
    {
        // --demo: no banner above the form, so whatever moves the fields is the form's doing.
        app::Options options;
        options.demo = true;
        open(options);
        settle();
        auto *name = child("nameEdit");
        auto *bio = child("bioEdit");
        const int formX = name->mapTo(window.get(), QPoint()).x();
        const int bioY = bio->mapTo(window.get(), QPoint()).y();
        QCOMPARE(child<QLabel>("idValue")->text(), QStringLiteral("—"));

        QSignalSpy loaded(session->editor(), &profile::ProfileEditor::loaded);
        session->start();
        QVERIFY(loaded.wait(10000));
        waitForPicture();
        settle();
        QVERIFY(window->bannerText().isEmpty());
        QCOMPARE(child<QLabel>("idValue")->text(),
                 QLatin1String(sandbox::SandboxServer::DemoUserId));
        // The account panel now holds the id, a date and balances: the form has not moved.
        QCOMPARE(name->mapTo(window.get(), QPoint()).x(), formX);
        QCOMPARE(bio->mapTo(window.get(), QPoint()).y(), bioY);

        // Another profile, with other facts and "Use global" buttons under the fields.
        window->findChild<ui::ModeBar *>()->requestAccount(
            QLatin1String(sandbox::SandboxServer::DemoAccountId), QStringLiteral("Demo Studio"));
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(child<QToolButton>("useGlobalName")->isVisible(), 10000);
        settle();
        QVERIFY(window->bannerText().isEmpty());
        QCOMPARE(name->mapTo(window.get(), QPoint()).x(), formX);
        QCOMPARE(bio->mapTo(window.get(), QPoint()).y(), bioY);
    }

    void bio_staysPut_whenFieldMessagesAppear()
    {
        openDemo();
        settle();
        auto *bio = child("bioEdit");
        const QPoint before = bio->mapTo(window.get(), QPoint());
        const QSize size = bio->size();

        session->editor()->setValue(Field::Name, QString(101, QLatin1Char('a')));
        session->editor()->setValue(Field::Username, QStringLiteral("has space"));
        QVERIFY(child<QLabel>("nameError")->isVisible());
        QVERIFY(child<QLabel>("usernameError")->isVisible());
        settle();
        QCOMPARE(bio->mapTo(window.get(), QPoint()), before);
        QCOMPARE(bio->size(), size);

        session->editor()->revert();
        settle();
        QVERIFY(child<QLabel>("nameError")->isHidden());
        QCOMPARE(bio->mapTo(window.get(), QPoint()), before);
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
