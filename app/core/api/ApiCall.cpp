#include "api/ApiCall.h"

#include "api/ErrorHistory.h"
#include "api/Logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

namespace whop::api {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

constexpr int MaxRedirects = 3;
constexpr qint64 ReadBufferMargin = 256 * 1024;

} // namespace

ApiCall::ApiCall(QNetworkAccessManager *nam, const ClientConfig &config, const QByteArray &token,
                 Spec spec, QObject *parent, Authenticator *authenticator)
    : QObject(parent), m_nam(nam), m_config(config), m_token(token), m_authenticator(authenticator),
      m_spec(std::move(spec)), m_currentUrl(m_spec.url), m_currentVerb(m_spec.verb),
      m_loop(this, config.retry, [this] { sendAttempt(); })
{}

ApiCall::~ApiCall() = default;

void ApiCall::start()
{
    m_elapsed.start();
    sendAttempt();
}

void ApiCall::refuse(const ApiError &error)
{
    QTimer::singleShot(0, this, [this, error] { finishWith(error); });
}

bool ApiCall::acceptBody(const QByteArray &, QString *)
{
    return true;
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_loop.stop();
    if (QNetworkReply *reply = m_loop.reply())
        reply->abort(); // finishes through onReplyFinished
    else
        finishWith(localError(ErrorKind::Cancelled, QString()));
}

QNetworkRequest ApiCall::buildRequest() const
{
    QNetworkRequest request(m_currentUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", m_config.userAgent);
    request.setRawHeader("Api-Version-Date", m_config.apiVersion.toLatin1());
    // The credential goes only to the configured API origin, and never in clear text to a
    // remote host.
    const QByteArray token = m_authenticator ? m_authenticator->accessToken() : m_token;
    if (!token.isEmpty() && isSameOrigin(m_currentUrl, m_config.baseUrl) &&
        isSecureTransport(m_currentUrl))
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!m_spec.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &h : m_spec.extraHeaders)
        request.setRawHeader(h.first, h.second);
    return request;
}

void ApiCall::sendAttempt()
{
    if (m_cancelled || m_finished)
        return;
    ++m_attempts;
    m_tooLarge = false;
    m_sslErrors.clear();
    const QNetworkRequest request = buildRequest();
    QNetworkReply *reply = nullptr;
    if (m_currentVerb == "GET")
        reply = m_nam->get(request);
    else
        reply = m_nam->sendCustomRequest(request, m_currentVerb, m_spec.body);
    qCDebug(lcApi) << "attempt" << m_attempts << m_currentVerb.constData() << m_currentUrl.path();

    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const auto &e : errors)
            m_sslErrors << e.errorString();
    });
    // The size cap: never hold much more than maxResponseBytes of an answer. downloadProgress
    // alone is not enough: Qt throttles it, and a fast answer is complete before its first
    // emission. So the announced Content-Length is checked as soon as the headers are in, what
    // has arrived on every readyRead, and the reply buffers at most a margin over the cap (the
    // margin lets the buffer pass the cap: a buffer of exactly the cap could fill and stall).
    reply->setReadBufferSize(m_config.maxResponseBytes + ReadBufferMargin);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::abortIfTooLarge);
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::abortIfTooLarge);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiCall::abortIfTooLarge);
    m_loop.watch(reply, m_config.timeoutMs);
}

void ApiCall::abortIfTooLarge()
{
    QNetworkReply *reply = m_loop.reply();
    if (!reply || m_tooLarge)
        return;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > m_config.maxResponseBytes ||
        reply->bytesAvailable() > m_config.maxResponseBytes) {
        m_tooLarge = true;
        reply->abort(); // finishes through onReplyFinished
    }
}

