#include "profile/ProfileEditor.h"

#include "profile/ProfileLogging.h"

namespace whop::profile {
using api::ApiError;
using api::ErrorKind;

ProfileEditor::ProfileEditor(api::WhopClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_uploader(new avatar::PictureUploader(client, this)),
      m_usernames(new UsernameChecker(client, this))
{
    connect(m_uploader, &avatar::PictureUploader::stepChanged, this,
            &ProfileEditor::saveStepChanged);
    connect(m_uploader, &avatar::PictureUploader::progress, this, &ProfileEditor::uploadProgress);
    // The picture is uploaded first, so that the re-read comes right before the PATCH: the
    // upload can take minutes, and a change made elsewhere meanwhile must still be seen.
    connect(m_uploader, &avatar::PictureUploader::ready, this, [this] {
        if (m_state == State::Saving)
            checkServer();
    });
    connect(m_uploader, &avatar::PictureUploader::failed, this, &ProfileEditor::onUploadFailed);
}

QList<Field> ProfileEditor::dirtyFields() const
{
    QList<Field> dirty;
    if (!m_hasSnapshot)
        return dirty;
    const ProfileValues base = ProfileValues::fromUser(m_snapshot);
    for (Field f : AllFields) {
        if (normalized(f, m_draft.value(f)) != normalized(f, base.value(f)))
            dirty << f;
    }
    return dirty;
}

api::UserChanges ProfileEditor::pendingChanges() const
{
    if (!m_hasSnapshot)
        return {};
    return buildPatch(ProfileValues::fromUser(m_snapshot), m_draft);
}

QString ProfileEditor::fieldError(Field field) const
{
    if (dirtyFields().contains(field)) {
        const QString local = validationError(field, m_draft.value(field));
        if (!local.isEmpty())
            return local;
    }
    return m_serverErrors.value(field);
}

bool ProfileEditor::canSave() const
{
    if (m_state != State::Ready)
        return false;
    const QList<Field> dirty = dirtyFields();
    if (dirty.isEmpty() && !hasPendingPicture())
        return false;
    for (Field f : dirty) {
        if (!validationError(f, m_draft.value(f)).isEmpty())
            return false;
    }
    return true;
}

void ProfileEditor::setValue(Field field, const QString &text)
{
    if (m_draft.value(field) == text)
        return;
    m_draft.setValue(field, text);
    if (m_serverErrors.remove(field) > 0)
        Q_EMIT fieldErrorsChanged();
    if (field == Field::Username)
        updateUsernameCheck();
    Q_EMIT draftChanged();
}

void ProfileEditor::updateUsernameCheck()
{
    if (!m_hasSnapshot) {
        m_usernames->stop();
        return;
    }
    m_usernames->setContext(m_target.accountId, m_snapshot.id);
    // Only a new, valid username is worth asking about; the local message covers an invalid one.
    const QString candidate = normalized(Field::Username, m_draft.username);
    const bool ask = candidate != normalized(Field::Username, m_snapshot.username) &&
                     validationError(Field::Username, candidate).isEmpty();
    m_usernames->setCandidate(ask ? candidate : QString());
}

void ProfileEditor::setDraft(const ProfileValues &draft)
{
    m_draft = draft;
    m_serverErrors.clear();
    updateUsernameCheck();
    Q_EMIT fieldErrorsChanged();
    Q_EMIT draftChanged();
}

void ProfileEditor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ProfileEditor::setError(const ApiError &error)
{
    m_lastError = error;
    Q_EMIT errorChanged(error);
}

void ProfileEditor::applySnapshot(const api::User &user, bool keepEdits)
{
    const QList<Field> dirty = keepEdits ? dirtyFields() : QList<Field>();
    const ProfileValues edits = m_draft;
    // Old answers about usernames may be stale once a username changed (ours is free again).
    if (m_hasSnapshot && user.username != m_snapshot.username)
        m_usernames->clearCache();
    m_snapshot = user;
    m_hasSnapshot = true;
    m_draft = ProfileValues::fromUser(user);
    for (Field f : dirty)
        m_draft.setValue(f, edits.value(f));
    updateUsernameCheck();
    Q_EMIT snapshotChanged();
    Q_EMIT draftChanged();
}

void ProfileEditor::load()
{
    if (isBusy())
        return;
    setState(State::Loading);
    m_call = m_client->retrieveUser(m_target);
    connect(m_call, &api::ApiCall::retrying, this, &ProfileEditor::retrying);
    m_call->onSucceeded(this, [this](const api::User &user) {
        m_call.clear();
        resolveLostChange(user);
        setError({});
        // Edited fields that changed on Whop meanwhile keep their old base, so that the save
        // still sees the conflict (a reload must not turn it into a silent overwrite).
        if (m_hasSnapshot && user.id == m_snapshot.id) {
            applySnapshot(rebasedSnapshot(m_snapshot, compareWithServer(m_snapshot, user, m_draft,
                                                                        hasPendingPicture())),
                          true);
        } else if (m_hasSnapshot && isDirty()) {
            // The same address (an API key names the user by username) now leads to someone
            // else: the edits were meant for the user shown before. They go to whoever keeps them
            // for that user (DraftKeeper), and this one starts clean, picture and all.
            qCInfo(lcProfile) << "the target now leads to another user; edits not carried over";
            Q_EMIT otherUserAtTarget(user);
            clearPicture();
            m_serverErrors.clear();
            m_lastCheck = {};
            m_unresolved = false;
            applySnapshot(user, false);
            Q_EMIT fieldErrorsChanged();
        } else {
            applySnapshot(user, true);
        }
        setState(State::Ready);
        Q_EMIT loaded();
    });
    connect(m_call, &api::ApiCall::failed, this, [this](const ApiError &error) {
        m_call.clear();
        qCInfo(lcProfile) << "load failed:" << ApiError::kindName(error.kind);
        setState(m_hasSnapshot ? State::Ready : State::Empty);
        setError(error);
    });
}

void ProfileEditor::cancel()
{
    if (m_uploader->isRunning())
        m_uploader->cancel();
    if (m_call)
        m_call->cancel();
}

void ProfileEditor::revert()
{
    if (!m_hasSnapshot)
        return;
    m_draft = ProfileValues::fromUser(m_snapshot);
    m_serverErrors.clear();
    clearPicture();
    updateUsernameCheck();
    Q_EMIT fieldErrorsChanged();
    Q_EMIT draftChanged();
}

void ProfileEditor::reset()
{
    cancel();
    m_snapshot = {};
    m_hasSnapshot = false;
    m_draft = {};
    m_serverErrors.clear();
    m_lastCheck = {};
    m_unresolved = false;
    m_lostChange.reset(); // another profile follows: its reads cannot decide it
    clearPicture();
    updateUsernameCheck();
    setState(State::Empty);
    setError({});
    Q_EMIT fieldErrorsChanged();
    Q_EMIT snapshotChanged();
    Q_EMIT draftChanged();
}

void ProfileEditor::setPicture(const avatar::EncodedPicture &picture)
{
    if (m_state == State::Saving || picture.isNull())
        return;
    m_uploader->reset();
    m_picture = picture;
    Q_EMIT pictureChanged();
    Q_EMIT draftChanged();
}

void ProfileEditor::clearPicture()
{
    const bool uploading = m_uploader->isRunning();
    m_uploader->reset(); // silently: no failure is reported for a picture that is gone
    if (uploading && m_state == State::Saving && !m_call) {
        setState(State::Ready);
        Q_EMIT saveStepChanged(avatar::SaveStep::None);
    }
    if (m_picture.isNull())
        return;
    m_picture = {};
    Q_EMIT pictureChanged();
    Q_EMIT draftChanged();
}

} // namespace whop::profile
