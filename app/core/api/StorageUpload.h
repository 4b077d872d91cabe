#pragma once

#include "api/ApiError.h"
#include "api/AttemptLoop.h"
#include "api/ClientConfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace whop::api {

// One PUT of a file's bytes to the presigned `upload_url` of POST /files: another host (the
// storage), where the credential is in the URL itself. So this request carries exactly the
// `upload_headers` it was given (after checking them: see uploadHeaderProblem()), never an
// Authorization header, no cookies and no cached HTTP credentials, and follows no redirect.
// That is why it is its own class and not an ApiCall, which adds the bearer token. The
// storage's answer is read up to MaxResponseBytes. Transient failures are retried like ApiCall
// does. Emits exactly one of succeeded/failed, then deletes itself later.
class StorageUpload : public QObject
{
    Q_OBJECT
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    StorageUpload(QNetworkAccessManager *nam, const ClientConfig &config, const QUrl &url,
                  const HeaderList &headers, const QByteArray &bytes, QObject *parent = nullptr);
    ~StorageUpload() override;

    void start();
    // Aborts the attempt (or the wait before a retry); emits failed(Cancelled).
    void cancel();
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }

    // A storage answer (empty on success, a short XML error otherwise) is never near this.
    static constexpr qint64 MaxResponseBytes = 64 * 1024;
    // The error code of a refused `upload_headers` (ErrorKind::BadResponse).
    static constexpr const char *RefusedHeaderCode = "upload_header_refused";

    // Why `headers` (a file's `upload_headers`) must not be sent, or empty when they may. The
    // request itself decides Host, Content-Length and the connection; a credential goes only
    // in the presigned URL; and a name or value that could split the request is refused.
    static QString uploadHeaderProblem(const HeaderList &headers);

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    void succeeded();
    void failed(const whop::api::ApiError &error);
    void retrying(int retryNumber, int delayMs, const whop::api::ApiError &reason);

private:
    void sendAttempt();
    void onFinished();
    void abortIfTooLarge();
    void failOrRetry(const ApiError &error);
    void finishWith(const ApiError &error);

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
    QUrl m_url;
    HeaderList m_headers;
    QByteArray m_bytes;
    AttemptLoop m_loop;
    QElapsedTimer m_elapsed;
    int m_attempts = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_tooLarge = false;
};

// The typed error for an answer of the storage host (S3-style XML or JSON or text).
ApiError storageErrorFromResponse(int httpStatus, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers);

} // namespace whop::api
