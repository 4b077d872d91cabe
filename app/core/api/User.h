#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace whop::api {

struct Balance
{
    QString symbol;
    QString name;
    QString amount;   // native units, decimal string
    QString valueUsd; // empty when unknown
};

// Declared before User, whose defaulted == compares a QList<Balance> (clang needs it visible).
bool operator==(const Balance &a, const Balance &b);

// Gross income in USD over the periods Whop's official SDK names (@whop/sdk 0.0.42,
// src/resources/users.ts, User.EarningsUsd), as decimal strings; empty when not given.
struct EarningsPeriods
{
    QString last24Hours;
    QString last7Days;
    QString last30Days;
    QString lifetime;
    bool operator==(const EarningsPeriods &other) const = default;
};

// `earnings_usd`: the personal wallet, the owned accounts, and both together.
struct Earnings
{
    EarningsPeriods total;
    EarningsPeriods personal;
    EarningsPeriods ownedAccounts;
    QDateTime firstEarnedAt; // invalid when null
    bool operator==(const Earnings &other) const = default;
};

// `balance_history`: the cumulative wallet balance in USD over time, oldest point first.
struct BalanceHistory
{
    struct Point
    {
        qint64 time = 0; // Unix seconds
        double usd = 0;
        bool operator==(const Point &other) const = default;
    };
    QList<Point> points;
    double last = 0;
    double min = 0;
    double max = 0;
    bool operator==(const BalanceHistory &other) const = default;
};

// A Whop user as GET/PATCH /users/{id} return it (docs/api/openapi.yaml, User), read leniently:
// nullable and missing optional fields are empty, unknown fields are ignored.
struct User
{
    QString id;
    QString username;
    std::optional<QString> name; // null stays distinct from ""
    std::optional<QString> bio;
    QDateTime createdAt; // invalid when absent or unparsable
    QUrl pictureUrl;     // empty when profile_picture is null

    // Money, when the self view returns it: flat (before 2026-07-08-1) or nested `balance`.
    std::optional<QString> totalUsd;
    QList<Balance> balances;
    QList<QPair<QString, QString>> balanceSummary; // nested balance: key -> value, in order

    QString individualVerification; // KYC status, empty when null
    QString businessVerification;   // KYB status, empty when null

    // What the SDK types beside these, read leniently: absent, null or of another type is
    // simply not there (none of them refuses a user).
    std::optional<Earnings> earnings;             // earnings_usd: single-user self reads
    std::optional<BalanceHistory> balanceHistory; // balance_history: only when asked for
    QDateTime partnerSince;                       // whop_partner_enabled_at; invalid when null

    QString displayName() const { return name.value_or(QString()); }
    QString bioText() const { return bio.value_or(QString()); }
    bool operator==(const User &other) const = default;
};

// Parses a User from a response body. On failure returns nullopt and says why in `error`:
// a body that is not a JSON object, lacks id/username, or has a field of the wrong type.
std::optional<User> parseUser(const QByteArray &body, QString *error = nullptr);
std::optional<User> parseUser(const QJsonObject &object, QString *error = nullptr);

} // namespace whop::api

Q_DECLARE_METATYPE(whop::api::User)
