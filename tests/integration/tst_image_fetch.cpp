// Pictures fetched for display (the profile's picture, account logos) have limits of their own:
// the header's size is read before anything is decoded and a picture over MaxPixels is refused;
// no more than ImageDownload::MaxBytes is ever held, whether the length is announced or not;
// and at most MaxParallelDecodes decode at once, however many cores the machine has.
#include "avatar/ImageDownload.h"
#include "avatar/ImageFetcher.h"
#include "avatar/LogoCache.h"
#include "common/SandboxFixture.h"
#include "common/StreamingServer.h"
#include "common/TestImages.h"
#include "integration/SandboxTestHttp.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace whop;
using avatar::ImageDownload;
using avatar::ImageFetcher;
using avatar::LogoCache;
using sandbox::Fault;
using sandbox::SandboxServer;

namespace {

struct Fetched
{
    bool ready = false;
    QImage image;
    QString error;
};

// 200 with `body` for the next request of `path`.
Fault servingBody(const QString &path, const QByteArray &body)
{
    Fault f = whop::test::makeFault(Fault::Kind::Status, 200);
    f.body = body;
    f.pathContains = path;
    return f;
}

} // namespace

class ImageFetchTest : public QObject, whop::test::SandboxHttpFixture
{
    Q_OBJECT

    QUrl avatarUrl(const QString &name) const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1/avatars/%2.png").arg(m_server->port()).arg(name));
    }

    Fetched fetch(const QUrl &url)
    {
        ImageFetcher fetcher(m_http->nam());
        Fetched out;
        bool done = false;
        connect(&fetcher, &ImageFetcher::imageReady, this, [&](const QUrl &, const QImage &image) {
            out.ready = true;
            out.image = image;
            done = true;
        });
        connect(&fetcher, &ImageFetcher::failed, this, [&](const QUrl &, const QString &error) {
            out.error = error;
            done = true;
        });
        fetcher.fetch(url, QSize(64, 64), 1.0);
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            out.error = QStringLiteral("(no answer)");
        return out;
    }

    // The largest number of bytes of an answer that left the sandbox.
    qint64 mostSent() const
    {
        qint64 most = 0;
        for (const auto &r : m_server->requests())
            most = std::max(most, r.responseBytes);
        return most;
    }

