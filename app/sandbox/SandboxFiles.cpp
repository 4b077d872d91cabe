#include "sandbox/SandboxFiles.h"

#include "sandbox/SandboxPrivate.h"
#include "sandbox/SandboxStorage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cmath>

namespace whop::sandbox {

using data::ApiError;
using http::Response;

namespace {

Response json(int status, const QJsonObject &object)
{
    return Response{
        status, http::JsonType, {}, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

Response error(const ApiError &e)
{
    return Response{e.status, http::JsonType, {}, data::errorBody(e)};
}

QString contentTypeFor(const QString &filename)
{
    const QString ext = filename.section(QLatin1Char('.'), -1).toLower();
    if (ext == QLatin1String("jpg") || ext == QLatin1String("jpeg"))
        return QStringLiteral("image/jpeg");
    if (ext == QLatin1String("png") || ext == QLatin1String("gif") || ext == QLatin1String("webp"))
        return QStringLiteral("image/") + ext;
    return QStringLiteral("application/octet-stream");
}

// A scalar JSON value as JavaScript's String() writes it (what the SDK sends); empty for null,
// objects and arrays, which are not sent.
QByteArray headerText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isBool())
        return value.toBool() ? "true" : "false";
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9e15)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
    return {};
}

QString pictureIdIn(const QByteArray &patchBody)
{
    const QJsonObject update = QJsonDocument::fromJson(patchBody).object();
    return update.value("profile_picture").toObject().value("id").toString();
}

} // namespace

// SandboxServer's route for /files: the same credential and version rules as /users.
Response SandboxServer::Private::files_(const RecordedRequest &request)
{
    static const QRegularExpression bearer("^\\s*Bearer\\s+(\\S+)\\s*$",
                                           QRegularExpression::CaseInsensitiveOption);
    const auto m = bearer.match(QString::fromLatin1(request.header("Authorization")));
    const accounts::Caller caller =
        m.hasMatch() ? callerFor(m.captured(1).toLatin1()) : accounts::Caller{};
    const QString callerId = caller.isKey() ? caller.accountId : caller.userId;
    if (caller.kind == accounts::Caller::Kind::None || callerId.isEmpty()) {
        return error({401,
                      "unauthorized",
                      "invalid_token",
                      m.hasMatch() ? "The access token is invalid or expired."
                                   : "Missing bearer token: send Authorization: Bearer <token>.",
                      {},
                      {}});
    }
    QString version = QString::fromLatin1(request.header("Api-Version-Date")).trimmed();
    if (version.isEmpty())
        version = data::UnversionedDefault;
    if (!data::supportedVersions().contains(version)) {
        const QStringList &all = data::supportedVersions();
        return error({400,
                      "invalid_request_error",
                      "unsupported_api_version",
                      QString("Api-Version-Date '%1' is not supported. Supported versions: %2.")
                          .arg(version, all.join(QLatin1String(", "))),
                      {},
                      QJsonObject{{"supported_versions", QJsonArray::fromStringList(all)}}});
    }
    return files->handleApi(request, callerId, version);
}

SandboxFiles::SandboxFiles(QObject *parent)
    : QObject(parent), m_storage(std::make_unique<SandboxStorage>(this))
{}

SandboxFiles::~SandboxFiles() = default;

bool SandboxFiles::listenLocal(quint16 port)
{
    return m_storage->listenLocal(port);
}

QUrl SandboxFiles::storageOrigin() const
{
    return QUrl(QString("http://127.0.0.1:%1").arg(m_storage->port()));
}

void SandboxFiles::setProcessingDelayMs(int ms)
{
    m_processingDelayMs = qMax(0, ms);
}

void SandboxFiles::failNextProcessing(int count)
{
    m_failNext = qMax(0, count);
}

void SandboxFiles::setExtraUploadHeaders(const HeaderList &headers)
{
    m_extraUploadHeaders.clear();
    for (const auto &[name, value] : headers)
        m_extraUploadHeaders.append({QString::fromLatin1(name), QString::fromLatin1(value)});
}

void SandboxFiles::setExtraUploadHeaderValues(const QJsonObject &headers)
{
    m_extraUploadHeaders.clear();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        m_extraUploadHeaders.append({it.key(), it.value()});
}

void SandboxFiles::setUploadUrlLifetimeMs(qint64 ms)
{
    m_urlLifetimeMs = ms;
}

QStringList SandboxFiles::fileIds() const
{
    return m_order;
}

QJsonObject SandboxFiles::file(const QString &id) const
{
    const auto it = m_files.constFind(id);
    if (it == m_files.cend())
        return {};
    QJsonObject out = render(*it, data::supportedVersions().last());
    out.insert("owner", it->owner);
    return out;
}

QByteArray SandboxFiles::fileBytes(const QString &id) const
{
    return m_files.value(id).bytes;
}

QString SandboxFiles::fileUrl(const StoredFile &file) const
{
    return storageOrigin().toString() + "/objects/" + file.id + "/" +
           QString::fromLatin1(QUrl::toPercentEncoding(file.filename));
}

void SandboxFiles::advance(StoredFile &file) const
{
    if (file.status == QLatin1String("processing") &&
        file.processingSince.elapsed() >= m_processingDelayMs)
        file.status = file.willFail ? QStringLiteral("failed") : QStringLiteral("ready");
}

