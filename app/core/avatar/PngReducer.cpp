#include "avatar/PngReducer.h"

#include "avatar/RowReducer.h"

#include <QColorSpace>
#include <QIODevice>

#include <memory>

#if WHOP_HAVE_LIBPNG
#include <csetjmp>
#include <png.h>
#endif

namespace whop::avatar {

#if WHOP_HAVE_LIBPNG

namespace {

// Where libpng reads from and what went wrong: kept in memory that outlives a longjmp.
struct Session
{
    QIODevice *device = nullptr;
    bool pastEnd = false;
    QString error;
};

void readData(png_structp png, png_bytep data, size_t length)
{
    auto *session = static_cast<Session *>(png_get_io_ptr(png));
    size_t done = 0;
    while (done < length) {
        const qint64 n =
            session->device->read(reinterpret_cast<char *>(data) + done, qint64(length - done));
        if (n <= 0)
            break;
        done += size_t(n);
    }
    if (done < length) {
        session->pastEnd = true;
        png_error(png, "the data ends before the picture does");
    }
}

[[noreturn]] void onError(png_structp png, png_const_charp message)
{
    auto *session = static_cast<Session *>(png_get_error_ptr(png));
    if (session->error.isEmpty())
        session->error = QString::fromLatin1(message);
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}

// Asks libpng for 8-bit B, G, R, A in memory order (QRgb's layout), whatever the PNG holds.
void requestBgra(png_structp png, png_infop info, bool hasAlpha)
{
    const int colorType = png_get_color_type(png, info);
    png_set_strip_16(png);
    if (colorType == PNG_COLOR_TYPE_PALETTE)
        png_set_palette_to_rgb(png);
    if (colorType == PNG_COLOR_TYPE_GRAY || colorType == PNG_COLOR_TYPE_GRAY_ALPHA) {
        png_set_expand_gray_1_2_4_to_8(png);
        png_set_gray_to_rgb(png);
    }
    if (png_get_valid(png, info, PNG_INFO_tRNS))
        png_set_tRNS_to_alpha(png);
    png_set_packing(png);
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    png_set_bgr(png);
    if (!hasAlpha)
        png_set_filler(png, 0xff, PNG_FILLER_AFTER);
#else
    if (hasAlpha)
        png_set_swap_alpha(png);
    else
        png_set_filler(png, 0xff, PNG_FILLER_BEFORE);
#endif
}

QColorSpace colorSpaceOf(png_structp png, png_infop info)
{
    png_charp name = nullptr;
    int compression = 0;
    png_bytep profile = nullptr;
    png_uint_32 length = 0;
    if (png_get_iCCP(png, info, &name, &compression, &profile, &length) && profile && length)
        return QColorSpace::fromIccProfile(
            QByteArray(reinterpret_cast<const char *>(profile), int(length)));
    if (png_get_valid(png, info, PNG_INFO_sRGB))
        return QColorSpace(QColorSpace::SRgb);
    // Only a gamma: sRGB primaries with that gamma, as Qt's reader makes it.
    double fileGamma = 0;
    if (png_get_gAMA(png, info, &fileGamma) && fileGamma > 0)
        return QColorSpace(QColorSpace::Primaries::SRgb, float(1.0 / fileGamma));
    return {};
}

// The decoding proper. Everything it changes lives in `result`, `session` and its members,
// which the caller owns, so nothing is lost or left undefined when libpng jumps back here.
struct Reducer
{
    png_structp png = nullptr;
    png_infop info = nullptr;
    QSize target;
    ReducedPng *result = nullptr;
    // A member, not a local: libpng's longjmp skips this frame's destructors.
    std::unique_ptr<RowReducerThread> reducer;

    void run()
    {
        png_read_info(png, info);
        const int width = int(png_get_image_width(png, info));
        const int height = int(png_get_image_height(png, info));
        if (png_get_interlace_type(png, info) != PNG_INTERLACE_NONE || width < target.width() ||
            height < target.height()) {
            result->status = ReducedPng::Status::Unsupported;
            return;
        }
        const int colorType = png_get_color_type(png, info);
        const bool hasAlpha =
            (colorType & PNG_COLOR_MASK_ALPHA) != 0 || png_get_valid(png, info, PNG_INFO_tRNS) != 0;
        requestBgra(png, info, hasAlpha);
        png_read_update_info(png, info);
        if (png_get_rowbytes(png, info) != size_t(width) * 4)
            png_error(png, "unexpected row layout");

        // Decoding (zlib, filters) goes on here while another thread averages the rows.
        reducer = std::make_unique<RowReducerThread>(QSize(width, height), target, hasAlpha);
        for (int y = 0; y < height; ++y)
            png_read_row(png, reducer->nextRow(), nullptr);
        result->image = reducer->finish();
        if (result->image.isNull())
            png_error(png, "out of memory");
        png_read_end(png, nullptr); // the rest of the file, up to its end: checks it is whole
        result->image.setColorSpace(colorSpaceOf(png, info));
        result->hasAlpha = hasAlpha;
        result->status = ReducedPng::Status::Done;
    }
};

} // namespace

bool canReducePng()
{
    return true;
}

ReducedPng decodePngReduced(QIODevice *device, const QSize &target)
{
    ReducedPng result;
    Session session;
    session.device = device;
    if (target.isEmpty())
        return result;
    Reducer reducer;
    reducer.target = target;
    reducer.result = &result;
    reducer.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &session, onError, onWarning);
    if (!reducer.png)
        return result;
    reducer.info = png_create_info_struct(reducer.png);
    if (!reducer.info) {
        png_destroy_read_struct(&reducer.png, nullptr, nullptr);
        return result;
    }
    png_set_read_fn(reducer.png, &session, readData);
    // No picture the app accepts comes near this (200 MP at most 10:1 is 44,722 px long); it
    // bounds what a lying header can make the reduction allocate.
    png_set_user_limits(reducer.png, 65535, 65535);
#ifdef PNG_IGNORE_ADLER32
    // Each IDAT chunk's CRC already guards the same bytes: zlib's own checksum is redundant.
    png_set_option(reducer.png, PNG_IGNORE_ADLER32, PNG_OPTION_ON);
#endif
    // Ancillary chunks with a bad checksum are skipped, as Qt's reader does; critical ones fail.
    if (setjmp(png_jmpbuf(reducer.png)) == 0) {
        reducer.run();
    } else {
        result.image = QImage();
        result.status =
            session.pastEnd ? ReducedPng::Status::Truncated : ReducedPng::Status::Corrupt;
        result.error = session.error;
    }
    png_destroy_read_struct(&reducer.png, &reducer.info, nullptr);
    return result;
}

#else

bool canReducePng()
{
    return false;
}

ReducedPng decodePngReduced(QIODevice *, const QSize &)
{
    return {};
}

#endif

} // namespace whop::avatar
