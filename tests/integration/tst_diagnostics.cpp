// Help → Copy diagnostics: what it says (versions, environment, API version and where it came
// from, the keychain's state, the last errors with Whop's request ids), and what it never says.
// Every secret and every piece of profile the session holds is a canary that must not appear.
#include "api/ErrorHistory.h"
#include "common/BrowserDriver.h"
#include "common/DemoSession.h"
#include "common/KeychainSupport.h"
#include "common/OAuthSupport.h"
#include "common/TestSupport.h"
#include "sandbox/SandboxServer.h"
#include "session/AppSession.h"
#include "session/Diagnostics.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace whop;
using namespace whop::test;

namespace {

const QString CanaryUserId = QStringLiteral("user_CanaryPerson01");
const QByteArray CanaryToken = "TOKEN-CANARY-a1";
const QString CanaryName = QStringLiteral("NAME-CANARY-b2");
const QString CanaryUsername = QStringLiteral("usercanary-c3");
const QString CanaryBio = QStringLiteral("BIO-CANARY-d4");
const QString CanaryPicture = QStringLiteral("https://pictures.example/PICTURE-CANARY-e5.png");
const QString CanaryLabel = QStringLiteral("LABEL-CANARY-f6");
const QString CanaryDraft = QStringLiteral("DRAFT-CANARY-g7");
const QString CanaryHeader = QStringLiteral("HEADER-CANARY-h8");
const QString CanaryMessage = QStringLiteral("MESSAGE-CANARY-i9");
const QString CanaryApiKey = QStringLiteral("APIKEY-CANARY-j10");
const QString CanaryPath = QStringLiteral("PATH-CANARY-k11");

QString diagnosticsOf(const app::AppSession &session)
{
    QString text;
    QObject context;
    app::gatherDiagnostics(session, &context, [&text](const app::DiagnosticsFacts &facts) {
        text = app::buildDiagnostics(facts);
    });
    if (!QTest::qWaitFor([&text] { return !text.isEmpty(); }, 20000))
        return {};
    return text;
}

void verifyNoneOf(const QString &text, const QStringList &canaries)
{
    QVERIFY(!text.isEmpty());
    for (const QString &canary : canaries)
        QVERIFY2(!text.contains(canary, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("%1 leaked into:\n%2").arg(canary, text)));
}

} // namespace

class DiagnosticsTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> server; // stands in for Whop

