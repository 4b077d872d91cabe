#include "avatar/PictureUploader.h"

#include <QCoreApplication>
#include <QUuid>

namespace whop::avatar {

using api::ApiError;
using api::ErrorKind;
using api::FileRecord;

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct PictureUploaderTr
{
    Q_DECLARE_TR_FUNCTIONS(whop::avatar::PictureUploader)
};

QString minutesText(int ms)
{
    if (ms >= 60'000 && ms % 60'000 == 0)
        return PictureUploaderTr::tr("%n minute(s)", nullptr, ms / 60'000);
    if (ms % 1000 == 0)
        return PictureUploaderTr::tr("%n second(s)", nullptr, ms / 1000);
    return PictureUploaderTr::tr("%1 seconds")
        .arg(ms / 1000.0); // a fraction: plural in every shipped language
}

bool storageExpired(const ApiError &error)
{
    return error.message.contains(QLatin1String("expired"), Qt::CaseInsensitive) ||
           error.code.contains(QLatin1String("expired"), Qt::CaseInsensitive);
}

} // namespace

QString saveStepTitle(SaveStep step)
{
    switch (step) {
    case SaveStep::None:
        return {};
    case SaveStep::Create:
        return PictureUploaderTr::tr("Creating the upload");
    case SaveStep::Upload:
        return PictureUploaderTr::tr("Uploading the picture");
    case SaveStep::Process:
        return PictureUploaderTr::tr("Processing the picture");
    case SaveStep::Check:
        return PictureUploaderTr::tr("Checking for changes made elsewhere");
    case SaveStep::Update:
        return PictureUploaderTr::tr("Saving the profile");
    }
    return {};
}

PictureUploader::PictureUploader(api::WhopClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setTimerType(Qt::PreciseTimer); // "after 250 ms" means at least that
    connect(&m_pollTimer, &QTimer::timeout, this, &PictureUploader::poll);
}

PictureUploader::~PictureUploader()
{
    reset();
}

void PictureUploader::setStep(SaveStep step)
{
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged(step);
}

void PictureUploader::upload(const EncodedPicture &picture)
{
    if (isRunning())
        return;
    if (picture.bytes != m_picture.bytes || picture.fileName != m_picture.fileName) {
        reset();
        m_picture = picture;
    }
    if (m_picture.isNull())
        return;
    if (m_ready) {
        QTimer::singleShot(0, this, [this] {
            if (m_ready)
                Q_EMIT ready(m_record.id);
        });
        return;
    }
    runFrom(m_resume);
}

void PictureUploader::runFrom(SaveStep step)
{
    switch (step) {
    case SaveStep::Upload:
        startUpload();
        return;
    case SaveStep::Process:
        startPolling();
        return;
    default:
        startCreate();
        return;
    }
}

void PictureUploader::startOver()
{
    m_key.clear();
    m_record = {};
    m_resume = SaveStep::Create;
}

void PictureUploader::startCreate()
{
    m_resume = SaveStep::Create;
    if (m_key.isEmpty())
        m_key = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    setStep(SaveStep::Create);
    m_call = m_client->createFile(m_picture.fileName, m_key);
    m_call->onSucceeded(this, [this](const FileRecord &file) {
        m_call.clear();
        if (file.uploadUrl.isEmpty()) {
            fail(SaveStep::Create, api::localError(ErrorKind::BadResponse, QString()),
                 PictureUploaderTr::tr("Whop gave no address to upload the picture to."));
            return;
        }
        m_record = file;
        m_createdAt.start();
        m_resume = SaveStep::Upload;
        sendBytes();
    });
    connect(m_call, &api::ApiCall::failed, this, [this](const ApiError &error) {
        m_call.clear();
        fail(SaveStep::Create, error); // the same key goes with the retry of this create
    });
}

void PictureUploader::startUpload()
{
    if (!m_createdAt.isValid() || m_createdAt.elapsed() >= m_timing.uploadUrlLifetimeMs) {
        // Resuming with a presigned address that has (or is about to have) expired.
        startOver();
        startCreate();
        return;
    }
    sendBytes();
}

void PictureUploader::sendBytes()
{
    m_resume = SaveStep::Upload;
    setStep(SaveStep::Upload);
    Q_EMIT progress(0, m_picture.bytes.size());
    m_put = m_client->uploadFileBytes(m_record, m_picture.bytes);
    connect(m_put, &api::StorageUpload::progress, this, &PictureUploader::progress);
    connect(m_put, &api::StorageUpload::succeeded, this, [this] {
        m_put.clear();
        m_resume = SaveStep::Process;
        startPolling();
    });
    connect(m_put, &api::StorageUpload::failed, this, [this](const ApiError &error) {
        m_put.clear();
        if (error.kind == ErrorKind::Forbidden || storageExpired(error)) {
            const bool expired = storageExpired(error);
            startOver();
            fail(SaveStep::Upload, error,
                 expired ? PictureUploaderTr::tr(
                               "The upload address has expired. Retry starts the upload again.")
                         : PictureUploaderTr::tr(
                               "The storage refused the upload (HTTP %1). Retry starts the "
                               "upload again.")
                               .arg(error.httpStatus));
            return;
        }
        if (error.code == QLatin1String(api::StorageUpload::RefusedHeaderCode)) {
            // Nothing was sent; the same headers would be refused again.
            startOver();
            fail(SaveStep::Upload, error,
                 error.message + QLatin1Char(' ') +
                     PictureUploaderTr::tr(
                         "Nothing was sent. Retry asks Whop for a new upload address."));
            return;
        }
        fail(SaveStep::Upload, error);
    });
    m_put->start();
}

void PictureUploader::startPolling()
{
    m_resume = SaveStep::Process;
    setStep(SaveStep::Process);
    m_processingFor.start();
    m_pollDelay = m_timing.firstPollMs;
    m_pollTimer.start(m_pollDelay);
}

void PictureUploader::poll()
{
    m_call = m_client->retrieveFile(m_record.id);
    m_call->onSucceeded(this, [this](const FileRecord &file) {
        m_call.clear();
        onPolled(file);
    });
    connect(m_call, &api::ApiCall::failed, this, [this](const ApiError &error) {
        m_call.clear();
        if (error.kind == ErrorKind::NotFound) {
            startOver();
            fail(SaveStep::Process, error,
                 PictureUploaderTr::tr(
                     "Whop no longer knows the uploaded file. Retry uploads it again."));
            return;
        }
        fail(SaveStep::Process, error);
    });
}

void PictureUploader::onPolled(const FileRecord &file)
{
    if (file.isReady()) {
        m_record.url = file.url;
        m_record.status = file.status;
        m_ready = true;
        m_resume = SaveStep::Update;
        setStep(SaveStep::None);
        Q_EMIT ready(m_record.id);
        return;
    }
    if (file.hasFailed()) {
        startOver();
        ApiError error = api::localError(ErrorKind::Server, QString());
        error.code = QStringLiteral("upload_failed");
        fail(SaveStep::Process, error,
             PictureUploaderTr::tr(
                 "Whop could not process the picture (its upload status is “failed”). Retry "
                 "uploads it again, or choose another picture."));
        return;
    }
    m_pollDelay = std::min(m_timing.maxPollMs, int(m_pollDelay * m_timing.pollGrowth));
    if (m_processingFor.elapsed() + m_pollDelay > m_timing.processingLimitMs) {
        ApiError error = api::localError(ErrorKind::Timeout, QString());
        error.code = QStringLiteral("processing_time_limit");
        fail(SaveStep::Process, error,
             PictureUploaderTr::tr(
                 "Whop did not finish processing the picture within %1. Retry checks again.")
                 .arg(minutesText(m_timing.processingLimitMs)));
        return;
    }
    m_pollTimer.start(m_pollDelay);
}

void PictureUploader::fail(SaveStep step, const ApiError &error, const QString &detail)
{
    m_pollTimer.stop();
    setStep(SaveStep::None);
    if (error.kind == ErrorKind::Cancelled) {
        Q_EMIT failed(step, error, QString());
        return;
    }
    const QString text = detail.isEmpty() ? error.userMessage() : detail;
    Q_EMIT failed(step, error,
                  PictureUploaderTr::tr("%1 failed. %2").arg(saveStepTitle(step), text));
}

void PictureUploader::cancel()
{
    if (!isRunning())
        return;
    const SaveStep step = m_step;
    if (m_call) {
        m_call->cancel(); // reports through fail(), keeping the step to resume from
        return;
    }
    if (m_put) {
        m_put->cancel();
        return;
    }
    fail(step, api::localError(ErrorKind::Cancelled, QString()));
}

void PictureUploader::reset()
{
    m_pollTimer.stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    if (m_put) {
        m_put->disconnect(this);
        m_put->cancel();
    }
    m_call.clear();
    m_put.clear();
    m_picture = {};
    m_ready = false;
    m_createdAt.invalidate();
    startOver();
    setStep(SaveStep::None);
}

} // namespace whop::avatar
