#pragma once

#include "api/WhopClient.h"
#include "avatar/PictureUploader.h"
#include "journal/SentChange.h"
#include "profile/ProfileRules.h"
#include "profile/SaveConflict.h"
#include "profile/UsernameChecker.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace whop::profile {

// The view-model of one profile: the last server snapshot, the person's draft, which fields
// differ, why a field cannot be saved, and the load/save in flight. Widgets bind to it and
// hold no logic of their own.
//
// Saving never overwrites a change made elsewhere: just before the PATCH the profile is read
// again (same target and account) and compared with the snapshot the draft was made from. A
// field changed only elsewhere takes Whop's value and is not sent; a field changed in both places
// is not sent either, and conflictFound() asks the person (resolveConflicts() then saves).
//
// Every PATCH is first recorded in the identity's change journal (setJournalProvider()); when it
// cannot be, nothing is sent and the save fails with ErrorKind::NotRecorded. A PATCH whose answer
// was lost is decided by the next read of the same profile (the re-read of the next save, or a
// load), which records whether it had arrived.
class ProfileEditor : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Empty,
        Loading,
        Ready,
        Saving
    };
    Q_ENUM(State)

    explicit ProfileEditor(api::WhopClient *client, QObject *parent = nullptr);

    void setTarget(const api::UserTarget &target) { m_target = target; }
    // Where each save is recorded before it is sent (the session's journal for the identity in
    // use). Without one nothing is recorded.
    void setJournalProvider(journal::JournalProvider provider) { m_journal = std::move(provider); }
    const api::UserTarget &target() const { return m_target; }

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Loading || m_state == State::Saving; }
    bool hasSnapshot() const { return m_hasSnapshot; }
    const api::User &snapshot() const { return m_snapshot; }
    const ProfileValues &draft() const { return m_draft; }
    QString value(Field field) const { return m_draft.value(field); }

    // Fields whose normalised draft differs from the snapshot.
    QList<Field> dirtyFields() const;
    bool isDirty() const { return !dirtyFields().isEmpty() || hasPendingPicture(); }
    // What a save would send right now.
    api::UserChanges pendingChanges() const;
    // The local validation error of a changed field, else the server's error for it, else empty.
    QString fieldError(Field field) const;
    bool canSave() const;
    // The last error not tied to a field (for the banner); kind None when there is none.
    const api::ApiError &lastError() const { return m_lastError; }

    void setValue(Field field, const QString &text);

    // The new picture in the draft: it counts as a change; Revert drops it; save() uploads it
    // (create, PUT, poll) and then sends ONE PATCH with profile_picture {id} and the fields.
    void setPicture(const avatar::EncodedPicture &picture);
    void clearPicture();
    bool hasPendingPicture() const { return !m_picture.isNull(); }
    const avatar::EncodedPicture &pendingPicture() const { return m_picture; }
    avatar::PictureUploader *uploader() const { return m_uploader; }
    // The step a save is in (None when not saving), and the one the last failure happened in.
    avatar::SaveStep saveStep() const;
    avatar::SaveStep failedStep() const { return m_failedStep; }
    // The banner text for lastError(): with a picture, it names the step that failed.
    QString errorText() const;
    // Whether Retry can help with lastError(): a picture step always may (a refused or expired
    // upload address starts over); a refused credential, permission or API version does not.
    bool canRetry() const;
    // Replaces the draft wholesale (a recovered draft).
    void setDraft(const ProfileValues &draft);

    // Says, while the person types a new username, whether Whop has it already.
    UsernameChecker *usernameChecker() const { return m_usernames; }

    // Whether save() reads the profile again first (default). Off only for the benchmark that
    // measures what the extra read costs.
    void setCheckBeforeSave(bool check) { m_checkBeforeSave = check; }
    // What the last save's re-read found changed elsewhere (the fields taken from Whop, the
    // conflicts it stopped at); empty when nothing had changed.
    const SaveConflict &lastCheck() const { return m_lastCheck; }
    // A conflict the person has not answered yet (conflictFound was emitted).
    bool hasUnresolvedConflict() const { return m_unresolved; }
    // Answers conflictFound: for each conflicting field the version to keep (missing: yours),
    // and for a conflicting picture yours or theirs; then saves (with a fresh check). Returns
    // false when there is no conflict to answer or the save could not start.
    bool resolveConflicts(const QHash<Field, ConflictChoice> &choices,
                          ConflictChoice picture = ConflictChoice::Yours);

