#pragma once

#include "avatar/ImagePipeline.h"

#include <QObject>
#include <QString>

#include <functional>

namespace whop::profile {

// The picture of a draft: a copy of the prepared (cropped, encoded) picture kept in the app data
// directory, so that it survives a restart like the fields do.

inline constexpr const char *DraftPicturesFolder = "drafts/pictures";

// Writes `picture`'s bytes to <dataDirectory>/drafts/pictures/<hash>.<jpg|png> (once: the name is
// its content's hash) and returns that path relative to `dataDirectory`; empty with `error` set
// on failure.
QString keepPictureCopy(const avatar::EncodedPicture &picture, const QString &dataDirectory,
                        QString *error = nullptr);

// Reads a kept copy back and decodes its preview on a worker thread; `done` gets a null picture
// when the file cannot be read or is not an image. `done` runs in `context`'s thread, and not at
// all once `context` is gone.
void loadPictureCopy(const QString &absolutePath, QObject *context,
                     std::function<void(const avatar::EncodedPicture &)> done);

} // namespace whop::profile
