#include "common/DemoWindow.h"
#include "common/SandboxFixture.h"
#include "common/TestSupport.h"
#include "sandbox/SandboxServer.h"
#include "ui/Prompts.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace whop;
using namespace whop::test;
using sandbox::Fault;
using ui::Prompts;

class MainWindowTest : public QObject, test::DemoWindow
{
    Q_OBJECT

    template <typename T> T *child(const char *name)
    {
        auto *w = window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QPushButton *saveButton() { return child<QPushButton>("saveButton"); }
    QLineEdit *nameEdit() { return child<QLineEdit>("nameEdit"); }
    QLineEdit *usernameEdit() { return child<QLineEdit>("usernameEdit"); }
    int patches()
    {
        int n = 0;
        for (const auto &r : server()->requests())
            n += r.method == "PATCH";
        return n;
    }

    QJsonObject lastPatchBody()
    {
        const auto all = server()->requests();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (it->method == "PATCH")
                return jsonOf(it->body);
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(openDemo());
        QCOMPARE(nameEdit()->text(), QStringLiteral("Demo Creator"));
        QVERIFY(window->windowTitle().contains(QStringLiteral("Demo")));
    }
    void cleanup() { closeDemo(); }

    void firstPaint_isSignalledOnce_startedBeforeDone()
    {
        ui::MainWindow second(session.get());
        QStringList order;
        connect(&second, &ui::MainWindow::firstPaintStarted, this,
                [&order] { order << QStringLiteral("started"); });
        connect(&second, &ui::MainWindow::firstPainted, this,
                [&order] { order << QStringLiteral("painted"); });
        auto *modes = second.findChild<QComboBox *>(QStringLiteral("modeSelector"));
        QVERIFY(modes);
        QCOMPARE(modes->sizeAdjustPolicy(), QComboBox::AdjustToContentsOnFirstShow);
        second.show();
        QTRY_COMPARE(order, QStringList({QStringLiteral("started"), QStringLiteral("painted")}));
        // From then on the tool bar's selectors follow their contents.
        QCOMPARE(modes->sizeAdjustPolicy(), QComboBox::AdjustToContents);
        QCOMPARE(
            second.findChild<QComboBox *>(QStringLiteral("identitySwitcher"))->sizeAdjustPolicy(),
            QComboBox::AdjustToContents);
        second.repaint();
        second.resize(second.size() + QSize(10, 10));
        QTest::qWait(50);
        QCOMPARE(order.size(), 2);
    }

    void beforeTheFirstLoad_theAccountPanelSaysNotLoaded()
    {
        app::Options options;
        options.demo = true;
        app::AppSession fresh(options); // not started: nothing loaded yet
        ui::MainWindow early(&fresh);
        QCOMPARE(early.findChild<QLabel *>(QStringLiteral("idValue"))->text(), QStringLiteral("—"));
        QVERIFY(early.findChild<QLabel *>(QStringLiteral("totalValue"))->isHidden());
        QVERIFY(early.findChild<QLabel *>(QStringLiteral("balancesValue"))->isHidden());
        QVERIFY(early.findChild<QLabel *>(QStringLiteral("earningsValue"))->isHidden());
    }

    void typing_enablesSave_andRevertUndoes()
    {
        QVERIFY(!saveButton()->isEnabled());
        nameEdit()->setFocus();
        QTest::keyClicks(nameEdit(), QStringLiteral(" Jr"));
        QVERIFY(saveButton()->isEnabled());
        QVERIFY(window->isWindowModified());
        QCOMPARE(child<QLabel>("nameCounter")->text(), QStringLiteral("15/100"));
        QTest::mouseClick(child<QPushButton>("revertButton"), Qt::LeftButton);
        QCOMPARE(nameEdit()->text(), QStringLiteral("Demo Creator"));
        QVERIFY(!saveButton()->isEnabled());
    }

    void invalidUsername_disablesSave_withTheReasonBesideIt()
    {
        usernameEdit()->selectAll();
        QTest::keyClicks(usernameEdit(), QStringLiteral("has space"));
        QVERIFY(!saveButton()->isEnabled());
        auto *error = child<QLabel>("usernameError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("letters, digits and hyphens")));
        usernameEdit()->selectAll();
        QTest::keyClicks(usernameEdit(), QStringLiteral("has-hyphen"));
        QVERIFY(!error->isVisible());
        QVERIFY(saveButton()->isEnabled());
    }

    void longName_turnsTheCounterRed_withoutCuttingTheText()
    {
        nameEdit()->selectAll();
        QTest::keyClicks(nameEdit(), QString(101, QLatin1Char('a')));
        QCOMPARE(nameEdit()->text().size(), 101);
        auto *counter = child<QLabel>("nameCounter");
        QCOMPARE(counter->text(), QStringLiteral("101/100"));
        QVERIFY(counter->property("overLimit").toBool());
        QCOMPARE(counter->palette().color(QPalette::WindowText), QColor(0xc6, 0x28, 0x28));
        QVERIFY(counter->font().bold());
        QVERIFY(!saveButton()->isEnabled());
        QTest::keyClick(nameEdit(), Qt::Key_Backspace); // back to 100: drawn as usual again
        QCOMPARE(counter->text(), QStringLiteral("100/100"));
        QVERIFY(!counter->property("overLimit").toBool());
        QCOMPARE(counter->palette().color(QPalette::WindowText),
                 nameEdit()->palette().color(QPalette::WindowText));
        QVERIFY(!counter->font().bold());
    }

    void ctrlS_saves()
    {
        auto *bio = child<QPlainTextEdit>("bioEdit");
        bio->setFocus();
        bio->moveCursor(QTextCursor::End);
        QTest::keyClicks(bio, QStringLiteral(" More soon."));
        QSignalSpy saved(session->editor(), &profile::ProfileEditor::saved);
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(5000));
        QCOMPARE(patches(), 1);
        QVERIFY(lastPatchBody()
                    .value(QStringLiteral("bio"))
                    .toString()
                    .endsWith(QStringLiteral("More soon.")));
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(!window->isWindowModified());
    }

    void failedSave_keepsTheText_andShowsABanner()
    {
        Fault unavailable = makeFault(Fault::Kind::Status, 503);
        unavailable.pathContains = QStringLiteral("/users/");
        server()->injectFault(unavailable, 3);
        nameEdit()->selectAll();
        QTest::keyClicks(nameEdit(), QStringLiteral("Kept Name"));
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window->bannerText().isEmpty(), 10000);
        QVERIFY(window->bannerText().contains(QStringLiteral("503")));
        QCOMPARE(nameEdit()->text(), QStringLiteral("Kept Name"));
        QVERIFY(saveButton()->isEnabled());
    }

