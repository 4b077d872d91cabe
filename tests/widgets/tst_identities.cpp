// Identities end to end in the window: add by paste or browser sign-in, keep in the keychain
// (a real Secret Service in the test run), switch, rename, remove, WHOP_API_KEY, sign in again.
#include "common/BrowserDriver.h"
#include "common/DemoWindow.h"
#include "common/KeychainSupport.h"
#include "common/OAuthSupport.h"
#include "common/TestSupport.h"
#include "sandbox/SandboxServer.h"
#include "ui/Browser.h"
#include "ui/Prompts.h"
#include "ui/dialogs/AddIdentityDialog.h"
#include "ui/dialogs/ManageIdentitiesDialog.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/widgets/IdentityBar.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTcpServer>

using namespace whop;
using namespace whop::test;
using ui::Prompts;

class IdentitiesTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> server; // stands in for Whop; survives "restarts"

    // The editor as it starts (its data folder as the last run left it), not shown.
    struct App : DemoWindow
    {
        explicit App(const QProcessEnvironment &env = {}, const app::Options &options = {})
        {
            createSession(options, env);
            createWindow();
            session->start();
        }
        ui::AddIdentityDialog *openAdd(const QUrl &base)
        {
            window->identityBar()->openAddDialog();
            auto *dialog = window->identityBar()->addDialog();
            auto *env = dialog->findChild<QComboBox *>(QStringLiteral("environment"));
            env->setCurrentIndex(env->count() - 1); // custom
            dialog->findChild<QLineEdit *>(QStringLiteral("baseUrl"))->setText(base.toString());
            return dialog;
        }
        QComboBox *switcher()
        {
            return window->findChild<QComboBox *>(QStringLiteral("identitySwitcher"));
        }
    };

    static bool pasteAndAdd(App &app, const QUrl &base, const QString &token, int kindIndex = 0)
    {
        auto *dialog = app.openAdd(base);
        dialog->findChild<QComboBox *>(QStringLiteral("kind"))->setCurrentIndex(kindIndex);
        dialog->findChild<QLineEdit *>(QStringLiteral("token"))->setText(token);
        QSignalSpy ready(app.session->identityService(), &app::IdentityService::ready);
        dialog->findChild<QPushButton *>(QStringLiteral("addButton"))->click();
        return ready.wait(20000);
    }
    static QByteArray keychainRead(const QString &key, auth::KeychainError *error)
    {
        auth::CredentialStore store(QStringLiteral("com.whop.ProfileEditor"));
        const auto read = waitForJob(store.read(key));
        if (!read.finished)
            return {};
        *error = read.error;
        return read.secret;
    }

    // The options of an app registered with Whop for "Sign in with Whop".
    static app::Options oauthOptions()
    {
        app::Options o;
        o.oauthClientId = QLatin1String(sandbox::SandboxServer::OAuthClientId);
        return o;
    }
    // The browser, from now on: follows each URL the editor opens, as a person signed in to Whop
    // who approves.
    void followSignInsInTheBrowser()
    {
        ui::Browser::setOpener([this](const QUrl &url) {
            allowRedirectOf(*server, url); // as registered with the app in Whop's dashboard
            QTimer::singleShot(0, [url] { visit(url); });
            return true;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(server->listenLocal(0));
    }
    void init() { forgetStoredIdentities(); }
    void cleanupTestCase() { forgetStoredIdentities(); }

    void noIdentity_showsTheDemo_andSaysSo()
    {
        App app;
        QVERIFY(app.session->isDemo());
        QTRY_VERIFY(app.window->bannerText().contains(QStringLiteral("demo")));
        QCOMPARE(app.switcher()->currentIndex(), 0);
    }

    void refusedToken_saysWhatTheServerAnswered_andStoresNothing()
    {
        App app;
        auto *dialog = app.openAdd(server->baseUrl());
        dialog->findChild<QLineEdit *>(QStringLiteral("token"))->setText(QStringLiteral("nope"));
        dialog->findChild<QPushButton *>(QStringLiteral("addButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(QStringLiteral("refused")), 10000);
        QVERIFY(dialog->statusText().contains(QStringLiteral("401")));
        QVERIFY(app.session->identities()->identities().isEmpty());
        QVERIFY(app.session->isDemo());
    }

    // Whop could not be reached: the credential was not refused, and the message says so.
    void unreachableWhop_isNotCalledARefusal()
    {
        App app;
        QTcpServer closed; // a port that was free a moment ago: nothing answers there
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        auto *dialog = app.openAdd(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)));
        dialog->findChild<QLineEdit *>(QStringLiteral("token"))->setText(QStringLiteral("maybe"));
        dialog->findChild<QPushButton *>(QStringLiteral("addButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->statusText().contains(QStringLiteral("could not be checked")), 20000);
        QVERIFY2(!dialog->statusText().contains(QStringLiteral("Whop refused")),
                 qPrintable(dialog->statusText()));
        QVERIFY(app.session->identities()->identities().isEmpty());
    }

    void pastedToken_isKept_andUsedAfterARestart_withoutRetyping()
    {
        QString id;
        {
            App app;
            QVERIFY(pasteAndAdd(app, server->baseUrl(), QStringLiteral("  alice-token \n")));
            QVERIFY(app.session->isConnected());
            id = app.session->activeIdentityId();
            const auth::Identity *identity = app.session->activeIdentity();
            QCOMPARE(identity->username, QStringLiteral("alice"));
            QCOMPARE(identity->kind, auth::IdentityKind::UserToken);
            QVERIFY(app.switcher()->currentText().contains(QStringLiteral("@alice")));
            QVERIFY(app.switcher()->currentText().contains(QStringLiteral("Custom")));
            QVERIFY(app.switcher()->currentText().contains(QStringLiteral("User token")));
            QTRY_COMPARE_WITH_TIMEOUT(app.session->editor()->snapshot().username,
                                      QStringLiteral("alice"), 10000);
        }
        auth::KeychainError error;
        QVERIFY(keychainRead(id, &error).contains("alice-token"));
        QFile file(auth::IdentityRegistry().path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("alice-token")); // metadata only

        App restarted;
        QTRY_COMPARE_WITH_TIMEOUT(restarted.session->editor()->snapshot().username,
                                  QStringLiteral("alice"), 20000);
        QCOMPARE(restarted.session->activeIdentityId(), id);
    }

    void switching_withUnsavedEdits_asksFirst()
    {
        App app;
        QVERIFY(pasteAndAdd(app, server->baseUrl(), QStringLiteral("alice-token")));
        auto *editor = app.session->editor();
        QTRY_VERIFY_WITH_TIMEOUT(editor->hasSnapshot(), 10000);
        const QString aliceId = app.session->activeIdentityId();

        editor->setValue(profile::Field::Bio, QStringLiteral("unsaved words"));
        Prompts::setNextAnswer(Prompts::Unsaved::Cancel);
        app.window->identityBar()->requestSwitch(QString()); // to the demo
        QCOMPARE(app.session->activeIdentityId(), aliceId);
        QCOMPARE(editor->value(profile::Field::Bio), QStringLiteral("unsaved words"));

        Prompts::setNextAnswer(Prompts::Unsaved::Save);
        app.window->identityBar()->requestSwitch(QString());
        QTRY_VERIFY_WITH_TIMEOUT(app.session->isDemo(), 10000);
        QCOMPARE(
            server->storedUser(QStringLiteral("alice")).value(QStringLiteral("bio")).toString(),
            QStringLiteral("unsaved words"));

        QTRY_VERIFY_WITH_TIMEOUT(editor->hasSnapshot(), 10000);
        editor->setValue(profile::Field::Name, QStringLiteral("thrown away"));
        Prompts::setNextAnswer(Prompts::Unsaved::Discard);
        app.window->identityBar()->requestSwitch(aliceId);
        QTRY_COMPARE_WITH_TIMEOUT(app.session->activeIdentityId(), aliceId, 10000);
        QVERIFY(!server->storedUser(QLatin1String(sandbox::SandboxServer::DemoUserId))
                     .value(QStringLiteral("name"))
                     .toString()
                     .contains(QStringLiteral("thrown away")));
    }

    void rename_andRemove_forgetTheSecretAtOnce()
    {
        App app;
        QVERIFY(pasteAndAdd(app, server->baseUrl(), QStringLiteral("alice-token")));
        const QString id = app.session->activeIdentityId();
        ui::ManageIdentitiesDialog manage(app.session.get());
        QVERIFY(manage.selectIdentity(id));
        manage.renameSelected(QStringLiteral("Alice at work"));
        {
            auth::IdentityRegistry reread;
            QVERIFY(reread.load());
            QCOMPARE(reread.find(id)->label, QStringLiteral("Alice at work"));
        }
        QVERIFY(app.switcher()->currentText().startsWith(QStringLiteral("Alice at work")));

        Prompts::setNextAnswer(Prompts::Confirm::No);
        manage.removeSelected();
        QVERIFY(app.session->identities()->find(id));
        Prompts::setNextAnswer(Prompts::Confirm::Yes);
        manage.removeSelected();
        // Removed once the keychain has confirmed the token is gone (a moment later).
        QTRY_VERIFY_WITH_TIMEOUT(!app.session->identities()->find(id), 10000);
        QVERIFY(app.session->isDemo());
        auth::KeychainError error;
        QTRY_VERIFY_WITH_TIMEOUT(
            (keychainRead(id, &error), error.kind == auth::KeychainError::Kind::NotFound), 10000);
    }

    // The question "Remove …?" is open while a sign-in finishes and the list of identities grows
    // (and moves in memory): the identity that was asked about is the one removed, and nothing
    // read from the old list is used (ASan would report it).
    void remove_whileASignInFinishes_removesTheIdentityAskedAbout()
    {
        App app;
        QVERIFY(pasteAndAdd(app, server->baseUrl(), QStringLiteral("alice-token")));
        const QString aliceId = app.session->activeIdentityId();
        ui::ManageIdentitiesDialog manage(app.session.get());
        manage.show();
        QVERIFY(manage.selectIdentity(aliceId));
        QString otherId;
        bool answered = false;
        QTimer::singleShot(0, &manage, [&] {
            auto *question = manage.findChild<QMessageBox *>();
            QVERIFY(question && question->isVisible());
            QVERIFY(pasteAndAdd(app, server->baseUrl(), QStringLiteral("taken-token")));
            otherId = app.session->activeIdentityId();
            for (int i = 0; i < 64; ++i) { // enough to move the list wherever it was
                auth::Identity more =
                    auth::Identity::create(auth::IdentityKind::UserToken, server->baseUrl());
                more.label = QStringLiteral("more %1").arg(i);
                more.temporary = true;
                app.session->identities()->upsert(more);
            }
            for (QAbstractButton *button : question->buttons()) {
                const auto role = question->buttonRole(button);
                if (role == QMessageBox::AcceptRole || role == QMessageBox::YesRole)
                    button->click();
            }
            answered = true;
        });
        manage.findChild<QPushButton *>(QStringLiteral("removeButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.session->identities()->find(aliceId), 10000);
        QVERIFY(app.session->identities()->find(otherId));
        QTRY_VERIFY(manage.statusText().contains(QStringLiteral("@alice")));
        QVERIFY2(manage.statusText().contains(QStringLiteral("removed")),
                 qPrintable(manage.statusText()));
    }

    void browserSignIn_addsAnOAuthIdentity()
    {
        App app({}, oauthOptions());
        followSignInsInTheBrowser();
        auto *dialog = app.openAdd(server->baseUrl());
        QSignalSpy ready(app.session->identityService(), &app::IdentityService::ready);
        dialog->findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
        QVERIFY(dialog->signInDialog());
        QVERIFY(ready.wait(20000));
        ui::Browser::setOpener({});
        const auth::Identity *identity = app.session->activeIdentity();
        QVERIFY(identity);
        QCOMPARE(identity->kind, auth::IdentityKind::OAuthUser);
        QCOMPARE(identity->username, QStringLiteral("demo-creator"));
        QVERIFY(app.switcher()->currentText().contains(QStringLiteral("Signed in with Whop")));
        QTRY_VERIFY_WITH_TIMEOUT(app.session->editor()->hasSnapshot(), 10000);
        // The keychain entry holds access token, refresh token and expiry together.
        auth::KeychainError error;
        const auto stored = auth::Secret::deserialize(keychainRead(identity->id, &error));
        QVERIFY(stored);
        QVERIFY(!stored->refreshToken.isEmpty());
        QVERIFY(stored->expiresAt.isValid());
    }

    void refusedRefresh_asksToSignInAgain_andKeepsTheDraft()
    {
        App app({}, oauthOptions());
        followSignInsInTheBrowser();
        QSignalSpy ready(app.session->identityService(), &app::IdentityService::ready);
        app.openAdd(server->baseUrl())
            ->findChild<QPushButton *>(QStringLiteral("signInButton"))
            ->click();
        QVERIFY(ready.wait(20000));
        ui::Browser::setOpener({});
        auto *editor = app.session->editor();
        QTRY_VERIFY_WITH_TIMEOUT(editor->hasSnapshot(), 10000);
        // The sign-in is revoked behind the app's back (as from another device): the access
        // token stops working and the refresh token is refused.
        const auth::Secret secret = app.session->authenticator()->secret();
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), QString::fromUtf8(secret.refreshToken));
        form.addQueryItem(QStringLiteral("client_id"),
                          QLatin1String(sandbox::SandboxServer::OAuthClientId));
        auto *revoke = auth::postOAuthForm(
            app.session->networkAccessManager(),
            app.session->oauthSettingsFor(server->baseUrl()).revokeUrl, form, this);
        QSignalSpy revoked(revoke, &api::ApiCall::succeeded);
        QVERIFY(revoked.wait(5000));

        editor->setValue(profile::Field::Bio, QStringLiteral("draft that must survive"));
        QSignalSpy signInAgain(app.session.get(), &app::AppSession::signInRequired);
        QVERIFY(editor->save());
        QVERIFY(signInAgain.wait(10000));
        QTRY_VERIFY(app.window->bannerText().contains(QStringLiteral("Sign in again")));
        QCOMPARE(editor->value(profile::Field::Bio), QStringLiteral("draft that must survive"));
        QVERIFY(editor->isDirty());
        QVERIFY(app.session->activeIdentity()->needsSignIn);
    }

    void whopApiKey_isATemporaryIdentity_neverStored()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("WHOP_API_KEY"),
                   QLatin1String(sandbox::SandboxServer::DemoApiKey));
        app::Options options;
        options.baseUrl = server->baseUrl();
        App app(env, options);
        const auth::Identity *identity = app.session->activeIdentity();
        QTRY_VERIFY_WITH_TIMEOUT((identity = app.session->activeIdentity()) != nullptr, 10000);
        QVERIFY(identity->temporary);
        QCOMPARE(identity->kind, auth::IdentityKind::AccountApiKey);
        QVERIFY(app.switcher()->currentText().contains(QStringLiteral("this run only")));
        auth::KeychainError error;
        keychainRead(identity->id, &error);
        QCOMPARE(error.kind, auth::KeychainError::Kind::NotFound);
        QFile file(auth::IdentityRegistry().path());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains(sandbox::SandboxServer::DemoApiKey));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    IdentitiesTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_identities.moc"
