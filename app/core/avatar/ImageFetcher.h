#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace whop::avatar {

// Downloads a picture and decodes and scales it on a worker thread, for display at `logicalSize`
// on a screen with `devicePixelRatio`. Sends no credentials. A newer fetch replaces an older one.
class ImageFetcher : public QObject
{
    Q_OBJECT
public:
    explicit ImageFetcher(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ImageFetcher() override;

    void fetch(const QUrl &url, const QSize &logicalSize, qreal devicePixelRatio);
    void cancel();

    static constexpr qint64 MaxBytes = 20 * 1024 * 1024;

Q_SIGNALS:
    // `image` has its devicePixelRatio set; it is square, cropped to fill.
    void imageReady(const QUrl &url, const QImage &image);
    void failed(const QUrl &url, const QString &message);

private:
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    quint64 m_generation = 0;
};

// Decodes `data` and crops/scales it to a square of `pixels` (used on the worker thread).
QImage decodeSquare(const QByteArray &data, int pixels, QString *error);

} // namespace whop::avatar
