#include "avatar/ImagePipeline.h"
#include "common/TestImages.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace whop;
using namespace whop::avatar;
using namespace whop::test;

namespace {

bool near(QRgb a, QColor b, int tolerance = 40)
{
    return std::abs(qRed(a) - b.red()) <= tolerance &&
           std::abs(qGreen(a) - b.green()) <= tolerance &&
           std::abs(qBlue(a) - b.blue()) <= tolerance;
}

// Where the stored pixel (x, y) of a w x h picture shows for each EXIF orientation (the
// standard's own definition: which side row 0 and column 0 are on).
QPoint displayed(int orientation, QPoint p, int w, int h)
{
    const int x = p.x();
    const int y = p.y();
    switch (orientation) {
    case 2:
        return {w - 1 - x, y};
    case 3:
        return {w - 1 - x, h - 1 - y};
    case 4:
        return {x, h - 1 - y};
    case 5:
        return {y, x};
    case 6:
        return {h - 1 - y, x};
    case 7:
        return {h - 1 - y, w - 1 - x};
    case 8:
        return {y, w - 1 - x};
    default:
        return {x, y};
    }
}

QImage alphaImage(int w, int h, const QRect &transparent, int opaqueAlpha = 255)
{
    QImage image(w, h, QImage::Format_ARGB32);
    image.fill(QColor(30, 160, 60, opaqueAlpha));
    for (int y = transparent.top(); y <= transparent.bottom(); ++y)
        for (int x = transparent.left(); x <= transparent.right(); ++x)
            image.setPixel(x, y, qRgba(0, 0, 0, 0));
    return image;
}

} // namespace

