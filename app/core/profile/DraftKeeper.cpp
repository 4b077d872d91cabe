#include "profile/DraftKeeper.h"

#include "profile/DraftPicture.h"
#include "profile/ProfileEditor.h"

#include <QDir>
#include <QFile>

namespace whop::profile {

namespace {
// Typing without a pause still reaches the disk this often.
constexpr int MaxWriteDelayMs = 2000;
} // namespace

DraftKeeper::DraftKeeper(ProfileEditor *editor, DraftStore store, QObject *parent)
    : QObject(parent), m_editor(editor), m_store(std::move(store))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftKeeper::writeNow);
    connect(editor, &ProfileEditor::snapshotChanged, this, &DraftKeeper::onSnapshotChanged);
    connect(editor, &ProfileEditor::draftChanged, this, &DraftKeeper::onDraftChanged);
    connect(editor, &ProfileEditor::otherUserAtTarget, this, &DraftKeeper::keepForPreviousUser);
    // The first successful load of a profile is when a leftover draft can be compared.
    connect(editor, &ProfileEditor::loaded, this, [this] {
        if (!m_checked)
            checkLeftover();
    });
    // After a save the draft equals the server: nothing is left to keep.
    connect(editor, &ProfileEditor::saved, this, [this] {
        if (m_checked && !m_recovery)
            schedule();
    });
}

DraftKeeper::~DraftKeeper()
{
    flush();
}

QString DraftKeeper::profileKeyFor(const api::UserTarget &target)
{
    return target.accountId.isEmpty() ? target.user
                                      : target.user + QLatin1Char('@') + target.accountId;
}

QString DraftKeeper::currentPath() const
{
    return m_identity.isEmpty() ? QString() : m_store.pathFor(m_identity, m_profile);
}

void DraftKeeper::flush()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    writeNow();
}

void DraftKeeper::onSnapshotChanged()
{
    if (m_editor && m_editor->hasSnapshot())
        return;
    // reset(): another identity or profile follows. Keep what was pending for this one.
    flush();
    m_checked = false;
    m_identity.clear();
    m_profile.clear();
    m_recovery.reset();
    m_picture.clear();
    m_pictureBytes.clear();
    m_writtenPicture.clear();
    m_restoringPicture.clear();
    m_writeFailed = false;
}

void DraftKeeper::onDraftChanged()
{
    // Before the leftover draft was looked at (or while it waits for an answer) the editor's
    // draft must not replace it.
    if (m_checked && !m_recovery)
        schedule();
}

void DraftKeeper::keepForPreviousUser()
{
    // The editor still holds the previous user and the edits meant for them: on disk under this
    // profile's key (unless a leftover waiting for an answer is there, which is theirs too),
    // then renamed aside like a leftover of another user, so that the new user is never offered
    // them and the next write for the new user cannot replace them.
    if (!m_editor || m_identity.isEmpty())
        return;
    if (!m_recovery) {
        m_timer.stop();
        m_pending = currentDraft();
        writeNow();
    }
    const QString path = currentPath();
    const QString aside =
        QFile::exists(path) ? DraftStore::setAside(path, QStringLiteral("other-user")) : QString();
    // The picture copy belongs to the draft set aside now: nothing here may remove it.
    m_writtenPicture.clear();
    m_picture.clear();
    m_pictureBytes.clear();
    m_recovery.reset();
    Q_EMIT problem(
        aside.isEmpty()
            ? tr("This profile's address now leads to another user (the username changed on "
                 "Whop), so your unsaved changes were not carried over to them, and they could "
                 "not be kept on this computer.")
            : tr("This profile's address now leads to another user (the username changed on "
                 "Whop), so your unsaved changes were not carried over to them. They were kept "
                 "as %1.")
                  .arg(QDir::toNativeSeparators(aside)));
}

Draft DraftKeeper::currentDraft()
{
    Draft d;
    d.identityKey = m_identity;
    d.profileKey = m_profile;
    d.userId = m_editor->snapshot().id;
    d.savedAt = QDateTime::currentDateTimeUtc();
    d.base = ProfileValues::fromUser(m_editor->snapshot());
    for (Field f : m_editor->dirtyFields())
        d.edits.insert(f, m_editor->value(f));
    if (m_editor->hasPendingPicture()) {
        const avatar::EncodedPicture &picture = m_editor->pendingPicture();
        if (m_picture.isEmpty() || picture.bytes != m_pictureBytes) {
            QString error;
            m_picture = keepPictureCopy(picture, m_store.dataDirectory(), &error);
            m_pictureBytes = m_picture.isEmpty() ? QByteArray() : picture.bytes;
            if (m_picture.isEmpty() && !m_writeFailed) {
                m_writeFailed = true;
                Q_EMIT problem(tr("The picture you chose could not be kept on this computer "
                                  "(%1). It is still in the window: save it to Whop before "
                                  "closing.")
                                   .arg(error));
            }
        }
        d.picture = m_picture;
    } else {
        m_picture.clear();
        m_pictureBytes.clear();
        d.picture = m_restoringPicture; // still referred to while it is decoded
    }
    return d;
}

