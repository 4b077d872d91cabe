// The Preferences dialog, driven with the keyboard where the focus is: every field checked as it
// is typed with the reason beside it, OK only while all are valid, Enter keeps, Escape drops, a
// value set on the command line shown read-only, and Edit → Preferences… on its shortcut.
#include "common/DemoWindow.h"
#include "common/TestSupport.h"
#include "session/Preferences.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/AddIdentityDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/widgets/IdentityBar.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

using namespace whop;
using app::Setting;
using ui::PreferencesDialog;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused() ? focused() : QApplication::activeWindow();
    // A shortcut (Ctrl, Alt) carries no text, as from a real keyboard.
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier))
        QTest::sendKeyEvent(QTest::Click, target, Qt::Key(key), QString(), modifiers);
    else
        QTest::keyClick(target, Qt::Key(key), modifiers);
}

void replaceWith(const QString &text)
{
    press(Qt::Key_A, Qt::ControlModifier);
    type(text);
}

app::Options parsed(QStringList args)
{
    args.prepend(QStringLiteral("whop-profile-editor"));
    return app::parseCommandLine(args, {}).options;
}

} // namespace

class PreferencesDialogTest : public QObject
{
    Q_OBJECT

    // Opens the dialog as the window does and waits until it has the focus.
    static PreferencesDialog *
    open(app::Preferences *prefs,
         PreferencesDialog::Section section = PreferencesDialog::Section::SignIn)
    {
        auto *dialog = PreferencesDialog::openAt(prefs, nullptr, section);
        if (!QTest::qWaitForWindowActive(dialog))
            return nullptr;
        return dialog;
    }
    static QPushButton *okButton(PreferencesDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
            ->button(QDialogButtonBox::Ok);
    }

    // The editor's window on a session without an identity (not the demo), shown and active.
    static bool openWindowWithoutIdentity(test::DemoWindow &demo)
    {
        demo.createSession(app::Options{}, {});
        demo.createWindow();
        demo.window->show();
        return QTest::qWaitForWindowActive(demo.window.get());
    }

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void opensAtTheSignInSection_withTheFocusOnTheClientId()
    {
        app::Preferences prefs(app::Options{});
        QPointer<PreferencesDialog> dialog = open(&prefs);
        QVERIFY(dialog);
        QCOMPARE(focused()->objectName(), QStringLiteral("clientId"));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        dialog = open(&prefs, PreferencesDialog::Section::Network);
        QCOMPARE(focused()->objectName(), QStringLiteral("apiVersion"));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
    }

