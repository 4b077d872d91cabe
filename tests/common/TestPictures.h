#pragma once

// Pictures as the crop dialog hands them to the editor (avatar::EncodedPicture), made in tests.

#include "avatar/ImagePipeline.h"

#include <QBuffer>

namespace whop::test {

// `image` encoded as a PNG named `fileName`, with itself as the preview; no bytes when it could
// not be encoded.
inline avatar::EncodedPicture pngPicture(const QImage &image, const QString &fileName)
{
    avatar::EncodedPicture picture;
    QBuffer buffer(&picture.bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        picture.bytes.clear();
    picture.mimeType = "image/png";
    picture.fileName = fileName;
    picture.pixelSize = image.size();
    picture.preview = image;
    return picture;
}

} // namespace whop::test
