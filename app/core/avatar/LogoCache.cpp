#include "LogoCache.h"

#include "ClientConfig.h"
#include "ImageFetcher.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_nam->get(request);
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 got, qint64 total) {
            if (got > ImageFetcher::MaxBytes || total > ImageFetcher::MaxBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
            reply->deleteLater();
            if (reply->error() != QNetworkReply::NoError) {
                --m_running;
                pump();
                return;
            }
            const QByteArray data = reply->readAll();
            auto *watcher = new QFutureWatcher<QImage>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, url] {
                watcher->deleteLater();
                --m_running;
                const QImage image = watcher->result();
                if (!image.isNull()) {
                    m_cache.insert(url, image);
                    Q_EMIT logoReady(url);
                }
                pump();
            });
            const int pixels = m_pixels;
            watcher->setFuture(QtConcurrent::run([data, pixels] {
                QString error;
                return decodeSquare(data, pixels, &error);
            }));
        });
    }
}

} // namespace whop::avatar
