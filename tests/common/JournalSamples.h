#pragma once

// Journal records for tests and the journal benchmark: realistic intents, outcomes and batches.

#include "journal/ChangeJournal.h"
#include "journal/SentChange.h"

#include <QJsonDocument>

#include <memory>

namespace whop::test {

inline journal::Intent sampleIntent(int n, const QString &account = {}, const QString &batch = {})
{
    journal::Intent i;
    i.kind = batch.isEmpty() ? journal::ChangeKind::Save : journal::ChangeKind::Batch;
    i.batchId = batch;
    i.origin = QStringLiteral("https://api.whop.com");
    i.userId = QStringLiteral("user_Sample000001");
    i.username = QStringLiteral("sample-person");
    i.accountId = account;
    i.before = api::UserChanges{.name = QStringLiteral("Name before %1").arg(n),
                                .bio = QStringLiteral("A bio of a few sentences, as people "
                                                      "write them. Line two.\nChange %1.")
                                           .arg(n)};
    i.sent = api::UserChanges{.name = QStringLiteral("Name after %1").arg(n),
                              .bio = QStringLiteral("A new bio of a few sentences, as people "
                                                    "write them. Line two.\nChange %1.")
                                         .arg(n)};
    return i;
}

inline api::User sampleAnswer(const journal::Intent &intent)
{
    api::User u;
    u.id = intent.userId.isEmpty() ? QStringLiteral("user_Sample000001") : intent.userId;
    u.username = QStringLiteral("sample-person");
    u.name = intent.sent.name;
    u.bio = intent.sent.bio;
    u.pictureUrl = QUrl(QStringLiteral("https://cdn.example/p/file_1.png"));
    return u;
}

// `intent` recorded in `journal` as the editor records a change before sending it; its answer
// (applied, failed) is the test's to give.
inline std::shared_ptr<journal::SentChange>
recordedChange(const std::shared_ptr<journal::ChangeJournal> &journal,
               const journal::Intent &intent)
{
    auto change = std::make_shared<journal::SentChange>();
    api::ApiError error;
    if (!change->record(journal, intent, &error))
        qFatal("not recorded: %s", qPrintable(error.message));
    return change;
}

// An answer lost on the way (a time-out): the change's outcome is unknown.
inline api::ApiError lostAnswer()
{
    return api::localError(api::ErrorKind::Timeout, QStringLiteral("no answer"));
}

// A refusal by Whop: HTTP `status`, read as `kind`, with `message`.
inline api::ApiError refusedAnswer(api::ErrorKind kind, const QString &message, int status)
{
    api::ApiError e = api::localError(kind, message);
    e.httpStatus = status;
    return e;
}

// One compact JSON line of `record`, as the journal writes it.
inline QByteArray lineOf(const QJsonObject &record)
{
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

} // namespace whop::test
