#include "ProfileEditor.h"

#include "ProfileLogging.h"

namespace whop::profile {

using api::ApiError;
using api::ErrorKind;

ProfileEditor::ProfileEditor(api::WhopClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_uploader(new avatar::PictureUploader(client, this))
{
    connect(m_uploader, &avatar::PictureUploader::stepChanged, this,
            &ProfileEditor::saveStepChanged);
    connect(m_uploader, &avatar::PictureUploader::progress, this, &ProfileEditor::uploadProgress);
    connect(m_uploader, &avatar::PictureUploader::ready, this, [this] {
        if (m_state == State::Saving)
            sendPatch();
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

QJsonObject ProfileEditor::pendingChanges() const
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
    Q_EMIT draftChanged();
}

void ProfileEditor::setDraft(const ProfileValues &draft)
{
    m_draft = draft;
    m_serverErrors.clear();
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
    m_snapshot = user;
    m_hasSnapshot = true;
    m_draft = ProfileValues::fromUser(user);
    for (Field f : dirty)
        m_draft.setValue(f, edits.value(f));
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
        setError({});
        applySnapshot(user, true);
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

bool ProfileEditor::save()
{
    if (!canSave())
        return false;
    setState(State::Saving);
    setError({});
    m_failedStep = avatar::SaveStep::None;
    m_failureText.clear();
    if (hasPendingPicture() && !m_uploader->isReady()) {
        m_uploader->upload(m_picture); // resumes where a failed or cancelled save stopped
        return true;
    }
    sendPatch();
    return true;
}

void ProfileEditor::sendPatch()
{
    QJsonObject changes = pendingChanges();
    if (hasPendingPicture())
        changes.insert(QStringLiteral("profile_picture"),
                       QJsonObject{{QStringLiteral("id"), m_uploader->fileId()}});
    Q_EMIT saveStepChanged(avatar::SaveStep::Update);
    m_call = m_client->updateUser(m_target, changes);
    connect(m_call, &api::ApiCall::retrying, this, &ProfileEditor::retrying);
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
    connect(m_call, &api::ApiCall::failed, this, &ProfileEditor::onSaveFailed);
}

void ProfileEditor::onSaveFailed(const ApiError &error)
{
    m_call.clear();
    m_failedStep = avatar::SaveStep::Update;
    m_failureText.clear();
    setState(State::Ready);
    Q_EMIT saveStepChanged(avatar::SaveStep::None);
    qCInfo(lcProfile) << "save failed:" << ApiError::kindName(error.kind);
    Field field{};
    const bool aboutField =
        (error.kind == ErrorKind::Validation || error.kind == ErrorKind::Conflict ||
         error.kind == ErrorKind::BadRequest) &&
        fieldFromKey(error.field, &field);
    if (aboutField) {
        m_serverErrors.insert(field, error.message.isEmpty() ? error.userMessage() : error.message);
        Q_EMIT fieldErrorsChanged();
        setError({});
        Q_EMIT serverFieldError(field, m_serverErrors.value(field));
        return;
    }
    setError(error);
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
    clearPicture();
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

avatar::SaveStep ProfileEditor::saveStep() const
{
    if (m_state != State::Saving)
        return avatar::SaveStep::None;
    return m_call ? avatar::SaveStep::Update : m_uploader->step();
}

QString ProfileEditor::errorText() const
{
    if (!m_lastError.isError())
        return {};
    if (!m_failureText.isEmpty())
        return m_failureText;
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
