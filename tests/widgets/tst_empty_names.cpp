// No message names something with an empty name (“”, „“, or "'s" with nobody before it): where a
// name, title or username is not known, the message says so. Empty values are fed through the
// messages that quote them: an identity without a label (its keychain entry unreadable, its
// removal asked for and failing), an API key whose own account and user are not known yet (All
// Accounts), a username check for nothing typed. Run in German and Brazilian Portuguese too
// (their quotation marks differ). The keychain is unreachable (DBUS_SESSION_BUS_ADDRESS, see
// CMakeLists.txt), so a removal fails the same way everywhere.
#include "auth/Identity.h"
#include "common/DemoWindow.h"
#include "common/SandboxFixture.h"
#include "common/TestLanguage.h"
#include "common/TestSupport.h"
#include "sandbox/SandboxServer.h"
#include "session/AppSession.h"
#include "session/StoredSecret.h"
#include "ui/MainWindow.h"
#include "ui/OverviewWindow.h"
#include "ui/Prompts.h"
#include "ui/UsernameAvailabilityView.h"
#include "ui/dialogs/ManageIdentitiesDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace whop;

namespace {

// Where `text` names something by an empty name; empty when it does not.
QString emptyName(const QString &text)
{
    static const QRegularExpression empty(
        QStringLiteral("“\\s*”|„\\s*“|\"\\s*\"|«\\s*»|‘\\s*’|(^|\\s)'s\\b|\\(\\s*\\)"));
    const QRegularExpressionMatch m = empty.match(text);
    return m.hasMatch() ? QStringLiteral("“%1” at %2 in: %3")
                              .arg(m.captured(0).trimmed())
                              .arg(m.capturedStart())
                              .arg(text)
                        : QString();
}

auth::Identity unnamed(auth::IdentityKind kind, const QUrl &base)
{
    auth::Identity identity = auth::Identity::create(kind, base);
    identity.label.clear();
    identity.temporary = true;
    return identity;
}

} // namespace

class EmptyNamesTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> whop;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        test::installTestLanguage();
        whop = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(whop->listenLocal(0));
    }

    void identityWithoutALabel_isNamedByItsKind()
    {
        for (auto kind : {auth::IdentityKind::OAuthUser, auth::IdentityKind::UserToken,
                          auth::IdentityKind::AccountApiKey, auth::IdentityKind::AppApiKey}) {
            const auth::Identity identity = unnamed(kind, whop->baseUrl());
            QVERIFY(identity.shownLabel().contains(auth::Identity::kindName(kind)));
            QVERIFY2(!identity.displayText().startsWith(QStringLiteral(" ")),
                     qPrintable(identity.displayText()));
        }
        auth::Identity named = unnamed(auth::IdentityKind::UserToken, whop->baseUrl());
        named.label = QStringLiteral("@alice");
        QCOMPARE(named.shownLabel(), QStringLiteral("@alice"));
    }

    void unreadableKeychainEntry_ofAnIdentityWithoutALabel()
    {
        auth::CredentialStore store(QStringLiteral("whop-empty-names-test"));
        const auth::Identity identity = unnamed(auth::IdentityKind::UserToken, whop->baseUrl());
        store.keepForSession(identity.id, "not a secret this app wrote");
        std::optional<app::StoredSecret> read;
        app::readStoredSecret(&store, identity, this,
                              [&read](const app::StoredSecret &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
        QVERIFY(!read->secret);
        QVERIFY(!read->problem.isEmpty());
        QVERIFY2(emptyName(read->problem).isEmpty(), qPrintable(emptyName(read->problem)));
        QVERIFY2(read->problem.contains(identity.shownLabel()), qPrintable(read->problem));
    }

    // Removing an identity without a label: the question, the progress and the failure (no
    // keychain here) name it by its kind.
    void removingAnIdentityWithoutALabel()
    {
        test::removeAppData();
        app::Options options;
        options.demo = true;
        auto session = test::makeSession(options);
        auth::Identity identity = unnamed(auth::IdentityKind::UserToken, whop->baseUrl());
        identity.temporary = false; // in the keychain, which cannot be reached here
        session->identities()->upsert(identity);
        ui::ManageIdentitiesDialog manage(session.get());
        manage.show();
        QVERIFY(manage.selectIdentity(identity.id));
        QSignalSpy failed(session->identityService(), &app::IdentityService::removeFailed);
        ui::Prompts::setNextAnswer(ui::Prompts::Confirm::Yes);
        manage.findChild<QPushButton *>(QStringLiteral("removeButton"))->click();
        QVERIFY2(emptyName(manage.statusText()).isEmpty(), qPrintable(manage.statusText()));
        QVERIFY(manage.statusText().contains(identity.shownLabel()));
        QVERIFY(failed.wait(20000));
        const QString message = failed.first().at(1).toString();
        QVERIFY2(emptyName(message).isEmpty(), qPrintable(emptyName(message)));
        QVERIFY2(message.contains(identity.shownLabel()), qPrintable(message));
        QVERIFY2(emptyName(manage.statusText()).isEmpty(), qPrintable(manage.statusText()));
    }

    // All Accounts with an API key whose own account Whop did not tell (its list of accounts
    // was refused) and no user chosen yet: the note says what is not known.
    void allAccounts_withAKeyWhoseAccountIsNotKnown()
    {
        test::removeAppData();
        QSettings().clear();
        sandbox::Fault refused = test::makeFault(sandbox::Fault::Kind::Status, 403);
        refused.method = "GET";
        refused.pathContains = QStringLiteral("/accounts");
        whop->injectFault(refused, 1);
        app::Options options;
        options.baseUrl = whop->baseUrl();
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("WHOP_API_KEY"),
                           QLatin1String(sandbox::SandboxServer::DemoApiKey));
        test::DemoWindow demo;
        demo.createSession(options, environment);
        demo.createWindow();
        const auto &session = demo.session;
        ui::MainWindow &window = *demo.window;
        window.show();
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(!window.bannerText().isEmpty(), 10000); // not accepted
        const auth::Identity *identity = session->activeIdentity();
        QVERIFY(identity && identity->isApiKey());
        QVERIFY(identity->accountId.isEmpty() && identity->accountTitle.isEmpty());

        auto *overview = ui::OverviewWindow::showFor(session.get(), &window);
        QVERIFY(overview);
        const QString note = overview->findChild<QLabel *>(QStringLiteral("routeNote"))->text();
        QVERIFY(!note.isEmpty());
        QVERIFY2(emptyName(note).isEmpty(), qPrintable(emptyName(note)));
        for (const QLabel *label : overview->findChildren<QLabel *>())
            QVERIFY2(emptyName(label->text()).isEmpty(), qPrintable(emptyName(label->text())));
        overview->close();
        whop->clearFaults();
    }

    void usernameCheck_forNothingTyped_saysNothing()
    {
        using profile::UsernameAvailability;
        for (auto availability : {UsernameAvailability::Checking, UsernameAvailability::Available,
                                  UsernameAvailability::Yours, UsernameAvailability::Taken,
                                  UsernameAvailability::Unknown}) {
            for (auto reason : {api::ErrorKind::None, api::ErrorKind::RateLimited,
                                api::ErrorKind::BadRequest, api::ErrorKind::Offline}) {
                const QString text =
                    ui::UsernameAvailabilityView::textFor({availability, QString(), reason});
                QVERIFY2(emptyName(text).isEmpty(), qPrintable(emptyName(text)));
            }
        }
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    EmptyNamesTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_empty_names.moc"
