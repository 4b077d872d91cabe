#include "sandbox/SandboxStorage.h"

#include "sandbox/SandboxFiles.h"
#include "sandbox/SandboxHttp.h"

#include <QBuffer>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QImageReader>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

namespace whop::sandbox {

using http::Response;

namespace {

constexpr qint64 HugeFillBytes = 13 * 1024 * 1024; // as the API's Huge fault

// Storage services answer errors in XML.
Response xmlError(int status, const char *code, const QString &message)
{
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" +
                            QByteArray(code) + "</Code><Message>" +
                            message.toHtmlEscaped().toUtf8() + "</Message></Error>";
    return Response{status, "application/xml", {}, body};
}

QByteArray methodOf(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    default:
        return "OTHER";
    }
}

bool looksLikePicture(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return reader.canRead() && reader.size().isValid();
}

} // namespace

Response SandboxFiles::receiveUpload(const RecordedRequest &request, const QString &fileId)
{
    auto it = m_files.find(fileId);
    if (it == m_files.end())
        return xmlError(404, "NoSuchUpload", "The upload does not exist.");
    if (request.hasHeader("Authorization"))
        return xmlError(400, "InvalidArgument",
                        "Only one auth mechanism allowed; the signature is in the URL, so send "
                        "no Authorization header.");
    const QByteArray expires = request.query.queryItemValue("X-Expires").toLatin1();
    const QByteArray signature = request.query.queryItemValue("X-Signature").toLatin1();
    const QByteArray expected =
        QMessageAuthenticationCode::hash(fileId.toUtf8() + '\n' + expires, it->uploadSecret,
                                         QCryptographicHash::Sha256)
            .toHex();
    if (signature != expected)
        return xmlError(403, "SignatureDoesNotMatch",
                        "The request signature we calculated does not match the signature you "
                        "provided.");
    if (QDateTime::currentMSecsSinceEpoch() >= expires.toLongLong())
        return xmlError(403, "AccessDenied", "Request has expired");
    const QByteArray type = request.header("Content-Type");
    if (type.isEmpty())
        return xmlError(400, "MissingContentType",
                        "This upload needs the Content-Type header from upload_headers.");
    if (QString::fromLatin1(type) != it->contentType)
        return xmlError(400, "InvalidContentType",
                        QString("Content-Type must be %1, as upload_headers say; got %2.")
                            .arg(it->contentType, QString::fromLatin1(type)));
    if (it->visibility == QLatin1String("public") &&
        request.header("x-amz-acl") != QByteArrayLiteral("public-read"))
        return xmlError(403, "SignatureDoesNotMatch",
                        "A signed header (x-amz-acl) is missing or different.");
    for (const auto &[name, value] : std::as_const(it->signedHeaders)) {
        if (request.header(name) != value)
            return xmlError(403, "SignatureDoesNotMatch",
                            QString("A signed header (%1) is missing or different.")
                                .arg(QString::fromLatin1(name)));
    }
    it->bytes = request.body;
    it->status = QStringLiteral("processing");
    it->processingSince.start();
    it->willFail = m_failNext > 0 || !looksLikePicture(request.body);
    if (m_failNext > 0)
        --m_failNext;
    return Response{
        200, {}, {{"ETag", "\"" + QByteArray::number(qHash(request.body), 16) + "\""}}, {}};
}

Response SandboxFiles::serveObject(const QString &fileId) const
{
    const auto it = m_files.constFind(fileId);
    if (it == m_files.cend() || it->status != QLatin1String("ready"))
        return xmlError(404, "NoSuchKey", "The specified key does not exist.");
    return Response{200, it->contentType.toLatin1(), {{"Cache-Control", "max-age=60"}}, it->bytes};
}

void SandboxFiles::injectStorageFault(const Fault &fault, int count)
{
    m_storage->injectFault(fault, count);
}

void SandboxFiles::clearStorageFaults()
{
    m_storage->clearFaults();
}

QList<RecordedRequest> SandboxFiles::storageRequests() const
{
    return m_storage->requests();
}

void SandboxFiles::clearStorageRequests()
{
    m_storage->clearRequests();
}

void SandboxFiles::setStorageRequestLogLimits(int maxRequests, qint64 maxBytes)
{
    m_storage->setRequestLogLimits(maxRequests, maxBytes);
}

SandboxStorage::SandboxStorage(SandboxFiles *files) : m_files(files) {}

