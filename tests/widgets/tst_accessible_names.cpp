// What a screen reader is told about every window and dialog, checked in-process
// (tests/common/AccessibilityChecks.h): names that agree with the screen, controls with names,
// labelled combo boxes, pictures with text alternatives, no shared Alt+letters. The AT-SPI audit
// (tests/accessibility) runs the real program from outside; this one reaches every dialog quickly,
// also in German and Brazilian Portuguese (WHOP_TEST_LANGUAGE, see CMakeLists.txt).

#include "avatar/LogoCache.h"
#include "common/AccessibilityChecks.h"
#include "common/DemoWindow.h"
#include "common/TestLanguage.h"
#include "common/TestSupport.h"
#include "history/HistoryModel.h"
#include "ui/Browser.h"
#include "ui/MainWindow.h"
#include "ui/OverviewWindow.h"
#include "ui/Prompts.h"
#include "ui/dialogs/AboutBox.h"
#include "ui/dialogs/AccountPickerDialog.h"
#include "ui/dialogs/AddIdentityDialog.h"
#include "ui/dialogs/CropDialog.h"
#include "ui/dialogs/DraftRecoveryDialog.h"
#include "ui/dialogs/HistoryDialog.h"
#include "ui/dialogs/InterruptedBatchDialog.h"
#include "ui/dialogs/ManageIdentitiesDialog.h"
#include "ui/dialogs/SaveConflictDialog.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/dialogs/SignInGuide.h"
#include "ui/widgets/IdentityBar.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTreeView>

using namespace whop;

class AccessibleNamesTest : public QObject, test::DemoWindow
{
    Q_OBJECT