QJsonObject SandboxFiles::render(const StoredFile &file, const QString &version) const
{
    const bool ready = file.status == QLatin1String("ready");
    Q_UNUSED(version) // no version-dependent field left (setSizeAsInteger() says why)
    QJsonValue size = QJsonValue::Null;
    if (ready) {
        size = m_sizeAsInteger ? QJsonValue(qint64(file.bytes.size()))
                               : QJsonValue(QString::number(file.bytes.size()));
    }
    return QJsonObject{{"id", file.id},
                       {"filename", file.filename},
                       {"content_type", file.bytes.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(file.contentType)},
                       {"size", size},
                       {"url", ready ? QJsonValue(fileUrl(file)) : QJsonValue(QJsonValue::Null)},
                       {"upload_status", file.status},
                       {"visibility", file.visibility},
                       {"upload_url", QJsonValue::Null},
                       {"upload_headers", QJsonValue::Null}};
}

Response SandboxFiles::handleApi(const RecordedRequest &request, const QString &callerId,
                                 const QString &version)
{
    static const QRegularExpression idPath("^/api/v1/files/([^/]+)$");
    if (request.method == "POST" && request.path == QLatin1String("/api/v1/files"))
        return create(request, callerId, version);
    const auto m = idPath.match(request.path);
    if (request.method != "GET" || !m.hasMatch())
        return error({404,
                      "invalid_request_error",
                      "not_found",
                      QString("No route matches %1 %2.")
                          .arg(QString::fromLatin1(request.method), request.path),
                      {},
                      {}});
    auto it = m_files.find(m.captured(1));
    if (it == m_files.end() || it->owner != callerId)
        return error({404,
                      "invalid_request_error",
                      "not_found",
                      QString("File '%1' was not found.").arg(m.captured(1)),
                      "id",
                      {}});
    advance(*it);
    return json(200, render(*it, version));
}

Response SandboxFiles::create(const RecordedRequest &request, const QString &callerId,
                              const QString &version)
{
    const QByteArray key = request.header("Idempotency-Key");
    if (key.size() > 255)
        return error(data::badRequest("invalid_idempotency_key",
                                      "Idempotency-Key may be at most 255 bytes."));
    const QByteArray replayKey = callerId.toUtf8() + ' ' + key;
    if (!key.isEmpty()) {
        if (const auto it = m_replays.constFind(replayKey); it != m_replays.cend()) {
            if (it->requestBody != request.body)
                return error(data::unprocessable(
                    "idempotency_key_reused",
                    "This Idempotency-Key was used with different parameters.", {}));
            Response replay = it->response;
            replay.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
            return replay;
        }
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(data::badRequest("invalid_body", "Request body must be a JSON object"));
    const QJsonObject body = doc.object();
    const QJsonValue filename = body.value("filename");
    if (!filename.isString() || filename.toString().trimmed().isEmpty())
        return error(data::badRequest("missing_filename", "'filename' is required.", "filename"));
    const QJsonValue visibility = body.value("visibility");
    if (!visibility.isUndefined() && visibility.toString() != QLatin1String("public") &&
        visibility.toString() != QLatin1String("private"))
        return error(data::badRequest("invalid_visibility",
                                      "'visibility' must be public or private.", "visibility"));

    StoredFile file;
    file.id = QString("file_Sbx%1%2")
                  .arg(++m_counter, 4, 10, QLatin1Char('0'))
                  .arg(QRandomGenerator::global()->generate() % 100000);
    file.owner = callerId;
    file.filename = filename.toString().trimmed();
    file.visibility = visibility.isString() ? visibility.toString() : QStringLiteral("private");
    file.contentType = contentTypeFor(file.filename);
    file.uploadSecret = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    const qint64 expires = QDateTime::currentMSecsSinceEpoch() + m_urlLifetimeMs;
    const QByteArray signature =
        QMessageAuthenticationCode::hash(file.id.toUtf8() + '\n' + QByteArray::number(expires),
                                         file.uploadSecret, QCryptographicHash::Sha256)
            .toHex();
    QJsonObject out = render(file, version);
    out.insert("upload_url", QString("%1/upload/%2?X-Expires=%3&X-Signature=%4")
                                 .arg(storageOrigin().toString(), file.id)
                                 .arg(expires)
                                 .arg(QString::fromLatin1(signature)));
    QJsonObject headers{{"Content-Type", file.contentType}};
    if (file.visibility == QLatin1String("public"))
        headers.insert("x-amz-acl", "public-read");
    for (const auto &[name, value] : std::as_const(m_extraUploadHeaders)) {
        headers.insert(name, value);
        if (value.isString() || value.isDouble() || value.isBool())
            file.signedHeaders.append({name.toLatin1(), headerText(value)});
    }
    out.insert("upload_headers", headers);
    m_files.insert(file.id, file);
    m_order.append(file.id);
    const Response response = json(201, out);
    if (!key.isEmpty())
        m_replays.insert(replayKey, Replay{request.body, response});
    return response;
}

ApiError SandboxFiles::checkAttach(const QByteArray &patchBody, const QString &callerId) const
{
    const QString id = pictureIdIn(patchBody);
    const auto it = m_files.constFind(id);
    if (id.isEmpty() || it == m_files.cend())
        return {};
    StoredFile probe = *it;
    advance(probe);
    if (probe.owner != callerId || probe.status != QLatin1String("ready"))
        return data::unprocessable(
            "invalid_profile_picture",
            QString("File '%1' is not ready to be a profile picture (upload status %2).")
                .arg(id, probe.status),
            "profile_picture");
    return {};
}

void SandboxFiles::applyAttach(const QByteArray &patchBody, data::UserStore &users,
                               const QString &userId) const
{
    const auto it = m_files.constFind(pictureIdIn(patchBody));
    if (it == m_files.cend())
        return;
    QJsonObject user = users.find(userId);
    user.insert("profile_picture", QJsonObject{{"url", fileUrl(*it)}});
    users.put(user);
}

} // namespace whop::sandbox
