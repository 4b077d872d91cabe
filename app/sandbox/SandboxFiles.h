#pragma once

// The sandbox's Files API (docs/api/openapi.yaml, /files): POST /files and GET /files/{id} on the
// API port, and a storage host on a SECOND port (another origin) that takes the presigned PUT,
// checks it like a storage service does, records it, and serves the uploaded bytes.

#include "sandbox/SandboxData.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <deque>
#include <memory>

namespace whop::sandbox {

class SandboxStorage;

class SandboxFiles : public QObject
{
    Q_OBJECT
public:
    explicit SandboxFiles(QObject *parent = nullptr);
    ~SandboxFiles() override;

    // The storage host on 127.0.0.1; port 0 picks a free one.
    bool listenLocal(quint16 port = 0);
    QUrl storageOrigin() const; // http://127.0.0.1:<storage port>

    // A file is `pending` until its bytes arrive, then `processing`, then, on the first GET
    // after this delay, `ready` (or `failed` when the bytes are not a picture). Default 600 ms.
    void setProcessingDelayMs(int ms);
    // The next `count` uploads end `failed` whatever their bytes.
    void failNextProcessing(int count = 1);
    // How long a presigned upload address is valid (for addresses made from now on).
    void setUploadUrlLifetimeMs(qint64 ms);
    // More upload_headers for the uploads made from now on (a test's misbehaving server); an
    // empty list: only the usual Content-Type and x-amz-acl. The storage then expects each one
    // on the PUT, as a storage service expects its signed headers.
    void setExtraUploadHeaders(const HeaderList &headers);
    // The same with JSON values of any type: @whop/sdk 0.0.42 types `upload_headers` values as
    // unknown and sends a scalar as its text, skipping null (src/lib/upload-file.ts,
    // normalizeUploadHeaders), so the storage expects 1024 as "1024" and nothing for null.
    void setExtraUploadHeaderValues(const QJsonObject &headers);
    // `size` of a ready file: a decimal string, as @whop/sdk 0.0.42 types it (the default), or,
    // with `integer`, a JSON integer (src/resources/files.ts; which versions send which is not
    // documented, so a client must read both).
    void setSizeAsInteger(bool integer) { m_sizeAsInteger = integer; }
    // Faults for the storage host (PUT of bytes, GET of uploaded files), as injectFault().
    // Supported kinds: Status, Delay, Drop, DropMidResponse, Huge (200 with a body over 13 MB);
    // others answer 500.
    void injectStorageFault(const Fault &fault, int count = 1);
    void clearStorageFaults();

    // The most recent storage requests (as SandboxServer::requests()).
    QList<RecordedRequest> storageRequests() const;
    void clearStorageRequests();
    void setStorageRequestLogLimits(int maxRequests, qint64 maxBytes);
    QStringList fileIds() const;               // in creation order
    QJsonObject file(const QString &id) const; // the stored record; empty when unknown
    QByteArray fileBytes(const QString &id) const;

    // For SandboxServer: answers POST /files and GET /files/{id} for an authenticated caller.
    http::Response handleApi(const RecordedRequest &request, const QString &callerId,
                             const QString &version);
    // For PATCH /users: refuses profile_picture {id} naming a known file that is not ready or
    // not the caller's (ids it does not know are left to the usual rules).
    data::ApiError checkAttach(const QByteArray &patchBody, const QString &callerId) const;
    // After the PATCH applied: points the user's picture at the file's URL when it is known.
    void applyAttach(const QByteArray &patchBody, data::UserStore &users,
                     const QString &userId) const;

Q_SIGNALS:
    void storageRequestHandled(int index); // index into storageRequests()

private:
    friend class SandboxStorage;
    struct StoredFile
    {
        QString id;
        QString owner;
        QString filename;
        QString visibility;
        QString contentType; // what the PUT must carry
        QString status = QStringLiteral("pending");
        QByteArray bytes;
        QElapsedTimer processingSince;
        bool willFail = false;
        QByteArray uploadSecret;
        HeaderList signedHeaders; // the extra upload_headers the PUT must carry, as text
    };
    struct Replay
    {
        QByteArray requestBody;
        http::Response response;
    };

    http::Response create(const RecordedRequest &request, const QString &callerId,
                          const QString &version);
    QJsonObject render(const StoredFile &file, const QString &version) const;
    void advance(StoredFile &file) const;
    QString fileUrl(const StoredFile &file) const;
    // Storage side (SandboxStorage.cpp).
    http::Response receiveUpload(const RecordedRequest &request, const QString &fileId);
    http::Response serveObject(const QString &fileId) const;

    std::unique_ptr<SandboxStorage> m_storage;
    QHash<QString, StoredFile> m_files;
    QStringList m_order;
    QHash<QByteArray, Replay> m_replays; // caller + Idempotency-Key -> the first answer
    int m_processingDelayMs = 600;
    int m_failNext = 0;
    qint64 m_urlLifetimeMs = 60 * 60 * 1000;
    QList<QPair<QString, QJsonValue>> m_extraUploadHeaders;
    bool m_sizeAsInteger = false;
    quint64 m_counter = 0;
};

} // namespace whop::sandbox
