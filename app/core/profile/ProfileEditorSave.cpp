// ProfileEditor's save: the picture upload, the re-read that looks for changes made elsewhere,
// the PATCH, and what a failure at each step means for the person.
#include "profile/ProfileEditor.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcProfile)

namespace whop::profile {

using api::ApiError;
using api::ErrorKind;

bool ProfileEditor::save()
{
    if (!canSave())
        return false;
    setState(State::Saving);
    setError({});
    m_failedStep = avatar::SaveStep::None;
    m_failureText.clear();
    m_lastCheck = {};
    if (hasPendingPicture() && !m_uploader->isReady()) {
        m_uploader->upload(m_picture); // resumes where a failed or cancelled save stopped
        return true;
    }
    checkServer();
    return true;
}

void ProfileEditor::checkServer()
{
    if (!m_checkBeforeSave) {
        sendPatch();
        return;
    }
    // If this read fails, nothing is sent: saving without it could overwrite a change made
    // elsewhere, and a read that fails (same host, credential and network) rarely precedes a
    // PATCH that works. The banner offers Retry; the draft stays, on disk too.
    m_callStep = avatar::SaveStep::Check;
    Q_EMIT saveStepChanged(avatar::SaveStep::Check);
    m_call = m_client->retrieveUser(m_target);
    connect(m_call, &api::ApiCall::retrying, this, &ProfileEditor::retrying);
    m_call->onSucceeded(this, [this](const api::User &user) {
        m_call.clear();
        onChecked(user);
    });
    connect(m_call, &api::ApiCall::failed, this,
            [this](const ApiError &error) { onSaveFailed(avatar::SaveStep::Check, error); });
}

void ProfileEditor::onChecked(const api::User &server)
{
    resolveLostChange(server);
    if (server.id != m_snapshot.id) {
        // The target (a username) now leads to someone else: never write to that profile.
        onSaveFailed(avatar::SaveStep::Check,
                     api::localError(ErrorKind::Conflict,
                                     tr("This profile's address now leads to another user (its "
                                        "username changed on Whop). Reload to see it.")));
        return;
    }
    const QUrl uploaded = m_uploader->isReady() ? m_uploader->fileUrl() : QUrl();
    m_lastCheck = compareWithServer(m_snapshot, server, m_draft, hasPendingPicture(), uploaded);
    if (m_lastCheck.pictureAlreadyThere)
        clearPicture(); // an earlier save attached it; its answer was lost
    // Anything new on Whop becomes the base, even a change equal to the person's own (then
    // there is nothing left to send for it), except where a conflict needs the old base.
    if (!(server == m_snapshot)) {
        applySnapshot(rebasedSnapshot(m_snapshot, m_lastCheck), true);
        if (!m_lastCheck.taken.isEmpty() || m_lastCheck.pictureTaken)
            Q_EMIT changedElsewhere(m_lastCheck);
    }
    m_unresolved = m_lastCheck.hasConflicts();
    if (m_unresolved) {
        qCInfo(lcProfile) << "save stopped: changed elsewhere too:" << m_lastCheck.fields.size()
                          << "field(s), picture" << m_lastCheck.picture.has_value();
        setState(State::Ready);
        Q_EMIT saveStepChanged(avatar::SaveStep::None);
        Q_EMIT conflictFound(m_lastCheck);
        return;
    }
    if (!isDirty()) { // what is left of the draft is on Whop already
        setState(State::Ready);
        Q_EMIT saveStepChanged(avatar::SaveStep::None);
        Q_EMIT saved();
        return;
    }
    sendPatch();
}

bool ProfileEditor::resolveConflicts(const QHash<Field, ConflictChoice> &choices,
                                     ConflictChoice picture)
{
    if (!m_unresolved || m_state != State::Ready)
        return false;
    m_unresolved = false;
    const SaveConflict conflict = m_lastCheck;
    ProfileValues draft = m_draft;
    for (const FieldConflict &c : conflict.fields) {
        const ConflictChoice choice = choices.value(c.field, ConflictChoice::Yours);
        if (choice == ConflictChoice::Theirs)
            draft.setValue(c.field, c.theirs);
        else if (choice == ConflictChoice::Original)
            draft.setValue(c.field, c.original);
    }
    // Whop's profile as read becomes the base: what still differs is what the person chose.
    m_snapshot = conflict.server;
    m_draft = draft;
    updateUsernameCheck();
    Q_EMIT snapshotChanged();
    Q_EMIT draftChanged();
    if (conflict.picture && picture == ConflictChoice::Theirs)
        clearPicture();
    if (!isDirty()) {
        Q_EMIT saved();
        return true;
    }
    return save(); // checks again: Whop may have changed once more meanwhile
}

void ProfileEditor::sendPatch()
{
    api::UserChanges changes = pendingChanges();
    if (hasPendingPicture())
        changes.pictureFileId = m_uploader->fileId();
    // Recorded before it is sent; if it cannot be, it is not sent (the banner says why).
    const auto change = std::make_shared<journal::SentChange>();
    if (ApiError notRecorded; !recordChange(changes, change, &notRecorded)) {
        onSaveFailed(avatar::SaveStep::Update, notRecorded);
        return;
    }
    m_callStep = avatar::SaveStep::Update;
    Q_EMIT saveStepChanged(avatar::SaveStep::Update);
    m_call = m_client->updateUser(m_target, changes);
    connect(m_call, &api::ApiCall::retrying, this, &ProfileEditor::retrying);
    // The outcome goes to the journal the change was recorded in, also after an identity switch
    // or with the editor gone; these run before the editor's own handlers below.
    connect(m_call, &api::ApiCall::failed, m_call,
            [change](const ApiError &error) { change->failed(error); });
    m_call->onSucceeded(m_call, [change](const api::User &user) { change->applied(user); });
    m_call->onSucceeded(this, [this](const api::User &user) {
        m_call.clear();
        m_serverErrors.clear();
        Q_EMIT fieldErrorsChanged();
        applySnapshot(user, false);
        clearPicture(); // Whop has it now: the snapshot carries its URL
        setState(State::Ready);
        Q_EMIT saveStepChanged(avatar::SaveStep::None);
        Q_EMIT saved();
    });
    connect(m_call, &api::ApiCall::failed, this, [this, change](const ApiError &error) {
        noteLostChange(change);
        onSaveFailed(avatar::SaveStep::Update, error);
    });
}

void ProfileEditor::onSaveFailed(avatar::SaveStep step, const ApiError &error)
{
    m_call.clear();
    m_failedStep = step;
    m_failureText.clear();
    setState(State::Ready);
    Q_EMIT saveStepChanged(avatar::SaveStep::None);
    qCInfo(lcProfile) << "save failed:" << ApiError::kindName(error.kind);
    Field field{};
    // Only the PATCH's answer can be about a field the person typed.
    const bool aboutField =
        step == avatar::SaveStep::Update &&
        (error.kind == ErrorKind::Validation || error.kind == ErrorKind::Conflict ||
         error.kind == ErrorKind::BadRequest) &&
        fieldFromKey(error.field, &field);
    if (aboutField) {
        if (field == Field::Username && error.kind == ErrorKind::Conflict)
            m_usernames->noteTaken(normalized(Field::Username, m_draft.username));
        m_serverErrors.insert(field, error.message.isEmpty() ? error.userMessage() : error.message);
        Q_EMIT fieldErrorsChanged();
        setError({});
        Q_EMIT serverFieldError(field, m_serverErrors.value(field));
        return;
    }
    setError(error);
}

avatar::SaveStep ProfileEditor::saveStep() const
{
    if (m_state != State::Saving)
        return avatar::SaveStep::None;
    return m_call ? m_callStep : m_uploader->step();
}

QString ProfileEditor::errorText() const
{
    if (!m_lastError.isError())
        return {};
    if (!m_failureText.isEmpty())
        return m_failureText;
    if (m_failedStep == avatar::SaveStep::Check)
        return tr("%1 failed, so nothing was sent. %2")
            .arg(avatar::saveStepTitle(avatar::SaveStep::Check), m_lastError.userMessage());
    if (m_failedStep == avatar::SaveStep::Update && hasPendingPicture())
        return tr("%1 failed. %2")
            .arg(avatar::saveStepTitle(avatar::SaveStep::Update), m_lastError.userMessage());
    return m_lastError.userMessage();
}

bool ProfileEditor::canRetry() const
{
    if (m_failedStep == avatar::SaveStep::Upload || m_failedStep == avatar::SaveStep::Process)
        return true;
    return m_lastError.kind != ErrorKind::Unauthorized &&
           m_lastError.kind != ErrorKind::Forbidden &&
           m_lastError.kind != ErrorKind::UnknownVersion;
}

void ProfileEditor::onUploadFailed(avatar::SaveStep step, const ApiError &error,
                                   const QString &text)
{
    qCInfo(lcProfile) << "picture step" << int(step) << "failed:" << ApiError::kindName(error.kind);
    m_failedStep = step;
    m_failureText = text;
    setState(State::Ready);
    setError(error);
}

} // namespace whop::profile
