// Drives the real client (WhopClient, ProfileEditor) against the sandbox through a
// representative session and writes every exchange to a JSON file. validate.mjs then checks
// that file against openapi.yaml (see CMakeLists.txt: the ctest test contract_openapi).

#include "ContractRecord.h"
#include "ProfileEditor.h"
#include "SandboxFiles.h"
#include "SandboxServer.h"
#include "WhopClient.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using whop::api::ApiCall;
using whop::api::ApiError;
using whop::api::ClientConfig;
using whop::api::ErrorKind;
using whop::api::FileRecord;
using whop::api::WhopClient;
using whop::profile::Field;
using whop::profile::ProfileEditor;
using whop::sandbox::RecordedRequest;
using whop::sandbox::SandboxServer;
using whop::test::contract::ClientSide;
using whop::test::contract::exchangeJson;
using whop::test::contract::outputPath;

namespace {

// What the client saw of one answer (the sandbox records everything but the response headers).
struct Outcome
{
    bool succeeded = false;
    ApiError error;
};

} // namespace

class TestContractTraffic : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QList<ClientSide> m_replies;
    QString m_step;

    ClientConfig
    config(const QString &version = QString::fromLatin1(SandboxServer::DefaultVersion)) const
    {
        ClientConfig c;
        c.baseUrl = m_server->baseUrl();
        c.apiVersion = version;
        c.timeoutMs = 15000;
        c.retry.maxRetries = 0; // one request, one recorded exchange
        return c;
    }

    std::unique_ptr<WhopClient>
    client(const QString &version = QString::fromLatin1(SandboxServer::DefaultVersion),
           const QByteArray &token = SandboxServer::DemoToken)
    {
        auto c = std::make_unique<WhopClient>(m_nam.get(), config(version));
        c->setToken(token);
        return c;
    }

    // Waits for the call's outcome; every exchange it made is then recorded on both sides.
    Outcome finish(ApiCall *call)
    {
        Outcome outcome;
        bool done = false;
        QObject guard; // the connections end with this function, whatever happens
        connect(call, &ApiCall::succeeded, &guard, [&] {
            outcome.succeeded = true;
            done = true;
        });
        connect(call, &ApiCall::failed, &guard, [&](const ApiError &error) {
            outcome.error = error;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            outcome.error.message = "no answer within 20 s";
        return outcome;
    }

    void expectError(ApiCall *call, ErrorKind kind, int status)
    {
        const Outcome outcome = finish(call);
        QVERIFY2(!outcome.succeeded, qPrintable(m_step));
        QCOMPARE(ApiError::kindName(outcome.error.kind), ApiError::kindName(kind));
        QCOMPARE(outcome.error.httpStatus, status);
    }

    void expectSuccess(ApiCall *call)
    {
        const Outcome outcome = finish(call);
        QVERIFY2(outcome.succeeded, qPrintable(m_step + ": " + outcome.error.userMessage()));
    }

private Q_SLOTS:
    void initTestCase()
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

    void profileEditorLoadAndSave()
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

    void retrieveOtherUsers()
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

    void updateErrors()
    {
        const auto api = client();
        m_step = "PATCH /users/me invalid username (422)";
        expectError(api->updateUser({}, QJsonObject{{"username", "bad name!"}}),
                    ErrorKind::Validation, 422);
        m_step = "PATCH /users/me name too long (422)";
        expectError(api->updateUser({}, QJsonObject{{"name", QString(101, QLatin1Char('n'))}}),
                    ErrorKind::Validation, 422);
        m_step = "PATCH /users/{user_id} of another user (403)";
        expectError(api->updateUser({"user_Alice0000001", {}}, QJsonObject{{"bio", "not mine"}}),
                    ErrorKind::Forbidden, 403);
        m_step = "PATCH /users/{user_id} of oneself";
        expectSuccess(api->updateUser({SandboxServer::DemoUserId, {}},
                                      QJsonObject{{"bio", "Bio set through /users/{id}."}}));
    }

    void wrongToken()
    {
        const auto api = client(QString::fromLatin1(SandboxServer::DefaultVersion), "wrong-token");
        m_step = "GET /users/me wrong token (401)";
        expectError(api->retrieveUser({}), ErrorKind::Unauthorized, 401);
        m_step = "PATCH /users/me wrong token (401)";
        expectError(api->updateUser({}, QJsonObject{{"name", "x"}}), ErrorKind::Unauthorized, 401);
    }

    void unknownVersion()
    {
        const auto api = client("2099-01-01");
        m_step = "GET /users/me unknown version (400)";
        ApiCall *call = api->retrieveUser({});
        Outcome outcome = finish(call);
        QCOMPARE(ApiError::kindName(outcome.error.kind),
                 ApiError::kindName(ErrorKind::UnknownVersion));
        QVERIFY(outcome.error.supportedVersions.contains("2026-07-01"));
        m_step = "PATCH /users/me unknown version (400)";
        expectError(api->updateUser({}, QJsonObject{{"name", "x"}}), ErrorKind::UnknownVersion,
                    400);
    }

    void otherVersionShapes()
    {
        for (const char *version : {"2025-01-01", "2026-06-08", "2026-07-08", "2026-08-21-1"}) {
            const auto api = client(QString::fromLatin1(version));
            m_step = QString("GET /users/me version %1").arg(version);
            expectSuccess(api->retrieveUser({}));
            m_step = QString("GET /users/{username} version %1").arg(version);
            expectSuccess(api->retrieveUser({"alice", {}}));
            m_step = QString("PATCH /users/me version %1").arg(version);
            expectSuccess(api->updateUser(
                {}, QJsonObject{{"name", QString("Demo Creator %1").arg(version)}}));
        }
    }

    void rateLimited()
    {
        m_server->setRateLimit(1, 60000);
        m_server->setRetryAfterSeconds(7);
        const auto api = client();
        m_step = "GET /users/me within the limit";
        expectSuccess(api->retrieveUser({}));
        m_step = "GET /users/me over the limit (429)";
        expectError(api->retrieveUser({}), ErrorKind::RateLimited, 429);
        m_step = "PATCH /users/me within the limit";
        expectSuccess(api->updateUser({}, QJsonObject{{"bio", "Rate limited soon."}}));
        m_step = "PATCH /users/me over the limit (429)";
        expectError(api->updateUser({}, QJsonObject{{"bio", "Too fast."}}), ErrorKind::RateLimited,
                    429);
        m_server->setRateLimit(600, 60000);
    }

    void accounts()
    {
        const auto user = client();
        m_step = "GET /accounts first page (user token)";
        auto *call = user->listAccounts(2);
        QString cursor;
        QObject guard;
        call->onSucceeded(
            &guard, [&cursor](const whop::api::AccountsPage &page) { cursor = page.endCursor; });
        expectSuccess(call);
        QVERIFY(!cursor.isEmpty());
        m_step = "GET /accounts?after= (user token)";
        expectSuccess(user->listAccounts(2, cursor));
        m_step = "PATCH /users/me?account_id= (user token, override)";
        expectSuccess(user->updateUser({"me", SandboxServer::DemoAccountId},
                                       QJsonObject{{"bio", "Bio at the studio."}}));

        const auto key =
            client(QString::fromLatin1(SandboxServer::DefaultVersion), SandboxServer::DemoApiKey);
        m_step = "GET /accounts (account API key)";
        expectSuccess(key->listAccounts());
        m_step = "GET /users/{user_id}?account_id= (account API key)";
        expectSuccess(key->retrieveUser({SandboxServer::DemoUserId, SandboxServer::DemoAccountId}));
        m_step = "PATCH /users/{user_id}?account_id= (account API key, override)";
        expectSuccess(key->updateUser({SandboxServer::DemoUserId, SandboxServer::DemoAccountId},
                                      QJsonObject{{"name", "Demo at the Studio"}}));
        m_step = "PATCH /users/{user_id}?account_id= of a foreign account (API key, 403)";
        expectError(key->updateUser({SandboxServer::DemoUserId, "biz_Foreign001"},
                                    QJsonObject{{"name", "Not allowed"}}),
                    ErrorKind::Forbidden, 403);
        m_step = "GET /accounts unknown version (400)";
        const auto unknown = client("2099-01-01");
        expectError(unknown->listAccounts(), ErrorKind::UnknownVersion, 400);
    }

    void files()
    {
        m_server->files()->setProcessingDelayMs(0);
        const auto api = client();
        FileRecord file;
        QObject guard;
        const auto keep = [&](whop::api::Call<FileRecord> *call) {
            call->onSucceeded(&guard, [&file](const FileRecord &created) { file = created; });
            return call;
        };

        m_step = "POST /files";
        expectSuccess(keep(api->createFile("avatar.png", "contract-test-upload-1")));
        QVERIFY(file.id.startsWith("file_"));
        QVERIFY(file.uploadUrl.isValid());
        const QString fileId = file.id;
        m_step = "POST /files replayed with the same Idempotency-Key";
        expectSuccess(api->createFile("avatar.png", "contract-test-upload-1"));
        m_step = "GET /files/{id} pending";
        expectSuccess(api->retrieveFile(fileId));
        m_step = "PATCH /users/me profile_picture not ready";
        expectError(
            api->updateUser({}, QJsonObject{{"profile_picture", QJsonObject{{"id", fileId}}}}),
            ErrorKind::Validation, 422);

        QImage image(64, 64, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(image.save(&buffer, "PNG"));
        whop::api::StorageUpload *upload = api->uploadFileBytes(file, png);
        QSignalSpy uploaded(upload, &whop::api::StorageUpload::succeeded);
        upload->start();
        QVERIFY(uploaded.wait(20000));

        m_step = "GET /files/{id} after the upload";
        file = {};
        expectSuccess(keep(api->retrieveFile(fileId)));
        QVERIFY2(file.isReady(), qPrintable(file.statusText));
        for (const char *version : {"2025-01-01", "2026-08-21-1"}) {
            m_step = QString("GET /files/{id} version %1").arg(version);
            expectSuccess(client(QString::fromLatin1(version))->retrieveFile(fileId));
        }
        m_step = "PATCH /users/me profile_picture";
        expectSuccess(
            api->updateUser({}, QJsonObject{{"profile_picture", QJsonObject{{"id", fileId}}}}));
        m_step = "GET /files/{id} unknown (404)";
        expectError(api->retrieveFile("file_DoesNotExist01"), ErrorKind::NotFound, 404);
        m_step = "PATCH /users/me profile_picture with a bad id (422)";
        expectError(
            api->updateUser({}, QJsonObject{{"profile_picture", QJsonObject{{"id", "nope"}}}}),
            ErrorKind::Validation, 422);
    }

    // The save's re-read and the live username check, in each credential mode: after a change
    // made elsewhere, a conflict, then the chosen PATCH; and the check's GET (200 and 404).
    void safeSaveInEachMode()
    {
        struct Mode
        {
            const char *name;
            QByteArray token;
            QString user;
            QString account;
        };
        const QString demoUser = QLatin1String(SandboxServer::DemoUserId);
        const QString studio = QLatin1String(SandboxServer::DemoAccountId);
        for (const Mode &mode : {Mode{"user token", SandboxServer::DemoToken, "me", {}},
                                 Mode{"override mode", SandboxServer::DemoToken, "me", studio},
                                 Mode{"API key", SandboxServer::DemoApiKey, demoUser, studio}}) {
            WhopClient api(m_nam.get(), config());
            api.setToken(mode.token);
            api.setRequiresAccount(mode.token == SandboxServer::DemoApiKey);
            ProfileEditor editor(&api);
            editor.setTarget({mode.user, mode.account});
            m_step = QString("%1: load").arg(mode.name);
            QSignalSpy loaded(&editor, &ProfileEditor::loaded);
            editor.load();
            QVERIFY(loaded.wait(20000));

            m_step = QString("%1: username check, taken").arg(mode.name);
            expectSuccess(api.lookUpUser("alice", mode.account, 10000));
            m_step = QString("%1: username check, free (404)").arg(mode.name);
            expectError(api.lookUpUser("nobody-has-this-name", mode.account, 10000),
                        ErrorKind::NotFound, 404);

            QVERIFY(m_server->changeElsewhere(
                demoUser, {{"name", QString("Elsewhere (%1)").arg(mode.name)}, {"bio", "Web bio"}},
                mode.account));
            editor.setValue(Field::Name, QString("Here (%1)").arg(mode.name));
            m_step = QString("%1: save meets a conflict (re-read only)").arg(mode.name);
            QSignalSpy conflict(&editor, &ProfileEditor::conflictFound);
            QVERIFY(editor.save());
            QVERIFY(conflict.wait(20000));
            m_step = QString("%1: save with the choice (re-read, PATCH)").arg(mode.name);
            QSignalSpy saved(&editor, &ProfileEditor::saved);
            QVERIFY(editor.resolveConflicts({}));
            QVERIFY(saved.wait(20000));
        }
    }

    void writeTraffic()
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

        const QJsonObject root{{"base_url", m_server->baseUrl().toString()},
                               {"exchanges", exchanges}};
        QFile file(outputPath());
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate),
                 qPrintable(file.errorString()));
        QVERIFY(file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) > 0);
        file.close();
        qInfo("%d exchanges written to %s (%d outside the API left out)", int(exchanges.size()),
              qPrintable(QDir::toNativeSeparators(file.fileName())), outside);
    }
};

QTEST_GUILESS_MAIN(TestContractTraffic)
#include "tst_contract_traffic.moc"