class ImagePipelineTest : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void exifOrientation_isApplied_data()
    {
        QTest::addColumn<int>("orientation");
        for (int o = 1; o <= 8; ++o)
            QTest::addRow("orientation %d", o) << o;
    }
    void exifOrientation_isApplied()
    {
        QFETCH(int, orientation);
        const int w = 300, h = 200;
        const QByteArray jpeg =
            withExifOrientation(encodeImage(quadrantImage(w, h), "jpeg"), orientation);
        const LoadedPicture picture = loadPicture(PictureInput::fromFile(writeFile("o.jpg", jpeg)));
        QVERIFY2(!picture.isRefused(), qPrintable(picture.message));
        const bool turned = orientation >= 5;
        QCOMPARE(picture.fullSize, turned ? QSize(h, w) : QSize(w, h));
        QCOMPARE(picture.working.size(), picture.fullSize);
        const std::pair<QPoint, QColor> marks[] = {{{75, 50}, Qt::red},
                                                   {{225, 50}, Qt::green},
                                                   {{75, 150}, Qt::blue},
                                                   {{225, 150}, Qt::yellow}};
        for (const auto &[stored, color] : marks) {
            const QPoint shown = displayed(orientation, stored, w, h);
            QVERIFY2(near(picture.working.pixel(shown), color),
                     qPrintable(QStringLiteral("stored %1,%2 shown at %3,%4")
                                    .arg(stored.x())
                                    .arg(stored.y())
                                    .arg(shown.x())
                                    .arg(shown.y())));
        }
        // The uploaded square follows the same orientation: its top-left is what shows there.
        const EncodedPicture out = renderPicture(picture, QRectF(0, 0, 100, 100));
        QCOMPARE(out.mimeType, QByteArray("image/jpeg"));
        QVERIFY(near(out.preview.pixel(50, 50), QColor(picture.working.pixel(50, 50))));
    }

    void storedRect_undoesEveryOrientation()
    {
        const QSize stored(300, 200);
        const QRectF storedCrop(210, 20, 60, 40);
        for (int o = 1; o <= 8; ++o) {
            // Build the transformation Qt reports for each orientation.
            static const QImageIOHandler::Transformations forOrientation[] = {
                QImageIOHandler::TransformationNone,
                QImageIOHandler::TransformationNone,
                QImageIOHandler::TransformationMirror,
                QImageIOHandler::TransformationRotate180,
                QImageIOHandler::TransformationFlip,
                QImageIOHandler::TransformationFlipAndRotate90,
                QImageIOHandler::TransformationRotate90,
                QImageIOHandler::TransformationMirrorAndRotate90,
                QImageIOHandler::TransformationRotate270};
            const QPoint a = displayed(o, storedCrop.topLeft().toPoint(), 300, 200);
            const QPoint b =
                displayed(o, (storedCrop.bottomRight() - QPointF(1, 1)).toPoint(), 300, 200);
            const QRectF shown =
                QRectF(QPointF(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
                       QPointF(std::max(a.x(), b.x()) + 1, std::max(a.y(), b.y()) + 1));
            QCOMPARE(storedRect(shown, stored, forOrientation[o]), storedCrop);
        }
    }

    void largeJpeg_isDecodedReduced()
    {
        const QByteArray jpeg = encodeImage(photoLikeImage(4000, 3000), "jpeg", 85);
        const LoadedPicture picture = loadPicture(PictureInput::fromData(jpeg, "big.jpg"));
        QVERIFY(!picture.isRefused());
        QCOMPARE(picture.fullSize, QSize(4000, 3000));
        QCOMPARE(picture.working.height(), 2048); // twice the output, not 3000
        const EncodedPicture out = renderPicture(picture, centeredSquare(picture.fullSize));
        QCOMPARE(out.pixelSize, QSize(1024, 1024));
        QVERIFY(out.bytes.size() < 400'000);
        QCOMPARE(out.fileName, QStringLiteral("big.jpg"));
    }

    void deepZoom_decodesTheRegionAgain_inTheRightPlace_data()
    {
        QTest::addColumn<qint64>("budget");
        QTest::newRow("whole picture, reduced") << qint64(64 << 20);
        QTest::newRow("only the region") << qint64(1);
    }
    void deepZoom_decodesTheRegionAgain_inTheRightPlace()
    {
        QFETCH(qint64, budget);
        // Stored 4000 x 3000 with a green block; orientation 6 turns it to 3000 x 4000.
        QImage stored(4000, 3000, QImage::Format_RGB32);
        stored.fill(Qt::white);
        QPainter(&stored).fillRect(QRect(1000, 400, 200, 200), Qt::green);
        const QByteArray jpeg = withExifOrientation(encodeImage(stored, "jpeg", 92), 6);
        const LoadedPicture picture = loadPicture(PictureInput::fromData(jpeg, "zoom.jpg"));
        QVERIFY(!picture.isRefused());
        QCOMPARE(picture.fullSize, QSize(3000, 4000));
        // The block shows at x = 3000-1-(400..599) = 2400..2599, y = 1000..1199.
        PictureLimits limits;
        limits.decodeBudgetBytes = budget;
        const EncodedPicture out =
            renderPicture(picture, QRectF(2300, 900, 400, 400), limits); // 400 < 2 x working
        QCOMPARE(out.pixelSize, QSize(400, 400));
        QVERIFY(near(out.preview.pixel(200, 200), Qt::green));
        QVERIFY(near(out.preview.pixel(90, 200), Qt::white));
        QVERIFY(near(out.preview.pixel(110, 200), Qt::green));
        QVERIFY(near(out.preview.pixel(200, 90), Qt::white));
        QVERIFY(near(out.preview.pixel(200, 110), Qt::green));
    }

    void evenPureNoise_fitsTheUploadBudget()
    {
        QImage noise(1400, 1400, QImage::Format_RGB32);
        quint32 s = 7;
        for (int y = 0; y < noise.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x) {
                s ^= s << 13, s ^= s >> 17, s ^= s << 5;
                line[x] = qRgb(s & 255, (s >> 8) & 255, (s >> 16) & 255);
            }
        }
        const LoadedPicture p = loadPicture(PictureInput::fromImage(noise));
        const EncodedPicture out = renderPicture(p, centeredSquare(p.fullSize));
        QCOMPARE(out.pixelSize, QSize(1024, 1024));
        QVERIFY2(out.bytes.size() < 400'000, qPrintable(QString::number(out.bytes.size())));
    }

    void smallSource_givesASmallerSquare()
    {
        const LoadedPicture picture =
            loadPicture(PictureInput::fromImage(photoLikeImage(500, 300), "small"));
        const EncodedPicture out = renderPicture(picture, centeredSquare(picture.fullSize));
        QCOMPARE(out.pixelSize, QSize(300, 300));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("refusal");
        const QByteArray jpeg = encodeImage(photoLikeImage(600, 400), "jpeg");
        QByteArray damagedPng = encodeImage(photoLikeImage(300, 300), "png");
        for (int i = 100; i < 400; ++i)
            damagedPng[damagedPng.size() / 2 + i] = char(i * 37);
        QTest::newRow("text") << QByteArray("just some words, not a picture\n")
                              << int(Refusal::NotAnImage);
        QTest::newRow("jpeg header, then garbage")
            << QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(2000, 'x') << int(Refusal::Corrupt);
        QTest::newRow("damaged png") << damagedPng << int(Refusal::Corrupt);
        QTest::newRow("truncated jpeg") << jpeg.left(jpeg.size() / 2) << int(Refusal::Truncated);
        QTest::newRow("truncated png")
            << encodeImage(photoLikeImage(300, 300), "png").left(3000) << int(Refusal::Truncated);
        QTest::newRow("127 px short side")
            << encodeImage(photoLikeImage(300, 127), "png") << int(Refusal::TooSmall);
        QTest::newRow("beyond 10:1")
            << encodeImage(photoLikeImage(1290, 128), "png") << int(Refusal::TooElongated);
        QTest::newRow("225 megapixels")
            << pngClaimingSize(15000, 15000) << int(Refusal::TooManyPixels);
        // Interlaced, so it would be decoded whole: 324 MB.
        QTest::newRow("decompression bomb")
            << pngClaimingSize(9000, 9000, true) << int(Refusal::TooLarge);
        // Decoded row by row into 2048 × 2048, it needs no more memory; its image data (16 × 16)
        // ends long before the 9000 rows it claims.
        QTest::newRow("lying header, not interlaced")
            << pngClaimingSize(9000, 9000) << int(Refusal::Corrupt);
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, refusal);
        const LoadedPicture picture = loadPicture(PictureInput::fromData(bytes, "x.bin"));
        QCOMPARE(int(picture.refusal), refusal);
        QVERIFY(!picture.message.isEmpty());
        QVERIFY(picture.message.contains(QStringLiteral("x.bin")));
        QVERIFY(picture.working.isNull());
    }

    void limitsThemselves_areAccepted()
    {
        for (const QSize size : {QSize(128, 128), QSize(1280, 128)}) {
            const LoadedPicture p = loadPicture(PictureInput::fromData(
                encodeImage(photoLikeImage(size.width(), size.height()), "png")));
            QVERIFY2(!p.isRefused(), qPrintable(p.message));
        }
    }

    void missingFile_isRefused()
    {
        const LoadedPicture p = loadPicture(PictureInput::fromFile(dir.filePath("nope.jpg")));
        QCOMPARE(p.refusal, Refusal::Unreadable);
    }

    void completeJpeg_isNotMistakenForTruncated()
    {
        const QByteArray jpeg =
            withExifOrientation(encodeImage(photoLikeImage(640, 480), "jpeg"), 1);
        QVERIFY(!loadPicture(PictureInput::fromData(jpeg)).isRefused());
        // Bytes after the end of the picture (as some phones append) are fine too.
        QVERIFY(!loadPicture(PictureInput::fromData(jpeg + QByteArray(5000, 'm'))).isRefused());
    }

    void opaqueImageWithAlphaChannel_becomesJpeg()
    {
        const LoadedPicture p =
            loadPicture(PictureInput::fromData(encodeImage(alphaImage(400, 400, {}), "png")));
        QVERIFY(p.hasAlpha);
        const EncodedPicture out = renderPicture(p, centeredSquare(p.fullSize));
        QCOMPARE(out.mimeType, QByteArray("image/jpeg"));
        QVERIFY(!out.transparent);
        QVERIFY(out.fileName.endsWith(QStringLiteral(".jpg")));
    }

    void transparencyInsideTheCrop_staysPng()
    {
        const LoadedPicture p = loadPicture(PictureInput::fromData(
            encodeImage(alphaImage(400, 400, QRect(0, 0, 100, 100)), "png")));
        const EncodedPicture out = renderPicture(p, centeredSquare(p.fullSize));
        QCOMPARE(out.mimeType, QByteArray("image/png"));
        QVERIFY(out.transparent);
        QImage decoded = QImage::fromData(out.bytes, "png");
        QCOMPARE(qAlpha(decoded.pixel(10, 10)), 0);
        QCOMPARE(qAlpha(decoded.pixel(300, 300)), 255);
    }

    void transparencyOutsideTheCrop_givesJpeg()
    {
        const LoadedPicture p = loadPicture(PictureInput::fromData(
            encodeImage(alphaImage(600, 400, QRect(0, 0, 100, 400)), "png")));
        const EncodedPicture out = renderPicture(p, centeredSquare(p.fullSize)); // x 100..500
        QCOMPARE(out.mimeType, QByteArray("image/jpeg"));
    }

    void nearlyOpaquePixels_areFlattenedOnWhite()
    {
        QImage image(300, 300, QImage::Format_ARGB32);
        image.fill(QColor(0, 0, 0, 252)); // black, 1 % see-through
        const LoadedPicture p = loadPicture(PictureInput::fromImage(image));
        const EncodedPicture out = renderPicture(p, centeredSquare(p.fullSize));
        QCOMPARE(out.mimeType, QByteArray("image/jpeg"));
        const QRgb px = QImage::fromData(out.bytes, "jpeg").pixel(150, 150);
        QVERIFY(qRed(px) > 0 && qRed(px) < 20); // a touch of white shows through, not black
    }

    void clampCrop_keepsASquareInside()
    {
        QCOMPARE(clampCrop(QRectF(-50, 900, 300, 200), QSizeF(1000, 1000)),
                 QRectF(0, 800, 200, 200));
        QCOMPARE(clampCrop(QRectF(0, 0, 5000, 5000), QSizeF(800, 600)), QRectF(0, 0, 600, 600));
        QCOMPARE(centeredSquare(QSizeF(800, 600)), QRectF(100, 0, 600, 600));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    ImagePipelineTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_image_pipeline.moc"
