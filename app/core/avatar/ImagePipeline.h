#pragma once

#include <QByteArray>
#include <QFuture>
#include <QImage>
#include <QImageIOHandler>
#include <QLoggingCategory>
#include <QMetaType>
#include <QRectF>
#include <QSize>
#include <QString>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcAvatar)

namespace whop::avatar {

// Choosing and preparing a profile picture: decode (reduced, EXIF-oriented, bounded), refuse
// what cannot be a good picture, then crop, scale and encode what is uploaded. Pure functions
// of their inputs, meant for worker threads (the *Async variants run on Qt Concurrent's pool).

// Where a picture comes from: a file, encoded bytes (a drop or paste of image data), or an
// image already decoded by Qt (an in-process paste).
struct PictureInput
{
    QString path;
    QByteArray data;
    QImage image;
    QString name; // for messages and the uploaded file's name

    static PictureInput fromFile(const QString &path);
    static PictureInput fromData(const QByteArray &data, const QString &name = {});
    static PictureInput fromImage(const QImage &image, const QString &name = {});
    bool isEmpty() const { return path.isEmpty() && data.isEmpty() && image.isNull(); }
};

struct PictureLimits
{
    int minShortSide = 128;              // smaller pictures look blurred
    double maxAspectRatio = 10.0;        // long side / short side
    qint64 maxPixels = 200'000'000;      // of the full picture
    int allocationLimitMb = 256;         // decoded buffer, against decompression bombs
    int outputSide = 1024;               // the uploaded square (smaller if the source is)
    qint64 workingPixels = 6'300'000;    // the copy the crop dialog shows and usually crops
    qint64 decodeBudgetBytes = 64 << 20; // a second, detailed decode for deep zooms
    qint64 maxUploadBytes = 400'000;     // JPEG quality steps down until the file fits
};

enum class Refusal
{
    None,
    Unreadable,    // the file could not be opened
    NotAnImage,    // no image format Qt can read here
    Corrupt,       // damaged data
    Truncated,     // the data ends before the picture does
    TooSmall,      // short side below minShortSide
    TooElongated,  // aspect ratio beyond maxAspectRatio
    TooManyPixels, // more than maxPixels
    TooLarge,      // would need more memory to decode than allocationLimitMb
};

// A decoded picture, ready for the crop dialog.
struct LoadedPicture
{
    Refusal refusal = Refusal::None;
    QString message;  // why it was refused, for the person (translated)
    QImage working;   // oriented, reduced to at most workingPixels
    QSize fullSize;   // oriented, at full resolution
    QSize storedSize; // as stored (before the EXIF orientation)
    QImageIOHandler::Transformations transformation = QImageIOHandler::TransformationNone;
    QByteArray format; // "jpeg", "png", ...
    bool hasAlpha = false;
    PictureInput input; // kept to decode a region again at full detail

    bool isRefused() const { return refusal != Refusal::None; }
};

// What is uploaded.
struct EncodedPicture
{
    QByteArray bytes;
    QByteArray mimeType; // image/jpeg or image/png
    QString fileName;    // e.g. holiday.jpg
    QSize pixelSize;
    bool transparent = false; // PNG because the crop really has transparency
    QImage preview;           // the encoded picture, decoded (for the avatar)

    bool isNull() const { return bytes.isEmpty(); }
};

LoadedPicture loadPicture(const PictureInput &input, const PictureLimits &limits = {});
QFuture<LoadedPicture> loadPictureAsync(const PictureInput &input,
                                        const PictureLimits &limits = {});

// The largest centred square of `size`: the default crop.
QRectF centeredSquare(const QSizeF &size);
// `crop` made square, at least 1 px and inside `bounds`.
QRectF clampCrop(const QRectF &crop, const QSizeF &bounds);
// The side of the uploaded square for a crop of `cropSide` full-resolution pixels.
int outputSideFor(double cropSide, const PictureLimits &limits = {});

// Crops `crop` (full-resolution, oriented coordinates) out of the picture, scales it to
// outputSideFor() and encodes it: JPEG when the crop is opaque (transparency flattened on white),
// PNG only when it really has transparency. Empty with `error` set on failure.
EncodedPicture renderPicture(const LoadedPicture &picture, const QRectF &crop,
                             const PictureLimits &limits = {}, QString *error = nullptr);
QFuture<EncodedPicture> renderPictureAsync(const LoadedPicture &picture, const QRectF &crop,
                                           const PictureLimits &limits = {});

// The picture's file or bytes, opened for reading; null (and `error` set) when it cannot be.
std::unique_ptr<QIODevice> openPictureSource(const PictureInput &input, QString *error);
// Where an oriented rectangle lies in the stored image (for decoding only a region).
QRectF storedRect(const QRectF &oriented, const QSize &storedSize,
                  QImageIOHandler::Transformations transformation);
// Whether some pixel is clearly see-through (alpha below 250): nearly opaque noise is not.
bool hasVisibleTransparency(const QImage &image);

} // namespace whop::avatar

Q_DECLARE_METATYPE(whop::avatar::LoadedPicture)
Q_DECLARE_METATYPE(whop::avatar::EncodedPicture)
