#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QUrl>

class QNetworkAccessManager;
class QThreadPool;

namespace whop::avatar {

class ImageDownload;

// Downloads a picture and decodes and scales it on a worker thread, for display at `logicalSize`
// on a screen with `devicePixelRatio`. Sends no credentials. A newer fetch replaces an older one.
// Never holds more than ImageDownload::MaxBytes of it, nor decodes one over its pixel limit.
class ImageFetcher : public QObject
{
    Q_OBJECT
public:
    explicit ImageFetcher(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ImageFetcher() override;

    void fetch(const QUrl &url, const QSize &logicalSize, qreal devicePixelRatio);
    void cancel();

Q_SIGNALS:
    // `image` has its devicePixelRatio set; it is square, cropped to fill.
    void imageReady(const QUrl &url, const QImage &image);
    void failed(const QUrl &url, const QString &message);

private:
    QNetworkAccessManager *m_nam;
    QPointer<ImageDownload> m_download;
    quint64 m_generation = 0;
};

// The largest picture (width × height, as its header says) decoded for display: a few
// kilobytes of PNG can claim a picture of gigabytes. A JPEG is decoded at reduced size as it
// is read (1/2 to 1/8), so it may be larger (a phone's 48-megapixel photo); every other format
// is decoded whole first, then scaled: 16 megapixels is 64 MB at 32 bits per pixel, and no
// picture shown at avatar size needs more.
inline constexpr qint64 MaxPixels = 50'000'000;
inline constexpr qint64 MaxFullDecodePixels = 16'000'000;
// How many pictures are decoded at once, whatever the number of cores: each can take
// hundreds of megabytes while it is decoded.
inline constexpr int MaxParallelDecodes = 2;

// Decodes `data` and crops/scales it to a square of `pixels` (used on the worker thread). The
// header is read first: a picture whose size cannot be read or that is over its limit
// (MaxPixels, MaxFullDecodePixels) is refused without decoding it.
QImage decodeSquare(const QByteArray &data, int pixels, QString *error);
// The pool the display decodes run on (at most MaxParallelDecodes threads).
QThreadPool *decodePool();
// The most decodeSquare() calls that ran at the same time since the last reset (for tests).
int peakParallelDecodes();
void resetPeakParallelDecodes();

} // namespace whop::avatar
