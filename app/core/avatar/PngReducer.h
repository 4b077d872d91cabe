#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class QIODevice;

namespace whop::avatar {

// Decodes a PNG row by row (libpng) straight into an area-averaged reduction of it, so that a
// large PNG never exists at full resolution in memory: a 4000 × 4000 picture with alpha needs a
// 2048 × 2048 buffer instead of 64 MB, and no separate conversion and scaling passes. Qt's own
// PNG reader (which this complements) always decodes the whole picture first.
//
// The result is what the Qt path makes of the same file: RGB32 for opaque PNGs,
// ARGB32_Premultiplied when the PNG has an alpha channel or a transparent colour (tRNS), 16-bit
// channels reduced to 8, palettes and greys expanded, the ICC profile kept as the colour space.
struct ReducedPng
{
    enum class Status
    {
        Done,
        Unsupported, // interlaced (needs the whole picture), or built without libpng
        Truncated,   // the data ends before the picture does
        Corrupt,     // libpng refused the data; `error` says why
    };
    Status status = Status::Unsupported;
    QImage image;
    bool hasAlpha = false;
    QString error;
};

// Whether this build has the row-by-row decoder (libpng found when it was configured).
bool canReducePng();

// Reads the PNG from the start of `device` into an image of exactly `target` (smaller than or
// equal to the stored size on both sides).
ReducedPng decodePngReduced(QIODevice *device, const QSize &target);

} // namespace whop::avatar
