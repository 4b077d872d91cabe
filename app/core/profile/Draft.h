#pragma once

#include "profile/ProfileRules.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace whop::profile {

// The draft file format (one JSON object). Version 1:
//   {"format": 1, "kind": "whop-profile-editor/draft",
//    "identity": "...", "profile": "me" | "me@biz_...", "user_id": "user_...",
//    "saved_at": "2026-11-27T10:00:00Z",
//    "base":  {"name": "...", "username": "...", "bio": "..."},   the server's values edited from
//    "edits": {"name": "..."},                                    only the changed fields
//    "picture": {"file": "pictures/....png"}}                     optional, see Draft::picture
// Unknown keys are ignored, so a later version 1 writer may add some. A higher "format" is a
// newer format this version must not guess at.
inline constexpr int DraftFormatVersion = 1;
inline constexpr qint64 MaxDraftFileBytes = 1024 * 1024;

// Unsaved edits of one profile, as kept on disk between runs. Never holds a secret.
struct Draft
{
    QString identityKey; // who edits: "demo" or the identity's key (never a token)
    QString profileKey;  // what is edited: "me", a user, optionally "@biz_..." for an account
    QString userId;      // the profile's user id when the edit started
    QDateTime savedAt;   // UTC
    ProfileValues base;  // the server's values the edits were made on (the snapshot)
    QMap<Field, QString> edits; // the fields the person changed, as typed
    // A picture the person chose but did not save: a path relative to the app data directory
    // (a prepared copy kept there). Empty when none.
    QString picture;

    bool isEmpty() const { return edits.isEmpty() && picture.isEmpty(); }
    bool operator==(const Draft &other) const = default;
};

enum class DraftProblem
{
    None,
    NotJson,      // not a JSON object: corrupt or truncated
    NotADraft,    // JSON, but not this app's draft
    FutureFormat, // written by a newer version
    BadValue,     // a field of the wrong type or out of range
    TooLarge,     // larger than MaxDraftFileBytes
};

QByteArray serializeDraft(const Draft &draft);
// Reads a draft file's bytes. On failure returns nullopt and says why.
std::optional<Draft> parseDraft(const QByteArray &bytes, DraftProblem *problem = nullptr,
                                QString *detail = nullptr);
// Whether `path` may name a picture in the app data directory: relative, no "..", no
// backslash or control characters, at most 255 characters.
bool isSafeRelativePath(const QString &path);

// How an edited field of a leftover draft compares with the server now.
struct DraftDifference
{
    Field field = Field::Name;
    QString draftValue;  // what the person had typed
    QString baseValue;   // what the server had when they typed it
    QString serverValue; // what the server has now
    // The server changed this field since the draft's base: restoring would overwrite that.
    bool serverChanged = false;
};

enum class FieldChoice
{
    Draft,
    Server
};

// A leftover draft offered back: the fields where it differs from the server now.
struct DraftRecovery
{
    Draft draft;
    QList<DraftDifference> fields;
    bool hasPicture() const { return !draft.picture.isEmpty(); }
    bool hasConflicts() const;
    bool isEmpty() const { return fields.isEmpty() && !hasPicture(); }
};

// The differences worth offering: edited fields whose (normalised) value is not what the server
// has now. A field the person did not edit follows the server and is not listed.
DraftRecovery recoveryFor(const Draft &draft, const ProfileValues &server);

} // namespace whop::profile

Q_DECLARE_METATYPE(whop::profile::DraftRecovery)
