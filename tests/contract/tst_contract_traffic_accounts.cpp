// The contract session's steps with accounts, files and safe saves (see ContractTrafficTest.h).

#include "contract/ContractTrafficTest.h"
#include "profile/ProfileEditor.h"
#include "sandbox/SandboxFiles.h"

#include <QBuffer>
#include <QImage>
#include <QJsonObject>
#include <QSignalSpy>

using whop::api::ErrorKind;
using whop::api::FileRecord;
using whop::api::WhopClient;
using whop::profile::Field;
using whop::profile::ProfileEditor;
using whop::sandbox::SandboxServer;

void TestContractTraffic::accounts()
{
    const auto user = client();
    m_step = "GET /accounts first page (user token)";
    auto *call = user->listAccounts(2);
    QString cursor;
    QObject guard;
    call->onSucceeded(&guard,
                      [&cursor](const whop::api::AccountsPage &page) { cursor = page.endCursor; });
    expectSuccess(call);
    QVERIFY(!cursor.isEmpty());
    m_step = "GET /accounts?after= (user token)";
    expectSuccess(user->listAccounts(2, cursor));
    m_step = "PATCH /users/me?account_id= (user token, override)";
    expectSuccess(user->updateUser({"me", SandboxServer::DemoAccountId},
                                   whop::api::UserChanges{.bio = "Bio at the studio."}));

    const auto key =
        client(QString::fromLatin1(SandboxServer::DefaultVersion), SandboxServer::DemoApiKey);
    m_step = "GET /accounts (account API key)";
    expectSuccess(key->listAccounts());
    m_step = "GET /users/{user_id}?account_id= (account API key)";
    expectSuccess(key->retrieveUser({SandboxServer::DemoUserId, SandboxServer::DemoAccountId}));
    m_step = "PATCH /users/{user_id}?account_id= (account API key, override)";
    expectSuccess(key->updateUser({SandboxServer::DemoUserId, SandboxServer::DemoAccountId},
                                  whop::api::UserChanges{.name = "Demo at the Studio"}));
    m_step = "PATCH /users/{user_id}?account_id= of a foreign account (API key, 403)";
    expectError(key->updateUser({SandboxServer::DemoUserId, "biz_Foreign001"},
                                whop::api::UserChanges{.name = "Not allowed"}),
                ErrorKind::Forbidden, 403);
    m_step = "GET /accounts unknown version (400)";
    const auto unknown = client("2099-01-01");
    expectError(unknown->listAccounts(), ErrorKind::UnknownVersion, 400);
}

void TestContractTraffic::files()
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
    expectError(api->updateUser({}, whop::api::UserChanges{.pictureFileId = fileId}),
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
    for (const char *version : {"2025-01-01", "2026-07-20"}) {
        m_step = QString("GET /files/{id} version %1").arg(version);
        expectSuccess(client(QString::fromLatin1(version))->retrieveFile(fileId));
    }
    m_step = "PATCH /users/me profile_picture";
    expectSuccess(api->updateUser({}, whop::api::UserChanges{.pictureFileId = fileId}));
    m_step = "GET /files/{id} unknown (404)";
    expectError(api->retrieveFile("file_DoesNotExist01"), ErrorKind::NotFound, 404);
    m_step = "PATCH /users/me profile_picture with a bad id (422)";
    expectError(api->updateUser({}, whop::api::UserChanges{.pictureFileId = "nope"}),
                ErrorKind::Validation, 422);
}

// The save's re-read and the live username check, in each credential mode: after a change
// made elsewhere, a conflict, then the chosen PATCH; and the check's GET (200 and 404).
void TestContractTraffic::safeSaveInEachMode()
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
