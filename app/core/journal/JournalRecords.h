#pragma once

#include "api/ApiError.h"
#include "api/User.h"
#include "api/UserChanges.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace whop::journal {

// What sent a change.
enum class ChangeKind
{
    Save,    // the profile editor's save
    Batch,   // one account of an "apply to many" in the All Accounts window
    Undo,    // one account of the undo of a batch
    Restore, // putting back values from the journal
};

// The three kinds of line a journal holds (one JSON object per line, see ChangeJournal).
// Every record names the format version it was written in ("format": 1).

// Written BEFORE a change is sent: what was about to change, from what, to what.
struct Intent
{
    QString id;   // unique ("chg_" + uuid), filled in when recorded
    QDateTime at; // UTC, filled in when recorded
    ChangeKind kind = ChangeKind::Save;
    QString batchId;    // the batch (BatchRecord) this change belongs to, else empty
    QString identityId; // who sent it (the identity's id, "demo" for the demo); never a secret
    QString origin;     // the API origin it went to (scheme://host[:port]); never a path or query
    QString userId;     // as known when sent (empty when only "me" was known)
    QString username;
    QString accountId; // the account whose profile it changed; empty for the global profile
    // What the profile showed before, for exactly the fields `sent` names. The picture: Whop
    // gives no file id for a picture set elsewhere, so `before.pictureFileId` is set only when
    // the journal knows it from an earlier entry of this editor (ChangeJournal::
    // knownPictureFileId); `pictureBefore` is the address of the picture shown before (without
    // its query), empty when there was none.
    api::UserChanges before;
    QUrl pictureBefore;
    api::UserChanges sent;            // exactly the PATCH body
    bool pictureUploadedHere = false; // `sent.pictureFileId` was uploaded by this editor

    QJsonObject toJson() const;
    static std::optional<Intent> fromJson(const QJsonObject &object);
};

// Written when the answer comes (or is known to be lost), and later when a re-read decides a
// lost one.
struct Outcome
{
    enum class Result
    {
        Applied,  // Whop answered with the profile: `held` is what it holds for the fields sent
        Refused,  // Whop (or the client, before sending) said no: nothing changed
        Unknown,  // the answer was lost (connection dropped, timeout, 5xx after the retries)
        Resolved, // a later read decided an Unknown one: `applied` says how
    };
    QString entryId; // the Intent's id
    QDateTime at;    // UTC, filled in when recorded
    Result result = Result::Applied;
    // Applied and Resolved: what Whop held afterwards for the fields sent, and its picture's
    // address (without its query); the user id and username it answered with.
    api::UserChanges held;
    QUrl heldPicture;
    QString userId;
    QString username;
    QString pictureFileId; // the file id sent, copied here so picture lookups need no pairing
    bool applied = false;  // Resolved: whether the change had arrived
    // Refused and Unknown: the error (no header value, no request id).
    QString errorKind; // api::ApiError::kindName
    int httpStatus = 0;
    QString errorCode;
    QString errorMessage;

    QJsonObject toJson() const;
    static std::optional<Outcome> fromJson(const QJsonObject &object);
};

// Written once when a batch starts: what it was and every account it was meant for, so that a
// restore can tell which accounts received it, which did not and which are unknown.
struct BatchRecord
{
    QString id;   // "bat_" + uuid
    QDateTime at; // UTC
    ChangeKind kind = ChangeKind::Batch;
    QString label; // what it changed, in words the journal can show later
    QStringList accountIds;
    QString undoes; // Undo: the batch it puts back
    QString identityId;
    QString origin;

    QJsonObject toJson() const;
    static std::optional<BatchRecord> fromJson(const QJsonObject &object);
};

QString kindName(ChangeKind kind); // "save", "batch", "undo", "restore"
std::optional<ChangeKind> kindFromName(const QString &name);
QString resultName(Outcome::Result result);

// A fresh id with `prefix` ("chg_", "bat_").
QString newId(const char *prefix);
// scheme://host[:port] of `url`: never its path, query, user or password.
QString originOf(const QUrl &url);
// `url` without its query, fragment, user and password: a picture address may carry a signature.
QUrl bareUrl(const QUrl &url);

// Whether a change that failed with `error` may have reached Whop anyway (connection lost,
// timeout, server error, an answer that could not be read, cancelled while in flight): its
// outcome is Unknown. Everything else is Refused.
bool outcomeUnknown(const api::ApiError &error);
// The outcome of a failed change: Refused or Unknown, with the error (not its request id).
Outcome failedOutcome(const QString &entryId, const api::ApiError &error);
// The outcome of a change Whop answered: what `answer` holds for the fields `sent` names.
Outcome appliedOutcome(const QString &entryId, const api::UserChanges &sent,
                       const api::User &answer);
// The values `user` shows for the text fields `fields` names.
api::UserChanges valuesFor(const api::User &user, const api::UserChanges &fields);

} // namespace whop::journal
