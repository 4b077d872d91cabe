#include "api/FileRecord.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace whop::api {

namespace {

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// A nullable string field: absent and null are empty; any other type is an error.
bool readString(const QJsonObject &o, const char *key, QString *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return fail(error, QStringLiteral("'%1' is not a string").arg(QLatin1String(key)));
    *out = v.toString();
    return true;
}

bool readSize(const QJsonObject &o, std::optional<qint64> *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String("size"));
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Range-checked as a double: a huge number cast to an integer is undefined behaviour.
        if (!(d >= 0 && d < 9e15) || d != std::floor(d))
            return fail(error, QStringLiteral("'size' is not a byte count"));
        *out = qint64(d);
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (!ok || n < 0)
            return fail(error, QStringLiteral("'size' is not a byte count"));
        *out = n;
        return true;
    }
    return fail(error, QStringLiteral("'size' is neither a string nor an integer"));
}

// A scalar JSON value as JavaScript's String() writes it (what the SDK sends); nullopt for an
// object or array.
std::optional<QByteArray> headerText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toLatin1();
    if (v.isBool())
        return QByteArray(v.toBool() ? "true" : "false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Whole numbers without a decimal point ("1024", not "1024.0" or "1.024e+03"); the range
        // check comes first, as a huge number cast to an integer is undefined behaviour.
        if (std::abs(d) < 9e15 && d == std::floor(d))
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
    return std::nullopt;
}

FileRecord::Status statusFrom(const QString &text)
{
    if (text == QLatin1String("pending"))
        return FileRecord::Status::Pending;
    if (text == QLatin1String("processing"))
        return FileRecord::Status::Processing;
    if (text == QLatin1String("ready"))
        return FileRecord::Status::Ready;
    if (text == QLatin1String("failed"))
        return FileRecord::Status::Failed;
    return FileRecord::Status::Unknown;
}

} // namespace

std::optional<FileRecord> parseFileRecord(const QByteArray &body, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(error, QStringLiteral("not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    FileRecord f;
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty()) {
        fail(error, QStringLiteral("no file id"));
        return std::nullopt;
    }
    f.id = id.toString();
    const QJsonValue status = o.value(QLatin1String("upload_status"));
    if (!status.isString()) {
        fail(error, QStringLiteral("no upload_status"));
        return std::nullopt;
    }
    f.statusText = status.toString();
    f.status = statusFrom(f.statusText);

    QString url;
    QString uploadUrl;
    if (!readString(o, "filename", &f.filename, error) ||
        !readString(o, "content_type", &f.contentType, error) ||
        !readString(o, "visibility", &f.visibility, error) || !readString(o, "url", &url, error) ||
        !readString(o, "upload_url", &uploadUrl, error) || !readSize(o, &f.size, error))
        return std::nullopt;
    f.url = QUrl(url, QUrl::StrictMode);
    f.uploadUrl = QUrl(uploadUrl, QUrl::StrictMode);
    if ((!url.isEmpty() && !f.url.isValid()) || (!uploadUrl.isEmpty() && !f.uploadUrl.isValid())) {
        fail(error, QStringLiteral("a file address is not a valid URL"));
        return std::nullopt;
    }

    const QJsonValue headers = o.value(QLatin1String("upload_headers"));
    if (headers.isObject()) {
        // As lenient as Whop's official SDK, which types the values as unknown, sends a scalar
        // as its text and skips a null one (@whop/sdk 0.0.42, src/lib/upload-file.ts,
        // normalizeUploadHeaders). An object or array has no text a storage host could expect.
        const QJsonObject h = headers.toObject();
        for (auto it = h.begin(); it != h.end(); ++it) {
            if (it.value().isNull())
                continue;
            const std::optional<QByteArray> text = headerText(it.value());
            if (!text) {
                fail(error, QStringLiteral("upload header '%1' is an %2, not text")
                                .arg(it.key(), it.value().isArray() ? QStringLiteral("array")
                                                                    : QStringLiteral("object")));
                return std::nullopt;
            }
            f.uploadHeaders.append({it.key().toLatin1(), *text});
        }
    } else if (!headers.isUndefined() && !headers.isNull()) {
        fail(error, QStringLiteral("'upload_headers' is not an object"));
        return std::nullopt;
    }
    return f;
}

} // namespace whop::api
