#pragma once

#include "api/UserChanges.h"
#include "journal/JournalRecords.h"

#include <QByteArrayList>
#include <QHash>
#include <QList>

#include <optional>

namespace whop::journal {

// What became of a change.
enum class ChangeStatus
{
    Pending,     // no outcome recorded: in flight, or the app stopped before the answer came
    Applied,     // Whop answered with the profile
    Refused,     // Whop (or the client, before it was sent) said no: nothing changed
    Unknown,     // the answer was lost and nothing has decided since
    Arrived,     // the answer was lost; a later read showed the change had arrived
    DidNotArrive // the answer was lost; a later read showed it had not
};

// One field of a change: the value shown before (nullopt: not known), the value sent, and what
// Whop held afterwards (nullopt: no answer). For the picture ("profile_picture"), the values
// are file ids (before: only when this editor had set it) and the addresses are beside them.
struct FieldChange
{
    QString field; // the wire name (api::UserChanges::NameKey, ...)
    std::optional<QString> before;
    QString sent;
    std::optional<QString> held;
    QUrl pictureBefore;
    QUrl pictureHeld;

    bool isPicture() const { return field == api::UserChanges::PictureKey; }
};

// An intent paired with what became of it.
struct JournalChange
{
    Intent intent;
    std::optional<Outcome> answer;     // applied, refused or unknown
    std::optional<Outcome> resolution; // a later read's decision about an unknown one

    ChangeStatus status() const;
    // Whop holds (or held) it: applied, or arrived after all.
    bool arrived() const;
    // The user as known when sent, else as Whop answered.
    QString userId() const;
    QString username() const;
    // Each field sent, in the order name, username, bio, picture.
    QList<FieldChange> fields() const;
};

// What one or more journal files hold, as read (JournalFile, ChangeJournal): each intent with
// its outcomes, oldest first.
struct JournalContents
{
    QList<JournalChange> changes;        // in time order (file order within one file)
    QHash<QString, BatchRecord> batches; // by batch id
    int unreadableLines = 0; // lines skipped: cut short, from a newer format, or damaged
    int strayOutcomes = 0;   // outcomes whose intent is not there (rotated out)

    // Adds another file's contents, keeping the whole in time order.
    void merge(JournalContents other);
};

JournalContents parseJournal(const QByteArrayList &lines);
// One journal file; a missing one is empty.
JournalContents readJournalFile(const QString &path);
// Every identity's journal in `folder` (empty: ChangeJournal::defaultFolder()).
JournalContents readJournalFolder(const QString &folder = {});

// Which changes to list. An empty member matches everything.
struct ChangeFilter
{
    QString identityId;
    QString userId;
    // nullopt: every profile; "": the global profile only; "biz_…": that account's profile.
    std::optional<QString> accountId;
    QString batchId;
    QList<ChangeKind> kinds;
    int limit = 0; // at most this many (the newest); 0: all

    bool matches(const JournalChange &change) const;
};

// The changes `filter` selects, newest first, each with its outcome (what a History list shows).
QList<JournalChange> listChanges(const JournalContents &contents, const ChangeFilter &filter = {});
// The same, taking the changes out of `contents` instead of copying them (a fresh read).
QList<JournalChange> listChanges(JournalContents &&contents, const ChangeFilter &filter = {});

// Where a batch arrived, for a restore: each account it was meant for falls in one list.
struct BatchDelivery
{
    std::optional<BatchRecord> batch; // what the batch was (nullopt: its record was rotated out)
    QStringList received;             // a change arrived (applied, or arrived after all)
    QStringList notReceived; // refused, not sent (cancelled first), or shown not to have arrived
    QStringList unknown;     // an answer lost and undecided, or no outcome recorded
    // The change that decides each account's list (the one that arrived, else the newest).
    QHash<QString, JournalChange> decisive;
};
BatchDelivery deliveryOf(const JournalContents &contents, const QString &batchId);
// The same for a batch whose changes are already picked out (newest first), e.g. by a History
// list that groups every batch in one pass.
BatchDelivery deliveryOf(const std::optional<BatchRecord> &batch,
                         const QList<JournalChange> &changesNewestFirst);

// Whether a read of the profile after a lost answer shows the change arrived (true), did not
// (false), or cannot tell (nullopt). `heldText` holds what the profile shows for the text
// fields sent; `sentPictureUrl` is the sent picture's address when known. A PATCH is applied
// whole or not at all, so a text field still showing its value before says nothing arrived.
std::optional<bool> decideArrival(const Intent &intent, const api::UserChanges &heldText,
                                  const QUrl &heldPicture, const QUrl &sentPictureUrl = {});

} // namespace whop::journal
