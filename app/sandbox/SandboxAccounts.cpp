#include "sandbox/SandboxAccounts.h"

#include "sandbox/SandboxPrivate.h"

#include <QJsonDocument>

namespace whop::sandbox::accounts {

namespace {

constexpr int DemoStudioCount = 119; // plus DemoAccountId: 120 accounts, three pages of 50
constexpr int ConnectedCount = 4;
constexpr const char *CursorPrefix = "cursor:v1:";

// Readable, varied titles so that filtering a list of 120 means something.
QString studioTitle(int i)
{
    static const char *const adjectives[] = {"Acme",      "Bright", "Cobalt",   "Daring",
                                             "Evergreen", "Golden", "Harbor",   "Indigo",
                                             "Juniper",   "Lucky",  "Northern", "Zürich"};
    static const char *const nouns[] = {"Fitness", "Ideas",  "Café",  "Pixel",  "Garden",
                                        "Rocket",  "Crafts", "Sound", "Market", "Trail"};
    static const char *const suffixes[] = {"",        "Lab",        "Studio", "Club",
                                           "Academy", "Collective", "Co."};
    const int k = i - 1; // 0..118: (adjective, noun) pairs are all different
    QString title =
        QString::fromUtf8(adjectives[k % 12]) + ' ' + QString::fromUtf8(nouns[(k / 12 + k) % 10]);
    if (const char *suffix = suffixes[(k * 3) % 7]; *suffix)
        title += ' ' + QString::fromUtf8(suffix);
    return title;
}

// "Zürich Café Co." -> "zurich-cafe-co"
QString routeOf(const QString &title)
{
    QString route;
    for (const QChar c : title.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            route += c.toLower();
        else if ((c.isSpace() || c == '-') && !route.endsWith('-'))
            route += '-';
    }
    while (route.endsWith('-'))
        route.chop(1);
    return route;
}

} // namespace

void Store::seed()
{
    const QString demoUser = SandboxServer::DemoUserId;
    const QString demoAccount = SandboxServer::DemoAccountId;
    QStringList connected;
    for (int i = 1; i <= ConnectedCount; ++i)
        connected << QString("biz_Studio%1").arg(i, 3, 10, QLatin1Char('0'));
    addAccount({demoAccount, "Demo Studio", "demo-studio", connected});
    addMember(demoAccount, demoUser);
    for (int i = 1; i <= DemoStudioCount; ++i) {
        const QString title = studioTitle(i);
        const QString id = QString("biz_Studio%1").arg(i, 3, 10, QLatin1Char('0'));
        addAccount({id, title, routeOf(title), {}});
        addMember(id, demoUser);
    }
    // Accounts the demo user does not belong to (403 for the demo user and the demo keys).
    addAccount({"biz_Foreign001", "Foreign Goods Ltd", "foreign-goods", {}});
    addAccount({"biz_Foreign002", "Elsewhere Media", "elsewhere-media", {}});
    addAccount({"biz_Foreign003", "Nobody's Business", "nobodys-business", {}});
    addMember("biz_Foreign001", "user_Alice0000001");
    addMember(demoAccount, "user_Alice0000001");
    addMember(demoAccount, "user_TakenName01");
    m_installs = accountsOf(demoUser);
    putOverride(demoAccount, demoUser, QJsonObject{{"name", "Demo at Studio"}});
}

void Store::addAccount(const Account &account)
{
    if (const auto it = m_index.constFind(account.id); it != m_index.cend()) {
        m_accounts[it.value()] = account;
        return;
    }
    m_index.insert(account.id, m_accounts.size());
    m_accounts.append(account);
}

std::optional<Account> Store::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return std::nullopt;
    return m_accounts.at(it.value());
}

QString Store::label(const QString &id) const
{
    const auto account = find(id);
    return account ? account->title : id;
}

void Store::addMember(const QString &accountId, const QString &userId)
{
    QStringList &accounts = m_memberships[userId];
    if (!accounts.contains(accountId))
        accounts.append(accountId);
}

bool Store::isMember(const QString &accountId, const QString &userId) const
{
    return m_memberships.value(userId).contains(accountId);
}

