#pragma once

// Pictures made inside the tests (and the image benchmark): JPEGs with an EXIF orientation
// written by hand, PNG headers that claim any size, and photo-like content.

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>

namespace whop::test {

// An APP1 segment holding a minimal EXIF block (little-endian TIFF, IFD0 with one entry:
// Orientation, SHORT) : 2 + 2 + 6 + 26 bytes.
inline QByteArray exifOrientationSegment(int orientation)
{
    QByteArray tiff("II\x2A\x00\x08\x00\x00\x00", 8);          // byte order, 42, IFD0 at offset 8
    tiff += QByteArray("\x01\x00", 2);                         // one entry
    tiff += QByteArray("\x12\x01\x03\x00\x01\x00\x00\x00", 8); // 0x0112 SHORT count 1
    tiff += char(orientation);
    tiff += QByteArray(3, '\0');
    tiff += QByteArray(4, '\0'); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int length = int(payload.size()) + 2;
    QByteArray segment("\xFF\xE1", 2);
    segment += char(length >> 8);
    segment += char(length & 0xFF);
    return segment + payload;
}

// `jpeg` with the EXIF orientation inserted right after its SOI marker.
inline QByteArray withExifOrientation(const QByteArray &jpeg, int orientation)
{
    return jpeg.left(2) + exifOrientationSegment(orientation) + jpeg.mid(2);
}

inline QByteArray encodeImage(const QImage &image, const char *format, int quality = 90)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

inline quint32 crc32Of(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A real small PNG whose header is rewritten to claim `width` x `height` (CRC fixed), as a
// decompression bomb or a lying file would; optionally claiming to be interlaced as well.
inline QByteArray pngClaimingSize(int width, int height, bool interlaced = false)
{
    QImage small(16, 16, QImage::Format_RGB32);
    small.fill(Qt::gray);
    QByteArray png = encodeImage(small, "png");
    // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4) ... CRC at 29.
    auto put32 = [&png](int at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            png[at + i] = char((v >> (24 - 8 * i)) & 0xFF);
    };
    put32(16, quint32(width));
    put32(20, quint32(height));
    png[28] = char(interlaced ? 1 : 0); // IHDR's interlace method
    put32(29, crc32Of(png.mid(12, 17)));
    return png;
}

// An 8-bit palette PNG of `width` x `height` (one colour, black) whose data holds only its
// first `rowsOfData` rows. With every row it is a decompression bomb (about a kilobyte per
// megapixel, a byte per pixel once decoded, four once scaled); with fewer, a file whose header
// promises far more than follows.
inline QByteArray palettePng(int width, int height, int rowsOfData)
{
    auto be32 = [](quint32 v) {
        QByteArray out(4, '\0');
        for (int i = 0; i < 4; ++i)
            out[i] = char((v >> (24 - 8 * i)) & 0xFF);
        return out;
    };
    auto chunk = [&be32](const QByteArray &type, const QByteArray &data) {
        return be32(quint32(data.size())) + type + data + be32(crc32Of(type + data));
    };
    // Depth 8, colour type 3 (palette), deflate, adaptive filtering, not interlaced.
    const QByteArray header =
        be32(quint32(width)) + be32(quint32(height)) + QByteArray::fromHex("0803000000");
    const QByteArray rows(qsizetype(rowsOfData) * (qsizetype(width) + 1), '\0'); // filter 0
    const QByteArray zlib = qCompress(rows, 9).mid(4); // qCompress prefixes the length
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) +
           chunk("PLTE", QByteArray(3, '\0')) + chunk("IDAT", zlib) + chunk("IEND", {});
}

// Four solid quadrants, top-left red, top-right green, bottom-left blue, bottom-right yellow.
inline QImage quadrantImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    p.fillRect(0, 0, width / 2, height / 2, Qt::red);
    p.fillRect(width / 2, 0, width - width / 2, height / 2, Qt::green);
    p.fillRect(0, height / 2, width / 2, height - height / 2, Qt::blue);
    p.fillRect(width / 2, height / 2, width - width / 2, height - height / 2, Qt::yellow);
    return image;
}

// Something like a photo: smooth gradients, soft shapes and a little grain.
inline QImage photoLikeImage(int width, int height, quint32 seed = 7, bool alpha = false)
{
    QImage image(width, height, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(alpha ? Qt::transparent : Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, height);
    sky.setColorAt(0, QColor(70, 130, 200));
    sky.setColorAt(0.6, QColor(220, 200, 170));
    sky.setColorAt(1, QColor(60, 90, 50));
    if (alpha)
        p.setBrush(sky), p.setPen(Qt::NoPen), p.drawEllipse(image.rect().adjusted(8, 8, -8, -8));
    else
        p.fillRect(image.rect(), sky);
    QRandomGenerator rng(seed);
    for (int i = 0; i < 40; ++i) {
        const QColor c = QColor::fromHsv(int(rng.bounded(360)), 90 + int(rng.bounded(120)),
                                         110 + int(rng.bounded(140)), alpha ? 200 : 255);
        const int r = std::max(8, int(rng.bounded(std::max(9, width / 6))));
        QRadialGradient g(rng.bounded(width), rng.bounded(height), r);
        g.setColorAt(0, c);
        g.setColorAt(1, QColor(c.red(), c.green(), c.blue(), 0));
        p.setBrush(g);
        p.setPen(Qt::NoPen);
        p.drawEllipse(g.center(), r, r);
    }
    p.end();
    // Grain on every 7th row, cheap enough for 50 megapixels.
    for (int y = 0; y < height; y += 7) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int n = int(rng.bounded(17)) - 8;
            const QRgb v = line[x];
            line[x] = qRgba(std::clamp(qRed(v) + n, 0, 255), std::clamp(qGreen(v) + n, 0, 255),
                            std::clamp(qBlue(v) + n, 0, 255), qAlpha(v));
        }
    }
    return image;
}

} // namespace whop::test
