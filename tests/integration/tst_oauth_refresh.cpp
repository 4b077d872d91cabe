// Renewing an OAuth sign-in when the token endpoint misbehaves: attempts back off (honouring
// Retry-After) and stop after a few; a refresh is never replayed blindly; a refused or unanswered
// refresh reads the keychain entry again before deciding; a session-only sign-in never reaches
// the keychain. Against the sandbox on 127.0.0.1 and, for the keychain, a real Secret Service.
#include "auth/OAuthAuthenticator.h"
#include "common/KeychainSupport.h"
#include "common/OAuthSupport.h"
#include "common/SandboxFixture.h"
#include "common/TestSupport.h"

#include <QElapsedTimer>
#include <QUuid>

using namespace whop;
using namespace whop::test;
using auth::OAuthAuthenticator;
using sandbox::Fault;

namespace {

const QString Service = QStringLiteral("com.whop.ProfileEditor.tests");

Fault tokenFault(Fault::Kind kind, int status = 500, const QByteArray &body = {},
                 const sandbox::HeaderList &headers = {})
{
    Fault f = makeFault(kind, status);
    f.body = body;
    f.headers = headers;
    f.pathContains = QStringLiteral("/oauth/token");
    return f;
}

// Backoff in milliseconds instead of seconds, so that giving up takes a moment.
auth::RefreshBackoff::Settings quickBackoff()
{
    auth::RefreshBackoff::Settings s;
    s.firstDelayMs = 20;
    s.maxDelayMs = 100;
    return s;
}

} // namespace