void DraftKeeper::forgetPictureCopy(const QString &relativePath)
{
    if (!relativePath.isEmpty() && relativePath != m_restoringPicture &&
        relativePath.startsWith(QLatin1String(DraftPicturesFolder) + QLatin1Char('/')))
        QFile::remove(QDir(m_store.dataDirectory()).filePath(relativePath));
}

void DraftKeeper::schedule()
{
    if (!m_editor || !m_editor->hasSnapshot() || m_identity.isEmpty())
        return;
    const Draft draft = currentDraft();
    if (draft.isEmpty()) {
        m_timer.stop();
        m_pending.reset();
        removeNow();
        return;
    }
    m_pending = draft;
    // Restart the wait on each change, but not past the longest delay since the first one.
    if (!m_timer.isActive()) {
        m_pendingSince.start();
        m_timer.start();
    } else if (m_pendingSince.elapsed() + m_timer.interval() <= MaxWriteDelayMs) {
        m_timer.start();
    }
}

void DraftKeeper::writeNow()
{
    if (!m_pending)
        return;
    const Draft draft = *std::exchange(m_pending, std::nullopt);
    QString error;
    if (m_store.write(draft, &error)) {
        m_writeFailed = false;
        if (m_writtenPicture != draft.picture)
            forgetPictureCopy(std::exchange(m_writtenPicture, draft.picture));
        Q_EMIT draftWritten(m_store.pathFor(draft.identityKey, draft.profileKey));
        return;
    }
    if (!m_writeFailed) {
        m_writeFailed = true; // say it once, not on every key press
        Q_EMIT problem(tr("Your unsaved changes could not be kept on this computer (%1). They "
                          "are still in the window: save them to Whop before closing.")
                           .arg(error));
    }
}

void DraftKeeper::removeNow()
{
    if (m_identity.isEmpty())
        return;
    const QString path = currentPath();
    forgetPictureCopy(std::exchange(m_writtenPicture, QString()));
    if (m_store.remove(m_identity, m_profile))
        Q_EMIT draftRemoved(path);
}

void DraftKeeper::checkLeftover()
{
    if (!m_editor || !m_editor->hasSnapshot())
        return;
    m_checked = true;
    m_identity = m_identityKey ? m_identityKey() : QStringLiteral("default");
    if (m_identity.isEmpty())
        m_identity = QStringLiteral("default");
    m_profile = profileKeyFor(m_editor->target());

    const DraftStore::ReadResult leftover = m_store.read(m_identity, m_profile);
    if (leftover.status == DraftStore::Status::SetAside)
        Q_EMIT problem(leftover.message);
    if (leftover.status != DraftStore::Status::Found) {
        schedule();
        return;
    }
    const api::User &server = m_editor->snapshot();
    if (!leftover.draft.userId.isEmpty() && leftover.draft.userId != server.id) {
        // The same identity now shows another user: never apply one person's text to another.
        const QString aside = DraftStore::setAside(currentPath(), QStringLiteral("other-user"));
        Q_EMIT problem(tr("Unsaved changes from an earlier session belong to another profile, "
                          "so they were not opened. The file was kept as %1.")
                           .arg(QDir::toNativeSeparators(aside)));
        schedule();
        return;
    }
    DraftRecovery recovery = recoveryFor(leftover.draft, ProfileValues::fromUser(server));
    if (recovery.hasPicture() && m_store.picturePath(recovery.draft).isEmpty())
        recovery.draft.picture.clear(); // the prepared copy is gone: nothing to offer there
    if (recovery.isEmpty()) {
        schedule(); // the server already has it all: the file goes
        return;
    }
    m_recovery = recovery;
    m_writtenPicture = leftover.draft.picture; // the file on disk refers to it
    Q_EMIT recoveryOffered(recovery);
}

void DraftKeeper::restore(const QHash<Field, FieldChoice> &choices)
{
    if (!m_recovery || !m_editor)
        return;
    const DraftRecovery recovery = *std::exchange(m_recovery, std::nullopt);
    for (const DraftDifference &d : recovery.fields) {
        if (choices.value(d.field, FieldChoice::Draft) == FieldChoice::Draft)
            m_editor->setValue(d.field, d.draftValue);
    }
    const QString picture = m_store.picturePath(recovery.draft);
    if (!picture.isEmpty()) {
        // Decoded off the UI thread, then handed to the editor like a freshly chosen picture.
        m_restoringPicture = recovery.draft.picture;
        loadPictureCopy(picture, this, [this](const avatar::EncodedPicture &loaded) {
            m_restoringPicture.clear();
            if (m_editor && m_editor->hasSnapshot() && !loaded.isNull())
                m_editor->setPicture(loaded);
            else if (m_checked && !m_recovery)
                schedule();
        });
    }
    // The draft file now follows the editor again (with the current server values as base).
    schedule();
    Q_EMIT restored(picture);
}

void DraftKeeper::discardRecovered()
{
    if (!m_recovery)
        return;
    const QString picture = m_recovery->draft.picture;
    m_recovery.reset();
    schedule();
    forgetPictureCopy(picture);
}

} // namespace whop::profile
