#include "journal/JournalFile.h"

#include "journal/JournalLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace whop::journal {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct JournalFileTr
{
    Q_DECLARE_TR_FUNCTIONS(whop::journal::JournalFile)
};

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 TailChunk = 64 * 1024;

} // namespace

JournalFile::JournalFile(const QString &path) : m_path(path) {}

qint64 JournalFile::size() const
{
    return QFileInfo(m_path).size();
}

bool JournalFile::prepare(QString *error)
{
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        const QDir parent = QFileInfo(folder).absoluteDir();
        // The journal holds profile texts: only its owner may list or read it.
        if (!QDir().mkpath(parent.absolutePath()) ||
            !parent.mkdir(QFileInfo(folder).fileName(), OwnerOnly | QFileDevice::ExeOwner)) {
            *error = JournalFileTr::tr("The folder %1 could not be created.").arg(folder);
            return false;
        }
    }
    if (!cutTornTail(error))
        return false;
    m_prepared = true;
    return true;
}

bool JournalFile::cutTornTail(QString *error)
{
    const QFileInfo info(m_path);
    // Only a regular file can hold a torn line to cut (a device such as /dev/full cannot).
    if (!info.exists() || !info.isFile() || info.size() == 0)
        return true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite)) {
        *error = file.errorString();
        return false;
    }
    const qint64 size = file.size();
    qint64 end = size; // the last line break found is at end - 1
    for (qint64 from = size; from > 0;) {
        const qint64 start = std::max<qint64>(0, from - TailChunk);
        if (!file.seek(start)) {
            *error = file.errorString();
            return false;
        }
        const QByteArray chunk = file.read(from - start);
        const qsizetype at = chunk.lastIndexOf('\n');
        if (at >= 0) {
            end = start + at + 1;
            break;
        }
        end = 0;
        from = start;
    }
    if (end == size)
        return true;
    qCWarning(lcJournal) << "cutting a torn last line of" << (size - end) << "bytes";
    if (!file.resize(end)) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool JournalFile::append(const QByteArray &line, QString *error)
{
    QString why;
    if (!m_prepared && !prepare(&why)) {
        if (error)
            *error = why;
        return false;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered, OwnerOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QByteArray data;
    data.reserve(line.size() + 1);
    data.append(line).append('\n');
    const qint64 written = file.write(data);
    if (written != data.size()) {
        if (error)
            *error = file.errorString();
        // Part of the line may be there: the next append cuts it off first.
        m_prepared = false;
        return false;
    }
    return true;
}

QByteArray JournalFile::readAll(QString *error) const
{
    QFile file(m_path);
    // Only a regular file has an end to read to (a device such as /dev/full has none).
    if (!QFileInfo(m_path).isFile())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return file.readAll();
}

QByteArrayList JournalFile::readLines(bool *torn) const
{
    const QByteArray all = readAll();
    QByteArrayList lines = all.split('\n');
    // split() leaves an empty piece after the final line break; anything else there is a line
    // cut short.
    const bool cut = !lines.isEmpty() && !lines.last().isEmpty();
    if (!lines.isEmpty())
        lines.removeLast();
    if (torn)
        *torn = cut;
    return lines;
}

bool JournalFile::rewrite(const QByteArrayList &lines, QString *error)
{
    QSaveFile file(m_path);
    QByteArray data = lines.join('\n');
    if (!lines.isEmpty())
        data.append('\n');
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() ||
        !file.setPermissions(OwnerOnly) || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace whop::journal
