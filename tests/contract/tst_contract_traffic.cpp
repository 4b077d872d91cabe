// Drives the real client (WhopClient, ProfileEditor) against the sandbox through a
// representative session and writes every exchange to a JSON file. validate.mjs then checks
// that file against openapi.yaml (see CMakeLists.txt: the ctest test contract_openapi).
// The accounts, files and safe-save steps are in tst_contract_traffic_accounts.cpp; the order of
// all of them is that of the slots in ContractTrafficTest.h.

#include "contract/ContractTrafficTest.h"
#include "profile/ProfileEditor.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>

using whop::api::ApiCall;
using whop::api::ApiError;
using whop::api::ErrorKind;
using whop::api::WhopClient;
using whop::profile::Field;
using whop::profile::ProfileEditor;
using whop::sandbox::RecordedRequest;
using whop::sandbox::SandboxServer;
using whop::test::contract::ClientSide;
using whop::test::contract::exchangeJson;
using whop::test::contract::outputPath;

void TestContractTraffic::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listenLocal(0));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    connect(m_nam.get(), &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (reply->url().port() != m_server->port())
            return; // the storage host of file uploads: another server, not the API
        ClientSide side;
        side.path = reply->url().path();
        side.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        side.contentType = reply->rawHeader("Content-Type");
        side.step = m_step;
        m_replies.append(side);
    });
}

void TestContractTraffic::profileEditorLoadAndSave()
{
    WhopClient api(m_nam.get(), config());
    api.setToken(SandboxServer::DemoToken);
    ProfileEditor editor(&api);

    m_step = "ProfileEditor::load (GET /users/me)";
    QSignalSpy loaded(&editor, &ProfileEditor::loaded);
    editor.load();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(editor.snapshot().id, QString::fromLatin1(SandboxServer::DemoUserId));

    QSignalSpy saved(&editor, &ProfileEditor::saved);
    m_step = "ProfileEditor::save name";
    editor.setValue(Field::Name, "Demo Creator (contract)");
    QVERIFY(editor.save());
    QVERIFY(saved.wait(20000));

    m_step = "ProfileEditor::save bio";
    editor.setValue(Field::Bio, "Line one\r\nLine two, edited by the contract test.");
    QVERIFY(editor.save());
    QVERIFY(saved.wait(20000));

    m_step = "ProfileEditor::save username + name";
    editor.setValue(Field::Username, "demo-contract");
    editor.setValue(Field::Name, "Demo Contract");
    QVERIFY(editor.save());
    QVERIFY(saved.wait(20000));
    QCOMPARE(editor.snapshot().username, QString("demo-contract"));

    m_step = "ProfileEditor::save taken username (409)";
    QSignalSpy fieldError(&editor, &ProfileEditor::serverFieldError);
    editor.setValue(Field::Username, "taken-name");
    QVERIFY(editor.save());
    QVERIFY(fieldError.wait(20000));
    QCOMPARE(fieldError.first().at(0).value<Field>(), Field::Username);

    // Leave the demo user as the other steps expect it.
    m_step = "ProfileEditor::save username back";
    editor.setValue(Field::Username, "demo-creator");
    QVERIFY(editor.save());
    QVERIFY(saved.wait(20000));
}

void TestContractTraffic::retrieveOtherUsers()
{
    const auto api = client();
    m_step = "GET /users/{username}";
    expectSuccess(api->retrieveUser({"alice", {}}));
    m_step = "GET /users/{user_id}";
    expectSuccess(api->retrieveUser({"user_WhopOfficial1", {}}));
    m_step = "GET /users/{user_id} of oneself";
    expectSuccess(api->retrieveUser({SandboxServer::DemoUserId, {}}));
    m_step = "GET /users/me?account_id=";
    expectSuccess(api->retrieveUser({"me", SandboxServer::DemoAccountId}));
    m_step = "GET /users/{username}?account_id=";
    expectSuccess(api->retrieveUser({"alice", SandboxServer::DemoAccountId}));
    m_step = "GET /users/{username} unknown (404)";
    expectError(api->retrieveUser({"nobody-at-all", {}}), ErrorKind::NotFound, 404);
}

void TestContractTraffic::updateErrors()
{
    const auto api = client();
    m_step = "PATCH /users/me invalid username (422)";
    expectError(api->updateUser({}, whop::api::UserChanges{.username = "bad name!"}),
                ErrorKind::Validation, 422);
    m_step = "PATCH /users/me name too long (422)";
    expectError(api->updateUser({}, whop::api::UserChanges{.name = QString(101, QLatin1Char('n'))}),
                ErrorKind::Validation, 422);
    m_step = "PATCH /users/{user_id} of another user (403)";
    expectError(
        api->updateUser({"user_Alice0000001", {}}, whop::api::UserChanges{.bio = "not mine"}),
        ErrorKind::Forbidden, 403);
    m_step = "PATCH /users/{user_id} of oneself";
    expectSuccess(api->updateUser({SandboxServer::DemoUserId, {}},
                                  whop::api::UserChanges{.bio = "Bio set through /users/{id}."}));
}

