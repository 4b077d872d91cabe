#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace whop::journal {

// One append-only JSON Lines file, written so that a process killed at any moment (SIGKILL)
// leaves it readable: each record is one line, written with ONE write call on a file opened
// unbuffered in append mode (so the line reaches the operating system whole or not at all, and
// two writers never interleave inside a line), and the file is opened again for every line (a
// rotation's rename is followed at once). A line cut short by a kill is the last one: readers skip
// it, and the next append first cuts it off, so the file never holds a torn line in its middle.
// Created readable by its owner only (0600), in a folder only the owner may enter (0700).
//
// Not fsync'ed: a power cut may lose the newest lines still in the operating system's cache (a
// kill of the process does not). Appending stays well under a millisecond that way
// (bench/journal); see ChangeJournal for what a lost intent means.
class JournalFile
{
public:
    explicit JournalFile(const QString &path);

    const QString &path() const { return m_path; }

    // Appends `line` (no line break inside; one is added). False, with `error` saying why, when
    // it was not written (no space left, an unwritable folder, ...): then nothing was written.
    bool append(const QByteArray &line, QString *error);
    // Every complete line, in file order; a torn last line is left out (and counted in `torn`).
    QByteArrayList readLines(bool *torn = nullptr) const;
    // The whole file, as it is (empty when missing).
    QByteArray readAll(QString *error = nullptr) const;
    // Replaces the file atomically (QSaveFile) with `lines`: either the old or the new file is
    // there afterwards, whatever happens meanwhile.
    bool rewrite(const QByteArrayList &lines, QString *error);
    qint64 size() const;

private:
    bool prepare(QString *error);
    bool cutTornTail(QString *error);

    QString m_path;
    bool m_prepared = false; // the folder exists and a torn tail was cut (done once per process)
};

} // namespace whop::journal
