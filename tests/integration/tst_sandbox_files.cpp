#include "common/SandboxFixture.h"
#include "common/TestImages.h"
#include "common/TestSupport.h"
#include "sandbox/SandboxFiles.h"

#include <QGuiApplication>
#include <QNetworkReply>

using namespace whop;
using namespace whop::test;

// The sandbox's Files API on its own: the storage host checks a PUT the way a storage service
// does, creates are idempotent per key, `size` changes type with the API version, and only a
// ready file can become a profile picture.
class SandboxFilesTest : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    QByteArray bytes;

    sandbox::SandboxFiles *files() { return f.server->files(); }

private Q_SLOTS:
    void initTestCase() { bytes = encodeImage(photoLikeImage(300, 300), "jpeg"); }
    void init()
    {
        f.setUp();
        files()->setProcessingDelayMs(0);
    }
    void cleanup() { f.tearDown(); }

    void storageHost_checksLikeAStorageService_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<bool>("withAuthorization");
        QTest::addColumn<bool>("withAcl");
        QTest::addColumn<bool>("badSignature");
        QTest::addColumn<int>("status");
        QTest::newRow("exactly the upload headers")
            << QByteArray("image/jpeg") << false << true << false << 200;
        QTest::newRow("no Content-Type") << QByteArray() << false << true << false << 400;
        QTest::newRow("wrong Content-Type")
            << QByteArray("image/png") << false << true << false << 400;
        QTest::newRow("with Authorization")
            << QByteArray("image/jpeg") << true << true << false << 400;
        QTest::newRow("a signed header missing")
            << QByteArray("image/jpeg") << false << false << false << 403;
        QTest::newRow("bad signature") << QByteArray("image/jpeg") << false << true << true << 403;
    }
    void storageHost_checksLikeAStorageService()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(bool, withAuthorization);
        QFETCH(bool, withAcl);
        QFETCH(bool, badSignature);
        QFETCH(int, status);
        const CallOutcome created = waitFor(f.client->createFile("x.jpg", "key-1"));
        QVERIFY(created.ok);
        const auto file = created.value;
        QCOMPARE(file.status, api::FileRecord::Status::Pending);
        QVERIFY(file.url.isEmpty());
        QUrl url = file.uploadUrl;
        if (badSignature)
            url.setQuery(url.query().replace(QStringLiteral("X-Signature="),
                                             QStringLiteral("X-Signature=0")));
        QNetworkRequest request(url);
        if (!contentType.isNull())
            request.setRawHeader("Content-Type", contentType);
        if (withAcl)
            request.setRawHeader("x-amz-acl", "public-read");
        if (withAuthorization)
            request.setRawHeader("Authorization", "Bearer whop-demo-token");
        QNetworkReply *reply = f.nam->put(request, bytes);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        reply->deleteLater();
        const CallOutcome polled = waitFor(f.client->retrieveFile(file.id));
        QVERIFY(polled.ok);
        const auto after = polled.value;
        QCOMPARE(after.isReady(), status == 200);
        if (status == 200) {
            QCOMPARE(after.size, std::optional<qint64>(bytes.size()));
            QVERIFY(after.url.isValid());
        }
    }

    void create_isIdempotentPerKey()
    {
        const auto a = waitFor(f.client->createFile("a.jpg", "same-key")).value;
        const auto b = waitFor(f.client->createFile("a.jpg", "same-key")).value;
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.uploadUrl, b.uploadUrl);
        const CallOutcome other = waitFor(f.client->createFile("b.jpg", "same-key"));
        QCOMPARE(other.error.kind, api::ErrorKind::Validation);
        const auto c = waitFor(f.client->createFile("a.jpg", "another-key")).value;
        QVERIFY(c.id != a.id);
        QCOMPARE(files()->fileIds().size(), 2);
    }

    void fileSize_isAString_orAnIntegerWithTheSwitch()
    {
        const auto file = waitFor(f.client->createFile("s.jpg", "size-key")).value;
        QNetworkRequest request(file.uploadUrl);
        for (const auto &[name, value] : file.uploadHeaders)
            request.setRawHeader(name, value);
        QNetworkReply *reply = f.nam->put(request, bytes);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        reply->deleteLater();
        const QString id = file.id;
        // A string as @whop/sdk 0.0.42 types it, whatever the version...
        for (const char *version : {"2025-01-01", "2026-07-20"}) {
            auto config = f.client->config();
            config.apiVersion = QString::fromLatin1(version);
            f.client->setConfig(config);
            const CallOutcome asText = waitFor(f.client->retrieveFile(id));
            QVERIFY2(asText.ok, version);
            QVERIFY2(jsonOf(f.server->requests().last().responseBody).value("size").isString(),
                     version);
            QCOMPARE(asText.value.size, std::optional<qint64>(bytes.size()));
        }
        // ...or, with the sandbox's switch, an integer, which the client reads as well.
        files()->setSizeAsInteger(true);
        const CallOutcome asNumber = waitFor(f.client->retrieveFile(id));
        QVERIFY(jsonOf(f.server->requests().last().responseBody).value("size").isDouble());
        QCOMPARE(asNumber.value.size, std::optional<qint64>(bytes.size()));
    }

    void attachingAFileThatIsNotReady_isRefused()
    {
        const auto file = waitFor(f.client->createFile("p.jpg", "k")).value;
        const CallOutcome patch =
            waitFor(f.client->updateUser({}, api::UserChanges{.pictureFileId = file.id}));
        QCOMPARE(patch.error.kind, api::ErrorKind::Validation);
        QCOMPARE(patch.error.field, QStringLiteral("profile_picture"));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    whop::test::isolateSettings();
    SandboxFilesTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_sandbox_files.moc"
