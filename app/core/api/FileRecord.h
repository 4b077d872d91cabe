#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace whop::api {

// A file as POST /files and GET /files/{id} return it (docs/api/openapi.yaml, File), read
// leniently: `size` may be a decimal string (as @whop/sdk 0.0.42 types it), an integer or null;
// `url` is null until the file is ready; `upload_url` and `upload_headers` come only from the
// create, whose values may be any JSON scalar (sent as text) or null (not sent).
struct FileRecord
{
    enum class Status
    {
        Pending,
        Processing,
        Ready,
        Failed,
        Unknown, // a value this app does not know yet: treated as "still working"
    };

    QString id;
    QString filename;
    QString contentType;
    std::optional<qint64> size;
    QUrl url;
    Status status = Status::Unknown;
    QString statusText; // as the server wrote it
    QString visibility;
    QUrl uploadUrl;
    QList<QPair<QByteArray, QByteArray>> uploadHeaders; // as text, null ones left out

    bool isReady() const { return status == Status::Ready; }
    bool hasFailed() const { return status == Status::Failed; }
};

// Parses a File from a response body. On failure returns nullopt and says why in `error`:
// not a JSON object, no `id` or `upload_status`, a field of the wrong type, or an upload header
// whose value is an object or an array.
std::optional<FileRecord> parseFileRecord(const QByteArray &body, QString *error = nullptr);

} // namespace whop::api

Q_DECLARE_METATYPE(whop::api::FileRecord)
