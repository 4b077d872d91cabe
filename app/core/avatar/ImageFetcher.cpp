#include "avatar/ImageFetcher.h"

#include "api/ClientConfig.h"
#include "avatar/ImageDownload.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QImageReader>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>

namespace whop::avatar {

namespace {

std::atomic<int> g_running{0};
std::atomic<int> g_peak{0};

// The translation context of this file's texts (lupdate reads it from the macro).
struct ImageFetcherTr
{
    Q_DECLARE_TR_FUNCTIONS(whop::avatar::ImageFetcher)
};

} // namespace

QThreadPool *decodePool()
{
    // Not the global pool: its size follows the number of cores.
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(MaxParallelDecodes);
        pool.setObjectName(QStringLiteral("whop picture decoding"));
        return true;
    }();
    Q_UNUSED(configured);
    return &pool;
}

int peakParallelDecodes()
{
    return g_peak.load();
}

void resetPeakParallelDecodes()
{
    g_peak.store(g_running.load());
}

QImage decodeSquare(const QByteArray &data, int pixels, QString *error)
{
    const int running = ++g_running;
    for (int peak = g_peak.load(); running > peak && !g_peak.compare_exchange_weak(peak, running);)
        ;
    struct Leave
    {
        ~Leave() { --g_running; }
    } leave;
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QImage();
    };

    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // The header first: nothing is decoded (or allocated for it) before its size is known.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return fail(reader.canRead()
                        ? ImageFetcherTr::tr("The picture's size could not be read.")
                        : ImageFetcherTr::tr("This is not a picture that can be shown."));
    const qint64 limit = reader.format() == "jpeg" ? MaxPixels : MaxFullDecodePixels;
    if (qint64(size.width()) * size.height() > limit)
        return fail(
            ImageFetcherTr::tr("The picture is %1 × %2 pixels, too large to show (the limit is %3 "
                               "megapixels).")
                .arg(size.width())
                .arg(size.height())
                .arg(limit / 1'000'000));
    // Decode large pictures at reduced size right away (JPEG supports this natively).
    const int shortSide = std::min(size.width(), size.height());
    if (shortSide > pixels * 2)
        reader.setScaledSize(size * (double(pixels) * 2 / shortSide));
    QImage image = reader.read();
    if (image.isNull())
        return fail(reader.errorString());
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
    if (m_download) {
        m_download->abort();
        m_download->deleteLater();
        m_download.clear();
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
    const int pixels =
        std::max(1, qRound(std::max(logicalSize.width(), logicalSize.height()) * devicePixelRatio));
    auto *download = new ImageDownload(m_nam, url, true, this);
    m_download = download;
    connect(download, &ImageDownload::failed, this, [this, download, url](const QString &message) {
        download->deleteLater();
        Q_EMIT failed(url, message);
    });
    connect(download, &ImageDownload::finished, this,
            [this, download, url, pixels, devicePixelRatio, generation](const QByteArray &data) {
                download->deleteLater();
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
                watcher->setFuture(QtConcurrent::run(decodePool(), [data, pixels] {
                    QString error;
                    QImage image = decodeSquare(data, pixels, &error);
                    return qMakePair(image, error);
                }));
            });
}

} // namespace whop::avatar
