#pragma once

#include "journal/ChangeJournal.h"

#include <memory>

namespace whop::journal {

// One change on its way: recorded in a journal before it is sent, then completed with what
// became of it. Keeps the journal it was recorded in, so that an answer arriving after the
// identity was switched still completes the right file.
class SentChange
{
public:
    // Records `intent` in `journal`. False when it could not be recorded: the change must not
    // be sent, and `error` (ErrorKind::NotRecorded) says why, for the person. Without a journal
    // nothing is recorded and true is returned (code that keeps no journal, such as a test).
    bool record(std::shared_ptr<ChangeJournal> journal, Intent intent, api::ApiError *error);

    bool isRecorded() const { return m_journal != nullptr; }
    const Intent &intent() const { return m_intent; }
    // Recorded and its answer lost: a later read may still decide it (resolve()).
    bool isUnknown() const { return m_journal && m_unknown; }

    // Whop answered with the profile.
    void applied(const api::User &answer);
    // Refused, or Unknown when the answer was lost (journal::outcomeUnknown).
    void failed(const api::ApiError &error);
    // A read after a lost answer: records the decision when it can tell (decideArrival) and
    // returns it; nullopt (and nothing written) when it cannot.
    std::optional<bool> resolve(const api::User &read, const QUrl &sentPictureUrl = {});
    // Without a read: for the overview, whose rows hold the values shown but no User.
    std::optional<bool> resolve(const api::UserChanges &heldText, const QUrl &heldPicture,
                                const QUrl &sentPictureUrl = {});

private:
    std::shared_ptr<ChangeJournal> m_journal;
    Intent m_intent;
    bool m_unknown = false;
    bool m_finished = false;
};

// The error a change that could not be recorded fails with: "Your change was not sent because
// it could not be recorded first: <reason>".
api::ApiError notRecordedError(const QString &reason);

} // namespace whop::journal
