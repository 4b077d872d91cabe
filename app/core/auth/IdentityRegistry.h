#pragma once

#include "auth/Identity.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace whop::auth {

// The identities the person keeps, without their secrets: a JSON file with a format version in
// the app's config directory, written atomically (QSaveFile). Temporary identities (from the
// environment) are listed but never written.
class IdentityRegistry : public QObject
{
    Q_OBJECT
public:
    static constexpr int FormatVersion = 1;

    // `path` empty: identities.json in the app's config folder (AppFolders.h)
    explicit IdentityRegistry(const QString &path = {}, QObject *parent = nullptr);

    // Reads the file. A missing file is an empty list; an unreadable, corrupt or newer-format
    // file is renamed aside (never deleted) and `problem` says so.
    bool load(QString *problem = nullptr);
    bool save(QString *problem = nullptr) const;

    const QList<Identity> &identities() const { return m_identities; }
    const Identity *find(const QString &id) const;
    QString currentId() const { return m_currentId; }
    void setCurrentId(const QString &id);

    void upsert(const Identity &identity); // by id; saves unless temporary
    // Changes the identity with `id` (when there is one) through `change`; upserts it if that
    // changed anything.
    void update(const QString &id, const std::function<void(Identity &)> &change);
    bool rename(const QString &id, const QString &label);
    bool remove(const QString &id);
    QString path() const { return m_path; }

    // Small per-identity preferences (the chosen mode and account, ...), stored with it.
    QJsonObject preferences(const QString &id) const { return m_preferences.value(id); }
    void setPreferences(const QString &id, const QJsonObject &preferences);

Q_SIGNALS:
    void changed();

private:
    QString m_path;
    QList<Identity> m_identities;
    QHash<QString, QJsonObject> m_preferences;
    QString m_currentId;
};

} // namespace whop::auth
