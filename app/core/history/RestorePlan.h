#pragma once

#include "api/WhopClient.h"
#include "history/HistoryEntries.h"
#include "profile/ProfileRules.h"

#include <QUrl>

#include <functional>

#include <optional>

namespace whop::overview {
class BatchRun;
struct OverviewRoute;
} // namespace whop::overview

namespace whop::history {

// One text field to put back: the value wanted, and the value this editor's change left there
// (what the profile must still show for the field to be written without asking). No `written`:
// nothing to compare with (an account a batch never reached), so it is written as it is.
struct RestoreField
{
    profile::Field field = profile::Field::Name;
    QString wanted;
    std::optional<QString> written;
};

// One profile to put values back on.
struct RestoreTarget
{
    api::UserTarget target; // where to read and write (user route and account)
    QString userId;         // the user the change was made to (a read showing another refuses)
    QString username;
    QList<RestoreField> fields;
    QString pictureFileId; // a picture this editor uploaded, to attach again (empty: none)
    QUrl pictureWanted;    // its address when it was shown (empty: not known)
    // The picture's address the change being put back left (empty: none); nullopt: nothing to
    // compare with, the picture is attached as it is.
    std::optional<QUrl> pictureWritten;

    const QString &accountId() const { return target.accountId; }
    bool isEmpty() const { return fields.isEmpty() && pictureFileId.isEmpty(); }
};

// What a restore sends, and what it cannot put back.
struct RestorePlan
{
    journal::ChangeKind kind = journal::ChangeKind::Restore;
    QString label;        // the journal's words for it (kept as written, not translated)
    QString restores;     // the batch it puts back (the journal's BatchRecord::undoes)
    QString continues;    // finishing: the batch whose changes these are (no new batch record)
    bool asBatch = false; // recorded as a batch of its own (a whole batch or several profiles)
    QList<RestoreTarget> targets;
    QStringList notPossible; // what cannot be put back, in words for the person

    bool isEmpty() const { return targets.isEmpty(); }
};

// How restores address profiles: the user a user token names ("me"), or empty for an API key,
// which names the user each change was made to (docs/api/whop-api.md, "Users").
struct RestoreRoute
{
    QString user = QStringLiteral("me");
    QString origin; // the API origin in use: changes sent elsewhere are not put back here

    api::UserTarget targetFor(const journal::JournalChange &change) const;
};

// Puts back the value before of one change: `field` (an index into change.fields()), or every
// field when it is -1.
RestorePlan planChangeRestore(const journal::JournalChange &change, int field,
                              const RestoreRoute &route);
// Puts back every account of `entry` (a batch) that received it, or only `accounts` of them.
RestorePlan planBatchRestore(const HistoryEntry &entry, const RestoreRoute &route,
                             const QStringList &accounts = {});
// Sends `entry` (a batch cut short) to `accounts`, which did not receive it: a batch sends the
// same values to every account, the fields each one does not show yet; an undo or restore batch
// puts back what `undone` (the batch it undoes) had changed there.
RestorePlan planBatchFinish(const HistoryEntry &entry, const QStringList &accounts,
                            const RestoreRoute &route,
                            const std::optional<HistoryEntry> &undone = std::nullopt);
// Undo of a batch just run in the All Accounts window: every account it changed gets its value
// before back; `knownPicture` names the file of a picture this editor had set (the journal).
RestorePlan planBatchUndo(const overview::BatchRun &run, const overview::OverviewRoute &route,
                          const std::function<QString(const QUrl &)> &knownPicture = {});

} // namespace whop::history