SandboxStorage::~SandboxStorage()
{
    // A writer still answering (a delayed PUT) calls back into m_log when its connection ends,
    // which deleting the listening server (a child, like the writers) does after m_log is gone:
    // end the writers first, without their callbacks.
    const QObjectList children = this->children();
    for (QObject *child : children) {
        if (dynamic_cast<http::ResponseWriter *>(child))
            delete child;
    }
}

bool SandboxStorage::listenLocal(quint16 port)
{
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        delete server;
        return false;
    }
    bind(server);
    m_port = server->serverPort();
    return true;
}

void SandboxStorage::injectFault(const Fault &fault, int count)
{
    if (count > 0)
        m_faults.emplace_back(fault, count);
}

std::optional<Fault> SandboxStorage::takeFault(const RecordedRequest &request)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        const Fault &f = it->first;
        if (!f.pathContains.isEmpty() && !request.path.contains(f.pathContains))
            continue;
        if (!f.method.isEmpty() && f.method.compare(request.method, Qt::CaseInsensitive) != 0)
            continue;
        Fault taken = f;
        if (--it->second <= 0)
            m_faults.erase(it);
        return taken;
    }
    return std::nullopt;
}

void SandboxStorage::finish(quint64 id, int status, const QByteArray &body)
{
    if (m_log.finish(id, status, body))
        Q_EMIT m_files->storageRequestHandled(m_log.indexOf(id));
}

bool SandboxStorage::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    RecordedRequest record;
    record.method = methodOf(request);
    record.path = request.url().path();
    record.query = request.query();
    record.headers = request.headers();
    record.body = request.body();
    const quint64 id = m_log.append(record);

    static const QRegularExpression uploadPath("^/upload/(file_[A-Za-z0-9_-]+)$");
    static const QRegularExpression objectPath("^/objects/(file_[A-Za-z0-9_-]+)/[^/]+$");
    const std::optional<Fault> fault = takeFault(record);
    Response response;
    if (fault && fault->kind == Fault::Kind::Drop) {
        finish(id, 0, {});
        socket->abort();
        return true;
    }
    if (fault && fault->kind == Fault::Kind::Huge) {
        // 200 with far more than any storage answer, its length announced; recorded in part.
        const QByteArray prefix = "<?xml version=\"1.0\"?><PutObjectResult><Padding>";
        const QByteArray suffix = "</Padding></PutObjectResult>";
        const Response huge{200, "application/xml", fault->headers, {}};
        const QByteArray head =
            http::head(huge, prefix.size() + HugeFillBytes + suffix.size(), true);
        auto *writer =
            new http::ResponseWriter(socket, this, [this, id, prefix](bool completed, qint64 sent) {
                if (m_log.setResponseBytes(id, sent))
                    finish(id, completed ? 200 : 0, prefix);
            });
        writer->stream(head, prefix, HugeFillBytes, suffix);
        return true;
    }
    if (fault && fault->kind != Fault::Kind::Delay && fault->kind != Fault::Kind::DropMidResponse) {
        response = xmlError(fault->kind == Fault::Kind::Status ? fault->status : 500,
                            "InjectedFault", "An injected fault.");
        if (!fault->body.isEmpty())
            response.body = fault->body;
    } else if (const auto m = uploadPath.match(record.path); m.hasMatch()) {
        response = record.method == "PUT" ? m_files->receiveUpload(record, m.captured(1))
                                          : xmlError(405, "MethodNotAllowed", "Upload with PUT.");
    } else if (const auto o = objectPath.match(record.path);
               o.hasMatch() && record.method == "GET") {
        response = m_files->serveObject(o.captured(1));
    } else {
        response = xmlError(404, "NoSuchKey", "The specified key does not exist.");
    }
    if (fault)
        response.headers += fault->headers;

    const QByteArray head = http::head(response, response.body.size(), true);
    if (fault && fault->kind == Fault::Kind::DropMidResponse) {
        const QByteArray half = response.body.left(response.body.size() / 2);
        auto *writer =
            new http::ResponseWriter(socket, this, [this, id](bool, qint64) { finish(id, 0, {}); });
        writer->sendThenAbort(head + half);
        return true;
    }
    if (fault && fault->kind == Fault::Kind::Delay) {
        auto *writer =
            new http::ResponseWriter(socket, this, [this, id, response](bool completed, qint64) {
                finish(id, completed ? response.status : 0, response.body);
            });
        writer->sendLater(head + response.body, fault->delayMs);
        return true;
    }
    socket->write(head + response.body);
    finish(id, response.status, response.body);
    return true;
}

void SandboxStorage::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    if (socket)
        socket->write(http::serialize(xmlError(404, "NoSuchKey", "Not found."), true));
}

} // namespace whop::sandbox