public Q_SLOTS:
    // GET the profile. Edited fields keep their draft; untouched ones follow the server. When the
    // target (a username) now leads to another user, that user is shown without the edits
    // (otherUserAtTarget).
    void load();
    // PATCH the changed fields. Returns false (and sends nothing) when there is nothing to save,
    // a field is invalid, or a load or save is already in flight.
    bool save();
    // Cancels the load or save in flight; the draft stays.
    void cancel();
    // Draft := snapshot; clears field errors.
    void revert();
    // Forgets snapshot, draft and errors (another identity or profile is about to load).
    void reset();

Q_SIGNALS:
    void stateChanged(whop::profile::ProfileEditor::State state);
    void draftChanged();
    void snapshotChanged();
    void fieldErrorsChanged();
    // An error not tied to a field, for the banner (kind None clears it).
    void errorChanged(const whop::api::ApiError &error);
    // The server refused a field: the view puts focus there.
    void serverFieldError(whop::profile::Field field, const QString &message);
    void loaded();
    void saved();
    void retrying(int retryNumber, int delayMs, const whop::api::ApiError &reason);
    void pictureChanged();
    void saveStepChanged(whop::avatar::SaveStep step);
    void uploadProgress(qint64 sent, qint64 total);
    // The re-read before a save found fields (or the picture) changed elsewhere that the person
    // had not touched: the draft now shows Whop's values for them.
    void changedElsewhere(const whop::profile::SaveConflict &check);
    // The re-read found fields changed both here and elsewhere: nothing was sent. The draft is
    // untouched; answer with resolveConflicts(), or keep editing (the next save asks again).
    void conflictFound(const whop::profile::SaveConflict &conflict);
    // A reload found another user at the target (the username changed hands on Whop). Emitted
    // while the editor still holds the previous user and the unsaved edits meant for them (so
    // they can be kept for that user), just before it shows `now` without them: they are never
    // saved onto someone else.
    void otherUserAtTarget(const whop::api::User &now);

private:
    void setState(State state);
    void setError(const api::ApiError &error);
    void applySnapshot(const api::User &user, bool keepEdits);
    void onSaveFailed(avatar::SaveStep step, const api::ApiError &error);
    void checkServer();
    void onChecked(const api::User &server);
    void sendPatch();
    void updateUsernameCheck();
    void onUploadFailed(avatar::SaveStep step, const api::ApiError &error, const QString &text);
    // Journal (ProfileEditorJournal.cpp): records `changes` before they are sent; false (and
    // `error`) when that failed and nothing may be sent.
    bool recordChange(const api::UserChanges &changes,
                      const std::shared_ptr<journal::SentChange> &change, api::ApiError *error);
    void noteLostChange(const std::shared_ptr<journal::SentChange> &change);
    // A read of the profile decides a change whose answer was lost, when it can.
    void resolveLostChange(const api::User &read);

    api::WhopClient *m_client;
    api::UserTarget m_target;
    api::User m_snapshot;
    bool m_hasSnapshot = false;
    ProfileValues m_draft;
    QHash<Field, QString> m_serverErrors;
    api::ApiError m_lastError;
    State m_state = State::Empty;
    QPointer<api::Call<api::User>> m_call;
    avatar::SaveStep m_callStep = avatar::SaveStep::None; // what m_call does while saving
    avatar::PictureUploader *m_uploader;
    avatar::EncodedPicture m_picture;
    avatar::SaveStep m_failedStep = avatar::SaveStep::None;
    QString m_failureText;
    UsernameChecker *m_usernames;
    SaveConflict m_lastCheck;
    bool m_checkBeforeSave = true;
    bool m_unresolved = false;
    journal::JournalProvider m_journal;
    std::shared_ptr<journal::SentChange> m_lostChange; // answer lost, not decided yet
    QUrl m_lostPictureUrl;                             // the address of the picture it sent
};

} // namespace whop::profile
