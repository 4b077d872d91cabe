#include "StorageUpload.h"

#include "ErrorHistory.h"
#include "Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace whop::api {

namespace {

bool carriesCredential(const QByteArray &name)
{
    for (const char *bad : {"authorization", "proxy-authorization", "cookie"}) {
        if (name.compare(bad, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
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

StorageUpload::HeaderList StorageUpload::sanitizedHeaders(const HeaderList &headers)
{
    HeaderList out;
    for (const auto &h : headers) {
        if (!carriesCredential(h.first))
            out.append(h);
    }
    return out;
}

StorageUpload::StorageUpload(QNetworkAccessManager *nam, const ClientConfig &config,
                             const QUrl &url, const HeaderList &headers, const QByteArray &bytes,
                             QObject *parent)
    : QObject(parent), m_nam(nam), m_config(config), m_url(url),
      m_headers(sanitizedHeaders(headers)), m_bytes(bytes),
      m_loop(this, config.retry, [this] { sendAttempt(); })
{
    if (m_headers.size() != headers.size())
        qCWarning(lcApi) << "upload: dropped a credential header the server asked for";
}

StorageUpload::~StorageUpload() = default;

void StorageUpload::start()
{
    m_elapsed.start();
    if (!m_url.isValid() || !isSecureTransport(m_url)) {
        finishWith(localError(ErrorKind::BadResponse,
                              tr("The upload address Whop gave is not a secure address.")));
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
    m_loop.watch(reply, m_config.timeoutMs);
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
    const QByteArray body = reply->read(64 * 1024);
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
