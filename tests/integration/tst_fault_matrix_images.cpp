// The fault matrix, pictures part: what a server can send instead of a picture to show, for the
// profile's picture (fetched by the main window) and for an account's logo (LogoCache). Each
// scenario checks that the app stays responsive, refuses the picture with a reason that names
// the problem (before decoding it, or before holding more than ImageDownload::MaxBytes), shows
// the profile's face greyed (AvatarWidget::Shown::Unavailable), and shows the next good picture.
#include "avatar/ImageFetcher.h"
#include "avatar/LogoCache.h"
#include "common/TestImages.h"
#include "common/TestSupport.h"
#include "integration/FaultRig.h"
#include "ui/widgets/AvatarWidget.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace whop;
using namespace whop::test::faults;
using sandbox::Fault;

namespace {

enum class Target
{
    Profile,
    Logo
};

struct ImageScenario
{
    QString name;
    // Makes the next fetch of `path` (on the sandbox) misbehave, and gives the URL to fetch.
    std::function<QUrl(Rig &, const QString &path)> arm;
    QStringList words; // in the reason given
};

QUrl sandboxUrl(Rig &rig, const QString &path)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(rig.server()->port()).arg(path));
}

std::function<QUrl(Rig &, const QString &)> serving(QByteArray body)
{
    return [body](Rig &rig, const QString &path) {
        Fault f;
        f.kind = Fault::Kind::Status;
        f.status = 200;
        f.body = body;
        f.pathContains = path;
        rig.server()->injectFault(f);
        return sandboxUrl(rig, path);
    };
}

std::vector<ImageScenario> scenarios()
{
    std::vector<ImageScenario> all;
    all.push_back({QStringLiteral("decompression bomb: 25 megapixels in 25 KB"),
                   serving(test::palettePng(5000, 5000, 5000)),
                   {QStringLiteral("5000 × 5000"), QStringLiteral("too large")}});
    all.push_back({QStringLiteral("lying header: 5500 × 5500 with four rows of data"),
                   serving(test::palettePng(5500, 5500, 4)),
                   {QStringLiteral("5500 × 5500"), QStringLiteral("too large")}});
    all.push_back({QStringLiteral("13 MB with its length announced"),
                   [](Rig &rig, const QString &path) {
                       Fault f;
                       f.kind = Fault::Kind::Huge;
                       f.pathContains = path;
                       rig.server()->injectFault(f);
                       return sandboxUrl(rig, path);
                   },
                   {QStringLiteral("larger than 10 MB")}});
    all.push_back({QStringLiteral("40 MB of unannounced length"),
                   [](Rig &rig, const QString &path) {
                       rig.raw =
                           std::make_unique<test::StreamingServer>(40 * 1024 * 1024, "image/png");
                       if (!rig.raw->listen())
                           return QUrl();
                       return rig.raw->url(path);
                   },
                   {QStringLiteral("larger than 10 MB")}});
    all.push_back({QStringLiteral("a web page instead of a picture"),
                   serving("<!DOCTYPE html><html><body>Please sign in to the network.</body>"
                           "</html>"),
                   {QStringLiteral("not a picture")}});
    return all;
}

} // namespace

class ImageFaultTest : public QObject
{
    Q_OBJECT
    Rig rig;

    ui::AvatarWidget *avatarLabel() const
    {
        return rig.window->findChild<ui::AvatarWidget *>(QStringLiteral("avatar"));
    }

    // Points the demo user's picture at `url` and reloads: the window fetches it.
    void showProfilePicture(const QUrl &url)
    {
        QJsonObject user =
            rig.server()->storedUser(QLatin1String(sandbox::SandboxServer::DemoUserId));
        user.insert(QStringLiteral("profile_picture"),
                    QJsonObject{{QStringLiteral("url"), url.toString()}});
        rig.server()->putUser(user);
        rig.editor()->load();
    }

