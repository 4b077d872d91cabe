#include "ImageFetcher.h"

#include "ClientConfig.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent>

namespace whop::avatar {

QImage decodeSquare(const QByteArray &data, int pixels, QString *error)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && size.width() > 0 && size.height() > 0) {
        // Decode large pictures at reduced size right away (JPEG supports this natively).
        const int shortSide = std::min(size.width(), size.height());
        if (shortSide > pixels * 2)
            reader.setScaledSize(size * (double(pixels) * 2 / shortSide));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = reader.errorString();
        return {};
    }
    const int side = std::min(image.width(), image.height());
    image = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    return image.scaled(pixels, pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

ImageFetcher::ImageFetcher(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam)
{}

ImageFetcher::~ImageFetcher()
{
    cancel();
}

void ImageFetcher::cancel()
{
    ++m_generation;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ImageFetcher::fetch(const QUrl &url, const QSize &logicalSize, qreal devicePixelRatio)
{
    cancel();
    const quint64 generation = m_generation;
    if (!url.isValid() || !api::isSecureTransport(url)) {
        Q_EMIT failed(
            url, QCoreApplication::translate("whop::avatar", "The picture address is not secure."));
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    // "Fetched fresh": a new picture at the same address must not come from a cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    m_reply = m_nam->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 got, qint64 total) {
        if (got > MaxBytes || total > MaxBytes)
            reply->abort();
    });
    const int pixels =
        std::max(1, qRound(std::max(logicalSize.width(), logicalSize.height()) * devicePixelRatio));
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, url, pixels, devicePixelRatio, generation] {
                reply->deleteLater();
                if (generation != m_generation)
                    return;
                if (reply->error() != QNetworkReply::NoError) {
                    Q_EMIT failed(url, reply->errorString());
                    return;
                }
                const QByteArray data = reply->readAll();
                auto *watcher = new QFutureWatcher<QPair<QImage, QString>>(this);
                connect(watcher, &QFutureWatcherBase::finished, this,
                        [this, watcher, url, devicePixelRatio, generation] {
                            watcher->deleteLater();
                            if (generation != m_generation)
                                return;
                            auto [image, error] = watcher->result();
                            if (image.isNull()) {
                                Q_EMIT failed(url, error);
                                return;
                            }
                            image.setDevicePixelRatio(devicePixelRatio);
                            Q_EMIT imageReady(url, image);
                        });
                watcher->setFuture(QtConcurrent::run([data, pixels] {
                    QString error;
                    QImage image = decodeSquare(data, pixels, &error);
                    return qMakePair(image, error);
                }));
            });
}

} // namespace whop::avatar
