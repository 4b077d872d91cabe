#pragma once

#include "history/HistoryEntries.h"

#include <QCoreApplication>

namespace whop::history {

// What a History list says about changes, in the person's language and locale.
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(whop::history::HistoryText)

public:
    // "Save", "Restore", "Batch", "Undo of a batch".
    static QString kind(journal::ChangeKind kind, bool batch);
    // The time in the person's locale (short date and time).
    static QString when(const QDateTime &utc);
    // "Global profile" or the account ("Demo Studio (biz_…)" when its name is known).
    static QString profile(const QString &accountId, const QString &accountTitle = {});
    // "@username (user_…)", or the one of them known.
    static QString user(const QString &userId, const QString &username);
    // "Name", "Username", "Bio", "Picture", from the wire name.
    static QString fieldCaption(const QString &key);

    // The outcome in a few words ("Applied", "Refused", ...).
    static QString outcome(Outcome outcome);
    // The outcome of one change, with the reason of a refusal ("Refused: the username is taken").
    static QString outcome(const journal::JournalChange &change);
    // A batch's outcomes counted: "48 applied, 1 refused, 1 unknown".
    static QString batchOutcome(const HistoryEntry &entry);
    // Why a refused or lost change failed, in the words of the error recorded.
    static QString reason(const journal::Outcome &answer);

    // `value` in the quotation marks of the language shown („…“ in German).
    static QString inQuotes(const QString &value);
    // A value shortened for a list: quoted, on one line, cut past 60 characters.
    static QString quoted(const QString &value);
    // One field as a list shows it: "Bio: “A” → “B”" (for a picture, what it was and became).
    static QString fieldChange(const journal::FieldChange &field, bool withCaption = true);
    // Every field of a change, joined by "; ".
    static QString fields(const journal::JournalChange &change);
    // The value before, in words (a picture: whether it can be put back).
    static QString before(const journal::FieldChange &field);
    // Why this field's value before cannot be put back, or empty when it can.
    static QString cannotRestore(const journal::FieldChange &field);

    // Everything about a change, on several lines, values in full: for the details pane.
    static QString details(const journal::JournalChange &change, const QString &accountTitle);
    static QString details(const HistoryEntry &entry);
};

} // namespace whop::history
