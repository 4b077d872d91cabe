// bench_image_prepare IN OUT: this app's picture pipeline, once, in a lean process (only the
// avatar library, as in the running app where Qt is already loaded): decode with the EXIF
// orientation, crop the centred square, scale to 1024 px and encode. Prints its own timing.

#include "avatar/ImagePipeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s IN OUT\n", argv[0]);
        return 2;
    }
    using namespace whop::avatar;
    QElapsedTimer t;
    t.start();
    const LoadedPicture picture =
        loadPicture(PictureInput::fromFile(QString::fromLocal8Bit(argv[1])));
    if (picture.isRefused()) {
        std::fprintf(stderr, "refused: %s\n", qPrintable(picture.message));
        return 1;
    }
    const qint64 decoded = t.elapsed();
    const EncodedPicture encoded = renderPicture(picture, centeredSquare(picture.fullSize));
    const qint64 total = t.elapsed();
    QFile out(QString::fromLocal8Bit(argv[2]));
    if (encoded.isNull() || !out.open(QIODevice::WriteOnly) || out.write(encoded.bytes) < 0)
        return 1;
    std::printf("in-process %lld ms (decode+orient %lld, crop+scale+encode %lld)\n", total, decoded,
                total - decoded);
    return 0;
}
