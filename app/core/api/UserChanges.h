#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace whop::api {

// The body of PATCH /users/{id}: only the fields that change (docs/api/whop-api.md, "Users").
// Every PATCH the editor sends is built here, so the wire names live in one place.
struct UserChanges
{
    // The wire names (docs/api/openapi.yaml, UpdateUserRequest).
    static constexpr QLatin1String NameKey{"name"};
    static constexpr QLatin1String UsernameKey{"username"};
    static constexpr QLatin1String BioKey{"bio"};
    static constexpr QLatin1String PictureKey{"profile_picture"};
    static constexpr QLatin1String PictureIdKey{"id"}; // inside profile_picture

    // Each defaults to "not sent"; `UserChanges{.bio = text}` names one field.
    std::optional<QString> name{};
    std::optional<QString> username{};
    std::optional<QString> bio{};
    std::optional<QString> pictureFileId{}; // a `file_…` id: profile_picture {"id": …}

    bool isEmpty() const { return !name && !username && !bio && !pictureFileId; }
    // The wire names of the fields it sends, in the order name, username, bio, profile_picture.
    QStringList fieldNames() const;
    bool names(QLatin1String key) const;

    // {"name": …, "username": …, "bio": …, "profile_picture": {"id": "file_…"}}, only the fields
    // set.
    QJsonObject toJson() const;
    QByteArray toBody() const; // compact JSON, as sent
    // Reads a body back (the journal keeps what was sent). Unknown keys are ignored; a known key
    // with the wrong type fails with `error` saying which.
    static std::optional<UserChanges> fromJson(const QJsonObject &object, QString *error = nullptr);

    bool operator==(const UserChanges &other) const = default;
};

} // namespace whop::api

Q_DECLARE_METATYPE(whop::api::UserChanges)
