#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace whop::avatar {

// One GET of a picture for display (the profile's own, an account's logo): no credential, no
// redirect to a less safe address, and never more than MaxBytes held. The cap is checked on
// the announced length as soon as the headers are in and on every readyRead (downloadProgress
// is throttled: a fast answer can be complete before its first emission), and the reply itself
// buffers at most a little more. Emits exactly one of finished/failed unless abort()ed first.
class ImageDownload : public QObject
{
    Q_OBJECT
public:
    // Pictures shown on screen are far smaller; this is what one may take in memory.
    static constexpr qint64 MaxBytes = 10 * 1024 * 1024;

    // `fresh`: from the network, not from a cache (a new picture at the same address).
    ImageDownload(QNetworkAccessManager *nam, const QUrl &url, bool fresh,
                  QObject *parent = nullptr);
    ~ImageDownload() override;

    // Stops without a signal.
    void abort();
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void finished(const QByteArray &data);
    void failed(const QString &message);

private:
    void take();
    void onFinished();

    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_data;
    bool m_tooLarge = false;
};

} // namespace whop::avatar
