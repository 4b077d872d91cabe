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

    // Money, when the self view returns it: flat (before 2026-07-08) or nested `balance`.
    std::optional<QString> totalUsd;
    QList<Balance> balances;
    QList<QPair<QString, QString>> balanceSummary; // nested balance: key -> value, in order

    QString individualVerification; // KYC status, empty when null
    QString businessVerification;   // KYB status, empty when null

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