    // The profile picture at `url`: the reason it was refused, or empty when it is shown.
    QString profile(const QUrl &url, bool *answered)
    {
        auto *fetcher = rig.window->findChild<avatar::ImageFetcher *>();
        QString reason;
        bool shown = false;
        QObject context;
        connect(fetcher, &avatar::ImageFetcher::failed, &context,
                [&](const QUrl &u, const QString &why) {
                    if (u == url)
                        reason = why.isEmpty() ? QStringLiteral("(no reason)") : why;
                });
        connect(fetcher, &avatar::ImageFetcher::imageReady, &context,
                [&](const QUrl &u, const QImage &) { shown = shown || u == url; });
        showProfilePicture(url);
        *answered = QTest::qWaitFor([&] { return shown || !reason.isEmpty(); }, 30000);
        return reason;
    }

    QString logo(avatar::LogoCache &logos, const QUrl &url, bool *answered)
    {
        QString reason;
        bool shown = false;
        QObject context;
        connect(&logos, &avatar::LogoCache::logoFailed, &context,
                [&](const QUrl &u, const QString &why) {
                    if (u == url)
                        reason = why.isEmpty() ? QStringLiteral("(no reason)") : why;
                });
        connect(&logos, &avatar::LogoCache::logoReady, &context,
                [&](const QUrl &u) { shown = shown || u == url; });
        logos.request(url);
        *answered = QTest::qWaitFor([&] { return shown || !reason.isEmpty(); }, 30000);
        return reason;
    }

private Q_SLOTS:
    void init() { rig.start(); }
    void cleanup() { rig.stop(); }
    void cleanupTestCase()
    {
        std::printf("fault matrix (pictures fetched for display): %d scenarios, %d passed\n",
                    rig.run, rig.passed);
        std::fflush(stdout);
    }

    void picture_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("targetNumber");
        const auto all = scenarios();
        for (int i = 0; i < int(all.size()); ++i) {
            QTest::newRow(qPrintable(QStringLiteral("profile picture: ") + all.at(i).name))
                << i << int(Target::Profile);
            QTest::newRow(qPrintable(QStringLiteral("account logo: ") + all.at(i).name))
                << i << int(Target::Logo);
        }
    }
    void picture()
    {
        QFETCH(int, index);
        QFETCH(int, targetNumber);
        const auto target = Target(targetNumber);
        const ImageScenario s = scenarios().at(index);
        ++rig.run;
        const QString path = QStringLiteral("/avatars/fault%1-%2.png").arg(index).arg(int(target));
        const QUrl url = s.arm(rig, path);
        QVERIFY(url.isValid());
        avatar::LogoCache logos(rig.session->networkAccessManager(), 32);

        Heartbeat heartbeat;
        heartbeat.start();
        bool answered = false;
        const QString reason =
            target == Target::Profile ? profile(url, &answered) : logo(logos, url, &answered);
        heartbeat.stop();
        QVERIFY2(answered, "neither shown nor refused");
        QVERIFY2(!reason.isEmpty(), "the picture was shown");
        QString missing;
        QVERIFY2(containsAll(reason, s.words, &missing),
                 qPrintable(QStringLiteral("'%1' not in: %2").arg(missing, reason)));
        QVERIFY2(heartbeat.maxGapMs() < MaxBlockedMs,
                 qPrintable(QStringLiteral("blocked %1 ms").arg(heartbeat.maxGapMs())));
        if (target == Target::Profile)
            QCOMPARE(avatarLabel()->shown(), ui::AvatarWidget::Shown::Unavailable);

        // The next good picture is shown.
        rig.server()->clearFaults();
        const QUrl good = sandboxUrl(
            rig, QStringLiteral("/avatars/%1.png").arg(sandbox::SandboxServer::DemoUserId));
        const QUrl fresh(good.toString() + QStringLiteral("?after=%1").arg(index));
        const QString again =
            target == Target::Profile ? profile(fresh, &answered) : logo(logos, fresh, &answered);
        QVERIFY(answered);
        QVERIFY2(again.isEmpty(), qPrintable(again));
        if (target == Target::Profile)
            QVERIFY(!avatarLabel()->pixmap().isNull());
        else
            QVERIFY(logos.contains(fresh));
        ++rig.passed;
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    ImageFaultTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_fault_matrix_images.moc"
