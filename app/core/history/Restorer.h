#pragma once

#include "history/RestorePlan.h"
#include "journal/SentChange.h"
#include "profile/SaveConflict.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace whop::overview {
class RequestScheduler;
}

namespace whop::history {

// Puts earlier values back (a History restore, a batch's Undo, finishing a batch cut short) with
// the care of a save (app/core/profile/ProfileEditorSave.cpp): each profile is read again first
// and compared, with compareWithServer (SaveConflict.h), against what this editor's change left
// there. A field that still shows it is written; one that already shows the wanted value is left
// alone; one changed elsewhere since is NOT written: the restore stops there for that profile and
// conflictsFound() asks the person, per field, for the version to keep (resolve()), or all of
// them are left as they are (keepTheirs()). Other profiles go on meanwhile.
//
// Every PATCH is recorded in the change journal before it is sent (kind Restore, Undo, or Batch
// when finishing one), a batch of them once as a batch (RestorePlan::asBatch), and completed with
// its outcome; an answer lost is decided by reading the profile again. At most four requests at
// once, backing off together on 429 (overview::RequestScheduler).
class Restorer : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Waiting,
        Reading,
        Sending,
        Restored,     // written; Whop answered with the profile
        AlreadyThere, // the profile already showed every value wanted: nothing sent
        Conflict,     // changed elsewhere since: waiting for the person's choice
        KeptTheirs,   // changed elsewhere since, and left as it is (the person's choice)
        Failed,
        NotSent, // cancelled before it was sent
    };

    Restorer(api::WhopClient *client, RestorePlan plan, QObject *parent = nullptr);
    ~Restorer() override;

    // Where each PATCH is recorded first (null: nothing recorded, for code without a journal).
    void setJournal(std::shared_ptr<journal::ChangeJournal> journal) { m_journal = journal; }

    void start();
    // Answers conflictsFound: for each profile in conflict (by its index in plan().targets), the
    // version of each conflicting field to keep (missing: Whop's) and of the picture. Those
    // profiles are read again and written where they still allow it.
    void resolve(const QHash<int, QHash<profile::Field, profile::ConflictChoice>> &choices,
                 const QHash<int, profile::ConflictChoice> &pictures = {});
    // Answers conflictsFound by leaving every profile in conflict as Whop has it.
    void keepTheirs();
    // Sends nothing more: what is queued, and what a read in flight would have sent, ends Not
    // sent; profiles in conflict are left as Whop has them; a PATCH in flight still reports its
    // real outcome (and a lost answer is still read again to learn it).
    void cancel();
    bool isCancelling() const { return m_cancelling; }

    const RestorePlan &plan() const { return m_plan; }
    int total() const { return int(m_plan.targets.size()); }
    State state(int i) const { return m_states.at(i); }
    int count(State state) const { return int(m_states.count(state)); }
    bool isRunning() const { return m_running; }
    // The profiles waiting for the person's choice, with what the read found.
    QList<int> conflicts() const;
    const profile::SaveConflict &conflict(int i) const { return m_conflicts.at(i); }
    // The profile as Whop answered the restore (Restored), else as last read.
    const api::User &shown(int i) const { return m_shown.at(i); }
    const api::ApiError &error(int i) const { return m_errors.at(i); }
    // The batch's id in the journal (asBatch), else empty.
    const QString &batchId() const { return m_batchId; }

    // For the person (RestorerText.cpp): one account's outcome, and the whole restore's.
    QString outcomeText(int i) const;
    QString describe(int i) const; // "name: “B” → “A”"
    QString summary() const;

Q_SIGNALS:
    void targetChanged(int index);
    // Profile `index` was written; `user` is what Whop answered.
    void restored(int index, const whop::api::User &user);
    // Nothing is in flight any more and some profiles wait for the person's choice.
    void conflictsFound();
    // Every profile is settled (restored, already there, kept as it was, or failed).
    void finished();

private:
    void read(int i);
    void onRead(int i, const api::User &server);
    void send(int i, const api::User &server, const api::UserChanges &body);
    void onLost(int i, const api::ApiError &error);
    void setState(int i, State state, const api::ApiError &error = {});
    void checkSettled();
    bool recordBatch();

    api::WhopClient *m_client;
    RestorePlan m_plan;
    overview::RequestScheduler *m_scheduler;
    std::shared_ptr<journal::ChangeJournal> m_journal;
    QList<State> m_states;
    QList<profile::SaveConflict> m_conflicts;
    QList<api::User> m_shown;
    QList<api::ApiError> m_errors;
    QList<std::shared_ptr<journal::SentChange>> m_changes;
    QString m_batchId;
    bool m_recorded = false;
    bool m_running = false;
    bool m_cancelling = false;
    bool m_asked = false; // conflictsFound was emitted for the conflicts now waiting
};

} // namespace whop::history
