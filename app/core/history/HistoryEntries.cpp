#include "history/HistoryEntries.h"

#include <QHash>

namespace whop::history {

Outcome outcomeOf(journal::ChangeStatus status)
{
    switch (status) {
    case journal::ChangeStatus::Applied:
        return Outcome::Applied;
    case journal::ChangeStatus::Refused:
        return Outcome::Refused;
    case journal::ChangeStatus::Pending:
    case journal::ChangeStatus::Unknown:
        return Outcome::Unknown;
    case journal::ChangeStatus::Arrived:
        return Outcome::Arrived;
    case journal::ChangeStatus::DidNotArrive:
        return Outcome::DidNotArrive;
    }
    return Outcome::Unknown;
}

int HistoryEntry::count(Outcome outcome) const
{
    if (type == Type::Change)
        return outcomeOf(change.status()) == outcome ? 1 : 0;
    return int(std::count_if(accounts.begin(), accounts.end(), [outcome](const HistoryAccount &a) {
        return a.outcome() == outcome;
    }));
}

QList<HistoryEntry> historyEntries(journal::JournalContents &&contents,
                                   const journal::ChangeFilter &filter)
{
    const QHash<QString, journal::BatchRecord> batches = std::move(contents.batches);
    QList<journal::JournalChange> changes = journal::listChanges(std::move(contents), filter);
    QList<HistoryEntry> entries;
    entries.reserve(changes.size());
    QHash<QString, qsizetype> batchAt;                          // batch id -> its entry
    QHash<QString, QList<journal::JournalChange>> batchChanges; // newest first
    for (journal::JournalChange &change : changes) {
        const QString batchId = change.intent.batchId;
        if (batchId.isEmpty()) {
            HistoryEntry entry;
            entry.at = change.intent.at;
            entry.change = std::move(change);
            entries.append(std::move(entry));
            continue;
        }
        if (!batchAt.contains(batchId)) {
            HistoryEntry entry;
            entry.type = HistoryEntry::Type::Batch;
            entry.at = change.intent.at;
            entry.batchId = batchId;
            if (const auto it = batches.constFind(batchId); it != batches.cend())
                entry.batch = *it;
            batchAt.insert(batchId, entries.size());
            entries.append(std::move(entry));
        }
        batchChanges[batchId].append(std::move(change));
    }
    for (auto it = batchAt.cbegin(); it != batchAt.cend(); ++it) {
        HistoryEntry &entry = entries[it.value()];
        const QList<journal::JournalChange> &mine = batchChanges.value(it.key());
        const journal::BatchDelivery delivery = journal::deliveryOf(entry.batch, mine);
        // The batch's own order; with one account asked for, only that one.
        QStringList order;
        if (!filter.accountId && entry.batch)
            order = entry.batch->accountIds;
        QHash<QString, int> attempts;
        for (const journal::JournalChange &c : mine) {
            if (!attempts.contains(c.intent.accountId) && !order.contains(c.intent.accountId))
                order << c.intent.accountId;
            ++attempts[c.intent.accountId];
        }
        for (const QString &account : std::as_const(order)) {
            HistoryAccount a;
            a.accountId = account;
            a.attempts = attempts.value(account);
            if (const auto d = delivery.decisive.constFind(account); d != delivery.decisive.cend())
                a.change = *d;
            entry.accounts.append(std::move(a));
        }
    }
    return entries;
}

} // namespace whop::history
