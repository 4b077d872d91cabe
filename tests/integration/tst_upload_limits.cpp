// The storage step of a picture upload takes nothing on trust: `upload_headers` that would set
// the request's own framing, carry a credential to the storage host or split the request are
// refused before anything is sent, with a message naming the step; and the storage's answer is
// read only up to StorageUpload::MaxResponseBytes. Both failures leave Retry working.
#include "api/StorageUpload.h"
#include "avatar/PictureUploader.h"
#include "common/SandboxFixture.h"
#include "common/TestImages.h"
#include "sandbox/SandboxFiles.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace whop;
using namespace whop::test;
using avatar::PictureUploader;
using avatar::SaveStep;
using sandbox::Fault;

namespace {

struct Outcome
{
    bool finished = false;
    bool ready = false;
    SaveStep step = SaveStep::None;
    api::ApiError error;
    QString message;
};

} // namespace

class UploadLimitsTest : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    std::unique_ptr<PictureUploader> uploader;
    avatar::EncodedPicture picture;

    sandbox::SandboxFiles *files() { return f.server->files(); }

    Outcome upload()
    {
        Outcome out;
        QObject context;
        connect(uploader.get(), &PictureUploader::ready, &context, [&out] {
            out.ready = true;
            out.finished = true;
        });
        connect(uploader.get(), &PictureUploader::failed, &context,
                [&out](SaveStep step, const api::ApiError &error, const QString &message) {
                    out.step = step;
                    out.error = error;
                    out.message = message;
                    out.finished = true;
                });
        uploader->upload(picture);
        (void)QTest::qWaitFor([&out] { return out.finished; }, 30000);
        return out;
    }

    int puts()
    {
        int n = 0;
        for (const auto &r : files()->storageRequests())
            n += r.method == "PUT";
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        picture.bytes = encodeImage(photoLikeImage(256, 256), "png");
        picture.mimeType = "image/png";
        picture.fileName = QStringLiteral("limits.png");
        picture.pixelSize = QSize(256, 256);
    }
    void init()
    {
        f.setUp();
        files()->setProcessingDelayMs(0);
        uploader = std::make_unique<PictureUploader>(f.client.get());
        PictureUploader::Timing timing;
        timing.firstPollMs = 10;
        timing.maxPollMs = 40;
        uploader->setTiming(timing);
    }
    void cleanup()
    {
        uploader.reset();
        f.tearDown();
    }

    void unsafeUploadHeaders_refusedBeforeSending_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("Host") << QByteArray("Host") << QByteArray("evil.example")
                              << QStringLiteral("“Host”");
        QTest::newRow("Content-Length") << QByteArray("Content-Length") << QByteArray("1")
                                        << QStringLiteral("“Content-Length”");
        QTest::newRow("Transfer-Encoding")
            << QByteArray("Transfer-Encoding") << QByteArray("chunked")
            << QStringLiteral("“Transfer-Encoding”");
        QTest::newRow("Authorization")
            << QByteArray("Authorization") << QByteArray("Bearer whop-demo-token")
            << QStringLiteral("“Authorization”");
        QTest::newRow("Cookie") << QByteArray("Cookie") << QByteArray("session=1")
                                << QStringLiteral("“Cookie”");
        QTest::newRow("line break in a value")
            << QByteArray("x-amz-meta-note") << QByteArray("a\r\nHost: evil.example")
            << QStringLiteral("“x-amz-meta-note”");
        QTest::newRow("name that is not a token")
            << QByteArray("X Amz") << QByteArray("1") << QStringLiteral("“X Amz”");
    }
    void unsafeUploadHeaders_refusedBeforeSending()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QString, named);
        files()->setExtraUploadHeaders({{name, value}});
        const Outcome refused = upload();
        QVERIFY(refused.finished);
        QVERIFY2(!refused.ready, "the upload went ahead");
        QCOMPARE(refused.step, SaveStep::Upload);
        QCOMPARE(refused.error.code, QLatin1String(api::StorageUpload::RefusedHeaderCode));
        QVERIFY2(refused.message.startsWith(avatar::saveStepTitle(SaveStep::Upload)) &&
                     refused.message.contains(named),
                 qPrintable(refused.message));
        QCOMPARE(puts(), 0); // nothing reached the storage host

        // Retry asks for a new upload (the create again), which Whop now gives cleanly.
        QCOMPARE(uploader->resumeStep(), SaveStep::Create);
        files()->setExtraUploadHeaders({});
        const Outcome retried = upload();
        QVERIFY2(retried.ready, qPrintable(retried.message));
        QCOMPARE(puts(), 1);
        QCOMPARE(files()->fileIds().size(), 2);
    }

    // As lenient as Whop's official SDK (src/lib/upload-file.ts, normalizeUploadHeaders): a
    // number or a boolean is sent as its text, a null is not sent; the sandbox's storage checks
    // the PUT carries them so, as a storage service checks its signed headers.
    void scalarUploadHeaderValues_areSentAsText_nullOnesNot()
    {
        files()->setExtraUploadHeaderValues(QJsonObject{{"x-amz-meta-width", 1024},
                                                        {"x-amz-meta-ratio", 1.5},
                                                        {"x-amz-meta-public", true},
                                                        {"x-amz-meta-none", QJsonValue::Null}});
        const Outcome done = upload();
        QVERIFY2(done.ready, qPrintable(done.message));
        QCOMPARE(puts(), 1);
        const sandbox::RecordedRequest put = files()->storageRequests().constLast();
        QCOMPARE(put.responseStatus, 200);
        QCOMPARE(put.header("x-amz-meta-width"), QByteArray("1024"));
        QCOMPARE(put.header("x-amz-meta-ratio"), QByteArray("1.5"));
        QCOMPARE(put.header("x-amz-meta-public"), QByteArray("true"));
        QVERIFY(!put.hasHeader("x-amz-meta-none"));
        files()->setExtraUploadHeaderValues({});
    }

    // An object or an array has no text a storage host could expect: refused, before sending.
    void objectUploadHeaderValue_isRefused_withTheReason()
    {
        files()->setExtraUploadHeaderValues(
            QJsonObject{{"x-amz-meta-size", QJsonObject{{"w", 1}}}});
        const Outcome refused = upload();
        QVERIFY(refused.finished);
        QVERIFY(!refused.ready);
        QCOMPARE(refused.step, SaveStep::Create);
        QCOMPARE(refused.error.kind, api::ErrorKind::BadResponse);
        QVERIFY2(refused.message.contains(QStringLiteral("x-amz-meta-size")),
                 qPrintable(refused.message));
        QCOMPARE(puts(), 0);
        files()->setExtraUploadHeaderValues({});
    }

    void oversizedStorageAnswer_isNotRead()
    {
        Fault huge;
        huge.kind = Fault::Kind::Huge;
        files()->injectStorageFault(huge);
        QSignalSpy handled(files(), &sandbox::SandboxFiles::storageRequestHandled);
        const Outcome failed = upload();
        QVERIFY(failed.finished);
        QVERIFY(!failed.ready);
        QCOMPARE(failed.step, SaveStep::Upload);
        QCOMPARE(failed.error.kind, api::ErrorKind::BadResponse);
        QVERIFY2(failed.message.startsWith(avatar::saveStepTitle(SaveStep::Upload)) &&
                     failed.message.contains(QStringLiteral("larger than 64 KB")),
                 qPrintable(failed.message));
        QTRY_COMPARE(handled.size(), 1); // the storage saw the connection end
        const qint64 sent = files()->storageRequests().value(0).responseBytes;
        qInfo("oversized storage answer: %lld of 13631488+ bytes left the storage before the cut",
              sent);
        QVERIFY(sent < 13 * 1024 * 1024);

        const Outcome retried = upload(); // the PUT again, answered normally this time
        QVERIFY2(retried.ready, qPrintable(retried.message));
        QCOMPARE(puts(), 2);
    }
};

QTEST_MAIN(UploadLimitsTest)
#include "tst_upload_limits.moc"
