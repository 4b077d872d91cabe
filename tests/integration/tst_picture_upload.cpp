// The whole save-with-a-picture sequence against the sandbox: create, PUT to the storage host
// (another port), poll, one PATCH; cancel and revert (retry from every step, expiry and failed
// processing: tst_picture_upload_retry.cpp).

#include "integration/PictureUploadRig.h"

#include <QGuiApplication>
#include <QNetworkReply>

using namespace whop;
using namespace whop::test;
using avatar::SaveStep;
using profile::Field;
using profile::ProfileEditor;
using sandbox::Fault;
using sandbox::RecordedRequest;

class PictureUploadTest : public QObject, PictureUploadRig
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { preparePicture(); }
    void init() { setUp(this); }
    void cleanup() { tearDown(); }

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