ApiError ApiCall::networkError(const QNetworkReply *reply) const
{
    if (m_tooLarge)
        return localError(ErrorKind::BadResponse,
                          tr("The answer was larger than %1 MB and was not read.")
                              .arg(m_config.maxResponseBytes / (1024 * 1024)));
    if (m_loop.timedOut())
        return localError(
            ErrorKind::Timeout,
            tr("No complete answer within %1 seconds.").arg(m_config.timeoutMs / 1000.0));
    if (m_cancelled)
        return localError(ErrorKind::Cancelled, QString());
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return localError(ErrorKind::Tls, m_sslErrors.isEmpty()
                                              ? reply->errorString()
                                              : m_sslErrors.join(QStringLiteral("; ")));
    case QNetworkReply::TimeoutError:
        return localError(ErrorKind::Timeout, QString());
    case QNetworkReply::HostNotFoundError:
        return localError(ErrorKind::Offline,
                          tr("The server name %1 could not be found.").arg(m_currentUrl.host()));
    case QNetworkReply::ConnectionRefusedError:
        return localError(ErrorKind::Offline, tr("The connection was refused."));
    case QNetworkReply::RemoteHostClosedError:
        return localError(ErrorKind::Offline, tr("The connection was closed unexpectedly."));
    default:
        return localError(ErrorKind::Offline, reply->errorString());
    }
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_loop.takeReply();
    if (!reply)
        return;

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const auto code = reply->error();
    const bool transportFailed = code != QNetworkReply::NoError &&
                                 (status == 0 || code < QNetworkReply::ContentAccessDenied ||
                                  m_loop.timedOut() || m_tooLarge || m_cancelled);
    if (transportFailed) {
        const ApiError error = networkError(reply);
        qCInfo(lcApi) << m_currentVerb.constData() << m_currentUrl.path()
                      << "failed:" << ApiError::kindName(error.kind) << "after"
                      << m_elapsed.elapsed() << "ms";
        if (m_cancelled)
            finishWith(localError(ErrorKind::Cancelled, QString()));
        else
            failOrRetry(error);
        return;
    }
    const QByteArray body = reply->readAll();
    if (isRedirect(status)) {
        const QUrl target = m_currentUrl.resolved(
            reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (!isSameOrigin(target, m_config.baseUrl)) {
            finishWith(localError(ErrorKind::BadResponse,
                                  tr("The server redirected to another host (%1). The request "
                                     "was not followed, so your credentials stay with %2.")
                                      .arg(target.host(), m_config.baseUrl.host())));
            return;
        }
        if (++m_redirects > MaxRedirects) {
            finishWith(localError(ErrorKind::BadResponse, tr("Too many redirects.")));
            return;
        }
        m_currentUrl = target;
        if (status == 303)
            m_currentVerb = "GET";
        sendAttempt();
        return;
    }
    handleHttpAnswer(status, body, reply->rawHeaderPairs());
}

void ApiCall::handleHttpAnswer(int status, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    qCInfo(lcApi) << m_currentVerb.constData() << m_currentUrl.path() << "->" << status << "in"
                  << m_elapsed.elapsed() << "ms, attempt" << m_attempts;
    if (status >= 200 && status < 300) {
        QString why;
        if (!acceptBody(body, &why)) {
            const bool html = body.trimmed().startsWith('<');
            ApiError e = localError(ErrorKind::BadResponse,
                                    html ? tr("It sent a web page instead of data.")
                                         : tr("Its answer could not be read: %1.").arg(why));
            e.httpStatus = status;
            e.requestId = requestIdFrom(headers);
            finishWith(e);
            return;
        }
        m_finished = true;
        Q_EMIT succeeded();
        deleteLater();
        return;
    }
    if (status == 401 && refreshAndResend())
        return;
    failOrRetry(errorFromResponse(status, body, headers));
}

bool ApiCall::refreshAndResend()
{
    if (!m_authenticator || m_refreshTried || !m_authenticator->canRefresh())
        return false;
    m_refreshTried = true;
    qCInfo(lcApi) << "401: refreshing the access token once";
    connect(
        m_authenticator, &Authenticator::refreshFinished, this,
        [this](bool ok) {
            if (m_finished || m_cancelled)
                return;
            if (ok) {
                sendAttempt();
                return;
            }
            ApiError e = m_authenticator ? m_authenticator->refreshError() : ApiError{};
            if (!e.isError()) {
                e = localError(ErrorKind::Unauthorized,
                               tr("Your sign-in has expired. Sign in again."));
                e.httpStatus = 401;
                e.code = QStringLiteral("sign_in_required");
            }
            finishWith(e);
        },
        Qt::SingleShotConnection);
    m_authenticator->refresh();
    return true;
}

void ApiCall::failOrRetry(const ApiError &error)
{
    const int delay = m_loop.scheduleRetry(error);
    if (delay < 0) {
        finishWith(error);
        return;
    }
    qCInfo(lcApi) << "retry" << m_loop.retriesDone() << "in" << delay << "ms after"
                  << ApiError::kindName(error.kind);
    Q_EMIT retrying(m_loop.retriesDone(), delay, error);
}

void ApiCall::finishWith(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_loop.stop();
    if (error.kind != ErrorKind::Cancelled) // the person's own doing is not a problem to report
        ErrorHistory::record(error, m_currentVerb, m_currentUrl);
    Q_EMIT failed(error);
    deleteLater();
}

} // namespace whop::api
