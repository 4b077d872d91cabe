#include "api/StorageUpload.h"

#include "api/ErrorHistory.h"
#include "api/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <cstring>

namespace whop::api {

namespace {

constexpr qsizetype MaxUploadHeaders = 32;
constexpr qsizetype MaxUploadHeaderValue = 8 * 1024;
constexpr qint64 ReadBufferMargin = 16 * 1024;

bool isOneOf(const QByteArray &name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// RFC 9110 5.1: a field name is a token.
bool isToken(const QByteArray &name)
{
    static constexpr char Extra[] = "!#$%&'*+-.^_`|~";
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool alnum =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !std::strchr(Extra, c))
            return false;
    }
    return true;
}

// No CR, LF, NUL or other control character (a horizontal tab is allowed, RFC 9110 5.5).
bool isSafeValue(const QByteArray &value)
{
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

// A name as it can be shown: control characters escaped, and not too long.
QString printable(const QByteArray &name)
{
    QString out;
    for (const char c : name.left(40)) {
        const auto u = static_cast<unsigned char>(c);
        out += u < 0x20 || u >= 0x7f ? QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'))
                                     : QString(QLatin1Char(c));
    }
    return name.size() > 40 ? out + QStringLiteral("…") : out;
}

QString xmlElement(const QByteArray &body, const char *name)
{
    const QRegularExpression re(QStringLiteral("<%1>([^<]*)</%1>").arg(QLatin1String(name)));
    return re.match(QString::fromUtf8(body.left(4096))).captured(1).trimmed();
}

} // namespace

ApiError storageErrorFromResponse(int httpStatus, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    ApiError e = errorFromResponse(httpStatus, body, headers);
    // Storage services answer in XML: <Error><Code>AccessDenied</Code><Message>...</Message>.
    const QString code = xmlElement(body, "Code");
    const QString message = xmlElement(body, "Message");
    if (!code.isEmpty())
        e.code = code;
    if (!message.isEmpty() || !code.isEmpty())
        e.message = message;
    return e;
}

QString StorageUpload::uploadHeaderProblem(const HeaderList &headers)
{
    if (headers.size() > MaxUploadHeaders)
        return tr("Whop asked for %n upload header(s); at most %1 are sent.", nullptr,
                  int(headers.size()))
            .arg(MaxUploadHeaders);
    for (const auto &[name, value] : headers) {
        const QString shown =
            tr("“%1”", "a name quoted in a sentence: the language's quotation marks")
                .arg(printable(name));
        if (!isToken(name))
            return tr("Whop asked for an upload header with an invalid name (%1).").arg(shown);
        if (!isSafeValue(value))
            return tr("Whop asked for the upload header %1 with a line break or control "
                      "character in its value.")
                .arg(shown);
        if (value.size() > MaxUploadHeaderValue)
            return tr("Whop asked for the upload header %1 with a value longer than %2 KB.")
                .arg(shown)
                .arg(MaxUploadHeaderValue / 1024);
        // The request's own framing and connection: set by the network stack, never by the
        // server's say-so (a wrong Host or Content-Length can smuggle a second request).
        if (isOneOf(name, {"host", "content-length", "transfer-encoding", "connection",
                           "keep-alive", "proxy-connection", "te", "trailer", "upgrade", "expect"}))
            return tr("Whop asked for the upload header %1, which this app sets itself.")
                .arg(shown);
        // The storage host is another origin: the presigned URL is its only credential.
        if (isOneOf(name, {"authorization", "proxy-authorization", "cookie", "cookie2"}))
            return tr("Whop asked for the upload header %1, which would send a credential to "
                      "the storage host.")
                .arg(shown);
    }
    return {};
}

StorageUpload::StorageUpload(QNetworkAccessManager *nam, const ClientConfig &config,
                             const QUrl &url, const HeaderList &headers, const QByteArray &bytes,
                             QObject *parent)
    : QObject(parent), m_nam(nam), m_config(config), m_url(url), m_headers(headers), m_bytes(bytes),
      m_loop(this, config.retry, [this] { sendAttempt(); })
{}

StorageUpload::~StorageUpload() = default;

void StorageUpload::start()
{
    m_elapsed.start();
    if (!m_url.isValid() || !isSecureTransport(m_url)) {
        finishWith(localError(ErrorKind::BadResponse,
                              tr("The upload address Whop gave is not a secure address.")));
        return;
    }
    if (const QString problem = uploadHeaderProblem(m_headers); !problem.isEmpty()) {
        qCWarning(lcApi) << "upload: refused the upload_headers Whop gave";
        ApiError error = localError(ErrorKind::BadResponse, problem);
        error.code = QLatin1String(RefusedHeaderCode);
        finishWith(error);
        return;
    }
    sendAttempt();
}

void StorageUpload::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_loop.stop();
    if (QNetworkReply *reply = m_loop.reply())
        reply->abort();
    else
        finishWith(localError(ErrorKind::Cancelled, QString()));
}

