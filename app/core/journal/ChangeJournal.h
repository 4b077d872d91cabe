#pragma once

#include "journal/JournalFile.h"
#include "journal/JournalReader.h"
#include "journal/JournalRecords.h"

#include <QHash>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace whop::journal {

// The change journal of one identity: every change the editor sends (a save, each account of a
// batch or of its undo, later a restore) is written here BEFORE it is sent (an Intent), and
// completed when the answer comes (an Outcome: applied, refused, or unknown when the answer was
// lost; later "resolved" when a read decides an unknown one). A batch is described once when it
// starts (a BatchRecord). A change whose intent cannot be written is not sent at all.
//
// Storage: <data folder>/journal/<identity id>.jsonl (AppFolders.h), one JSON object per line,
// append-only (JournalFile: one write per line, 0600, a torn last line is skipped), so a process
// killed at any moment leaves it readable. The "demo" identity has its own file.
//
// Bound: at most MaxChanges (10,000) changes and about MaxBytes (16 MiB) per identity. When an
// append goes past either, the file is rewritten atomically (QSaveFile) keeping the newest
// KeptChanges (9,000) changes within KeptBytes (12 MiB), with their outcomes and batches: a
// rewrite happens once per ~1,000 changes, not at each one.
//
// Never written: a token, key, header value or request id. Profile texts are (the journal exists
// to show and restore them), which is why the file is readable by its owner only.
//
// Not thread-safe: used on the thread that sends the changes.
class ChangeJournal
{
public:
    static constexpr int MaxChanges = 10'000;
    static constexpr int KeptChanges = 9'000;
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024;
    static constexpr qint64 KeptBytes = 12 * 1024 * 1024;

    // `folder` empty: defaultFolder().
    explicit ChangeJournal(const QString &identityId, const QString &folder = {});

    // <data folder>/journal
    static QString defaultFolder();
    // The file name for an identity: its id when that is a plain name, else a hash of it.
    static QString fileNameFor(const QString &identityId);

    const QString &identityId() const { return m_identityId; }
    QString path() const { return m_file.path(); }

    // Who "me" is for this identity, when known: filled into intents that address "me".
    void setSelf(const QString &userId, const QString &username);
    const QString &selfId() const { return m_selfId; }
    const QString &selfUsername() const { return m_selfUsername; }

    // Writes `intent` (its id, time and identity are filled in). False when it could not be
    // written: then the change must NOT be sent; `error` says why (for the person).
    bool recordIntent(Intent *intent, QString *error);
    // Writes what a batch is before its first change (its id and time filled in when empty).
    bool recordBatch(BatchRecord *batch, QString *error);
    // Completes an intent. When it cannot be written the intent stays without an outcome (read
    // as Pending: the answer is not known); that is logged, and false returned.
    bool recordOutcome(Outcome outcome);

    // The file id of the picture shown at `pictureUrl`, when this editor set it: an earlier
    // change that sent a picture and whose answer (or later read) showed that address. Empty
    // when unknown: Whop gives no file id for a picture, so one set elsewhere (or before this
    // journal began) cannot be named.
    QString knownPictureFileId(const QUrl &pictureUrl);

    // Everything in the file (see JournalReader.h for pairing and filtering).
    JournalContents read() const;

private:
    bool append(const QJsonObject &record, QString *error);
    void index();
    void notePicture(const Outcome &outcome);
    void rotateIfNeeded();

    QString m_identityId;
    JournalFile m_file;
    QString m_selfId;
    QString m_selfUsername;
    bool m_indexed = false; // m_changes and m_pictures were read from the file
    int m_changes = 0;
    QHash<QUrl, QString> m_pictures; // picture address -> file id, from applied changes
};

// Gives the journal of the identity in use (null when none: nothing is recorded then).
using JournalProvider = std::function<std::shared_ptr<ChangeJournal>()>;

} // namespace whop::journal
