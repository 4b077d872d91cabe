#pragma once

#include "journal/JournalReader.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace whop::history {

// What became of a change, as a History list sorts and filters it.
enum class Outcome
{
    Applied,      // Whop answered with the profile
    Refused,      // Whop (or the editor, before sending) said no: nothing changed
    Unknown,      // the answer was lost, or never came (the editor stopped), and no read decided
    Arrived,      // the answer was lost; a later read showed the change had arrived
    DidNotArrive, // the answer was lost; a later read showed it had not
    NotSent,      // an account of a batch that was never sent (cancelled, or the editor stopped)
};
Outcome outcomeOf(journal::ChangeStatus status);

// One account of a batch in a History list: the change that decides what it received
// (journal::deliveryOf), none when nothing was ever sent to it.
struct HistoryAccount
{
    QString accountId;
    std::optional<journal::JournalChange> change;
    int attempts = 0; // changes sent to it in this batch (Retry Failed sends again)

    Outcome outcome() const { return change ? outcomeOf(change->status()) : Outcome::NotSent; }
};

// One line of a History list: a change on its own (a save, a restore), or a batch with its
// accounts.
struct HistoryEntry
{
    enum class Type
    {
        Change,
        Batch
    };
    Type type = Type::Change;
    QDateTime at;                  // UTC: the change's time, or the batch's newest change's
    journal::JournalChange change; // Type::Change
    QString batchId;               // Type::Batch
    std::optional<journal::BatchRecord> batch;
    QList<HistoryAccount> accounts; // Type::Batch, in the order the batch named them

    int count(Outcome outcome) const;
};

// The changes `filter` selects, newest first, each batch gathered into one entry placed where its
// newest change is. With `filter.accountId` set, a batch lists only that account; otherwise every
// account the batch was meant for (those never sent too).
QList<HistoryEntry> historyEntries(journal::JournalContents &&contents,
                                   const journal::ChangeFilter &filter = {});

} // namespace whop::history
