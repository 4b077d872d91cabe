#pragma once

#include "api/User.h"
#include "api/UserChanges.h"

#include <QString>

namespace whop::profile {

enum class Field
{
    Name,
    Username,
    Bio
};
inline constexpr Field AllFields[] = {Field::Name, Field::Username, Field::Bio};

QString fieldKey(Field field); // the wire name (api::UserChanges): "name", "username", "bio"
bool fieldFromKey(const QString &key, Field *field);

inline constexpr int MaxNameLength = 100;
inline constexpr int MaxUsernameLength = 42;

// The editable part of a profile.
struct ProfileValues
{
    QString name;
    QString username;
    QString bio;

    QString value(Field field) const;
    void setValue(Field field, const QString &text);
    static ProfileValues fromUser(const api::User &user);
    bool operator==(const ProfileValues &other) const = default;
};

// Unifies line endings (CRLF and CR become LF) and, for name and username, drops leading and
// trailing white space: what would be sent for this field.
QString normalized(Field field, const QString &text);

// Counts what a person sees as characters (Unicode code points), not UTF-16 units.
int characterCount(const QString &text);

// Why the (normalised) value cannot be sent, or empty when it can.
QString validationError(Field field, const QString &text);

// The PATCH body: exactly the fields whose normalised draft differs from the snapshot.
api::UserChanges buildPatch(const ProfileValues &snapshot, const ProfileValues &draft);

// The value `changes` sends for `field` (nullopt: it sends none), and setting it.
std::optional<QString> changeOf(const api::UserChanges &changes, Field field);
void setChange(api::UserChanges *changes, Field field, const QString &value);

} // namespace whop::profile
