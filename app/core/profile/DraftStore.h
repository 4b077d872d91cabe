#pragma once

#include "profile/Draft.h"

#include <QString>

namespace whop::profile {

// Draft files on disk: one per identity and profile (mode/account) under
// <data directory>/drafts, written atomically with QSaveFile. A file that cannot be read back
// (corrupt, truncated, from a newer version) is renamed aside, never deleted.
class DraftStore
{
public:
    enum class Status
    {
        None,     // no draft for this key
        Found,    // `draft` holds it
        SetAside, // it could not be used and was renamed to `setAsidePath`; `message` says why
    };
    struct ReadResult
    {
        Status status = Status::None;
        Draft draft;
        QString message; // for the person, when SetAside
        QString setAsidePath;
    };

    // `dataDirectory` empty: the app's data folder (AppFolders.h).
    explicit DraftStore(const QString &dataDirectory = {});

    QString dataDirectory() const { return m_dataDirectory; }
    QString draftsDirectory() const;
    QString pathFor(const QString &identityKey, const QString &profileKey) const;

    bool write(const Draft &draft, QString *error = nullptr) const;
    ReadResult read(const QString &identityKey, const QString &profileKey) const;
    // Removes the draft; true when there was one.
    bool remove(const QString &identityKey, const QString &profileKey) const;
    // Renames `path` to `<path>.<tag>-<UTC timestamp>`; returns the new path, empty on failure.
    static QString setAside(const QString &path, const QString &tag);
    // The absolute path of the draft's picture when it names an existing file inside the data
    // directory, else empty.
    QString picturePath(const Draft &draft) const;

private:
    QString m_dataDirectory;
};

} // namespace whop::profile
