#include "avatar/ImagePipeline.h"

#include "avatar/PngReducer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QtConcurrent>

#include <cmath>
#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcAvatar, "whop.avatar", QtInfoMsg)

namespace whop::avatar {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct ImagePipelineTr
{
    Q_DECLARE_TR_FUNCTIONS(whop::avatar::ImagePipeline)
};

// Passes reads through and notes when the decoder asked for bytes past the end: libjpeg then
// pads the picture with grey and reports success, so this is how a cut-off JPEG is caught.
class EndWatchDevice : public QIODevice
{
public:
    explicit EndWatchDevice(QIODevice *source) : m_source(source)
    {
        QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return m_source->isSequential(); }
    qint64 size() const override { return m_source->size(); }
    bool seek(qint64 pos) override { return QIODevice::seek(pos) && m_source->seek(pos); }
    bool ranPastEnd() const { return m_pastEnd; }
    void resetWatch() { m_pastEnd = false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_source->read(data, maxSize);
        if (maxSize > 0 && n <= 0)
            m_pastEnd = true;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
    bool m_pastEnd = false;
};

LoadedPicture refused(LoadedPicture picture, Refusal why, const QString &message)
{
    picture.refusal = why;
    picture.message = message;
    picture.working = {};
    qCInfo(lcAvatar) << "refused picture:" << int(why);
    return picture;
}

QString displayName(const PictureInput &input)
{
    if (!input.name.isEmpty())
        return input.name;
    if (!input.path.isEmpty())
        return QFileInfo(input.path).fileName();
    return ImagePipelineTr::tr("The pasted picture");
}

QString supportedList()
{
    QStringList names;
    for (const QByteArray &f : QImageReader::supportedImageFormats()) {
        const QString upper = QString::fromLatin1(f).toUpper();
        if (upper != QLatin1String("JPG") && !names.contains(upper))
            names << upper;
    }
    return names.join(QStringLiteral(", "));
}

bool swapsSides(QImageIOHandler::Transformations t)
{
    return t.testFlag(QImageIOHandler::TransformationRotate90);
}

// The size rules, on the oriented full-resolution size.
std::optional<std::pair<Refusal, QString>> sizeRefusal(const QSize &size, const QString &name,
                                                       const PictureLimits &limits)
{
    const qint64 pixels = qint64(size.width()) * size.height();
    const int shortSide = std::min(size.width(), size.height());
    const int longSide = std::max(size.width(), size.height());
    if (pixels > limits.maxPixels)
        return std::pair{Refusal::TooManyPixels,
                         ImagePipelineTr::tr(
                             "%1 has %2 megapixels; pictures of at most %3 megapixels can be used.")
                             .arg(name)
                             .arg(pixels / 1e6, 0, 'f', 0)
                             .arg(limits.maxPixels / 1'000'000)};
    if (shortSide < limits.minShortSide)
        return std::pair{Refusal::TooSmall,
                         ImagePipelineTr::tr(
                             "%1 is %2 × %3 pixels; a profile picture needs at least %4 pixels on "
                             "its shorter side.")
                             .arg(name)
                             .arg(size.width())
                             .arg(size.height())
                             .arg(limits.minShortSide)};
    if (double(longSide) / shortSide > limits.maxAspectRatio)
        return std::pair{
            Refusal::TooElongated,
            ImagePipelineTr::tr("%1 is %2 × %3 pixels, too long and narrow for a profile picture "
                                "(at most %4:1).")
                .arg(name)
                .arg(size.width())
                .arg(size.height())
                .arg(limits.maxAspectRatio)};
    return std::nullopt;
}

// The stored-size decode target for the working copy: at most workingPixels, and no need for
// more than twice the output on the short side.
QSize workingStoredSize(const QSize &stored, const PictureLimits &limits)
{
    const double pixels = double(stored.width()) * stored.height();
    const double shortSide = std::min(stored.width(), stored.height());
    double scale = std::min(1.0, 2.0 * limits.outputSide / shortSide);
    scale = std::min(scale, std::sqrt(double(limits.workingPixels) / pixels));
    if (scale >= 1.0)
        return stored;
    return QSize(std::max(1, int(std::lround(stored.width() * scale))),
                 std::max(1, int(std::lround(stored.height() * scale))));
}

LoadedPicture tooLarge(LoadedPicture picture, qint64 bytes, const QString &name,
                       const PictureLimits &limits)
{
    return refused(
        std::move(picture), Refusal::TooLarge,
        ImagePipelineTr::tr("%1 would need %2 MB of memory to open, more than the %3 MB allowed.")
            .arg(name)
            .arg(bytes >> 20)
            .arg(limits.allocationLimitMb));
}

// A PNG decoded row by row straight into its working size (PngReducer); nothing when this PNG
// cannot be read that way (interlaced), and the caller decodes it whole.
std::optional<LoadedPicture> loadReducedPng(LoadedPicture &picture, const QSize &target,
                                            const QString &name)
{
    QString openError;
    const std::unique_ptr<QIODevice> device = openPictureSource(picture.input, &openError);
    if (!device)
        return refused(std::move(picture), Refusal::Unreadable,
                       ImagePipelineTr::tr("%1 could not be opened: %2").arg(name, openError));
    ReducedPng reduced = decodePngReduced(device.get(), target);
    switch (reduced.status) {
    case ReducedPng::Status::Done:
        picture.hasAlpha = reduced.hasAlpha;
        picture.working = std::move(reduced.image);
        qCDebug(lcAvatar) << "loaded png row by row" << picture.fullSize << "working"
                          << picture.working.size();
        return std::move(picture);
    case ReducedPng::Status::Truncated:
        return refused(
            std::move(picture), Refusal::Truncated,
            ImagePipelineTr::tr("%1 is incomplete: the file ends before the picture does.")
                .arg(name));
    case ReducedPng::Status::Corrupt:
        return refused(std::move(picture), Refusal::Corrupt,
                       ImagePipelineTr::tr("%1 is damaged and cannot be opened (%2).")
                           .arg(name, reduced.error));
    case ReducedPng::Status::Unsupported:
        break;
    }
    return std::nullopt;
}

LoadedPicture loadFromImage(LoadedPicture picture, const PictureLimits &limits)
{
    const QImage &image = picture.input.image;
    picture.format = "image";
    picture.storedSize = picture.fullSize = image.size();
    picture.hasAlpha = image.hasAlphaChannel();
    if (auto why = sizeRefusal(image.size(), displayName(picture.input), limits))
        return refused(std::move(picture), why->first, why->second);
    const QSize target = workingStoredSize(image.size(), limits);
    QImage working = target == image.size()
                         ? image
                         : image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    working.convertTo(picture.hasAlpha ? QImage::Format_ARGB32_Premultiplied
                                       : QImage::Format_RGB32);
    picture.working = std::move(working);
    return picture;
}

} // namespace

PictureInput PictureInput::fromFile(const QString &path)
{
    PictureInput in;
    in.path = path;
    return in;
}

PictureInput PictureInput::fromData(const QByteArray &data, const QString &name)
{
    PictureInput in;
    in.data = data;
    in.name = name;
    return in;
}

PictureInput PictureInput::fromImage(const QImage &image, const QString &name)
{
    PictureInput in;
    in.image = image;
    in.name = name;
    return in;
}

std::unique_ptr<QIODevice> openPictureSource(const PictureInput &input, QString *error)
{
    if (!input.path.isEmpty()) {
        auto file = std::make_unique<QFile>(input.path);
        if (!file->open(QIODevice::ReadOnly)) {
            *error = file->errorString();
            return {};
        }
        return file;
    }
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(input.data);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

LoadedPicture loadPicture(const PictureInput &input, const PictureLimits &limits)
{
    LoadedPicture picture;
    picture.input = input;
    const QString name = displayName(input);
    if (!input.image.isNull())
        return loadFromImage(std::move(picture), limits);

    QString openError;
    const std::unique_ptr<QIODevice> source = openPictureSource(input, &openError);
    if (!source)
        return refused(std::move(picture), Refusal::Unreadable,
                       ImagePipelineTr::tr("%1 could not be opened: %2").arg(name, openError));
    EndWatchDevice device(source.get());
    QImageReader reader(&device);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(limits.allocationLimitMb);
    picture.format = reader.format();
    if (picture.format.isEmpty() || !reader.canRead())
        return refused(std::move(picture), Refusal::NotAnImage,
                       ImagePipelineTr::tr("%1 is not a picture this app can read. It reads %2.")
                           .arg(name, supportedList()));
    picture.storedSize = reader.size();
    picture.transformation = reader.transformation();
    if (!picture.storedSize.isValid() || picture.storedSize.isEmpty())
        return refused(std::move(picture), Refusal::Corrupt,
                       ImagePipelineTr::tr("%1 is damaged: its size cannot be read.").arg(name));
    picture.fullSize =
        swapsSides(picture.transformation) ? picture.storedSize.transposed() : picture.storedSize;
    if (auto why = sizeRefusal(picture.fullSize, name, limits))
        return refused(std::move(picture), why->first, why->second);

    // JPEG decodes at a reduced size natively, and PNG row by row into its reduction
    // (PngReducer); other formats decode whole first.
    const bool scalesNatively = picture.format == "jpeg" || picture.format == "jpg";
    const QSize target = workingStoredSize(picture.storedSize, limits);
    const bool reducesPng = picture.format == "png" && target != picture.storedSize &&
                            picture.transformation == QImageIOHandler::TransformationNone &&
                            canReducePng();
    const QSize decoded = scalesNatively || reducesPng ? target : picture.storedSize;
    const int depth = QImage::toPixelFormat(reader.imageFormat()).bitsPerPixel();
    const auto bytesFor = [depth](const QSize &size) {
        return qint64(size.width()) * size.height() * std::max(32, depth) / 8;
    };
    if (bytesFor(decoded) > qint64(limits.allocationLimitMb) << 20)
        return tooLarge(std::move(picture), bytesFor(decoded), name, limits);
    if (reducesPng) {
        if (auto done = loadReducedPng(picture, target, name))
            return std::move(*done);
        // Interlaced: Qt's reader below decodes it whole.
        if (bytesFor(picture.storedSize) > qint64(limits.allocationLimitMb) << 20)
            return tooLarge(std::move(picture), bytesFor(picture.storedSize), name, limits);
    }
    if (scalesNatively && target != picture.storedSize)
        reader.setScaledSize(target);
    device.resetWatch();
    QImage image = reader.read();
    // A decoder that wanted bytes past the end met a cut-off file (JPEG then even "succeeds").
    if (device.ranPastEnd() && (image.isNull() || scalesNatively))
        return refused(
            std::move(picture), Refusal::Truncated,
            ImagePipelineTr::tr("%1 is incomplete: the file ends before the picture does.")
                .arg(name));
    if (image.isNull())
        return refused(std::move(picture), Refusal::Corrupt,
                       ImagePipelineTr::tr("%1 is damaged and cannot be opened (%2).")
                           .arg(name, reader.errorString()));
    picture.hasAlpha = image.hasAlphaChannel();
    // In place, and before scaling: smooth scaling works on premultiplied pixels anyway.
    image.convertTo(picture.hasAlpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    const QSize workingSize = swapsSides(picture.transformation) ? target.transposed() : target;
    if (image.size() != workingSize)
        image = image.scaled(workingSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    picture.working = std::move(image);
    qCDebug(lcAvatar) << "loaded" << picture.format << picture.fullSize << "working"
                      << picture.working.size();
    return picture;
}

QFuture<LoadedPicture> loadPictureAsync(const PictureInput &input, const PictureLimits &limits)
{
    return QtConcurrent::run([input, limits] { return loadPicture(input, limits); });
}

QRectF storedRect(const QRectF &oriented, const QSize &storedSize,
                  QImageIOHandler::Transformations t)
{
    const double w = storedSize.width();
    const double h = storedSize.height();
    // Qt orients by mirroring/flipping the stored image, then turning it 90° clockwise.
    auto toStored = [&](QPointF p) {
        if (t.testFlag(QImageIOHandler::TransformationRotate90))
            p = QPointF(p.y(), h - p.x());
        if (t.testFlag(QImageIOHandler::TransformationMirror))
            p.setX(w - p.x());
        if (t.testFlag(QImageIOHandler::TransformationFlip))
            p.setY(h - p.y());
        return p;
    };
    return QRectF(toStored(oriented.topLeft()), toStored(oriented.bottomRight())).normalized();
}

} // namespace whop::avatar
