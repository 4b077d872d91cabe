#include "auth/IdentityRegistry.h"

#include "auth/AuthLogging.h"
#include "files/AppFolders.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace whop::auth {

namespace {
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions Others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
} // namespace

IdentityRegistry::IdentityRegistry(const QString &path, QObject *parent)
    : QObject(parent), m_path(path)
{
    if (m_path.isEmpty())
        m_path = files::configFolder() + QStringLiteral("/identities.json");
}

bool IdentityRegistry::load(QString *problem)
{
    m_identities.erase(std::remove_if(m_identities.begin(), m_identities.end(),
                                      [](const Identity &i) { return !i.temporary; }),
                       m_identities.end());
    m_preferences.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    // A file an earlier version wrote readable by others is made the person's only.
    if (file.permissions() & Others)
        file.setPermissions(OwnerOnly);
    auto setAside = [this, problem](const QString &why) {
        const QString aside =
            m_path + QStringLiteral(".unreadable-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        QFile::rename(m_path, aside);
        if (problem)
            *problem = QObject::tr("The list of identities could not be read (%1). It was kept "
                                   "as %2; add your identities again.")
                           .arg(why, aside);
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return setAside(file.errorString());
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024));
    file.close();
    if (!doc.isObject())
        return setAside(QObject::tr("not valid JSON"));
    const QJsonObject root = doc.object();
    const int format = root.value(QLatin1String("format")).toInt(-1);
    if (format < 1 || format > FormatVersion)
        return setAside(QObject::tr("format %1 is not one this version understands").arg(format));
    for (const auto &v : root.value(QLatin1String("identities")).toArray()) {
        const QJsonObject o = v.toObject();
        if (auto identity = Identity::fromJson(o)) {
            m_identities.append(*identity);
            const QJsonObject prefs = o.value(QLatin1String("preferences")).toObject();
            if (!prefs.isEmpty())
                m_preferences.insert(identity->id, prefs);
        }
    }
    const QString current = root.value(QLatin1String("current")).toString();
    if (find(current))
        m_currentId = current;
    Q_EMIT changed();
    return true;
}

bool IdentityRegistry::save(QString *problem) const
{
    QJsonArray list;
    for (const Identity &i : m_identities) {
        if (i.temporary)
            continue;
        QJsonObject o = i.toJson();
        if (m_preferences.contains(i.id))
            o.insert(QStringLiteral("preferences"), m_preferences.value(i.id));
        list.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), FormatVersion},
                     {QStringLiteral("identities"), list}};
    const Identity *current = find(m_currentId);
    if (current && !current->temporary)
        root.insert(QStringLiteral("current"), m_currentId);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    // Readable by the person only, like the drafts: it names their accounts and users.
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 ||
        !file.setPermissions(OwnerOnly) || !file.commit()) {
        if (problem)
            *problem = file.errorString();
        qCWarning(lcAuth) << "could not save identities:" << file.errorString();
        return false;
    }
    return true;
}

const Identity *IdentityRegistry::find(const QString &id) const
{
    for (const Identity &i : m_identities) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

void IdentityRegistry::setCurrentId(const QString &id)
{
    if (m_currentId == id)
        return;
    m_currentId = id;
    save();
    Q_EMIT changed();
}

void IdentityRegistry::upsert(const Identity &identity)
{
    auto it = std::find_if(m_identities.begin(), m_identities.end(),
                           [&](const Identity &i) { return i.id == identity.id; });
    if (it != m_identities.end())
        *it = identity;
    else
        m_identities.append(identity);
    if (!identity.temporary)
        save();
    Q_EMIT changed();
}

void IdentityRegistry::update(const QString &id, const std::function<void(Identity &)> &change)
{
    const Identity *current = find(id);
    if (!current)
        return;
    Identity changed = *current;
    change(changed);
    if (!(changed == *current))
        upsert(changed);
}

bool IdentityRegistry::rename(const QString &id, const QString &label)
{
    const QString trimmed = label.trimmed();
    auto it = std::find_if(m_identities.begin(), m_identities.end(),
                           [&](const Identity &i) { return i.id == id; });
    if (it == m_identities.end() || trimmed.isEmpty())
        return false;
    it->label = trimmed;
    save();
    Q_EMIT changed();
    return true;
}

bool IdentityRegistry::remove(const QString &id)
{
    const auto before = m_identities.size();
    m_identities.erase(std::remove_if(m_identities.begin(), m_identities.end(),
                                      [&](const Identity &i) { return i.id == id; }),
                       m_identities.end());
    if (m_identities.size() == before)
        return false;
    m_preferences.remove(id);
    if (m_currentId == id)
        m_currentId.clear();
    save();
    Q_EMIT changed();
    return true;
}

void IdentityRegistry::setPreferences(const QString &id, const QJsonObject &preferences)
{
    m_preferences.insert(id, preferences);
    const Identity *identity = find(id);
    if (identity && !identity->temporary)
        save();
}

} // namespace whop::auth
