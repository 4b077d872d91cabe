// SandboxServer::changeElsewhere: a profile changed behind the client's back, between its load
// and its save, as the web dashboard, another device or a teammate's API key would change it.

#include "sandbox/SandboxPrivate.h"

#include <QRegularExpression>

namespace whop::sandbox {

bool SandboxServer::changeElsewhere(const QString &userId, const QJsonObject &fields,
                                    const QString &accountId)
{
    const QJsonObject user = d->users.find(userId);
    if (user.isEmpty() || user.value("id").toString() != userId)
        return false;
    if (!accountId.isEmpty() && !d->accountStore.find(accountId))
        return false;
    QJsonObject changes;
    for (const char *key : {"name", "bio", "username"}) {
        const QJsonValue value = fields.value(QLatin1String(key));
        if (value.isString())
            changes.insert(QLatin1String(key), value);
    }
    if (changes.contains("username")) {
        static const QRegularExpression pattern("^[A-Za-z0-9-]{1,42}$");
        const QString username = changes.value("username").toString();
        const QJsonObject holder = d->users.find(username);
        if (!pattern.match(username).hasMatch() ||
            (!holder.isEmpty() && holder.value("id").toString() != userId))
            return false;
    }
    if (fields.contains("profile_picture")) {
        // A new URL each time, as a new upload would get.
        const QString name = QString("%1-elsewhere-%2").arg(userId).arg(++d->elsewhereCount);
        changes.insert("profile_picture", data::generatedPicture(d->origin(), name));
    }
    if (accountId.isEmpty()) {
        QJsonObject updated = user;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            updated.insert(it.key(), it.value());
        d->users.put(updated);
        d->avatarCache.remove(userId);
        return true;
    }
    QJsonObject override = d->accountStore.override_(accountId, userId);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        override.insert(it.key(), it.value());
    d->accountStore.putOverride(accountId, userId, override);
    return true;
}

} // namespace whop::sandbox