private Q_SLOTS:
    void init() { startSandbox(); }
    void cleanup() { stopSandbox(); }

    void ordinaryPicture_isShown()
    {
        const Fetched f = fetch(avatarUrl(QLatin1String(SandboxServer::DemoUserId)));
        QVERIFY2(f.ready, qPrintable(f.error));
        QCOMPARE(f.image.size(), QSize(64, 64));
    }

    void decompressionBomb_isRefusedBeforeDecoding()
    {
        // 25 megapixels in 25 KB: decoded at 32 bits (Qt's reader takes it), 100 MB.
        const QByteArray bomb = test::palettePng(5000, 5000, 5000);
        QVERIFY(bomb.size() < 40 * 1024);
        m_server->injectFault(servingBody(QStringLiteral("/avatars/bomb"), bomb));
        const Fetched f = fetch(avatarUrl(QStringLiteral("bomb")));
        QVERIFY(!f.ready);
        QVERIFY2(f.error.contains(QStringLiteral("5000 × 5000")) &&
                     f.error.contains(QStringLiteral("too large")),
                 qPrintable(f.error));
    }

    void lyingHeader_isRefusedBeforeDecoding()
    {
        // The header claims 5500 × 5500 (121 MB to decode into); four rows follow.
        const QByteArray liar = test::palettePng(5500, 5500, 4);
        QVERIFY(liar.size() < 4 * 1024);
        m_server->injectFault(servingBody(QStringLiteral("/avatars/liar"), liar));
        const Fetched f = fetch(avatarUrl(QStringLiteral("liar")));
        QVERIFY(!f.ready);
        QVERIFY2(f.error.contains(QStringLiteral("5500 × 5500")), qPrintable(f.error));
    }

    void notAPicture_isRefused()
    {
        m_server->injectFault(servingBody(QStringLiteral("/avatars/page"),
                                          "<!DOCTYPE html><html><body>Sign in</body></html>"));
        const Fetched f = fetch(avatarUrl(QStringLiteral("page")));
        QVERIFY(!f.ready);
        QVERIFY2(f.error.contains(QStringLiteral("not a picture")), qPrintable(f.error));
    }

    void announcedTooLarge_isRefusedAtTheHeaders()
    {
        Fault huge;
        huge.kind = Fault::Kind::Huge; // 200 with Content-Length over 13 MB
        huge.pathContains = QStringLiteral("/avatars/");
        m_server->injectFault(huge);
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        const Fetched f = fetch(avatarUrl(QStringLiteral("huge")));
        QVERIFY(!f.ready);
        QVERIFY2(f.error.contains(QStringLiteral("larger than 10 MB")), qPrintable(f.error));
        QTRY_COMPARE(handled.size(), 1); // the server saw the connection end
        qInfo("announced 13 MB picture: %lld bytes left the server before the client cut",
              mostSent());
        QVERIFY(mostSent() < 13 * 1024 * 1024);
    }

    void unannouncedTooLarge_isCutOnReadyRead()
    {
        test::StreamingServer streaming(40 * 1024 * 1024, "image/png");
        QVERIFY(streaming.listen());
        const Fetched f = fetch(streaming.url(QStringLiteral("/endless.png")));
        QVERIFY(!f.ready);
        QVERIFY2(f.error.contains(QStringLiteral("larger than 10 MB")), qPrintable(f.error));
        qInfo("unannounced 40 MB picture: %lld bytes sent before the client cut",
              streaming.bytesSent());
        QVERIFY(streaming.bytesSent() < 40 * 1024 * 1024);
    }

    void logos_haveTheSameLimits()
    {
        LogoCache logos(m_http->nam(), 32);
        QHash<QUrl, QString> failures;
        connect(&logos, &LogoCache::logoFailed, this,
                [&](const QUrl &url, const QString &message) { failures.insert(url, message); });
        QSignalSpy ready(&logos, &LogoCache::logoReady);
        m_server->injectFault(
            servingBody(QStringLiteral("/avatars/bomb"), test::palettePng(5000, 5000, 5000)));
        test::StreamingServer streaming(40 * 1024 * 1024, "image/png");
        QVERIFY(streaming.listen());
        const QUrl bomb = avatarUrl(QStringLiteral("bomb"));
        const QUrl endless = streaming.url(QStringLiteral("/endless.png"));
        const QUrl fine = avatarUrl(QLatin1String(SandboxServer::DemoAccountId));
        for (const QUrl &url : {bomb, endless, fine})
            logos.request(url);
        QTRY_VERIFY_WITH_TIMEOUT(failures.size() + ready.size() == 3, 30000);
        QVERIFY2(failures.value(bomb).contains(QStringLiteral("5000 × 5000")),
                 qPrintable(failures.value(bomb)));
        QVERIFY2(failures.value(endless).contains(QStringLiteral("larger than 10 MB")),
                 qPrintable(failures.value(endless)));
        QVERIFY(logos.contains(fine));
        QCOMPARE(logos.logo(fine).size(), QSize(32, 32));
    }

    void decodes_atMostTwoAtOnce_evenWithManyCores()
    {
        // As on a machine with 8 cores: the global pool would run 8 decodes.
        const int threads = QThreadPool::globalInstance()->maxThreadCount();
        QThreadPool::globalInstance()->setMaxThreadCount(8);
        const auto restore =
            qScopeGuard([threads] { QThreadPool::globalInstance()->setMaxThreadCount(threads); });
        // Pictures that take a while to decode (16 megapixels each, the most that is decoded
        // whole), so that decodes overlap.
        const QByteArray slow = test::palettePng(4000, 4000, 4000);
        LogoCache logos(m_http->nam(), 32);
        QSignalSpy ready(&logos, &LogoCache::logoReady);
        QSignalSpy failed(&logos, &LogoCache::logoFailed);
        avatar::resetPeakParallelDecodes();
        for (int i = 0; i < 8; ++i) {
            const QString name = QStringLiteral("slow%1").arg(i);
            m_server->injectFault(servingBody(QStringLiteral("/avatars/%1.").arg(name), slow));
            logos.request(avatarUrl(name));
        }
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() + failed.size() == 8, 60000);
        QCOMPARE(ready.size(), 8);
        qInfo("8 logos of 16 megapixels: at most %d decoded at once",
              avatar::peakParallelDecodes());
        QVERIFY(avatar::peakParallelDecodes() >= 1);
        QVERIFY2(avatar::peakParallelDecodes() <= avatar::MaxParallelDecodes,
                 qPrintable(QString::number(avatar::peakParallelDecodes())));
    }
};

QTEST_MAIN(ImageFetchTest)
#include "tst_image_fetch.moc"
