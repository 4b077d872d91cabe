#include "history/RestorePlan.h"

#include "history/HistoryText.h"
#include "overview/BatchRun.h"

#include <QCoreApplication>

namespace whop::history {

namespace {

class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(whop::history::RestorePlan)
};

// One change's fields into `target`; what cannot be put back into `notPossible`.
void addFields(RestoreTarget *target, const journal::JournalChange &change, int only,
               QStringList *notPossible)
{
    const QList<journal::FieldChange> fields = change.fields();
    for (int i = 0; i < fields.size(); ++i) {
        if (only >= 0 && i != only)
            continue;
        const journal::FieldChange &f = fields.at(i);
        if (const QString why = HistoryText::cannotRestore(f); !why.isEmpty()) {
            *notPossible << QStringLiteral("%1: %2").arg(HistoryText::fieldCaption(f.field), why);
            continue;
        }
        if (f.isPicture()) {
            target->pictureFileId = *f.before;
            target->pictureWanted = f.pictureBefore;
            target->pictureWritten = f.pictureHeld;
            continue;
        }
        profile::Field field{};
        if (!profile::fieldFromKey(f.field, &field))
            continue;
        // What Whop held after the change (its answer, or the read that decided it), else what
        // was sent.
        target->fields.append({field, *f.before, f.held.value_or(f.sent)});
    }
}

QString batchWords(const HistoryEntry &entry)
{
    return entry.batch && !entry.batch->label.isEmpty() ? entry.batch->label : entry.batchId;
}

journal::ChangeKind batchKind(const HistoryEntry &entry)
{
    if (entry.batch)
        return entry.batch->kind;
    for (const HistoryAccount &a : entry.accounts) {
        if (a.change)
            return a.change->intent.kind;
    }
    return journal::ChangeKind::Batch;
}

} // namespace

api::UserTarget RestoreRoute::targetFor(const journal::JournalChange &change) const
{
    api::UserTarget target;
    target.user = user;
    if (target.user.isEmpty())
        target.user = change.userId().isEmpty() ? change.username() : change.userId();
    target.accountId = change.intent.accountId;
    return target;
}

RestorePlan planChangeRestore(const journal::JournalChange &change, int field,
                              const RestoreRoute &route)
{
    RestorePlan plan;
    if (!route.origin.isEmpty() && !change.intent.origin.isEmpty() &&
        change.intent.origin != route.origin) {
        plan.notPossible << PlanText::tr("This change was sent to %1, not to %2, which is in use "
                                         "now: switch to that identity to put it back.")
                                .arg(change.intent.origin, route.origin);
        return plan;
    }
    RestoreTarget target;
    target.target = route.targetFor(change);
    target.userId = change.userId();
    target.username = change.username();
    addFields(&target, change, field, &plan.notPossible);
    plan.label = QStringLiteral("restore of %1").arg(change.intent.id);
    if (!target.isEmpty())
        plan.targets << target;
    return plan;
}

RestorePlan planBatchRestore(const HistoryEntry &entry, const RestoreRoute &route,
                             const QStringList &accounts)
{
    RestorePlan plan;
    plan.asBatch = true;
    plan.restores = entry.batchId;
    plan.label = QStringLiteral("restore of %1").arg(batchWords(entry));
    QStringList notPossible;
    for (const HistoryAccount &a : entry.accounts) {
        if (!accounts.isEmpty() && !accounts.contains(a.accountId))
            continue;
        if (!a.change || !a.change->arrived())
            continue; // it did not receive the batch: nothing to put back
        RestorePlan one = planChangeRestore(*a.change, -1, route);
        plan.targets << one.targets;
        notPossible << one.notPossible;
    }
    // Said once, with how many accounts it concerns.
    notPossible.removeDuplicates();
    for (const QString &why : std::as_const(notPossible))
        plan.notPossible << why;
    return plan;
}

