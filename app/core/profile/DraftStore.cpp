#include "profile/DraftStore.h"

#include "files/AppFolders.h"
#include "profile/ProfileLogging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace whop::profile {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct DraftStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(whop::profile::DraftStore)
};

} // namespace

DraftStore::DraftStore(const QString &dataDirectory) : m_dataDirectory(dataDirectory)
{
    if (m_dataDirectory.isEmpty())
        m_dataDirectory = files::dataFolder();
}

QString DraftStore::draftsDirectory() const
{
    return m_dataDirectory + QStringLiteral("/drafts");
}

QString DraftStore::pathFor(const QString &identityKey, const QString &profileKey) const
{
    // A hash keeps any characters of the keys out of the file name; the keys are inside.
    const QByteArray hash =
        QCryptographicHash::hash((identityKey + QLatin1Char('\n') + profileKey).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(24);
    return draftsDirectory() + QStringLiteral("/draft-") + QString::fromLatin1(hash) +
           QStringLiteral(".json");
}

bool DraftStore::write(const Draft &draft, QString *error) const
{
    if (!QDir().mkpath(draftsDirectory())) {
        if (error)
            *error = DraftStoreTr::tr("The folder %1 could not be created.").arg(draftsDirectory());
        return false;
    }
    QSaveFile file(pathFor(draft.identityKey, draft.profileKey));
    // Only the person may read their unsaved text.
    if (!file.open(QIODevice::WriteOnly) || file.write(serializeDraft(draft)) < 0 ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
        if (error)
            *error = file.errorString();
        qCWarning(lcProfile) << "could not write the draft:" << file.errorString();
        return false;
    }
    return true;
}

QString DraftStore::setAside(const QString &path, const QString &tag)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = path + QLatin1Char('.') + tag + QLatin1Char('-') + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QLatin1Char('.') + tag + QLatin1Char('-') + stamp + QLatin1Char('-') +
                 QString::number(n);
    if (!QFile::rename(path, target)) {
        qCWarning(lcProfile) << "could not set the draft aside:" << path;
        return {};
    }
    return target;
}

DraftStore::ReadResult DraftStore::read(const QString &identityKey, const QString &profileKey) const
{
    ReadResult result;
    const QString path = pathFor(identityKey, profileKey);
    QFile file(path);
    if (!file.exists())
        return result;

    DraftProblem problem = DraftProblem::None;
    QString detail;
    std::optional<Draft> draft;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = DraftProblem::NotJson;
        detail = file.errorString();
    } else {
        // One byte more than allowed tells "too large" apart without reading a huge file.
        draft = parseDraft(file.read(MaxDraftFileBytes + 1), &problem, &detail);
        file.close();
    }
    if (draft && (draft->identityKey != identityKey || draft->profileKey != profileKey)) {
        draft.reset();
        problem = DraftProblem::NotADraft;
        detail = QStringLiteral("the file belongs to another profile");
    }
    if (draft) {
        result.status = Status::Found;
        result.draft = *draft;
        return result;
    }

    const bool newer = problem == DraftProblem::FutureFormat;
    qCWarning(lcProfile) << "draft set aside:" << detail;
    result.status = Status::SetAside;
    result.setAsidePath =
        setAside(path, newer ? QStringLiteral("newer") : QStringLiteral("corrupt"));
    const QString where = result.setAsidePath.isEmpty() ? path : result.setAsidePath;
    result.message =
        newer ? DraftStoreTr::tr(
                    "Unsaved changes from an earlier session were written by a newer version of "
                    "this app, so they were not opened. The file was kept as %1.")
                    .arg(QDir::toNativeSeparators(where))
              : DraftStoreTr::tr(
                    "Unsaved changes from an earlier session could not be read (the file is "
                    "damaged or incomplete), so they were not opened. The file was kept as %1.")
                    .arg(QDir::toNativeSeparators(where));
    return result;
}

bool DraftStore::remove(const QString &identityKey, const QString &profileKey) const
{
    return QFile::remove(pathFor(identityKey, profileKey));
}

QString DraftStore::picturePath(const Draft &draft) const
{
    if (!isSafeRelativePath(draft.picture))
        return {};
    const QString path = QDir(m_dataDirectory).absoluteFilePath(draft.picture);
    const QFileInfo info(path);
    // No symlink may lead out of the data directory.
    const QString root = QFileInfo(m_dataDirectory).canonicalFilePath();
    if (!info.isFile() || root.isEmpty() ||
        !info.canonicalFilePath().startsWith(root + QLatin1Char('/')))
        return {};
    return path;
}

} // namespace whop::profile
