#pragma once

// Business accounts for the sandbox (docs/api/whop-api.md, "Accounts"): seeded accounts and who
// belongs to them, account and app API keys, and the per-account profile overrides, which are
// kept apart from the global profiles in data::UserStore.

#include "sandbox/SandboxData.h"
#include "sandbox/SandboxHttp.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace whop::sandbox::accounts {

// Who a bearer credential acts as.
struct Caller
{
    enum class Kind
    {
        None, // unknown, revoked or expired
        User,
        AccountKey,
        AppKey,
    };
    Kind kind = Kind::None;
    QString userId;     // User
    QString accountId;  // AccountKey, AppKey: the key's own account
    QStringList scopes; // OAuth access tokens: the granted scopes; empty: every scope
    bool isKey() const { return kind == Kind::AccountKey || kind == Kind::AppKey; }
    bool hasScope(const QString &scope) const { return scopes.isEmpty() || scopes.contains(scope); }
};

struct Account
{
    QString id;
    QString title;
    QString route;
    QStringList connected; // further accounts an account API key of this one reaches
};

struct ApiKey
{
    QString accountId;
    bool app = false; // an app key reaches its account and every account that installed the app
};

class Store
{
public:
    // The demo user's 120 accounts (DemoAccountId first), a few foreign ones, the demo
    // account's 4 connected accounts, the app installations and one override.
    void seed();

    void addAccount(const Account &account); // insert or replace by id
    std::optional<Account> find(const QString &id) const;
    QString label(const QString &id) const; // the title, else `id` (what an avatar shows)

    void addMember(const QString &accountId, const QString &userId);
    bool isMember(const QString &accountId, const QString &userId) const;
    QStringList accountsOf(const QString &userId) const; // in the order they were joined

    void addKey(const QByteArray &key, const ApiKey &apiKey); // creates an unknown account
    void removeKey(const QByteArray &key);
    std::optional<ApiKey> key(const QByteArray &key) const;

    // What GET /accounts lists for `caller`, in order; and whether it may act on `accountId`.
    QStringList visibleTo(const Caller &caller) const;
    bool reaches(const Caller &caller, const QString &accountId) const;

    QJsonObject override_(const QString &accountId, const QString &userId) const; // {} if none
    void putOverride(const QString &accountId, const QString &userId, const QJsonObject &fields);

    // The Account object of docs/api/openapi.yaml.
    QJsonObject render(const Account &account, const QString &origin) const;

private:
    QList<Account> m_accounts;
    QHash<QString, qsizetype> m_index;                       // id -> position in m_accounts
    QHash<QString, QStringList> m_memberships;               // user id -> account ids
    QStringList m_installs;                                  // accounts that installed the app
    QHash<QByteArray, ApiKey> m_keys;                        // API key -> what it is
    QHash<QString, QHash<QString, QJsonObject>> m_overrides; // account -> user -> fields
};

// The fields an override may set; each one present replaces the global value.
const QStringList &overrideFields();
// `stored` (a global profile) as an account whose override is `fields` shows it.
QJsonObject merged(const QJsonObject &stored, const QJsonObject &fields);

// Opaque page cursors: the position of an item in the listed sequence.
QString cursorFor(qsizetype index);
std::optional<qsizetype> indexOf(const QString &cursor);

http::Response json(int status, const QJsonObject &object, const HeaderList &headers = {});
http::Response error(const data::ApiError &error);

} // namespace whop::sandbox::accounts
