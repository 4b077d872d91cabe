#include "files/DoubledFolders.h"

#include "files/AppFolders.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace whop::files {

namespace {

Q_LOGGING_CATEGORY(lcFiles, "whop.files")

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 MaxReadBytes = 1024 * 1024; // identities.json and drafts are far smaller

std::optional<QJsonObject> readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(MaxReadBytes));
    return doc.isObject() ? std::optional(doc.object()) : std::nullopt;
}

// identities.json as auth::IdentityRegistry writes it: {"format": N, "identities": [{"id": …}],
// "current": id}. Read here as JSON (this library sits below the one that owns the format).
bool isIdentityList(const QJsonObject &o)
{
    return o.value(QLatin1String("format")).toInt(-1) >= 1 &&
           o.value(QLatin1String("identities")).isArray();
}

// Both lists of identities, merged by content: an older build that ran after this one may have
// touched its copy last, so the modification times say nothing about which list is newer, and
// each may hold identities the other lacks (their secrets are in the keychain under their ids:
// an identity dropped from the list would leave its token there, unlisted and unremovable). So
// nothing is dropped: every identity of either list, by id; one in both keeps the entry of this
// version's list (what this version last wrote about it); the current identity is this
// version's when it names one. Lists of different formats are not mixed (an entry of one format
// is not known to be valid in the other): nullopt, and both files stay as they are.
std::optional<QJsonObject> mergedIdentities(const QJsonObject &doubled, const QJsonObject &current)
{
    if (!isIdentityList(doubled) || !isIdentityList(current) ||
        doubled.value(QLatin1String("format")).toInt() !=
            current.value(QLatin1String("format")).toInt())
        return std::nullopt;
    QJsonArray list = current.value(QLatin1String("identities")).toArray();
    QStringList ids;
    for (const QJsonValue &v : std::as_const(list))
        ids << v.toObject().value(QLatin1String("id")).toString();
    for (const QJsonValue &v : doubled.value(QLatin1String("identities")).toArray()) {
        const QString id = v.toObject().value(QLatin1String("id")).toString();
        if (id.isEmpty() || ids.contains(id))
            continue;
        list.append(v);
        ids << id;
    }
    QJsonObject merged = current;
    merged.insert(QStringLiteral("identities"), list);
    const QString chosen = current.value(QLatin1String("current")).toString();
    const QString earlier = doubled.value(QLatin1String("current")).toString();
    if (!ids.contains(chosen) && ids.contains(earlier))
        merged.insert(QStringLiteral("current"), earlier);
    return merged;
}

// Writes the merged list in place of `target` (atomically, readable by the person only) and
// removes `source`.
bool replaceWithMerged(const QString &source, const QString &target, const QJsonObject &merged)
{
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(merged).toJson(QJsonDocument::Indented)) < 0 ||
        !file.setPermissions(OwnerOnly) || !file.commit()) {
        qCWarning(lcFiles) << "could not write the merged identities to" << target << ':'
                           << file.errorString();
        return false;
    }
    QFile::remove(source); // if it stays, the next start merges it again: the same ids
    return true;
}

// When a draft (a JSON object with "saved_at") was saved, from what it says inside; invalid
// for anything else.
QDateTime savedAt(const QString &path)
{
    if (!path.endsWith(QLatin1String(".json")))
        return {};
    const std::optional<QJsonObject> o = readObject(path);
    return o ? QDateTime::fromString(o->value(QLatin1String("saved_at")).toString(),
                                     Qt::ISODateWithMs)
             : QDateTime();
}

// Whether the doubled folder's copy is the newer one: by the time a draft says it was saved,
// where both are drafts (a copied or restored file has a new modification time, not new
// content); by the modification time otherwise.
bool isNewer(const QString &source, const QString &target)
{
    const QDateTime sourceSaved = savedAt(source);
    const QDateTime targetSaved = savedAt(target);
    if (sourceSaved.isValid() && targetSaved.isValid())
        return sourceSaved > targetSaved;
    return QFileInfo(source).lastModified() > QFileInfo(target).lastModified();
}

void failed(MovedFiles *result, const QString &source, const char *why)
{
    qCWarning(lcFiles).noquote() << "left where it was:" << source << '-' << why;
    result->failed << source;
}

// Moves every file under `from` to the same place under `to`.
void moveTree(const QString &from, const QString &to, bool configFolder, MovedFiles *result)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = QDir(from).relativeFilePath(source);
        const QString target = to + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (configFolder && relative == QLatin1String("identities.json") &&
            QFileInfo::exists(target)) {
            const std::optional<QJsonObject> doubled = readObject(source);
            const std::optional<QJsonObject> current = readObject(target);
            const std::optional<QJsonObject> merged =
                doubled && current ? mergedIdentities(*doubled, *current) : std::nullopt;
            if (!merged) {
                failed(result, source, "it could not be merged with the list already there");
                continue;
            }
            if (!replaceWithMerged(source, target, *merged)) {
                failed(result, source, "the merged list could not be written");
                continue;
            }
            result->moved << target;
            continue;
        }
        if (QFileInfo::exists(target)) {
            if (!QFileInfo(target).isFile()) {
                failed(result, source, "something that is not a file is in its place");
                continue;
            }
            if (!isNewer(source, target)) {
                qCInfo(lcFiles).noquote() << "kept where it was (older):" << source;
                result->kept << source;
                continue;
            }
            // The doubled folder's copy is newer: it takes the other's place, in one step where
            // the system can (POSIX rename); otherwise the older copy is removed first.
            const bool replaced = std::rename(QFile::encodeName(source).constData(),
                                              QFile::encodeName(target).constData()) == 0 ||
                                  (QFile::remove(target) && QFile::rename(source, target));
            if (!replaced) {
                failed(result, source, "it could not replace the older copy");
                continue;
            }
        } else if (!QFile::rename(source, target)) {
            failed(result, source, "it could not be moved");
            continue;
        }
        result->moved << target;
    }
    // The emptied folders go, deepest first; a folder that still holds a file stays.
    QStringList folders;
    QDirIterator dirs(from, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                      QDirIterator::Subdirectories);
    while (dirs.hasNext())
        folders << dirs.next();
    std::sort(folders.begin(), folders.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    folders << from;
    for (const QString &folder : std::as_const(folders))
        QDir().rmdir(folder);
}

} // namespace

MovedFiles moveFromDoubledFolders()
{
    MovedFiles result;
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    if (organization.isEmpty() || application.isEmpty())
        return result;
    const std::pair<QStandardPaths::StandardLocation, QString> kinds[] = {
        {QStandardPaths::GenericConfigLocation, configFolder()},
        {QStandardPaths::GenericDataLocation, dataFolder()},
        {QStandardPaths::GenericCacheLocation, cacheFolder()}};
    for (const auto &[base, folder] : kinds) {
        const QString doubled = QStandardPaths::writableLocation(base) + QLatin1Char('/') +
                                organization + QLatin1Char('/') + application;
        if (QFileInfo(doubled).isDir())
            moveTree(doubled, folder, base == QStandardPaths::GenericConfigLocation, &result);
    }
    return result;
}

} // namespace whop::files
