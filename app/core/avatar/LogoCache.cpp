#include "avatar/LogoCache.h"

#include "api/ClientConfig.h"
#include "avatar/ImageDownload.h"
#include "avatar/ImageFetcher.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace whop::avatar {

LogoCache::LogoCache(QNetworkAccessManager *nam, int pixels, QObject *parent)
    : QObject(parent), m_nam(nam), m_pixels(pixels)
{}

void LogoCache::request(const QUrl &url)
{
    if (!url.isValid() || m_known.contains(url) || !api::isSecureTransport(url))
        return;
    m_known.insert(url);
    m_queue.append(url);
    pump();
}

void LogoCache::pump()
{
    while (m_running < MaxParallel && !m_queue.isEmpty()) {
        const QUrl url = m_queue.takeFirst();
        ++m_running;
        ++m_downloads;
        auto *download = new ImageDownload(m_nam, url, false, this);
        connect(download, &ImageDownload::failed, this,
                [this, download, url](const QString &message) {
                    download->deleteLater();
                    --m_running;
                    Q_EMIT logoFailed(url, message);
                    pump();
                });
        connect(download, &ImageDownload::finished, this,
                [this, download, url](const QByteArray &data) {
                    download->deleteLater();
                    // Still counted as running until decoded: at most MaxParallel pictures are
                    // held at once, and at most MaxParallelDecodes of them decode.
                    auto *watcher = new QFutureWatcher<QPair<QImage, QString>>(this);
                    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, url] {
                        watcher->deleteLater();
                        --m_running;
                        const auto [image, error] = watcher->result();
                        if (image.isNull()) {
                            Q_EMIT logoFailed(url, error);
                        } else {
                            m_cache.insert(url, image);
                            Q_EMIT logoReady(url);
                        }
                        pump();
                    });
                    const int pixels = m_pixels;
                    watcher->setFuture(QtConcurrent::run(decodePool(), [data, pixels] {
                        QString error;
                        QImage image = decodeSquare(data, pixels, &error);
                        return qMakePair(image, error);
                    }));
                });
    }
}

} // namespace whop::avatar