class OAuthRefreshTest : public QObject, protected test::OAuthFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startServer(); }
    void cleanup() { stopServer(); }

    // The token endpoint refuses the app's client id (400 invalid_client) while the access token
    // lives one second: the refresh is due at once and fails every time.
    void refusedClient_getsAtMostThreeTokenRequestsInFiveSeconds()
    {
        server->setAccessTokenLifetimeSeconds(1);
        const auth::Secret tokens = signIn();
        QVERIFY(!tokens.refreshToken.isEmpty());
        const int before = tokenRequests(*server);
        server->injectFault(
            tokenFault(Fault::Kind::Status, 400,
                       R"({"error":"invalid_client","error_description":"Unknown client."})"),
            1000);
        OAuthAuthenticator authenticator(&nam, settings(), nullptr, QStringLiteral("idn_a"),
                                         tokens);
        // Bounded: ends at once when the endpoint is hammered, else after five seconds.
        (void)QTest::qWaitFor([&] { return tokenRequests(*server) - before > 3; }, 5000);
        const int posts = tokenRequests(*server) - before;
        QVERIFY2(posts >= 1 && posts <= 3, qPrintable(QString::number(posts)));
        QVERIFY(!authenticator.signInRequired()); // a client problem does not lose the sign-in
    }

    void failingRefresh_backsOff_stopsAfterAFew_andAsksForAttention()
    {
        server->setAccessTokenLifetimeSeconds(1);
        const auth::Secret tokens = signIn();
        const int before = tokenRequests(*server);
        server->injectFault(tokenFault(Fault::Kind::Status, 503), 1000);
        OAuthAuthenticator authenticator(&nam, settings(), nullptr, QStringLiteral("idn_b"),
                                         tokens);
        authenticator.setBackoff(quickBackoff());
        QSignalSpy attention(&authenticator, &OAuthAuthenticator::attentionNeeded);
        QVERIFY(attention.wait(10000));
        QCOMPARE(tokenRequests(*server) - before, quickBackoff().maxFailures);
        QVERIFY(authenticator.needsAttention());
        QVERIFY(!authenticator.signInRequired());
        QCOMPARE(authenticator.nextAttemptInMs(), -1); // nothing more on its own
        const QString message = attention.first().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("HTTP 503")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Sign in again"), Qt::CaseInsensitive),
                 qPrintable(message));
        QCOMPARE(attention.size(), 1);

        // A request (a reload, a save) may ask for one more attempt; once Whop answers again it
        // works, and the identity no longer needs attention.
        server->clearFaults();
        QSignalSpy refreshed(&authenticator, &api::Authenticator::refreshFinished);
        authenticator.refresh();
        QVERIFY(refreshed.wait(5000));
        QVERIFY(refreshed.first().at(0).toBool());
        QVERIFY(!authenticator.needsAttention());
        QVERIFY(authenticator.secret().token != tokens.token);
    }

    void retryAfter_isHonoured_alsoWhenARequestAsksForARefresh()
    {
        const auth::Secret tokens = signIn();
        const int before = tokenRequests(*server);
        server->injectFault(tokenFault(Fault::Kind::Status, 429, {}, {{"Retry-After", "120"}}),
                            1000);
        OAuthAuthenticator authenticator(&nam, settings(), nullptr, QStringLiteral("idn_c"),
                                         tokens);
        authenticator.setBackoff(quickBackoff());
        QSignalSpy refreshed(&authenticator, &api::Authenticator::refreshFinished);
        authenticator.refresh();
        QVERIFY(refreshed.wait(5000));
        QVERIFY(!refreshed.first().at(0).toBool());
        QCOMPARE(tokenRequests(*server) - before, 1);
        QVERIFY2(authenticator.nextAttemptInMs() > 110 * 1000,
                 qPrintable(QString::number(authenticator.nextAttemptInMs())));
        // Asked again (a 401 on some request) before the two minutes are up: no request.
        authenticator.refresh();
        QCOMPARE(refreshed.size(), 2);
        QVERIFY(!refreshed.last().at(0).toBool());
        QCOMPARE(tokenRequests(*server) - before, 1);
        QCOMPARE(authenticator.refreshError().kind, api::ErrorKind::RateLimited);
    }

    // Whop rotates the refresh token but the answer is lost on the way: the old token must not
    // be sent again (it is spent, and a replay would be refused: signed out).
    void lostAnswer_isNotReplayed()
    {
        const auth::Secret tokens = signIn();
        const int before = tokenRequests(*server);
        server->injectFault(tokenFault(Fault::Kind::DropMidResponse, 200), 1);
        OAuthAuthenticator authenticator(&nam, settings(), nullptr, QStringLiteral("idn_d"),
                                         tokens);
        QSignalSpy refreshed(&authenticator, &api::Authenticator::refreshFinished);
        QSignalSpy signIn(&authenticator, &OAuthAuthenticator::signInRequiredChanged);
        authenticator.refresh();
        QVERIFY(refreshed.wait(5000));
        QVERIFY(!refreshed.first().at(0).toBool());
        QCOMPARE(tokenRequests(*server) - before, 1);
        QCOMPARE(signIn.size(), 0);
        QVERIFY(!authenticator.signInRequired());
    }

    // Two runs of the app share one keychain entry. One renews the sign-in (the refresh token
    // rotates); the other's refresh with the old token is refused, and it takes the renewed pair
    // from the keychain instead of saying "sign in again".
    void refusedRefresh_readsTheKeychainAgain_andUsesTheSignInRenewedElsewhere()
    {
        const auth::Secret tokens = signIn();
        const QString id = QStringLiteral("idn_") + QUuid::createUuid().toString(QUuid::Id128);
        auth::CredentialStore store(Service);
        QVERIFY(!waitForJob(store.write(id, tokens.serialize())).error.isError());

        OAuthAuthenticator first(&nam, settings(), &store, id, tokens);
        QSignalSpy firstDone(&first, &api::Authenticator::refreshFinished);
        first.refresh();
        QVERIFY(firstDone.wait(5000));
        QVERIFY(firstDone.first().at(0).toBool());
        const auth::Secret renewed = first.secret();
        QVERIFY(renewed.refreshToken != tokens.refreshToken);

        auth::CredentialStore otherRun(Service);
        OAuthAuthenticator second(&nam, settings(), &otherRun, id, tokens);
        QSignalSpy secondDone(&second, &api::Authenticator::refreshFinished);
        QSignalSpy signIn(&second, &OAuthAuthenticator::signInRequiredChanged);
        second.refresh();
        QVERIFY(secondDone.wait(10000));
        QVERIFY(secondDone.first().at(0).toBool());
        QCOMPARE(signIn.size(), 0);
        QCOMPARE(second.secret().refreshToken, renewed.refreshToken);
        QCOMPARE(second.secret().token, renewed.token);
        (void)waitForJob(store.remove(id));
    }

    void sessionOnlySignIn_staysOutOfTheKeychain_whenItsTokensRotate()
    {
        const auth::Secret tokens = signIn();
        const QString id = QStringLiteral("idn_") + QUuid::createUuid().toString(QUuid::Id128);
        auth::CredentialStore store(Service);
        store.keepForSession(id, tokens.serialize());
        OAuthAuthenticator authenticator(&nam, settings(), &store, id, tokens);
        authenticator.setSessionOnly(true);
        QSignalSpy refreshed(&authenticator, &api::Authenticator::refreshFinished);
        authenticator.refresh();
        QVERIFY(refreshed.wait(5000));
        QVERIFY(refreshed.first().at(0).toBool());
        // This run still has the rotated pair...
        const auto kept = waitForJob(store.read(id));
        QCOMPARE(auth::Secret::deserialize(kept.secret)->refreshToken,
                 authenticator.secret().refreshToken);
        // ...and the keychain has nothing under the identity.
        auth::CredentialStore keychainOnly(Service);
        QCOMPARE(waitForJob(keychainOnly.read(id)).error.kind, auth::KeychainError::Kind::NotFound);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    whop::test::isolateSettings();
    qRegisterMetaType<auth::Secret>();
    OAuthRefreshTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_oauth_refresh.moc"