void StorageUpload::sendAttempt()
{
    if (m_cancelled || m_finished)
        return;
    ++m_attempts;
    m_tooLarge = false;
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    for (const auto &h : std::as_const(m_headers))
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam->put(request, m_bytes);
    qCDebug(lcApi) << "upload attempt" << m_attempts << m_bytes.size() << "bytes";
    connect(reply, &QNetworkReply::finished, this, &StorageUpload::onFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // The timeout is for silence, not for the whole upload.
        m_loop.restartTimeout(m_config.timeoutMs);
        if (total > 0)
            Q_EMIT progress(sent, total);
    });
    // The answer is read only so far (see ApiCall::sendAttempt for why downloadProgress alone
    // is not enough): the announced length once the headers are in, and what has arrived on
    // every readyRead; the reply buffers at most a margin over the cap.
    reply->setReadBufferSize(MaxResponseBytes + ReadBufferMargin);
    connect(reply, &QNetworkReply::metaDataChanged, this, &StorageUpload::abortIfTooLarge);
    connect(reply, &QNetworkReply::readyRead, this, &StorageUpload::abortIfTooLarge);
    m_loop.watch(reply, m_config.timeoutMs);
}

void StorageUpload::abortIfTooLarge()
{
    QNetworkReply *reply = m_loop.reply();
    if (!reply || m_tooLarge)
        return;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > MaxResponseBytes || reply->bytesAvailable() > MaxResponseBytes) {
        m_tooLarge = true;
        reply->abort(); // finishes through onFinished
    }
}

void StorageUpload::onFinished()
{
    QNetworkReply *reply = m_loop.takeReply();
    if (!reply)
        return;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    if (m_cancelled) {
        finishWith(localError(ErrorKind::Cancelled, QString()));
        return;
    }
    if (m_tooLarge) {
        qCInfo(lcApi) << "upload: the storage's answer was over the cap";
        finishWith(localError(ErrorKind::BadResponse,
                              tr("The storage's answer was larger than %1 KB and was not read.")
                                  .arg(MaxResponseBytes / 1024)));
        return;
    }
    if (status == 0 || m_loop.timedOut()) {
        const ApiError error =
            m_loop.timedOut()
                ? localError(ErrorKind::Timeout, tr("The storage sent nothing for %1 seconds.")
                                                     .arg(m_config.timeoutMs / 1000.0))
                : localError(ErrorKind::Offline, reply->errorString());
        qCInfo(lcApi) << "upload failed:" << ApiError::kindName(error.kind);
        failOrRetry(error);
        return;
    }
    const QByteArray body = reply->read(MaxResponseBytes);
    qCInfo(lcApi) << "PUT (storage) ->" << status << "in" << m_elapsed.elapsed() << "ms, attempt"
                  << m_attempts;
    if (status >= 200 && status < 300) {
        m_finished = true;
        Q_EMIT progress(m_bytes.size(), m_bytes.size());
        Q_EMIT succeeded();
        deleteLater();
        return;
    }
    if (status >= 300 && status < 400) {
        finishWith(localError(ErrorKind::BadResponse,
                              tr("The storage redirected the upload, which is not followed.")));
        return;
    }
    failOrRetry(storageErrorFromResponse(status, body, reply->rawHeaderPairs()));
}

void StorageUpload::failOrRetry(const ApiError &error)
{
    const int delay = m_loop.scheduleRetry(error);
    if (delay < 0) {
        finishWith(error);
        return;
    }
    Q_EMIT retrying(m_loop.retriesDone(), delay, error);
    Q_EMIT progress(0, m_bytes.size());
}

void StorageUpload::finishWith(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_loop.stop();
    if (error.kind != ErrorKind::Cancelled)
        ErrorHistory::record(error, "PUT", m_url); // the path's ids and the query stay out
    Q_EMIT failed(error);
    deleteLater();
}

} // namespace whop::api