QStringList Store::accountsOf(const QString &userId) const
{
    return m_memberships.value(userId);
}

void Store::addKey(const QByteArray &key, const ApiKey &apiKey)
{
    if (!find(apiKey.accountId))
        addAccount({apiKey.accountId, apiKey.accountId, {}, {}});
    m_keys.insert(key, apiKey);
}

void Store::removeKey(const QByteArray &key)
{
    m_keys.remove(key);
}

std::optional<ApiKey> Store::key(const QByteArray &key) const
{
    const auto it = m_keys.constFind(key);
    if (it == m_keys.cend())
        return std::nullopt;
    return it.value();
}

QStringList Store::visibleTo(const Caller &caller) const
{
    QStringList ids;
    switch (caller.kind) {
    case Caller::Kind::None:
        break;
    case Caller::Kind::User:
        ids = accountsOf(caller.userId);
        break;
    case Caller::Kind::AccountKey:
        ids << caller.accountId;
        if (const auto own = find(caller.accountId))
            ids += own->connected;
        break;
    case Caller::Kind::AppKey:
        ids << caller.accountId << m_installs;
        break;
    }
    ids.removeDuplicates();
    return ids;
}

bool Store::reaches(const Caller &caller, const QString &accountId) const
{
    return visibleTo(caller).contains(accountId);
}

QJsonObject Store::override_(const QString &accountId, const QString &userId) const
{
    return m_overrides.value(accountId).value(userId);
}

void Store::putOverride(const QString &accountId, const QString &userId, const QJsonObject &fields)
{
    m_overrides[accountId].insert(userId, fields);
}

QJsonObject Store::render(const Account &account, const QString &origin) const
{
    return QJsonObject{{"id", account.id},
                       {"title", account.title},
                       {"route", account.route.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(account.route)},
                       {"logo_url", origin + "/avatars/" + account.id + ".png"}};
}

const QStringList &overrideFields()
{
    static const QStringList fields{"name", "bio", "username", "profile_picture"};
    return fields;
}

QJsonObject merged(const QJsonObject &stored, const QJsonObject &fields)
{
    QJsonObject out = stored;
    for (const QString &key : overrideFields()) {
        if (fields.contains(key))
            out.insert(key, fields.value(key));
    }
    return out;
}

QString cursorFor(qsizetype index)
{
    const QByteArray raw = CursorPrefix + QByteArray::number(index);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qsizetype> indexOf(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(CursorPrefix))
        return std::nullopt;
    bool ok = false;
    const qsizetype index = decoded.decoded.mid(qsizetype(qstrlen(CursorPrefix))).toLongLong(&ok);
    if (!ok || index < 0)
        return std::nullopt;
    return index;
}

http::Response json(int status, const QJsonObject &object, const HeaderList &headers)
{
    return http::Response{status, http::JsonType, headers,
                          QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

http::Response error(const data::ApiError &e)
{
    return http::Response{e.status, http::JsonType, {}, data::errorBody(e)};
}

} // namespace whop::sandbox::accounts

namespace whop::sandbox {

void SandboxServer::addApiKey(const QByteArray &key, const QString &accountId, bool appKey)
{
    d->accountStore.addKey(key, accounts::ApiKey{accountId, appKey});
}

QStringList SandboxServer::accountIdsOf(const QString &userId) const
{
    const QJsonObject user = d->users.find(userId); // a username works too
    return d->accountStore.accountsOf(user.isEmpty() ? userId : user.value("id").toString());
}

QJsonObject SandboxServer::storedOverride(const QString &accountId, const QString &userId) const
{
    const QJsonObject user = d->users.find(userId);
    return d->accountStore.override_(accountId,
                                     user.isEmpty() ? userId : user.value("id").toString());
}

void SandboxServer::putOverride(const QString &accountId, const QString &userId,
                                const QJsonObject &fields)
{
    const QJsonObject user = d->users.find(userId);
    d->accountStore.putOverride(accountId, user.isEmpty() ? userId : user.value("id").toString(),
                                fields);
}

} // namespace whop::sandbox
