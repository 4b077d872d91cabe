#include "api/UserChanges.h"

#include <QJsonDocument>

namespace whop::api {

QStringList UserChanges::fieldNames() const
{
    QStringList keys;
    if (name)
        keys << NameKey;
    if (username)
        keys << UsernameKey;
    if (bio)
        keys << BioKey;
    if (pictureFileId)
        keys << PictureKey;
    return keys;
}

bool UserChanges::names(QLatin1String key) const
{
    if (key == NameKey)
        return name.has_value();
    if (key == UsernameKey)
        return username.has_value();
    if (key == BioKey)
        return bio.has_value();
    if (key == PictureKey)
        return pictureFileId.has_value();
    return false;
}

QJsonObject UserChanges::toJson() const
{
    QJsonObject body;
    if (name)
        body.insert(NameKey, *name);
    if (username)
        body.insert(UsernameKey, *username);
    if (bio)
        body.insert(BioKey, *bio);
    if (pictureFileId)
        body.insert(PictureKey, QJsonObject{{PictureIdKey, *pictureFileId}});
    return body;
}

QByteArray UserChanges::toBody() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<UserChanges> UserChanges::fromJson(const QJsonObject &object, QString *error)
{
    UserChanges changes;
    const auto text = [&](QLatin1String key, std::optional<QString> *out) {
        const auto it = object.constFind(key);
        if (it == object.constEnd())
            return true;
        if (!it->isString()) {
            if (error)
                *error = QStringLiteral("'%1' is not a string").arg(key);
            return false;
        }
        *out = it->toString();
        return true;
    };
    if (!text(NameKey, &changes.name) || !text(UsernameKey, &changes.username) ||
        !text(BioKey, &changes.bio))
        return std::nullopt;
    if (const auto it = object.constFind(PictureKey); it != object.constEnd()) {
        const QJsonValue id = it->toObject().value(PictureIdKey);
        if (!it->isObject() || !id.isString()) {
            if (error)
                *error = QStringLiteral("'%1' is not an object with a string 'id'").arg(PictureKey);
            return std::nullopt;
        }
        changes.pictureFileId = id.toString();
    }
    return changes;
}

} // namespace whop::api
