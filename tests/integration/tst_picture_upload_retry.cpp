// A save with a picture failing at each step (create, PUT, processing, PATCH), then retried.

#include "integration/PictureUploadRig.h"

#include <QGuiApplication>

using namespace whop;
using namespace whop::test;
using avatar::SaveStep;
using profile::Field;
using sandbox::Fault;

class PictureUploadRetryTest : public QObject, PictureUploadRig
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { preparePicture(); }
    void init() { setUp(this); }
    void cleanup() { tearDown(); }

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
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    whop::test::isolateSettings();
    PictureUploadRetryTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_picture_upload_retry.moc"