void TestContractTraffic::wrongToken()
{
    const auto api = client(QString::fromLatin1(SandboxServer::DefaultVersion), "wrong-token");
    m_step = "GET /users/me wrong token (401)";
    expectError(api->retrieveUser({}), ErrorKind::Unauthorized, 401);
    m_step = "PATCH /users/me wrong token (401)";
    expectError(api->updateUser({}, whop::api::UserChanges{.name = "x"}), ErrorKind::Unauthorized,
                401);
}

void TestContractTraffic::unknownVersion()
{
    const auto api = client("2099-01-01");
    m_step = "GET /users/me unknown version (400)";
    ApiCall *call = api->retrieveUser({});
    Outcome outcome = finish(call);
    QCOMPARE(ApiError::kindName(outcome.error.kind), ApiError::kindName(ErrorKind::UnknownVersion));
    QVERIFY(outcome.error.supportedVersions.contains("2026-07-01"));
    m_step = "PATCH /users/me unknown version (400)";
    expectError(api->updateUser({}, whop::api::UserChanges{.name = "x"}), ErrorKind::UnknownVersion,
                400);
}

void TestContractTraffic::otherVersionShapes()
{
    for (const char *version : {"2025-01-01", "2026-06-08", "2026-07-08-1", "2026-07-20"}) {
        const auto api = client(QString::fromLatin1(version));
        m_step = QString("GET /users/me version %1").arg(version);
        expectSuccess(api->retrieveUser({}));
        m_step = QString("GET /users/{username} version %1").arg(version);
        expectSuccess(api->retrieveUser({"alice", {}}));
        m_step = QString("PATCH /users/me version %1").arg(version);
        expectSuccess(api->updateUser(
            {}, whop::api::UserChanges{.name = QString("Demo Creator %1").arg(version)}));
    }
}

void TestContractTraffic::rateLimited()
{
    m_server->setRateLimit(1, 60000);
    m_server->setRetryAfterSeconds(7);
    const auto api = client();
    m_step = "GET /users/me within the limit";
    expectSuccess(api->retrieveUser({}));
    m_step = "GET /users/me over the limit (429)";
    expectError(api->retrieveUser({}), ErrorKind::RateLimited, 429);
    m_step = "PATCH /users/me within the limit";
    expectSuccess(api->updateUser({}, whop::api::UserChanges{.bio = "Rate limited soon."}));
    m_step = "PATCH /users/me over the limit (429)";
    expectError(api->updateUser({}, whop::api::UserChanges{.bio = "Too fast."}),
                ErrorKind::RateLimited, 429);
    m_server->setRateLimit(600, 60000);
}

void TestContractTraffic::writeTraffic()
{
    // Every answer is complete on the server side once the client has seen it.
    const auto allAnswered = [this] {
        for (const RecordedRequest &r : m_server->requests()) {
            if (r.responseStatus == 0)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allAnswered(), 10000);
    const QList<RecordedRequest> records = m_server->requests();
    QCOMPARE(records.size(), m_replies.size());

    // Only the API is in the contract (not the avatars, storage or OAuth pages).
    const QString apiPath = m_server->baseUrl().path() + '/';
    QJsonArray exchanges;
    QSet<int> statuses;
    int outside = 0;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const RecordedRequest &r = records.at(i);
        const ClientSide &side = m_replies.at(i);
        QCOMPARE(r.path, side.path);
        QCOMPARE(r.responseStatus, side.status);
        if (!r.path.startsWith(apiPath)) {
            ++outside;
            continue;
        }
        statuses.insert(r.responseStatus);

        exchanges.append(exchangeJson(r, side, int(exchanges.size())));
    }
    for (int status : {200, 400, 401, 403, 404, 409, 422, 429})
        QVERIFY2(statuses.contains(status), qPrintable(QString::number(status)));

    const QJsonObject root{{"base_url", m_server->baseUrl().toString()}, {"exchanges", exchanges}};
    QFile file(outputPath());
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    QVERIFY(file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) > 0);
    file.close();
    qInfo("%d exchanges written to %s (%d outside the API left out)", int(exchanges.size()),
          qPrintable(QDir::toNativeSeparators(file.fileName())), outside);
}

QTEST_GUILESS_MAIN(TestContractTraffic)

// moc of the test class (ContractTrafficTest.h), here rather than in a file of its own.
#include "moc_ContractTrafficTest.cpp"