    void takenUsername_isShownAtTheField_whichTakesFocus()
    {
        usernameEdit()->selectAll();
        QTest::keyClicks(usernameEdit(), QStringLiteral("taken-name"));
        nameEdit()->setFocus();
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        auto *error = child<QLabel>("usernameError");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 5000);
        QVERIFY(error->text().contains(QStringLiteral("taken")));
        QTRY_VERIFY(usernameEdit()->hasFocus());
        QVERIFY(window->bannerText().isEmpty());
    }

    void close_withUnsavedChanges_asks_andCancelKeepsTheWindow()
    {
        QTest::keyClicks(nameEdit(), QStringLiteral("!"));
        const int asked = Prompts::questionsAsked();
        Prompts::setNextAnswer(Prompts::Unsaved::Cancel);
        QVERIFY(!window->close());
        QCOMPARE(Prompts::questionsAsked(), asked + 1);
        QVERIFY(window->isVisible());
        QCOMPARE(nameEdit()->text(), QStringLiteral("Demo Creator!"));
    }

    void close_discard_closesWithoutSaving()
    {
        QTest::keyClicks(nameEdit(), QStringLiteral("!"));
        Prompts::setNextAnswer(Prompts::Unsaved::Discard);
        QVERIFY(window->close());
        QCOMPARE(patches(), 0);
    }

    void close_save_savesThenCloses()
    {
        QTest::keyClicks(nameEdit(), QStringLiteral("!"));
        Prompts::setNextAnswer(Prompts::Unsaved::Save);
        QVERIFY(!window->close()); // waits for the save
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 5000);
        QCOMPARE(patches(), 1);
    }

    void close_save_thatFails_staysOpen()
    {
        Fault unauthorized = makeFault(Fault::Kind::Status, 401);
        unauthorized.pathContains = QStringLiteral("/users/"); // not the avatar download
        server()->injectFault(unauthorized, 1);
        QTest::keyClicks(nameEdit(), QStringLiteral("!"));
        Prompts::setNextAnswer(Prompts::Unsaved::Save);
        QVERIFY(!window->close());
        QTRY_VERIFY_WITH_TIMEOUT(!window->bannerText().isEmpty(), 5000);
        QVERIFY(window->isVisible());
        QCOMPARE(nameEdit()->text(), QStringLiteral("Demo Creator!"));
    }

    // The one seam: each question takes only the answer of its own kind, one of each kind waits
    // (a second replaces the first), and the file chooser goes through it too.
    void prompts_eachQuestionTakesTheAnswerOfItsKind()
    {
        Prompts::setNextAnswer(Prompts::FileName{QStringLiteral("/tmp/first.png")});
        Prompts::setNextAnswer(Prompts::Confirm::Yes);
        Prompts::setNextAnswer(Prompts::Confirm::No); // replaces Yes
        Prompts::setNextAnswer(Prompts::Unsaved::Discard);
        bool confirmed = false;
        Prompts::confirm(nullptr, QStringLiteral("t"), QStringLiteral("?"), QStringLiteral("Yes"),
                         [&] { confirmed = true; });
        QVERIFY(!confirmed);
        QVERIFY(Prompts::askUnsavedChanges(nullptr, QStringLiteral("?"), [](Prompts::Unsaved) {}) ==
                std::optional(Prompts::Unsaved::Discard));
        QString chosen;
        Prompts::chooseFile(nullptr, QStringLiteral("fileDialog"), QStringLiteral("t"), {}, {},
                            [&](const QString &path) { chosen = path; });
        QCOMPARE(chosen, QStringLiteral("/tmp/first.png"));
        QVERIFY(!Prompts::takeNextAnswer<Prompts::Confirm>()); // each answer used once
        QVERIFY(!Prompts::takeNextAnswer<Prompts::FileName>());
        QVERIFY(!Prompts::takeNextAnswer<ui::DraftRecoveryDialog::Answer>());
    }

    void closeWithoutChanges_doesNotAsk()
    {
        const int asked = Prompts::questionsAsked();
        QVERIFY(window->close());
        QCOMPARE(Prompts::questionsAsked(), asked);
    }

    void readOnlyPanel_showsAccountFacts()
    {
        QCOMPARE(child<QLabel>("idValue")->text(),
                 QLatin1String(sandbox::SandboxServer::DemoUserId));
        QVERIFY(child<QLabel>("createdValue")->text().contains(QStringLiteral("2023")));
        QCOMPARE(child<QLabel>("kycValue")->text(), QStringLiteral("approved"));
        // Money as the locale writes it; without one (LANG=C), as in the United States.
        QCOMPARE(child<QLabel>("totalValue")->text(),
                 QLocale().language() == QLocale::C
                     ? QStringLiteral("$1,234.56")
                     : QLocale().toCurrencyString(1234.56, QStringLiteral("$"), 2));
        // Earnings (earnings_usd, self views only): the last 30 days and all time, as money too.
        const auto money = [](double usd) {
            return QLocale().language() == QLocale::C
                       ? QLocale(QLocale::English, QLocale::UnitedStates)
                             .toCurrencyString(usd, QStringLiteral("$"), 2)
                       : QLocale().toCurrencyString(usd, QStringLiteral("$"), 2);
        };
        QVERIFY(child<QLabel>("earningsValue")->isVisible());
        QCOMPARE(child<QLabel>("earningsValue")->text(),
                 QStringLiteral("30 days: %1\nAll time: %2").arg(money(610.0), money(8240.5)));
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>("avatar")->pixmap().isNull(), 5000);
        // Crisp on HiDPI: the pixmap carries the screen's device pixel ratio.
        QCOMPARE(child<QLabel>("avatar")->pixmap().devicePixelRatio(), window->devicePixelRatioF());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    MainWindowTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_main_window.moc"
