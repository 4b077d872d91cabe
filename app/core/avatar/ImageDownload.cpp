#include "avatar/ImageDownload.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace whop::avatar {

namespace {

constexpr qint64 ReadBufferBytes = 256 * 1024;

QString tooLargeText()
{
    return QCoreApplication::translate("whop::avatar::ImageDownload",
                                       "The picture is larger than %1 MB and was not loaded.")
        .arg(ImageDownload::MaxBytes / (1024 * 1024));
}

} // namespace

ImageDownload::ImageDownload(QNetworkAccessManager *nam, const QUrl &url, bool fresh,
                             QObject *parent)
    : QObject(parent), m_url(url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (fresh)
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
    m_reply = nam->get(request);
    // Read as it arrives: the reply then never holds more than this.
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > MaxBytes) {
            m_tooLarge = true;
            m_reply->abort(); // finishes through onFinished
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &ImageDownload::take);
    connect(m_reply, &QNetworkReply::finished, this, &ImageDownload::onFinished);
}

ImageDownload::~ImageDownload()
{
    abort();
}

void ImageDownload::abort()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ImageDownload::take()
{
    if (!m_reply || m_tooLarge)
        return;
    if (m_data.size() + m_reply->bytesAvailable() > MaxBytes) {
        m_tooLarge = true;
        m_data.clear();
        m_reply->abort();
        return;
    }
    m_data += m_reply->readAll();
}

void ImageDownload::onFinished()
{
    if (!m_reply)
        return;
    take();
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->deleteLater();
    if (m_tooLarge) {
        Q_EMIT failed(tooLargeText());
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        Q_EMIT failed(reply->errorString());
        return;
    }
    Q_EMIT finished(std::exchange(m_data, {}));
}

} // namespace whop::avatar
