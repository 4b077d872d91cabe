#pragma once

#include "overview/AccountOverview.h"

#include <array>

namespace whop::overview {

// Where the value a batch gives one field comes from.
enum class ValueSource
{
    Typed,   // the text the person typed
    Global,  // the global profile's value (user tokens only: an API key cannot read it)
    Account, // the value another account shows
};

struct FieldChoice
{
    bool enabled = false;
    ValueSource source = ValueSource::Typed;
    QString text;      // Typed
    QString accountId; // Account
};

// What the person chose: per text field a value and its source, and whether a new picture
// (uploaded once, attached to every account) goes with it.
struct BatchChoices
{
    std::array<FieldChoice, 3> fields; // indexed by profile::Field
    bool picture = false;

    FieldChoice &operator[](profile::Field f) { return fields[size_t(f)]; }
    const FieldChoice &operator[](profile::Field f) const { return fields[size_t(f)]; }
    bool isEmpty() const;
};

// One field of one account that changes: from what it shows now to what it will show.
struct FieldChange
{
    ShownField field;
    QString from;
    QString to; // for the picture: empty (the new picture)
};

// One account that changes, and exactly what it receives.
struct BatchItem
{
    api::Account account;
    ShownProfile before;      // what it showed before (undo restores it)
    api::UserChanges changes; // the PATCH body's text fields: only those that change
    bool picture = false;     // the uploaded picture's file id is added to `changes`
    QList<FieldChange> fieldChanges;
};

// The preview: who receives what, who is already there, and why not yet.
struct BatchPlan
{
    QList<BatchItem> items; // accounts that change
    QStringList unchanged;  // accounts already showing these values: nothing is sent
    QStringList notReady;   // rows still being read
    QStringList unreadable; // rows that could not be read (retry them first)
    QString problem;        // a value that cannot be sent, or a source not read yet

    bool canApply() const
    {
        return problem.isEmpty() && notReady.isEmpty() && unreadable.isEmpty() && !items.isEmpty();
    }
};

// What applying `choices` to the accounts in `rows` would send.
BatchPlan planBatch(const AccountOverview &overview, const QList<int> &rows,
                    const BatchChoices &choices);

// The batch that puts back what `applied` changed: each field its value before.
BatchItem undoItem(const BatchItem &applied, const ShownProfile &now);

// What a batch of `items` sends, for the change journal (kept as written, so not translated):
// `name “Jo”; bio (per account); profile_picture (new) — 12 accounts`.
QString batchLabel(const QList<BatchItem> &items);

// "name: “A” → “B”" lines, for the preview and the results.
QString describeChange(const FieldChange &change);
QString describeItem(const BatchItem &item);
QString fieldTitle(ShownField field);

} // namespace whop::overview
