#pragma once

#include "api/FileRecord.h"
#include "api/WhopClient.h"
#include "avatar/ImagePipeline.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace whop::avatar {

// The steps of saving a profile with a new picture (docs/api/whop-api.md, "Files"). The uploader
// runs the first three; the profile editor then re-reads the profile (every save does) and sends
// the one PATCH that attaches the file.
enum class SaveStep
{
    None,
    Create,  // POST /files
    Upload,  // PUT the bytes to upload_url
    Process, // poll GET /files/{id} until ready
    Check,   // GET the profile again: was it changed elsewhere since it was loaded?
    Update,  // PATCH /users/... with profile_picture {id}
};
// "Uploading the picture", ... (translated), for messages and the progress overlay.
QString saveStepTitle(SaveStep step);

// Gets one encoded picture to a ready Whop file: create → PUT → poll. Never blocks; cancel()
// stops whatever step runs. After a failure or a cancel, upload() with the same picture
// resumes where it stopped: the create again with the same Idempotency-Key; the PUT again while
// its address is young; polling again. A 403 or an expired address at the storage, a `failed`
// status or a file Whop no longer knows start over from the create with a new key.
class PictureUploader : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int firstPollMs = 250;
        double pollGrowth = 1.5;
        int maxPollMs = 2000;
        int processingLimitMs = 120'000;
        qint64 uploadUrlLifetimeMs = 55 * 60 * 1000; // Whop's expire after one hour
    };

    explicit PictureUploader(api::WhopClient *client, QObject *parent = nullptr);
    ~PictureUploader() override;

    void setTiming(const Timing &timing) { m_timing = timing; }
    const Timing &timing() const { return m_timing; }

    // Starts or resumes; a different picture than last time starts over.
    void upload(const EncodedPicture &picture);
    void cancel();
    // Forgets the picture and any file made for it (another picture, a revert, a saved profile).
    void reset();

    bool isRunning() const { return m_step != SaveStep::None; }
    bool isReady() const { return m_ready; }
    SaveStep step() const { return m_step; }
    // Where the next upload() begins.
    SaveStep resumeStep() const { return m_resume; }
    QString fileId() const { return m_record.id; }
    QUrl fileUrl() const { return m_record.url; }
    QByteArray idempotencyKey() const { return m_key; }

Q_SIGNALS:
    void stepChanged(whop::avatar::SaveStep step);
    void progress(qint64 sent, qint64 total);
    void ready(const QString &fileId);
    // `message` names the step and says what happened; empty when cancelled.
    void failed(whop::avatar::SaveStep step, const whop::api::ApiError &error,
                const QString &message);

private:
    void setStep(SaveStep step);
    void runFrom(SaveStep step);
    void startCreate();
    void startUpload();
    void sendBytes();
    void startPolling();
    void poll();
    void onPolled(const api::FileRecord &file);
    void fail(SaveStep step, const api::ApiError &error, const QString &detail = {});
    void startOver();

    api::WhopClient *m_client;
    Timing m_timing;
    EncodedPicture m_picture;
    api::FileRecord m_record;
    QByteArray m_key;
    QElapsedTimer m_createdAt;
    QElapsedTimer m_processingFor;
    QTimer m_pollTimer;
    int m_pollDelay = 0;
    QPointer<api::Call<api::FileRecord>> m_call;
    QPointer<api::StorageUpload> m_put;
    SaveStep m_step = SaveStep::None;
    SaveStep m_resume = SaveStep::Create;
    bool m_ready = false;
};

} // namespace whop::avatar

Q_DECLARE_METATYPE(whop::avatar::SaveStep)
