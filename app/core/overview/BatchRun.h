#pragma once

#include "avatar/ImagePipeline.h"
#include "avatar/PictureUploader.h"
#include "journal/SentChange.h"
#include "overview/BatchPlan.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace whop::overview {

class OverviewModel;

// Applies a batch: one PATCH per account with only its changed fields, through the overview's
// scheduler (at most 4 at once, backing off together on 429). With a picture, the picture is
// uploaded ONCE and the same file id attached to every account (docs/api/openapi.yaml lets a file
// id be attached more than once). Cancel stops what has not been sent; requests already sent are
// answered, so every account ends Applied, Failed or Not sent: none is left unknown. Accounts
// whose PATCH may or may not have reached Whop (connection lost, timeout, server error) are read
// again: one that shows the change counts as applied after all (and can be undone), one that
// does not stays failed; the overview shows what each one holds.
//
// Every PATCH is recorded in the overview's change journal just before it is sent (the batch
// itself once, when it starts: what it is and every account it is meant for), and completed with
// its outcome; the re-read of a lost answer is recorded as its resolution. A change that cannot
// be recorded is not sent: its account fails with ErrorKind::NotRecorded.
class BatchRun : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Apply,
        Undo
    };
    enum class ItemState
    {
        Pending,
        Sending,
        Applied,
        Failed,
        NotSent, // cancelled before it was sent
    };

    BatchRun(AccountOverview *overview, QList<BatchItem> items, Kind kind = Kind::Apply,
             const avatar::EncodedPicture &picture = {}, QObject *parent = nullptr);
    ~BatchRun() override;

    // Shows each account's outcome in `model`'s result column.
    void showResultsIn(OverviewModel *model);

    void start();
    // Sends nothing more; what is in flight still reports its real outcome.
    void cancel();
    // Sends the failed and not-sent accounts again (resuming the picture upload if that failed).
    void retryFailed();

    Kind kind() const { return m_kind; }
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_cancelling; }
    int total() const { return int(m_items.size()); }
    int count(ItemState state) const;
    int finishedCount() const; // Applied + Failed + NotSent
    const QList<BatchItem> &items() const { return m_items; }
    ItemState state(int i) const { return m_states.at(i); }
    const api::ApiError &error(int i) const { return m_errors.at(i); }
    QString resultText(int i) const;
    // The outcome alone ("Applied", "Failed: why", ...), for a list that shows the change beside
    // it.
    QString outcomeText(int i) const;
    // Accounts being read again to learn whether a failed PATCH arrived after all.
    int verifying() const { return int(m_verifying.size()); }
    // One line for the person: how many applied, failed, not sent.
    QString summary() const;
    // What account `i` showed once its change applied (the PATCH's answer, or the read that
    // confirmed it): what an undo expects to find there still.
    const ShownProfile &after(int i) const { return m_after.at(i); }
    // The batch that restores what this one applied (empty when nothing was applied).
    QList<BatchItem> undoItems() const;
    // The run that undoes this one (null when nothing was applied); the journal links the two.
    std::unique_ptr<BatchRun> makeUndo(QObject *parent = nullptr) const;
    // The batch's id in the change journal.
    const QString &batchId() const { return m_batchId; }
    // What the journal calls the batch; by default a summary of the fields and values it sends.
    void setLabel(const QString &label) { m_label = label; }
    const QString &label() const { return m_label; }
    bool hasPicture() const { return !m_picture.isNull(); }
    avatar::PictureUploader *uploader() const { return m_uploader; }

Q_SIGNALS:
    void itemChanged(int index);
    void progress(int finished, int total);
    void finished();

private:
    void sendPending();
    void send(int index);
    void setItemState(int index, ItemState state, const api::ApiError &error = {});
    void checkFinished();
    void onPictureFailed(const api::ApiError &error, const QString &message);
    void verify(int row);
    // Journal (BatchRunJournal.cpp).
    bool recordBatch();
    api::Call<api::User> *sendRecorded(int index, const api::UserChanges &body);
    void resolveLost(int index, const ShownProfile &shown);

    QPointer<AccountOverview> m_overview;
    QList<BatchItem> m_items;
    QList<ItemState> m_states;
    QList<api::ApiError> m_errors;
    QList<ShownProfile> m_after;
    QList<bool> m_confirmed;         // applied, learnt by reading the account again
    QHash<QString, int> m_verifying; // account id -> item
    Kind m_kind;
    avatar::EncodedPicture m_picture;
    avatar::PictureUploader *m_uploader = nullptr;
    QPointer<OverviewModel> m_model;
    QString m_fileId;
    bool m_running = false;
    bool m_cancelling = false;
    QString m_batchId;
    QString m_label;
    QString m_undoes;                                  // Undo: the batch it puts back
    std::shared_ptr<journal::ChangeJournal> m_journal; // taken when the batch is recorded
    bool m_recorded = false;
    QList<std::shared_ptr<journal::SentChange>> m_changes; // each account's latest PATCH
};

} // namespace whop::overview
