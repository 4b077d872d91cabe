// ProfileEditor and the change journal: each save is recorded before it is sent, and a save
// whose answer was lost is decided by the next read of the same profile.
#include "profile/ProfileEditor.h"

#include "profile/ProfileLogging.h"

namespace whop::profile {

bool ProfileEditor::recordChange(const api::UserChanges &changes,
                                 const std::shared_ptr<journal::SentChange> &change,
                                 api::ApiError *error)
{
    const std::shared_ptr<journal::ChangeJournal> journal = m_journal ? m_journal() : nullptr;
    journal::Intent intent;
    intent.kind = journal::ChangeKind::Save;
    intent.origin = journal::originOf(m_client->config().baseUrl);
    intent.userId = m_snapshot.id;
    intent.username = m_snapshot.username;
    intent.accountId = m_target.accountId;
    // The snapshot is what Whop showed just before: the save's re-read rebased it.
    intent.before = journal::valuesFor(m_snapshot, changes);
    intent.sent = changes;
    if (changes.pictureFileId) {
        intent.pictureBefore = journal::bareUrl(m_snapshot.pictureUrl);
        intent.pictureUploadedHere = true;
        // Whop names no file for the picture shown; the journal knows it only if this editor
        // set it (docs/api/whop-api.md, "Files").
        if (journal) {
            const QString before = journal->knownPictureFileId(m_snapshot.pictureUrl);
            if (!before.isEmpty())
                intent.before.pictureFileId = before;
        }
    }
    if (!change->record(journal, intent, error)) {
        qCWarning(lcProfile) << "save not sent: the change journal could not record it";
        return false;
    }
    return true;
}

void ProfileEditor::noteLostChange(const std::shared_ptr<journal::SentChange> &change)
{
    if (!change->isUnknown())
        return;
    m_lostChange = change;
    m_lostPictureUrl = change->intent().sent.pictureFileId ? m_uploader->fileUrl() : QUrl();
}

void ProfileEditor::resolveLostChange(const api::User &read)
{
    if (!m_lostChange)
        return;
    const journal::Intent &intent = m_lostChange->intent();
    // Only a read of the profile the change was sent to can decide it.
    if (intent.userId != read.id || intent.accountId != m_target.accountId)
        return;
    if (const auto arrived = m_lostChange->resolve(read, m_lostPictureUrl)) {
        qCInfo(lcProfile) << "a save whose answer was lost" << (*arrived ? "had" : "had not")
                          << "arrived";
        m_lostChange.reset();
    }
}

} // namespace whop::profile
