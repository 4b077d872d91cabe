#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;

namespace whop::avatar {

// Small square images (account logos) fetched on demand, decoded off the UI thread, and kept
// for the rest of the session. At most a few downloads run at once, and their decodes share
// decodePool() with the other pictures shown; no credential is sent. The limits of
// ImageDownload and decodeSquare() apply.
class LogoCache : public QObject
{
    Q_OBJECT
public:
    LogoCache(QNetworkAccessManager *nam, int pixels, QObject *parent = nullptr);

    QImage logo(const QUrl &url) const { return m_cache.value(url); }
    bool contains(const QUrl &url) const { return m_cache.contains(url); }
    void request(const QUrl &url);
    int downloads() const { return m_downloads; } // for tests: each URL is fetched once

    static constexpr int MaxParallel = 4;

Q_SIGNALS:
    void logoReady(const QUrl &url);
    // Not fetched, too large, or not a picture; the URL is not tried again this session.
    void logoFailed(const QUrl &url, const QString &message);

private:
    void pump();

    QNetworkAccessManager *m_nam;
    int m_pixels;
    QHash<QUrl, QImage> m_cache;
    QSet<QUrl> m_known; // cached, queued, running or failed: never fetched twice
    QList<QUrl> m_queue;
    int m_running = 0;
    int m_downloads = 0;
};

} // namespace whop::avatar
