// The second half of the image pipeline: crop, scale, flatten and encode what is uploaded.

#include "avatar/ImagePipeline.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QRegularExpression>
#include <QtConcurrent>

#include <cmath>
#include <memory>

namespace whop::avatar {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct PictureEncoderTr
{
    Q_DECLARE_TR_FUNCTIONS(whop::avatar::ImagePipeline)
};

QRect pixelRect(const QRectF &r, const QSize &bounds)
{
    const int side = std::max(1, int(std::lround(r.width())));
    const int x = std::clamp(int(std::lround(r.x())), 0, std::max(0, bounds.width() - side));
    const int y = std::clamp(int(std::lround(r.y())), 0, std::max(0, bounds.height() - side));
    return QRect(x, y, std::min(side, bounds.width()), std::min(side, bounds.height()));
}

QRectF scaledRect(const QRectF &r, double sx, double sy)
{
    return QRectF(r.x() * sx, r.y() * sy, r.width() * sx, r.height() * sy);
}

// The crop at (at least) `side` pixels, decoded again from the source: either the whole
// picture at a reduced size (JPEG does that natively), or, when that would need more than the
// budget, only the region at full detail.
QImage decodeRegion(const LoadedPicture &picture, const QRectF &crop, int side,
                    const PictureLimits &limits, QString *error)
{
    if (!picture.input.image.isNull())
        return picture.input.image.copy(pixelRect(crop, picture.input.image.size()));
    const std::unique_ptr<QIODevice> device = openPictureSource(picture.input, error);
    if (!device)
        return {};
    QImageReader reader(device.get());
    reader.setAutoTransform(true);
    reader.setAllocationLimit(limits.allocationLimitMb);
    const double scale = std::min(1.0, side / crop.width());
    const QSize stored = picture.storedSize;
    const double wholeBytes = double(stored.width()) * stored.height() * scale * scale * 4;
    QImage image;
    if (wholeBytes <= double(limits.decodeBudgetBytes)) {
        const QSize target(std::max(1, int(std::ceil(stored.width() * scale))),
                           std::max(1, int(std::ceil(stored.height() * scale))));
        if (target != stored)
            reader.setScaledSize(target);
        image = reader.read();
        if (!image.isNull()) {
            const double sx = double(image.width()) / picture.fullSize.width();
            const double sy = double(image.height()) / picture.fullSize.height();
            image = image.copy(pixelRect(scaledRect(crop, sx, sy), image.size()));
        }
    } else {
        const QRect clip = storedRect(crop, stored, picture.transformation).toAlignedRect() &
                           QRect(QPoint(0, 0), stored);
        reader.setClipRect(clip);
        image = reader.read();
    }
    if (image.isNull())
        *error = reader.errorString();
    return image;
}

QImage flattenedOnWhite(const QImage &image)
{
    QImage out(image.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, image);
    painter.end();
    return out;
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(image))
        return {};
    return bytes;
}

QString uploadName(const PictureInput &input, const char *extension)
{
    QString base = !input.path.isEmpty() ? QFileInfo(input.path).completeBaseName()
                                         : QFileInfo(input.name).completeBaseName();
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    base = base.replace(unsafe, QStringLiteral("-")).left(60);
    while (base.startsWith(QLatin1Char('.')) || base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("profile-picture");
    return base + QLatin1Char('.') + QLatin1String(extension);
}

} // namespace

QRectF centeredSquare(const QSizeF &size)
{
    const double side = std::min(size.width(), size.height());
    return QRectF((size.width() - side) / 2, (size.height() - side) / 2, side, side);
}

QRectF clampCrop(const QRectF &crop, const QSizeF &bounds)
{
    const double maxSide = std::min(bounds.width(), bounds.height());
    const double side = std::clamp(std::min(crop.width(), crop.height()), 1.0, maxSide);
    const double x = std::clamp(crop.x(), 0.0, bounds.width() - side);
    const double y = std::clamp(crop.y(), 0.0, bounds.height() - side);
    return QRectF(x, y, side, side);
}

int outputSideFor(double cropSide, const PictureLimits &limits)
{
    return std::max(1, std::min(limits.outputSide, int(std::lround(cropSide))));
}

bool hasVisibleTransparency(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    // Alpha is the same premultiplied or not: no conversion needed for these two formats.
    const QImage argb = image.format() == QImage::Format_ARGB32 ||
                                image.format() == QImage::Format_ARGB32_Premultiplied
                            ? image
                            : image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) < 250)
                return true;
        }
    }
    return false;
}

EncodedPicture renderPicture(const LoadedPicture &picture, const QRectF &cropIn,
                             const PictureLimits &limits, QString *error)
{
    QString why;
    EncodedPicture out;
    if (picture.isRefused() || picture.working.isNull() || picture.fullSize.isEmpty()) {
        if (error)
            *error = PictureEncoderTr::tr("There is no picture to prepare.");
        return out;
    }
    const QRectF crop = clampCrop(cropIn, picture.fullSize);
    const int side = outputSideFor(crop.width(), limits);
    const double ws = double(picture.working.width()) / picture.fullSize.width();
    QImage region;
    // The working copy is enough unless the person zoomed in past its detail.
    if (crop.width() * ws >= side - 0.5)
        region = picture.working.copy(pixelRect(scaledRect(crop, ws, ws), picture.working.size()));
    else
        region = decodeRegion(picture, crop, side, limits, &why);
    if (region.isNull()) {
        qCWarning(lcAvatar) << "detailed decode failed, using the working copy:" << why;
        region = picture.working.copy(pixelRect(scaledRect(crop, ws, ws), picture.working.size()));
    }
    QImage scaled =
        region.size() == QSize(side, side)
            ? region
            : region.scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    region = {};
    out.pixelSize = scaled.size();
    out.transparent = hasVisibleTransparency(scaled);
    if (out.transparent) {
        scaled.convertTo(QImage::Format_ARGB32);
        out.bytes = encode(scaled, "png", 80); // zlib level 1: ~10 % larger than 6, 2x faster
        out.mimeType = "image/png";
        out.fileName = uploadName(picture.input, "png");
    } else {
        if (scaled.hasAlphaChannel())
            scaled = flattenedOnWhite(scaled);
        else
            scaled.convertTo(QImage::Format_RGB32);
        for (int quality : {88, 82, 76, 70, 62, 54, 46, 38, 30, 22}) {
            out.bytes = encode(scaled, "jpeg", quality);
            if (out.bytes.isEmpty() || out.bytes.size() < limits.maxUploadBytes)
                break;
        }
        out.mimeType = "image/jpeg";
        out.fileName = uploadName(picture.input, "jpg");
    }
    if (out.bytes.isEmpty()) {
        if (error)
            *error = PictureEncoderTr::tr("The picture could not be encoded.");
        return {};
    }
    out.preview = std::move(scaled);
    return out;
}

QFuture<EncodedPicture> renderPictureAsync(const LoadedPicture &picture, const QRectF &crop,
                                           const PictureLimits &limits)
{
    return QtConcurrent::run(
        [picture, crop, limits] { return renderPicture(picture, crop, limits, nullptr); });
}

} // namespace whop::avatar