RestorePlan planBatchFinish(const HistoryEntry &entry, const QStringList &accounts,
                            const RestoreRoute &route, const std::optional<HistoryEntry> &undone)
{
    const journal::ChangeKind kind = batchKind(entry);
    if (kind != journal::ChangeKind::Batch) {
        // An undo or restore cut short: what it was putting back, on the accounts it missed.
        RestorePlan plan;
        if (undone)
            plan = planBatchRestore(*undone, route, accounts);
        plan.kind = kind;
        plan.asBatch = false;
        plan.restores.clear();
        plan.continues = entry.batchId;
        return plan;
    }
    // A batch gives every account the same values: gathered from the changes it sent.
    api::UserChanges values;
    const journal::JournalChange *any = nullptr;
    for (const HistoryAccount &a : entry.accounts) {
        if (!a.change)
            continue;
        any = any ? any : &*a.change;
        const api::UserChanges &sent = a.change->intent.sent;
        for (profile::Field f : profile::AllFields) {
            if (const auto v = profile::changeOf(sent, f); v && !profile::changeOf(values, f))
                profile::setChange(&values, f, *v);
        }
        if (sent.pictureFileId && !values.pictureFileId)
            values.pictureFileId = sent.pictureFileId;
    }
    RestorePlan plan;
    plan.kind = journal::ChangeKind::Batch;
    plan.continues = entry.batchId;
    plan.label = batchWords(entry);
    if (!any)
        return plan;
    for (const HistoryAccount &a : entry.accounts) {
        if (!accounts.contains(a.accountId))
            continue;
        const journal::JournalChange &source = a.change ? *a.change : *any;
        RestoreTarget target;
        target.target = route.targetFor(source);
        target.target.accountId = a.accountId;
        target.userId = source.userId();
        target.username = source.username();
        for (profile::Field f : profile::AllFields) {
            const auto v = profile::changeOf(values, f);
            if (!v)
                continue;
            // What the account showed when the batch was planned, when a change to it was
            // recorded: a value changed elsewhere since is not overwritten without asking.
            std::optional<QString> shown;
            if (a.change)
                shown = profile::changeOf(a.change->intent.before, f);
            target.fields.append({f, *v, shown});
        }
        if (values.pictureFileId) {
            target.pictureFileId = *values.pictureFileId;
            if (a.change)
                target.pictureWritten = a.change->intent.pictureBefore;
        }
        plan.targets << target;
    }
    return plan;
}

RestorePlan planBatchUndo(const overview::BatchRun &run, const overview::OverviewRoute &route,
                          const std::function<QString(const QUrl &)> &knownPicture)
{
    RestorePlan plan;
    plan.kind = journal::ChangeKind::Undo;
    plan.asBatch = true;
    plan.restores = run.batchId();
    plan.label = QStringLiteral("undo of %1").arg(run.label());
    int pictures = 0;
    for (int i = 0; i < run.total(); ++i) {
        if (run.state(i) != overview::BatchRun::ItemState::Applied)
            continue;
        const overview::BatchItem &item = run.items().at(i);
        const overview::ShownProfile &after = run.after(i);
        RestoreTarget target;
        target.target = route.target(item.account.id);
        if (route.user.startsWith(QLatin1String("user_")))
            target.userId = route.user;
        for (profile::Field f : profile::AllFields) {
            if (!profile::changeOf(item.changes, f))
                continue;
            target.fields.append(
                {f, item.before.values.value(f), std::optional<QString>(after.values.value(f))});
        }
        if (item.picture) {
            const QString file = knownPicture ? knownPicture(item.before.pictureUrl) : QString();
            if (file.isEmpty()) {
                ++pictures;
            } else {
                target.pictureFileId = file;
                target.pictureWanted = item.before.pictureUrl;
                target.pictureWritten = after.pictureUrl;
            }
        }
        if (!target.isEmpty())
            plan.targets << target;
    }
    if (pictures > 0)
        plan.notPossible << PlanText::tr("The earlier picture cannot be put back on %n account(s): "
                                         "it was set elsewhere, or there was none (Whop gives no "
                                         "file for it).",
                                         nullptr, pictures);
    return plan;
}

} // namespace whop::history
