// The row-by-row PNG path of the picture pipeline: RowReducer's area averaging against Qt's
// smooth scaling, the threaded feed, and decodePngReduced on every kind of PNG (colour types,
// bit depths, palettes with transparency, ICC profiles), on damaged and cut-off files, and the
// fallback to Qt's reader for interlaced ones.
#include "avatar/ImagePipeline.h"
#include "avatar/PngReducer.h"
#include "avatar/RowReducer.h"
#include "common/TestImages.h"

#include <QBuffer>
#include <QColorSpace>
#include <QGuiApplication>
#include <QTest>

#include <png.h>

#include <cstdlib>

using namespace whop::avatar;
using namespace whop::test;

namespace {

// Straight BGRA rows (memory order of QRgb on little-endian machines), as libpng gives them.
std::vector<unsigned char> bgraRow(const QImage &straight, int y)
{
    std::vector<unsigned char> row(size_t(straight.width()) * 4);
    const auto *line = reinterpret_cast<const QRgb *>(straight.constScanLine(y));
    for (int x = 0; x < straight.width(); ++x) {
        row[size_t(x) * 4 + 0] = uchar(qBlue(line[x]));
        row[size_t(x) * 4 + 1] = uchar(qGreen(line[x]));
        row[size_t(x) * 4 + 2] = uchar(qRed(line[x]));
        row[size_t(x) * 4 + 3] = uchar(qAlpha(line[x]));
    }
    return row;
}

QImage reduceInline(const QImage &image, const QSize &target)
{
    const QImage straight = image.convertToFormat(QImage::Format_ARGB32);
    RowReducer reducer(image.size(), target, image.hasAlphaChannel());
    for (int y = 0; y < image.height(); ++y) {
        auto row = bgraRow(straight, y);
        reducer.addRow(row.data());
    }
    return reducer.take();
}

// The largest difference of any channel of any pixel, and the mean one.
std::pair<int, double> difference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    int worst = 0;
    double total = 0;
    for (int r = 0; r < x.height(); ++r) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(r));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(r));
        for (int c = 0; c < x.width(); ++c) {
            for (int d :
                 {std::abs(qRed(p[c]) - qRed(q[c])), std::abs(qGreen(p[c]) - qGreen(q[c])),
                  std::abs(qBlue(p[c]) - qBlue(q[c])), std::abs(qAlpha(p[c]) - qAlpha(q[c]))}) {
                worst = std::max(worst, d);
                total += d;
            }
        }
    }
    return {worst, total / (4.0 * x.width() * x.height())};
}

// libpng writing an RGB PNG the way Qt's writer never does: interlaced (Adam7), or with only a
// gAMA chunk for its colour.
QByteArray libpngWritten(const QImage &image, bool interlaced, double gamma = 0)
{
    QByteArray out;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    png_set_write_fn(
        png, &out,
        [](png_structp p, png_bytep data, size_t n) {
            static_cast<QByteArray *>(png_get_io_ptr(p))
                ->append(reinterpret_cast<char *>(data), qsizetype(n));
        },
        nullptr);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 PNG_COLOR_TYPE_RGB, interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (gamma > 0)
        png_set_gAMA(png, info, gamma);
    png_write_info(png, info);
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    std::vector<png_bytep> rows;
    for (int y = 0; y < rgb.height(); ++y)
        rows.push_back(const_cast<png_bytep>(rgb.constScanLine(y)));
    png_write_image(png, rows.data());
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return out;
}

ReducedPng decode(const QByteArray &bytes, const QSize &target)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return decodePngReduced(&buffer, target);
}

} // namespace

class PngReducerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowReducer_matchesQtSmoothScaling_data()
    {
        QTest::addColumn<QSize>("source");
        QTest::addColumn<QSize>("target");
        QTest::addColumn<bool>("alpha");
        QTest::newRow("halved, opaque") << QSize(600, 400) << QSize(300, 200) << false;
        QTest::newRow("fractional, opaque") << QSize(517, 301) << QSize(256, 149) << false;
        QTest::newRow("fractional, alpha") << QSize(517, 301) << QSize(256, 149) << true;
        QTest::newRow("nearly the same size") << QSize(300, 300) << QSize(287, 299) << true;
        QTest::newRow("by five") << QSize(1000, 500) << QSize(200, 100) << true;
        QTest::newRow("unchanged") << QSize(64, 48) << QSize(64, 48) << false;
    }
    void rowReducer_matchesQtSmoothScaling()
    {
        QFETCH(QSize, source);
        QFETCH(QSize, target);
        QFETCH(bool, alpha);
        const QImage image = photoLikeImage(source.width(), source.height(), 11, alpha);
        QCOMPARE(image.hasAlphaChannel(), alpha);
        const QImage ours = reduceInline(image, target);
        QCOMPARE(ours.size(), target);
        QCOMPARE(ours.format(), alpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
        const QImage qt = image.convertToFormat(QImage::Format_ARGB32_Premultiplied)
                              .scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const auto [worst, mean] = difference(ours, qt);
        QVERIFY2(mean < 1.0 && worst <= 12,
                 qPrintable(QStringLiteral("mean %1, worst %2").arg(mean).arg(worst)));
    }

    void rowReducer_exactOnPlainColourAndWholeBlocks()
    {
        QImage plain(301, 203, QImage::Format_ARGB32);
        plain.fill(qRgba(200, 100, 50, 128));
        const QImage out = reduceInline(plain, QSize(97, 61));
        const QRgb expected = qPremultiply(qRgba(200, 100, 50, 128));
        for (int y = 0; y < out.height(); ++y) {
            for (int x = 0; x < out.width(); ++x)
                QCOMPARE(out.pixel(x, y), expected); // pixel() gives it premultiplied
        }
        // 2 × 2 blocks: each output pixel is exactly the rounded mean of its four.
        QImage blocks(4, 2, QImage::Format_RGB32);
        const QRgb values[] = {qRgb(0, 0, 0),     qRgb(10, 20, 30), qRgb(255, 255, 255),
                               qRgb(1, 2, 3),     qRgb(100, 0, 0),  qRgb(0, 100, 0),
                               qRgb(200, 200, 0), qRgb(0, 0, 255)};
        for (int i = 0; i < 8; ++i)
            blocks.setPixel(i % 4, i / 4, values[i]);
        const QImage half = reduceInline(blocks, QSize(2, 1));
        QCOMPARE(half.pixel(0, 0), qRgb(28, 30, 8));     // (0+10+100+0)/4 = 27.5 ...
        QCOMPARE(half.pixel(1, 0), qRgb(114, 114, 128)); // (255+1+200+0)/4 = 114 ...
    }

    void rowReducer_refusesToEnlarge()
    {
        const QImage image = photoLikeImage(100, 80, 1, false);
        QVERIFY(reduceInline(image, QSize(101, 80)).isNull());
        QVERIFY(reduceInline(image, QSize(100, 81)).isNull());
        QVERIFY(reduceInline(image, QSize(0, 10)).isNull());
    }

    void reducerThread_givesTheSameImage_andStopsWhenAbandoned()
    {
        const QImage image = photoLikeImage(700, 900, 3, true);
        const QSize target(333, 428);
        const QImage straight = image.convertToFormat(QImage::Format_ARGB32);
        RowReducerThread threaded(image.size(), target, true);
        for (int y = 0; y < image.height(); ++y) {
            const auto row = bgraRow(straight, y);
            std::copy(row.begin(), row.end(), threaded.nextRow());
        }
        QCOMPARE(threaded.finish(), reduceInline(image, target));

        // Given up halfway (a decoding error): the destructor ends the thread.
        auto abandoned = std::make_unique<RowReducerThread>(image.size(), target, true);
        for (int y = 0; y < image.height() / 2; ++y) {
            const auto row = bgraRow(straight, y);
            std::copy(row.begin(), row.end(), abandoned->nextRow());
        }
        abandoned.reset();
    }

    void decode_everyKindOfPng_data()
    {
        QTest::addColumn<QImage>("image");
        const QImage photo = photoLikeImage(480, 320, 5, false);
        const QImage alpha = photoLikeImage(480, 320, 5, true);
        QTest::newRow("RGB 8") << photo.convertToFormat(QImage::Format_RGB888);
        QTest::newRow("RGBA 8") << alpha.convertToFormat(QImage::Format_ARGB32);
        QTest::newRow("RGBA 16") << alpha.convertToFormat(QImage::Format_RGBA64);
        QTest::newRow("grey 8") << photo.convertToFormat(QImage::Format_Grayscale8);
        QTest::newRow("grey 16") << photo.convertToFormat(QImage::Format_Grayscale16);
        QTest::newRow("1 bit") << photo.convertToFormat(QImage::Format_Mono);
        QImage palette = alpha.convertToFormat(QImage::Format_Indexed8);
        QTest::newRow("palette with transparency") << palette;
    }
    void decode_everyKindOfPng()
    {
        QFETCH(QImage, image);
        const QByteArray bytes = encodeImage(image, "png");
        const QImage qt = QImage::fromData(bytes, "png");
        QVERIFY(!qt.isNull());
        const QSize target(200, 133);
        const ReducedPng reduced = decode(bytes, target);
        QCOMPARE(int(reduced.status), int(ReducedPng::Status::Done));
        QCOMPARE(reduced.hasAlpha, qt.hasAlphaChannel());
        QCOMPARE(reduced.image.size(), target);
        const QImage expected =
            qt.convertToFormat(QImage::Format_ARGB32_Premultiplied)
                .scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const auto [worst, mean] = difference(reduced.image, expected);
        QVERIFY2(mean < 1.0 && worst <= 12,
                 qPrintable(QStringLiteral("mean %1, worst %2").arg(mean).arg(worst)));
    }

    void decode_keepsTheIccProfile()
    {
        QImage image = photoLikeImage(400, 300, 2, false);
        image.setColorSpace(QColorSpace(QColorSpace::DisplayP3));
        const ReducedPng reduced = decode(encodeImage(image, "png"), QSize(200, 150));
        QCOMPARE(int(reduced.status), int(ReducedPng::Status::Done));
        QVERIFY(reduced.image.colorSpace().isValid());
        QCOMPARE(reduced.image.colorSpace().primaries(), QColorSpace::Primaries::DciP3D65);
    }

    void decode_colourFromGammaAlone_asQtReadsIt()
    {
        const QByteArray bytes = libpngWritten(photoLikeImage(400, 300, 6, false), false, 0.5);
        const QColorSpace qt = QImage::fromData(bytes, "png").colorSpace();
        const ReducedPng reduced = decode(bytes, QSize(200, 150));
        QCOMPARE(int(reduced.status), int(ReducedPng::Status::Done));
        QCOMPARE(reduced.image.colorSpace(), qt);
    }

    void decode_damagedAndCutOffFiles()
    {
        const QByteArray png = encodeImage(photoLikeImage(600, 400, 9, true), "png");
        QCOMPARE(int(decode(png.left(png.size() / 2), QSize(300, 200)).status),
                 int(ReducedPng::Status::Truncated));
        QCOMPARE(int(decode(png.left(png.size() - 12), QSize(300, 200)).status),
                 int(ReducedPng::Status::Truncated)); // only the IEND chunk is missing
        QByteArray damaged = png;
        for (int i = 0; i < 300; ++i)
            damaged[damaged.size() / 2 + i] = char(i * 37);
        const ReducedPng corrupt = decode(damaged, QSize(300, 200));
        QCOMPARE(int(corrupt.status), int(ReducedPng::Status::Corrupt));
        QVERIFY(!corrupt.error.isEmpty());
        QVERIFY(corrupt.image.isNull());
        QCOMPARE(int(decode(QByteArray("not a png at all"), QSize(10, 10)).status),
                 int(ReducedPng::Status::Corrupt));
    }

    void interlaced_fallsBackToQtsReader()
    {
        const QImage image = photoLikeImage(3000, 2400, 4, false);
        const QByteArray bytes = libpngWritten(image, true);
        QCOMPARE(int(decode(bytes, QSize(1500, 1200)).status),
                 int(ReducedPng::Status::Unsupported));
        const LoadedPicture picture = loadPicture(PictureInput::fromData(bytes, "i.png"));
        QVERIFY2(!picture.isRefused(), qPrintable(picture.message));
        QCOMPARE(picture.fullSize, QSize(3000, 2400));
        QVERIFY(picture.working.width() < 3000);
    }

    void loadPicture_needsOnlyTheReducedSize()
    {
        // 36 MB at full size, 1 MB reduced: allowed 8 MB, it loads (Qt's reader would need all).
        const QByteArray bytes = encodeImage(photoLikeImage(3000, 3000, 8, true), "png");
        PictureLimits limits;
        limits.allocationLimitMb = 8;
        limits.outputSide = 256;
        const LoadedPicture picture = loadPicture(PictureInput::fromData(bytes, "big.png"), limits);
        QVERIFY2(!picture.isRefused(), qPrintable(picture.message));
        QCOMPARE(picture.working.size(), QSize(512, 512));
        QVERIFY(picture.hasAlpha);
        const EncodedPicture out = renderPicture(picture, centeredSquare(picture.fullSize), limits);
        QCOMPARE(out.pixelSize, QSize(256, 256));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    PngReducerTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_png_reducer.moc"
