#pragma once

#include "history/RestorePlan.h"
#include "journal/ChangeJournal.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace whop::overview {
class RequestScheduler;
}

namespace whop::history {

// A batch whose outcome is not fully known: the editor stopped (a crash, a kill, a power cut)
// while it was being sent, or answers were lost and never decided.
struct InterruptedBatch
{
    HistoryEntry entry; // with what the reads decided (not recorded until the person acts)
    QStringList received;
    QStringList notReceived;
    QStringList unknown;
    QHash<QString, QString> whyUnknown; // account -> why it is still unknown
    std::optional<HistoryEntry> undone; // the batch this one puts back (an undo cut short)
    QDateTime undoneAt;                 // when an undo of this batch was sent already (UTC)
    QList<journal::Outcome> learnt;     // the reads' decisions
};

// Finds, in the change journal, the batches with changes that have no outcome or an unknown one,
// reads those accounts again and decides with journal::decideArrival which received the change,
// which did not and which are still unknown (could not be read, or show neither the values before
// nor those sent). It then offers to finish (finishPlan) or undo (undoPlan) the batch. What the
// reads decided is recorded in the journal once the person acts (recordLearnt): until then, or
// while an account stays unknown, the batch is found again at the next start.
class BatchRecovery : public QObject
{
    Q_OBJECT
public:
    BatchRecovery(api::WhopClient *client, std::shared_ptr<journal::ChangeJournal> journal,
                  RestoreRoute route, QObject *parent = nullptr);
    ~BatchRecovery() override;

    // The ids of the batches of `entries` (historyEntries) with an account whose outcome is
    // unknown, sent to `origin` (empty: any), newest first.
    static QStringList interruptedBatchIds(const QList<HistoryEntry> &entries,
                                           const QString &origin = {});

    // Reads the journal, then again every account with an unknown outcome (of `batchId` only,
    // when given); checked() once all have answered.
    void check(const QString &batchId = {});
    bool isChecking() const { return m_reading > 0 || m_started; }
    const QList<InterruptedBatch> &batches() const { return m_batches; }
    const std::shared_ptr<journal::ChangeJournal> &journal() const { return m_journal; }
    const RestoreRoute &route() const { return m_route; }

    // Records in the journal what the reads decided about batch `i`.
    void recordLearnt(int i);
    // Sends batch `i` to the accounts that did not receive it.
    RestorePlan finishPlan(int i) const;
    // Puts back what batch `i` changed on the accounts that received it.
    RestorePlan undoPlan(int i) const;

Q_SIGNALS:
    void checked();

private:
    void readAccounts();
    void onRead(int batch, const QString &accountId, const api::User &user);
    void onUnreadable(int batch, const QString &accountId, const api::ApiError &error);
    void sortLists(InterruptedBatch &batch) const;
    void done();

    api::WhopClient *m_client;
    std::shared_ptr<journal::ChangeJournal> m_journal;
    RestoreRoute m_route;
    overview::RequestScheduler *m_scheduler;
    QList<InterruptedBatch> m_batches;
    QHash<QString, QUrl> m_fileUrls; // file id -> its address (for a batch that sent a picture)
    int m_reading = 0;
    bool m_started = false;
};

} // namespace whop::history