    void verifyClean(QWidget *top)
    {
        QVERIFY(top);
        const QStringList problems = test::accessibilityProblems(top);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    template <typename Dialog> Dialog *openedDialog()
    {
        Dialog *found = nullptr;
        (void)QTest::qWaitFor([&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<Dialog *>(w); d && d->isVisible())
                    found = d;
            return found != nullptr;
        });
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        // In another language, when asked for: the translated names and Alt+letters too.
        test::installTestLanguage();
    }
    void init() { QVERIFY(openDemo(QSize(820, 600))); }
    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w != window.get() && w->isVisible())
                w->close();
        closeDemo();
    }

    void mainWindow_loaded() { verifyClean(window.get()); }

    void mainWindow_withEveryFieldInError()
    {
        auto *name = window->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *username = window->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QString(101, QLatin1Char('n')));
        username->setFocus();
        username->selectAll();
        QTest::keyClicks(username, QStringLiteral("no spaces allowed"));
        verifyClean(window.get());
        // The visible problem is what the field describes itself with.
        QVERIFY(!username->accessibleDescription().isEmpty());
        QVERIFY(!name->accessibleDescription().isEmpty());
    }

    void mainWindow_withABanner()
    {
        app::Notice notice;
        notice.kind = app::Notice::Kind::Error;
        notice.text = QStringLiteral("Whop could not be reached.");
        notice.action = app::Notice::Action::Retry;
        session->showNotice(notice);
        verifyClean(window.get());
    }

    void addIdentityDialog()
    {
        window->identityBar()->openAddDialog();
        verifyClean(openedDialog<ui::AddIdentityDialog>());
    }

    // The sign-in guide as it first opens, and opened for a refusal (its problem shown and the
    // focus on it), and with the offer of another port (the kept one taken by another program).
    void signInGuide_data()
    {
        QTest::addColumn<auth::SignInProblem>("problem");
        QTest::newRow("set up") << auth::SignInProblem::None;
        QTest::newRow("client type") << auth::SignInProblem::ClientNotPublic;
        QTest::newRow("port taken") << auth::SignInProblem::PortBusy;
    }
    void signInGuide()
    {
        QFETCH(auth::SignInProblem, problem);
        QTcpServer other;
        if (problem == auth::SignInProblem::PortBusy)
            QVERIFY(other.listen(QHostAddress::LocalHost,
                                 session->preferences()->ensureRedirectPort()));
        auto *guide = ui::SignInGuide::openAt(
            session->preferences(), window.get(),
            auth::stepFixing(problem).value_or(auth::SetupStep::App), problem);
        verifyClean(guide);
        QVERIFY(!guide->findChild<QLineEdit *>(QStringLiteral("clientId"))
                     ->accessibleDescription()
                     .isEmpty());
    }

    void signInDialog()
    {
        ui::Browser::setOpener([](const QUrl &) { return true; });
        QString why;
        auto *flow = session->beginSignIn(session->demoBaseUrl(), &why);
        QVERIFY2(flow, qPrintable(why));
        ui::SignInDialog dialog(flow, window.get());
        dialog.show();
        verifyClean(&dialog);
        dialog.reject();
        ui::Browser::setOpener({});
    }

    void manageIdentitiesDialog()
    {
        window->identityBar()->openManageDialog();
        verifyClean(openedDialog<ui::ManageIdentitiesDialog>());
    }

    void accountPickerDialog()
    {
        avatar::LogoCache logos(session->networkAccessManager(), 32);
        ui::AccountPickerDialog picker(session->accounts(), &logos, window.get());
        picker.show();
        QTest::qWait(200); // the first page of accounts
        verifyClean(&picker);
    }

    void cropDialog()
    {
        avatar::LoadedPicture picture;
        picture.working = QImage(400, 300, QImage::Format_RGB32);
        picture.working.fill(Qt::darkCyan);
        picture.fullSize = picture.storedSize = picture.working.size();
        picture.format = "jpeg";
        ui::CropDialog crop(picture, window.get());
        crop.show();
        verifyClean(&crop);
    }

    void draftRecoveryDialog()
    {
        profile::DraftRecovery recovery;
        profile::DraftDifference d;
        d.field = profile::Field::Name;
        d.draftValue = QStringLiteral("Draft name");
        d.serverValue = QStringLiteral("Server name");
        d.baseValue = QStringLiteral("Old name");
        d.serverChanged = true;
        recovery.fields.append(d);
        ui::DraftRecoveryDialog dialog(recovery, window.get());
        dialog.show();
        verifyClean(&dialog);
    }

    void aboutBox()
    {
        ui::AboutBox::openFor(window.get());
        verifyClean(openedDialog<ui::AboutBox>());
    }

    void unsavedChangesQuestion()
    {
        auto *name = window->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("!"));
        window->close(); // asks
        QWidget *question = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (question = QApplication::activeModalWidget()); }));
        verifyClean(question);
    }

    void allAccountsWindow()
    {
        ui::OverviewWindow overview(session.get());
        overview.show();
        QTest::qWait(300);
        verifyClean(&overview);
    }

    void historyWindow()
    {
        // A saved change in the list, opened to its fields.
        session->editor()->setValue(profile::Field::Name, QStringLiteral("Named for History"));
        QSignalSpy saved(session->editor(), &profile::ProfileEditor::saved);
        QVERIFY(session->editor()->save());
        QVERIFY(saved.wait(10000));
        ui::HistoryDialog *history = window->openHistory();
        QTRY_COMPARE(history->model()->rowCount(), 1);
        history->tree()->expandAll();
        verifyClean(history);
    }

    void interruptedBatchQuestion()
    {
        history::InterruptedBatch batch;
        batch.entry.type = history::HistoryEntry::Type::Batch;
        batch.entry.batchId = QStringLiteral("bat_1");
        batch.entry.at = QDateTime::currentDateTimeUtc();
        for (const char *id : {"biz_A", "biz_B", "biz_C"})
            batch.entry.accounts.append({QLatin1String(id), std::nullopt, 0});
        batch.received = {QStringLiteral("biz_A")};
        batch.notReceived = {QStringLiteral("biz_B")};
        batch.unknown = {QStringLiteral("biz_C")};
        batch.whyUnknown.insert(QStringLiteral("biz_C"), QStringLiteral("It could not be read."));
        ui::InterruptedBatchDialog dialog(batch, {}, window.get());
        dialog.show();
        verifyClean(&dialog);
    }

    void restoreConflictQuestion()
    {
        QList<ui::SaveConflictDialog::ProfileConflict> profiles;
        for (int i = 0; i < 2; ++i) {
            profile::SaveConflict c;
            c.fields.append({profile::Field::Bio, QStringLiteral("Written here"),
                             QStringLiteral("Changed on the web"), QStringLiteral("Before")});
            profiles.append({i, QStringLiteral("Account %1").arg(i), c, {}});
        }
        ui::SaveConflictDialog dialog(profiles, nullptr, window.get());
        dialog.show();
        verifyClean(&dialog);
    }

    // The checks themselves catch what they are for.
    void checks_findWhatTheyLookFor()
    {
        QWidget w;
        auto *caption = new QLabel(QStringLiteral("&User ID"), &w);
        auto *value = new QLabel(QStringLiteral("user_123"), &w);
        value->setAccessibleName(QStringLiteral("User ID"));
        auto *button = new QPushButton(QStringLiteral("Connect…"), &w);
        button->setAccessibleName(QStringLiteral("Retry"));
        auto *combo = new QComboBox(&w);
        combo->addItem(QStringLiteral("Global profile"));
        auto *field = new QLineEdit(&w);
        caption->setBuddy(field);
        auto *other = new QPushButton(QStringLiteral("&Use"), &w);
        w.show();
        const QString all = test::accessibilityProblems(&w).join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("[hides-text]")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("[button-name]")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("[combo-label]")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("[mnemonic]")), qPrintable(all)); // Alt+U twice
        Q_UNUSED(other);
    }
};

QTEST_MAIN(AccessibleNamesTest)
#include "tst_accessible_names.moc"
