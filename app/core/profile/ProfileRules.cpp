#include "profile/ProfileRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace whop::profile {

QString fieldKey(Field field)
{
    switch (field) {
    case Field::Name:
        return api::UserChanges::NameKey;
    case Field::Username:
        return api::UserChanges::UsernameKey;
    case Field::Bio:
        return api::UserChanges::BioKey;
    }
    return {};
}

bool fieldFromKey(const QString &key, Field *field)
{
    for (Field f : AllFields) {
        if (fieldKey(f) == key) {
            *field = f;
            return true;
        }
    }
    return false;
}

QString ProfileValues::value(Field field) const
{
    switch (field) {
    case Field::Name:
        return name;
    case Field::Username:
        return username;
    case Field::Bio:
        return bio;
    }
    return {};
}

void ProfileValues::setValue(Field field, const QString &text)
{
    switch (field) {
    case Field::Name:
        name = text;
        break;
    case Field::Username:
        username = text;
        break;
    case Field::Bio:
        bio = text;
        break;
    }
}

ProfileValues ProfileValues::fromUser(const api::User &user)
{
    return {user.displayName(), user.username, user.bioText()};
}

QString normalized(Field field, const QString &text)
{
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (field != Field::Bio)
        out = out.trimmed();
    return out;
}

int characterCount(const QString &text)
{
    int count = 0;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (!it->isLowSurrogate())
            ++count;
    }
    return count;
}

QString validationError(Field field, const QString &text)
{
    const QString value = normalized(field, text);
    switch (field) {
    case Field::Name:
        if (characterCount(value) > MaxNameLength)
            return QCoreApplication::translate("whop::profile",
                                               "The name can have at most %1 characters.")
                .arg(MaxNameLength);
        return {};
    case Field::Username: {
        if (value.isEmpty())
            return QCoreApplication::translate("whop::profile", "A username is required.");
        if (value.size() > MaxUsernameLength)
            return QCoreApplication::translate("whop::profile",
                                               "The username can have at most %1 characters.")
                .arg(MaxUsernameLength);
        static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9-]+$"));
        if (!allowed.match(value).hasMatch())
            return QCoreApplication::translate(
                "whop::profile",
                "A username uses only letters, digits and hyphens (no spaces or symbols).");
        return {};
    }
    case Field::Bio:
        return {}; // Whop does not publish a bio limit; the server's answer is shown instead.
    }
    return {};
}

api::UserChanges buildPatch(const ProfileValues &snapshot, const ProfileValues &draft)
{
    api::UserChanges patch;
    for (Field f : AllFields) {
        const QString now = normalized(f, draft.value(f));
        if (now != normalized(f, snapshot.value(f)))
            setChange(&patch, f, now);
    }
    return patch;
}

namespace {
std::optional<QString> api::UserChanges::*memberOf(Field field)
{
    switch (field) {
    case Field::Name:
        return &api::UserChanges::name;
    case Field::Username:
        return &api::UserChanges::username;
    case Field::Bio:
        return &api::UserChanges::bio;
    }
    return &api::UserChanges::name;
}
} // namespace

std::optional<QString> changeOf(const api::UserChanges &changes, Field field)
{
    return changes.*memberOf(field);
}

void setChange(api::UserChanges *changes, Field field, const QString &value)
{
    changes->*memberOf(field) = value;
}

} // namespace whop::profile
