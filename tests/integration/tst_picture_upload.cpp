#include "ImagePipeline.h"
#include "ProfileEditor.h"
#include "SandboxFiles.h"
#include "SandboxFixture.h"
#include "TestImages.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QNetworkReply>

using namespace whop;
using namespace whop::test;
using avatar::SaveStep;
using profile::Field;
using profile::ProfileEditor;
using sandbox::Fault;
using sandbox::RecordedRequest;

// The whole save-with-a-picture sequence against the sandbox: create, PUT to the storage host
// (another port), poll, one PATCH; cancel, retry from every step, expiry and failed processing.
class PictureUploadTest : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    std::unique_ptr<ProfileEditor> editor;
    avatar::EncodedPicture picture;
    QStringList journal; // "METHOD path" in the order both servers answered
    QList<qint64> journalTimes;
    QElapsedTimer clock;

    sandbox::SandboxFiles *files() { return f.server->files(); }
    QList<RecordedRequest> api(const QByteArray &method, const QString &pathPart = {})
    {
        QList<RecordedRequest> out;
        for (const auto &r : f.server->requests()) {
            if (r.method == method && r.path.contains(pathPart))
                out << r;
        }
        return out;
    }
    QList<RecordedRequest> puts()
    {
        QList<RecordedRequest> out;
        for (const auto &r : files()->storageRequests()) {
            if (r.method == "PUT")
                out << r;
        }
        return out;
    }
    int count(const QString &prefix) const
    {
        int n = 0;
        for (const QString &line : journal)
            n += line.startsWith(prefix);
        return n;
    }
    void useFastTiming()
    {
        avatar::PictureUploader::Timing timing;
        timing.firstPollMs = 20;
        timing.maxPollMs = 60;
        editor->uploader()->setTiming(timing);
    }
    bool saveAndWait()
    {
        QSignalSpy saved(editor.get(), &ProfileEditor::saved);
        if (!editor->save())
            return false;
        return saved.wait(15000);
    }
    void saveAndExpectFailure(SaveStep step)
    {
        QVERIFY(editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(editor->state() == ProfileEditor::State::Ready, 15000);
        QVERIFY(editor->lastError().isError());
        QCOMPARE(editor->failedStep(), step);
        QVERIFY(editor->hasPendingPicture());
        QVERIFY(editor->canSave());
        QVERIFY2(editor->errorText().startsWith(avatar::saveStepTitle(step)),
                 qPrintable(editor->errorText()));
    }
    Fault fault(Fault::Kind kind, int status, const char *method, const QString &path = {})
    {
        Fault x = makeFault(kind, status);
        x.method = method;
        x.pathContains = path;
        return x;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QImage photo = photoLikeImage(1600, 1200);
        const avatar::LoadedPicture loaded =
            avatar::loadPicture(avatar::PictureInput::fromImage(photo, QStringLiteral("me.jpg")));
        picture = avatar::renderPicture(loaded, avatar::centeredSquare(loaded.fullSize));
        QVERIFY(!picture.isNull());
    }
    void init()
    {
        f.setUp();
        files()->setProcessingDelayMs(0);
        editor = std::make_unique<ProfileEditor>(f.client.get());
        QSignalSpy loaded(editor.get(), &ProfileEditor::loaded);
        editor->load();
        QVERIFY(loaded.wait(5000));
        f.server->clearRequests();
        journal.clear();
        journalTimes.clear();
        clock.start();
        connect(f.server.get(), &sandbox::SandboxServer::requestHandled, this, [this](int i) {
            const auto r = f.server->requests().value(i);
            journal << QString::fromLatin1(r.method) + ' ' + r.path;
            journalTimes << clock.elapsed();
        });
        connect(files(), &sandbox::SandboxFiles::storageRequestHandled, this, [this](int i) {
            const auto r = files()->storageRequests().value(i);
            journal << QString::fromLatin1(r.method) + " storage" + r.path;
            journalTimes << clock.elapsed();
        });
        useFastTiming();
        editor->setPicture(picture);
    }
    void cleanup()
    {
        editor.reset();
        f.tearDown();
    }

    void wholeSequence_inOrder_withTheRightHeaders_andOnePatch()
    {
        files()->setProcessingDelayMs(150); // a few polls see "processing"
        editor->setValue(Field::Name, QStringLiteral("Pictured Person"));
        QVERIFY(editor->isDirty());
        QSignalSpy progress(editor.get(), &ProfileEditor::uploadProgress);
        QVERIFY(saveAndWait());

        // Order: create, PUT, polls, the re-read of the profile right before the one PATCH (the
        // upload may take long: a change made elsewhere meanwhile must still be seen).
        QVERIFY2(journal.size() >= 5, qPrintable(journal.join(", ")));
        QCOMPARE(journal.first(), QStringLiteral("POST /api/v1/files"));
        QVERIFY(journal.at(1).startsWith(QStringLiteral("PUT storage/upload/file_")));
        for (int i = 2; i < journal.size() - 2; ++i)
            QVERIFY(journal.at(i).startsWith(QStringLiteral("GET /api/v1/files/file_")));
        QCOMPARE(journal.at(journal.size() - 2), QStringLiteral("GET /api/v1/users/me"));
        QCOMPARE(journal.last(), QStringLiteral("PATCH /api/v1/users/me"));
        QCOMPARE(count(QStringLiteral("PATCH")), 1);
        QVERIFY(count(QStringLiteral("GET /api/v1/files/")) >= 2);

        const RecordedRequest create = api("POST").first();
        QCOMPARE(create.header("Authorization"),
                 QByteArray("Bearer ") + sandbox::SandboxServer::DemoToken);
        QVERIFY(!create.header("Idempotency-Key").isEmpty());
        QCOMPARE(jsonOf(create.body),
                 QJsonObject({{"filename", picture.fileName}, {"visibility", "public"}}));

        const RecordedRequest put = puts().first();
        QVERIFY(!put.hasHeader("Authorization"));
        QVERIFY(!put.hasHeader("Api-Version-Date"));
        QVERIFY(!put.hasHeader("Cookie"));
        QCOMPARE(put.header("Content-Type"), QByteArray("image/jpeg"));
        QCOMPARE(put.header("x-amz-acl"), QByteArray("public-read"));
        QCOMPARE(put.body, picture.bytes);
        QCOMPARE(put.responseStatus, 200);

        QCOMPARE(files()->fileIds().size(), 1);
        const QString id = files()->fileIds().first();
        const RecordedRequest patch = api("PATCH").first();
        QCOMPARE(jsonOf(patch.body), QJsonObject({{"name", "Pictured Person"},
                                                  {"profile_picture", QJsonObject{{"id", id}}}}));
        QCOMPARE(jsonOf(api("GET", "/files/").first().responseBody).value("upload_status"),
                 QJsonValue("processing"));

        // Progress in bytes, ending at the whole file.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(picture.bytes.size()));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(picture.bytes.size()));

        // The profile now shows the server's URL, on the storage origin, serving these bytes.
        QVERIFY(!editor->hasPendingPicture());
        QVERIFY(!editor->isDirty());
        const QUrl url = editor->snapshot().pictureUrl;
        QCOMPARE(url.port(), files()->storageOrigin().port());
        QVERIFY(url.port() != f.server->port());
        QNetworkReply *reply = f.nam->get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->readAll(), picture.bytes);
        reply->deleteLater();
    }

    void onlyThePictureChanged_patchCarriesOnlyIt()
    {
        QVERIFY(saveAndWait());
        QCOMPARE(
            jsonOf(api("PATCH").first().body),
            QJsonObject({{"profile_picture", QJsonObject{{"id", files()->fileIds().first()}}}}));
    }

    void firstPoll_afterAbout250ms_thenLonger()
    {
        editor->uploader()->setTiming({});  // the real schedule
        files()->setProcessingDelayMs(400); // ready on the second poll
        QVERIFY(saveAndWait());
        const int put = int(journal.indexOf(QRegularExpression(QStringLiteral("PUT .*")))); // exact
        QCOMPARE(count(QStringLiteral("GET /api/v1/files/")), 2);
        QCOMPARE(put, 1);
        const qint64 firstGap = journalTimes.at(put + 1) - journalTimes.at(put);
        const qint64 secondGap = journalTimes.at(put + 2) - journalTimes.at(put + 1);
        QVERIFY2(firstGap >= 245, qPrintable(QString::number(firstGap)));
        QVERIFY2(secondGap >= 360, qPrintable(QString::number(secondGap))); // 250 x 1.5
    }

    void cancelDuringPut_keepsThePicture_andRetrySendsThePutAgain()
    {
        Fault slow = fault(Fault::Kind::Delay, 200, "PUT");
        slow.delayMs = 5000;
        files()->injectStorageFault(slow, 1);
        QVERIFY(editor->save());
        QTRY_COMPARE_WITH_TIMEOUT(files()->storageRequests().size(), 1, 5000);
        QCOMPARE(editor->saveStep(), SaveStep::Upload);
        editor->cancel();
        QTRY_COMPARE(editor->state(), ProfileEditor::State::Ready);
        QCOMPARE(editor->lastError().kind, api::ErrorKind::Cancelled);
        QVERIFY(editor->hasPendingPicture());
        QCOMPARE(count(QStringLiteral("PATCH")), 0);
        QVERIFY(saveAndWait());
        QCOMPARE(api("POST").size(), 1);
        QCOMPARE(puts().size(), 2);
    }

    void cancelDuringPolling_keepsThePicture_andRetryPollsAgain()
    {
        files()->setProcessingDelayMs(60000);
        QVERIFY(editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(!api("GET", "/files/").isEmpty(), 5000);
        QCOMPARE(editor->saveStep(), SaveStep::Process);
        editor->cancel();
        QTRY_COMPARE(editor->state(), ProfileEditor::State::Ready);
        QCOMPARE(editor->lastError().kind, api::ErrorKind::Cancelled);
        QVERIFY(editor->hasPendingPicture());
        files()->setProcessingDelayMs(0);
        QVERIFY(saveAndWait());
        QCOMPARE(api("POST").size(), 1);
        QCOMPARE(puts().size(), 1);
        QCOMPARE(api("PATCH").size(), 1);
    }

    void failedCreate_retryUsesTheSameIdempotencyKey()
    {
        f.server->injectFault(fault(Fault::Kind::Status, 422, "POST", QStringLiteral("/files")));
        saveAndExpectFailure(SaveStep::Create);
        QVERIFY(saveAndWait());
        const auto creates = api("POST");
        QCOMPARE(creates.size(), 2);
        QCOMPARE(creates.at(0).header("Idempotency-Key"), creates.at(1).header("Idempotency-Key"));
        QCOMPARE(puts().size(), 1);
    }

    void transientCreateErrors_areRetriedWithTheSameKey()
    {
        f.server->injectFault(fault(Fault::Kind::Status, 503, "POST", QStringLiteral("/files")), 2);
        QVERIFY(saveAndWait());
        const auto creates = api("POST");
        QCOMPARE(creates.size(), 3);
        for (const auto &c : creates)
            QCOMPARE(c.header("Idempotency-Key"), creates.first().header("Idempotency-Key"));
    }

    void failedPut_retryResumesWithThePut()
    {
        files()->injectStorageFault(fault(Fault::Kind::Status, 500, "PUT"), 3); // 1 + 2 retries
        saveAndExpectFailure(SaveStep::Upload);
        QCOMPARE(puts().size(), 3);
        QVERIFY(saveAndWait());
        QCOMPARE(api("POST").size(), 1);
        QCOMPARE(puts().size(), 4);
    }

    void forbiddenPut_retryStartsAgainFromTheCreate()
    {
        files()->injectStorageFault(fault(Fault::Kind::Status, 403, "PUT"), 1);
        saveAndExpectFailure(SaveStep::Upload);
        QVERIFY(editor->errorText().contains(QStringLiteral("403")));
        QVERIFY(saveAndWait());
        const auto creates = api("POST");
        QCOMPARE(creates.size(), 2);
        QVERIFY(creates.at(0).header("Idempotency-Key") != creates.at(1).header("Idempotency-Key"));
        QCOMPARE(puts().size(), 2);
    }

    void expiredUploadUrl_retryStartsAgainFromTheCreate()
    {
        files()->setUploadUrlLifetimeMs(0);
        saveAndExpectFailure(SaveStep::Upload);
        QCOMPARE(puts().first().responseStatus, 403);
        QVERIFY(puts().first().responseBody.contains("expired"));
        QVERIFY(editor->errorText().contains(QStringLiteral("expired")));
        files()->setUploadUrlLifetimeMs(3600 * 1000);
        QVERIFY(saveAndWait());
        QCOMPARE(api("POST").size(), 2);
        QCOMPARE(puts().size(), 2);
    }

    void oldUploadUrl_isNotTried_aNewOneIsAskedFor()
    {
        files()->injectStorageFault(fault(Fault::Kind::Status, 500, "PUT"), 3);
        saveAndExpectFailure(SaveStep::Upload);
        auto timing = editor->uploader()->timing();
        timing.uploadUrlLifetimeMs = 0; // the address is too old to use now
        editor->uploader()->setTiming(timing);
        QVERIFY(saveAndWait());
        QCOMPARE(api("POST").size(), 2);
        QCOMPARE(puts().size(), 4);
    }

    void failedPoll_retryPollsAgain()
    {
        f.server->injectFault(fault(Fault::Kind::Status, 400, "GET", QStringLiteral("/files/")));
        saveAndExpectFailure(SaveStep::Process);
        QVERIFY(saveAndWait());
        QCOMPARE(api("POST").size(), 1);
        QCOMPARE(puts().size(), 1);
        QCOMPARE(api("GET", "/files/").size(), 2);
    }

    void unknownFileWhilePolling_retryStartsAgain()
    {
        f.server->injectFault(fault(Fault::Kind::Status, 404, "GET", QStringLiteral("/files/")));
        saveAndExpectFailure(SaveStep::Process);
        QVERIFY(saveAndWait());
        QCOMPARE(api("POST").size(), 2);
    }

    void failedPatch_retrySendsOnlyThePatch()
    {
        editor->setValue(Field::Bio, QStringLiteral("new bio"));
        f.server->injectFault(fault(Fault::Kind::Status, 500, "PATCH"), 3);
        saveAndExpectFailure(SaveStep::Update);
        QVERIFY(editor->errorText().contains(QStringLiteral("500")));
        QVERIFY(saveAndWait());
        QCOMPARE(api("POST").size(), 1);
        QCOMPARE(puts().size(), 1);
        QCOMPARE(api("PATCH").size(), 4);
        const QJsonObject body = jsonOf(api("PATCH").last().body);
        QCOMPARE(body.value("bio").toString(), QStringLiteral("new bio"));
        QCOMPARE(body.value("profile_picture").toObject().value("id").toString(),
                 files()->fileIds().first());
    }

    void failedStatus_isAnErrorThatSaysSo_andRetryUploadsAgain()
    {
        files()->failNextProcessing(1);
        saveAndExpectFailure(SaveStep::Process);
        QVERIFY(editor->errorText().contains(QStringLiteral("failed")));
        QCOMPARE(editor->lastError().code, QStringLiteral("upload_failed"));
        QCOMPARE(api("PATCH").size(), 0);
        QVERIFY(saveAndWait());
        QCOMPARE(api("POST").size(), 2);
        QCOMPARE(puts().size(), 2);
    }

    void processingPastTheLimit_isAnErrorThatSaysSo()
    {
        files()->setProcessingDelayMs(60000);
        auto timing = editor->uploader()->timing();
        timing.processingLimitMs = 300;
        editor->uploader()->setTiming(timing);
        saveAndExpectFailure(SaveStep::Process);
        QCOMPARE(editor->lastError().code, QStringLiteral("processing_time_limit"));
        QVERIFY(editor->errorText().contains(QStringLiteral("did not finish")));
        files()->setProcessingDelayMs(0);
        QVERIFY(saveAndWait());
        QCOMPARE(api("POST").size(), 1);
    }

    void revertWhileUploading_stopsTheUpload_andLeavesTheEditorReady()
    {
        files()->setProcessingDelayMs(60000);
        QVERIFY(editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(!api("GET", "/files/").isEmpty(), 5000);
        editor->revert();
        QCOMPARE(editor->state(), ProfileEditor::State::Ready);
        QVERIFY(!editor->hasPendingPicture());
        QVERIFY(!editor->uploader()->isRunning()); // its poll timer is stopped
        QCOMPARE(editor->saveStep(), SaveStep::None);
    }

    void revert_dropsThePicture()
    {
        QVERIFY(editor->isDirty());
        QSignalSpy changed(editor.get(), &ProfileEditor::pictureChanged);
        editor->revert();
        QVERIFY(!editor->hasPendingPicture());
        QVERIFY(!editor->isDirty());
        QVERIFY(!editor->canSave());
        QCOMPARE(changed.size(), 1);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    whop::test::isolateSettings();
    PictureUploadTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_picture_upload.moc"
