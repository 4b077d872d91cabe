#include "journal/SentChange.h"

#include "journal/JournalLogging.h"
#include "journal/JournalReader.h"

namespace whop::journal {

api::ApiError notRecordedError(const QString &reason)
{
    return api::localError(api::ErrorKind::NotRecorded, reason);
}

bool SentChange::record(std::shared_ptr<ChangeJournal> journal, Intent intent, api::ApiError *error)
{
    m_journal.reset();
    m_unknown = false;
    m_finished = false;
    m_intent = std::move(intent);
    if (!journal)
        return true;
    QString why;
    if (!journal->recordIntent(&m_intent, &why)) {
        if (error)
            *error = notRecordedError(why);
        return false;
    }
    m_journal = std::move(journal);
    return true;
}

void SentChange::applied(const api::User &answer)
{
    if (!m_journal || m_finished)
        return;
    m_finished = true;
    m_unknown = false;
    m_journal->recordOutcome(appliedOutcome(m_intent.id, m_intent.sent, answer));
}

void SentChange::failed(const api::ApiError &error)
{
    if (!m_journal || m_finished)
        return;
    m_finished = true;
    const Outcome outcome = failedOutcome(m_intent.id, error);
    m_unknown = outcome.result == Outcome::Result::Unknown;
    m_journal->recordOutcome(outcome);
}

std::optional<bool> SentChange::resolve(const api::User &read, const QUrl &sentPictureUrl)
{
    return resolve(valuesFor(read, m_intent.sent), read.pictureUrl, sentPictureUrl);
}

std::optional<bool> SentChange::resolve(const api::UserChanges &heldText, const QUrl &heldPicture,
                                        const QUrl &sentPictureUrl)
{
    if (!isUnknown())
        return std::nullopt;
    const std::optional<bool> arrived =
        decideArrival(m_intent, heldText, heldPicture, sentPictureUrl);
    if (!arrived)
        return std::nullopt;
    Outcome outcome;
    outcome.entryId = m_intent.id;
    outcome.result = Outcome::Result::Resolved;
    outcome.applied = *arrived;
    outcome.held = heldText;
    outcome.heldPicture = bareUrl(heldPicture);
    outcome.pictureFileId = m_intent.sent.pictureFileId.value_or(QString());
    m_unknown = false;
    m_journal->recordOutcome(outcome);
    return arrived;
}

} // namespace whop::journal