private Q_SLOTS:
    void initTestCase()
    {
        server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(server->listenLocal(0));
        QJsonObject person{{QStringLiteral("id"), CanaryUserId},
                           {QStringLiteral("username"), CanaryUsername},
                           {QStringLiteral("name"), CanaryName},
                           {QStringLiteral("bio"), CanaryBio},
                           {QStringLiteral("created_at"), QStringLiteral("2024-05-01T10:00:00Z")},
                           {QStringLiteral("profile_picture"),
                            QJsonObject{{QStringLiteral("url"), CanaryPicture}}}};
        server->putUser(person);
        server->addUserToken(CanaryToken, CanaryUserId);
    }
    void init()
    {
        test::forgetStoredIdentities();
        api::ErrorHistory::clear();
    }
    void cleanupTestCase() { test::forgetStoredIdentities(); }

    void facts_areListed_oneALine()
    {
        app::DiagnosticsFacts f;
        f.appVersion = QStringLiteral("1.2.3");
        f.qtVersion = QStringLiteral("6.4.2");
        f.qtBuildVersion = QStringLiteral("6.4.2");
        f.qtKeychainVersion = QStringLiteral("0.13.2");
        f.platform = QStringLiteral("xcb");
        f.os = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
        f.kernel = QStringLiteral("linux 6.1.0");
        f.cpu = QStringLiteral("x86_64");
        f.environment = QStringLiteral("Custom");
        f.customHost = QStringLiteral("api.example.test");
        f.identityKind = QStringLiteral("User token");
        f.apiVersion = QStringLiteral("2026-07-08-1");
        f.apiVersionSource = QStringLiteral("WHOP_API_VERSION");
        f.timeoutSeconds = 60;
        f.timeoutSource = QStringLiteral("default");
        f.oauthScopes = QStringLiteral("openid user:profile:update");
        f.keychain = QStringLiteral("locked");
        api::ErrorHistory::Entry e;
        e.when = QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC);
        e.operation = QStringLiteral("PATCH /api/v1/users/{id}");
        e.kind = api::ErrorKind::Conflict;
        e.httpStatus = 409;
        e.code = QStringLiteral("username_taken");
        e.requestId = QStringLiteral("req_42");
        f.errors << e;
        const QStringList lines = app::buildDiagnostics(f).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Whop Profile Editor 1.2.3"));
        QVERIFY(lines.contains(QStringLiteral("Qt: 6.4.2 (built with 6.4.2), platform xcb")));
        QVERIFY(lines.contains(QStringLiteral("QtKeychain: 0.13.2")));
        QVERIFY(lines.contains(
            QStringLiteral("System: Debian GNU/Linux 12 (bookworm); linux 6.1.0; x86_64")));
        QVERIFY(lines.contains(QStringLiteral("Environment: Custom (host api.example.test)")));
        QVERIFY(lines.contains(QStringLiteral("API version: 2026-07-08-1 (WHOP_API_VERSION)")));
        QVERIFY(lines.contains(QStringLiteral("Request timeout: 60 s (default)")));
        QVERIFY(lines.contains(QStringLiteral("Keychain: locked")));
        QVERIFY(lines.contains(QStringLiteral(
            "  2026-11-27T09:30:00Z · PATCH /api/v1/users/{id} · conflict · HTTP 409 · code "
            "username_taken · request id req_42")));
    }

    void userToken_profile_draft_andServerWords_neverAppear()
    {
        auto session = makeSession(app::Options{}, QProcessEnvironment{});
        session->start();
        QSignalSpy ready(session->identityService(), &app::IdentityService::ready);
        session->identityService()->addPasted(auth::IdentityKind::UserToken, server->baseUrl(),
                                              CanaryToken, false);
        QVERIFY(ready.wait(20000));
        auto *editor = session->editor();
        QTRY_COMPARE_WITH_TIMEOUT(editor->snapshot().name, CanaryName, 20000);
        auth::Identity labelled = *session->activeIdentity();
        labelled.label = CanaryLabel;
        session->identities()->upsert(labelled);
        editor->setValue(profile::Field::Bio, CanaryDraft);

        // A refusal whose words and headers name the person; only the request id may show.
        sandbox::Fault refusal;
        refusal.kind = sandbox::Fault::Kind::Status;
        refusal.status = 409;
        refusal.body = QStringLiteral("{\"error\":{\"code\":\"username_taken\",\"message\":\"%1 "
                                      "%2 %3\"}}")
                           .arg(CanaryMessage, CanaryName, CanaryUsername)
                           .toUtf8();
        refusal.headers = {{"X-Debug-Note", CanaryHeader.toUtf8()},
                           {"X-Request-Id", "req_VisibleInReport"}};
        refusal.method = "PATCH"; // saving reads the profile first (see ProfileEditorSave.cpp)
        server->injectFault(refusal);
        QVERIFY(editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(!api::ErrorHistory::entries().isEmpty(), 20000);
        QCOMPARE(api::ErrorHistory::entries().constLast().requestId,
                 QStringLiteral("req_VisibleInReport"));

        const QString text = diagnosticsOf(*session);
        verifyNoneOf(text, {QString::fromLatin1(CanaryToken), CanaryName, CanaryUsername, CanaryBio,
                            CanaryPicture, CanaryLabel, CanaryDraft, CanaryHeader, CanaryMessage,
                            CanaryUserId});
        QVERIFY(text.contains(QStringLiteral("Environment: Custom (host 127.0.0.1)")));
        QVERIFY(text.contains(QStringLiteral("Identity: User token")));
        QVERIFY(text.contains(QStringLiteral(
            "PATCH /api/v1/users/me · conflict · HTTP 409 · code username_taken · request id "
            "req_VisibleInReport")));
        QVERIFY(text.contains(QStringLiteral("API version: 2026-07-01 (default)")));
        QVERIFY(text.contains(QStringLiteral("Keychain: reachable")));
    }

    void browserSignIn_tokensNeverAppear()
    {
        app::Options options;
        options.oauthClientId = QLatin1String(sandbox::SandboxServer::OAuthClientId);
        auto session = makeSession(options, QProcessEnvironment{});
        session->start();
        QString why;
        auth::OAuthSignIn *flow = session->beginSignIn(server->baseUrl(), &why);
        QVERIFY2(flow, qPrintable(why));
        QSignalSpy ready(session->identityService(), &app::IdentityService::ready);
        allowRedirect(*server, *flow);
        const BrowserVisit visited = visit(flow->authorizeUrl());
        QCOMPARE(visited.callbackStatus, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000); // may have come during the visit
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot(), 20000);
        const auth::Secret secret = session->authenticator()->secret();
        QVERIFY(!secret.token.isEmpty());
        QVERIFY(!secret.refreshToken.isEmpty());

        const QString text = diagnosticsOf(*session);
        verifyNoneOf(text,
                     {QString::fromLatin1(secret.token), QString::fromLatin1(secret.refreshToken),
                      QLatin1String(sandbox::SandboxServer::OAuthClientId),
                      QStringLiteral("demo-creator")});
        QVERIFY(text.contains(QStringLiteral("Identity: Signed in with Whop")));
        QVERIFY(text.contains(QStringLiteral("client id set (--oauth-client-id)")));
    }

    void apiKeyFromTheEnvironment_andACustomBaseUrlsPath_neverAppear()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("WHOP_API_KEY"), CanaryApiKey);
        env.insert(QStringLiteral("WHOP_API_VERSION"), QStringLiteral("2026-07-08-1"));
        app::Options options;
        QUrl base = server->baseUrl();
        base.setPath(QLatin1Char('/') + CanaryPath + QStringLiteral("/api/v1"));
        options.baseUrl = base;
        options.apiVersion = QStringLiteral("2026-07-08-1");
        options.apiVersionFrom = QStringLiteral("WHOP_API_VERSION");
        auto session = makeSession(options, env);
        session->start();
        // The key is tried against a path Whop does not have: the failure is recorded.
        QTRY_VERIFY_WITH_TIMEOUT(!api::ErrorHistory::entries().isEmpty(), 20000);

        const QString text = diagnosticsOf(*session);
        verifyNoneOf(text, {CanaryApiKey, CanaryPath});
        QVERIFY(text.contains(QStringLiteral("Environment: Custom (host 127.0.0.1)")));
        QVERIFY(text.contains(QStringLiteral("this run only (WHOP_API_KEY)")));
        QVERIFY(text.contains(QStringLiteral("API version: 2026-07-08-1 (WHOP_API_VERSION)")));
        QVERIFY(text.contains(QStringLiteral("GET /{id}/api/v1/accounts · not-found · HTTP 404")));
        QVERIFY(text.contains(QStringLiteral("request id req_"))); // the sandbox names each answer
    }

    void theDemo_isNamedAsSuch()
    {
        app::Options options;
        options.demo = true;
        auto session = makeSession(options, QProcessEnvironment{});
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(session->editor()->hasSnapshot(), 20000);
        const QString text = diagnosticsOf(*session);
        QVERIFY(text.contains(QStringLiteral("Environment: Demo\n")));
        QVERIFY(text.contains(QStringLiteral("Identity: none (demo)")));
        QVERIFY(text.contains(QStringLiteral("Recent errors: none")));
        verifyNoneOf(text, {QLatin1String(sandbox::SandboxServer::DemoToken)});
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    whop::test::isolateSettings();
    DiagnosticsTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_diagnostics.moc"