    void eachField_isCheckedAsTyped_withTheReasonBesideIt()
    {
        app::Preferences prefs(app::Options{});
        QPointer<PreferencesDialog> dialog = open(&prefs);
        QVERIFY(dialog);
        auto *clientId = dialog->findChild<QLineEdit *>(QStringLiteral("clientId"));
        QVERIFY(okButton(dialog)->isEnabled());

        type(QStringLiteral("abc"));
        QVERIFY(!okButton(dialog)->isEnabled());
        const QString reason = dialog->noteFor(Setting::OAuthClientId);
        QVERIFY2(reason.contains(QStringLiteral("app_")), qPrintable(reason));
        QCOMPARE(clientId->accessibleDescription(), reason);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("clientIdNote"))->text(), reason);

        replaceWith(QStringLiteral("app_Good1"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!dialog->noteFor(Setting::OAuthClientId).contains(QStringLiteral("starts")));

        // This computer's own redirect URI is chosen, as the sign-in guide shows it.
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("ownRedirect"));
        QVERIFY(qobject_cast<QRadioButton *>(focused())->isChecked());
        QVERIFY(qobject_cast<QRadioButton *>(focused())->text().contains(
            prefs.redirectUri().toString()));
        QVERIFY(dialog->noteFor(Setting::OAuthRedirectUri).contains(QStringLiteral("exactly")));
        // The registered address: arrow to "Registered URI", type it.
        press(Qt::Key_Down);
        QCOMPARE(focused()->objectName(), QStringLiteral("registeredRedirect"));
        QVERIFY(
            dialog->findChild<QRadioButton *>(QStringLiteral("registeredRedirect"))->isChecked());
        QVERIFY(!okButton(dialog)->isEnabled()); // no address yet
        QVERIFY(dialog->noteFor(Setting::OAuthRedirectUri).contains(QStringLiteral("e.g.")));
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("redirectUri"));
        type(QStringLiteral("https://localhost:8765/callback"));
        QVERIFY(dialog->noteFor(Setting::OAuthRedirectUri).contains(QStringLiteral("http://")));
        QVERIFY(!okButton(dialog)->isEnabled());
        replaceWith(QStringLiteral("http://localhost:8765/callback"));
        QVERIFY(okButton(dialog)->isEnabled());

        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("scopes"));
        replaceWith(QStringLiteral("openid profile"));
        QVERIFY(dialog->noteFor(Setting::OAuthScopes).contains(QStringLiteral("user:profile")));
        QVERIFY(!okButton(dialog)->isEnabled());
        type(QStringLiteral(" user:profile:update"));
        QVERIFY(okButton(dialog)->isEnabled());

        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("apiVersion"));
        replaceWith(QStringLiteral("July"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog->noteFor(Setting::ApiVersion).contains(QStringLiteral("date")));
        // Shaped like a date but no date at all: refused at the field, and said to screen readers.
        replaceWith(QStringLiteral("2026-13-45"));
        QVERIFY(!okButton(dialog)->isEnabled());
        const QString noDate = dialog->noteFor(Setting::ApiVersion);
        QVERIFY2(noDate.contains(QStringLiteral("no date 2026-13-45")), qPrintable(noDate));
        QCOMPARE(focused()->objectName(), QStringLiteral("apiVersion"));
        QCOMPARE(
            dialog->findChild<QComboBox *>(QStringLiteral("apiVersion"))->accessibleDescription(),
            noDate);
        press(Qt::Key_Return); // OK is disabled: Enter keeps the dialog open
        QVERIFY(dialog && dialog->isVisible());
        // A version from before accounts were called accounts says what the editor sends.
        replaceWith(QStringLiteral("2025-01-01"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog->noteFor(Setting::ApiVersion).contains(QStringLiteral("company_id")));
        replaceWith(QStringLiteral("2030-01-01"));
        QVERIFY(okButton(dialog)->isEnabled()); // well formed: Whop will say if it knows it
        QVERIFY(dialog->noteFor(Setting::ApiVersion)
                    .contains(QStringLiteral("Not a version Whop publishes")));
        QVERIFY(!dialog->noteFor(Setting::ApiVersion).contains(QStringLiteral("company_id")));

        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("timeout"));
        press(Qt::Key_A, Qt::ControlModifier);
        press(Qt::Key_Delete);
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(dialog->noteFor(Setting::TimeoutSeconds),
                 QStringLiteral("From 1 to 600 seconds."));
        type(QStringLiteral("0"));
        QVERIFY(!okButton(dialog)->isEnabled());
        type(QStringLiteral("5")); // "05"
        QVERIFY(okButton(dialog)->isEnabled());

        // Enter with an invalid field does nothing; fixed, it keeps everything. (Only the port
        // of this computer's own redirect URI was kept, chosen once when first shown.)
        QCOMPARE(QSettings().allKeys(), QStringList{QStringLiteral("oauth/redirectPort")});
        press(Qt::Key_Return);
        QTRY_VERIFY(!dialog);
        const app::PreferenceValues stored = prefs.stored();
        QCOMPARE(stored.oauthClientId, QStringLiteral("app_Good1"));
        QCOMPARE(stored.oauthRedirectUri, QStringLiteral("http://localhost:8765/callback"));
        QCOMPARE(stored.oauthScopes, QStringLiteral("openid profile user:profile:update"));
        QCOMPARE(stored.apiVersion, QStringLiteral("2030-01-01"));
        QCOMPARE(stored.timeoutSeconds, 5);
    }

    void escape_dropsTheEdits_andReopeningStartsFromWhatIsStored()
    {
        app::Preferences prefs(app::Options{});
        app::PreferenceValues kept;
        kept.oauthClientId = QStringLiteral("app_Kept");
        kept.apiVersion = QStringLiteral("2026-07-08-1");
        QVERIFY(prefs.store(kept));

        QPointer<PreferencesDialog> dialog = open(&prefs);
        QCOMPARE(dialog->values().oauthClientId, QStringLiteral("app_Kept"));
        QCOMPARE(dialog->values().apiVersion, QStringLiteral("2026-07-08-1"));
        replaceWith(QStringLiteral("app_Thrown"));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QCOMPARE(prefs.stored().oauthClientId, QStringLiteral("app_Kept"));

        dialog = open(&prefs);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("clientId"))->text(),
                 QStringLiteral("app_Kept"));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
    }

    void enterInTheVersionList_orTheTimeout_isOk_andRestoreDefaultsForgetsEverything()
    {
        app::Preferences prefs(app::Options{});
        QPointer<PreferencesDialog> dialog = open(&prefs, PreferencesDialog::Section::Network);
        replaceWith(QStringLiteral("2026-06-08"));
        press(Qt::Key_Return);
        QTRY_VERIFY(!dialog);
        QCOMPARE(prefs.stored().apiVersion, QStringLiteral("2026-06-08"));

        dialog = open(&prefs, PreferencesDialog::Section::Network);
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("timeout"));
        replaceWith(QStringLiteral("90"));
        press(Qt::Key_Enter);
        QTRY_VERIFY(!dialog);
        QCOMPARE(prefs.stored().timeoutSeconds, 90);

        dialog = open(&prefs);
        // Restore Defaults has a mnemonic (Alt+D); then Enter.
        press(Qt::Key_D, Qt::AltModifier);
        // A button's mnemonic clicks it the way a mouse would: shown pressed for a moment.
        QTRY_COMPARE(dialog->values().apiVersion, QStringLiteral("2026-07-01"));
        const app::PreferenceValues restored = dialog->values();
        QCOMPARE(restored.apiVersion, QStringLiteral("2026-07-01"));
        QCOMPARE(restored.timeoutSeconds, 60);
        QCOMPARE(restored, app::PreferenceValues{});
        press(Qt::Key_Return);
        QTRY_VERIFY(!dialog);
        // Nothing but the port of this computer's own redirect URI, which defaults leave alone:
        // it is what the person registered with their Whop app.
        QCOMPARE(QSettings().allKeys(), QStringList{QStringLiteral("oauth/redirectPort")});
    }

    void valueFromTheCommandLine_isReadOnly_andSaysWhichOption()
    {
        app::PreferenceValues stored;
        stored.apiVersion = QStringLiteral("2026-06-08");
        QVERIFY(app::Preferences(app::Options{}).store(stored));
        app::Preferences prefs(
            parsed({QStringLiteral("--api-version=2026-07-20"), QStringLiteral("--timeout=9")}));
        QPointer<PreferencesDialog> dialog = open(&prefs, PreferencesDialog::Section::Network);
        auto *version = dialog->findChild<QComboBox *>(QStringLiteral("apiVersion"));
        auto *timeout = dialog->findChild<QSpinBox *>(QStringLiteral("timeout"));
        QCOMPARE(version->currentText(), QStringLiteral("2026-07-20"));
        QVERIFY(!version->isEnabled());
        QCOMPARE(timeout->value(), 9);
        QVERIFY(timeout->isReadOnly());
        QCOMPARE(dialog->noteFor(Setting::ApiVersion),
                 QStringLiteral("Set by --api-version for this run."));
        QCOMPARE(dialog->noteFor(Setting::TimeoutSeconds),
                 QStringLiteral("Set by --timeout for this run."));
        QCOMPARE(version->accessibleDescription(), dialog->noteFor(Setting::ApiVersion));
        // The focus went to the first field that can change; OK keeps the stored choices.
        QCOMPARE(focused(), static_cast<QWidget *>(timeout));
        press(Qt::Key_Return);
        QTRY_VERIFY(!dialog);
        QCOMPARE(prefs.stored().apiVersion, QStringLiteral("2026-06-08"));
        QCOMPARE(prefs.stored().timeoutSeconds, 60);
        QCOMPARE(prefs.effective().apiVersion, QStringLiteral("2026-07-20"));
    }

    void screenshot_atTheDefaultSize()
    {
        app::Preferences prefs(app::Options{});
        QPointer<PreferencesDialog> dialog = open(&prefs);
        type(QStringLiteral("app"));
        const QImage shot = dialog->grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(QStringLiteral("/tmp/prefs.png")));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
    }

    void firstRunAddDialog_explainsTheThreeWaysIn_screenshot()
    {
        test::DemoWindow demo;
        QVERIFY(openWindowWithoutIdentity(demo));
        const auto &session = demo.session;
        ui::MainWindow &window = *demo.window;
        QVERIFY(session->identities()->identities().isEmpty());
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(window.bannerText().contains(QStringLiteral("three ways in")),
                                 10000);
        QVERIFY(window.grab().toImage().save(QStringLiteral("/tmp/first-run-window.png")));
        window.identityBar()->openAddDialog();
        auto *dialog = window.identityBar()->addDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *intro = dialog->findChild<QLabel *>(QStringLiteral("firstRunIntro"));
        QVERIFY(intro->isVisible());
        QVERIFY(intro->text().contains(QStringLiteral("three ways in")));
        auto *kindHelp = dialog->findChild<QLabel *>(QStringLiteral("kindHelp"));
        QVERIFY(kindHelp->text().contains(QStringLiteral("global profile")));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("kind"))->accessibleDescription(),
                 kindHelp->text());
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("setUpSignInButton"))->isVisible());
        const QImage shot = dialog->grab().toImage();
        QVERIFY(shot.save(QStringLiteral("/tmp/first-run-add.png")));
        dialog->reject();
    }

    void window_opensPreferencesOnItsShortcut_andCopiesDiagnostics()
    {
        test::DemoWindow demo;
        QVERIFY(openWindowWithoutIdentity(demo));
        ui::MainWindow &window = *demo.window;
        QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
        const QKeySequence key =
            keys.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : keys.first();
        QTest::keySequence(&window, key);
        QTRY_VERIFY(qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget()));
        QPointer<QWidget> dialog = QApplication::activeModalWidget();
        QTRY_COMPARE(QApplication::activeWindow(), dialog.data());
        QCOMPARE(focused()->objectName(), QStringLiteral("clientId"));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog);

        QApplication::clipboard()->clear();
        auto *copy = window.findChild<QAction *>(QStringLiteral("actionCopyDiagnostics"));
        QVERIFY(copy);
        copy->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            QApplication::clipboard()->text().startsWith(QStringLiteral("Whop Profile Editor ")),
            10000);
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("Keychain: ")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusLine"))
                    ->text()
                    .contains(QStringLiteral("clipboard")));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    PreferencesDialogTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_preferences_dialog.moc"
