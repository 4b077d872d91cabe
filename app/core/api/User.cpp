#include "api/User.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace whop::api {

bool operator==(const Balance &a, const Balance &b)
{
    return a.symbol == b.symbol && a.name == b.name && a.amount == b.amount &&
           a.valueUsd == b.valueUsd;
}

namespace {

// Reads an optional string-or-null member. Returns false when the member has another type.
bool readNullableString(const QJsonObject &o, const char *key, std::optional<QString> *out,
                        QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        out->reset();
        return true;
    }
    if (!v.isString()) {
        if (error)
            *error = QStringLiteral("'%1' is not a string").arg(QLatin1String(key));
        return false;
    }
    *out = v.toString();
    return true;
}

// Money amounts arrive as decimal strings, occasionally as numbers; keep them as text.
QString amountText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', 2);
    return {};
}

EarningsPeriods periodsFrom(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {amountText(o.value(QLatin1String("last_24_hours"))),
            amountText(o.value(QLatin1String("last_7_days"))),
            amountText(o.value(QLatin1String("last_30_days"))),
            amountText(o.value(QLatin1String("lifetime")))};
}

std::optional<Earnings> earningsFrom(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    Earnings e;
    e.total = periodsFrom(o.value(QLatin1String("total")));
    e.personal = periodsFrom(o.value(QLatin1String("personal")));
    e.ownedAccounts = periodsFrom(o.value(QLatin1String("owned_accounts")));
    e.firstEarnedAt = QDateTime::fromString(o.value(QLatin1String("first_earned_at")).toString(),
                                            Qt::ISODateWithMs);
    return e;
}

std::optional<BalanceHistory> historyFrom(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    BalanceHistory h;
    for (const auto &item : o.value(QLatin1String("data")).toArray()) {
        const QJsonValue t = item.toObject().value(QLatin1String("t"));
        const QJsonValue usd = item.toObject().value(QLatin1String("v"));
        // Range-checked before the cast: a huge number cast to an integer is undefined behaviour.
        if (t.isDouble() && usd.isDouble() && std::abs(t.toDouble()) < 1e11)
            h.points.append({static_cast<qint64>(t.toDouble()), usd.toDouble()});
    }
    h.last = o.value(QLatin1String("last")).toDouble();
    h.min = o.value(QLatin1String("min")).toDouble();
    h.max = o.value(QLatin1String("max")).toDouble();
    return h;
}

QString verificationStatus(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject().value(QLatin1String("status")).toString();
    if (v.isString())
        return v.toString();
    return {};
}

} // namespace

std::optional<User> parseUser(const QByteArray &body, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = body.trimmed().isEmpty() ? QStringLiteral("the answer was empty")
                                              : QStringLiteral("the answer is not valid JSON (%1)")
                                                    .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("the answer is not a JSON object");
        return std::nullopt;
    }
    return parseUser(doc.object(), error);
}

std::optional<User> parseUser(const QJsonObject &o, QString *error)
{
    User u;
    const QJsonValue id = o.value(QLatin1String("id"));
    const QJsonValue username = o.value(QLatin1String("username"));
    if (!id.isString() || id.toString().isEmpty() || !username.isString()) {
        if (error)
            *error = QStringLiteral("the answer is not a user (no id or username)");
        return std::nullopt;
    }
    u.id = id.toString();
    u.username = username.toString();
    if (!readNullableString(o, "name", &u.name, error) ||
        !readNullableString(o, "bio", &u.bio, error))
        return std::nullopt;

    const QJsonValue created = o.value(QLatin1String("created_at"));
    if (created.isString())
        u.createdAt = QDateTime::fromString(created.toString(), Qt::ISODateWithMs);
    // Some older shapes send a unix timestamp. Range-checked before the cast: a huge number cast
    // to an integer is undefined behaviour.
    else if (created.isDouble() && std::abs(created.toDouble()) < 1e11)
        u.createdAt = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(created.toDouble()),
                                                    QTimeZone::utc());

    const QJsonValue picture = o.value(QLatin1String("profile_picture"));
    if (picture.isObject()) {
        const QJsonValue url = picture.toObject().value(QLatin1String("url"));
        if (url.isString())
            u.pictureUrl = QUrl(url.toString(), QUrl::StrictMode);
        if (!u.pictureUrl.isValid())
            u.pictureUrl.clear();
    } else if (!picture.isNull() && !picture.isUndefined()) {
        if (error)
            *error = QStringLiteral("'profile_picture' is neither an object nor null");
        return std::nullopt;
    }

    const QJsonValue total = o.value(QLatin1String("total_usd"));
    if (total.isString() || total.isDouble())
        u.totalUsd = amountText(total);
    const QJsonValue balances = o.value(QLatin1String("balances"));
    if (balances.isArray()) {
        for (const auto &item : balances.toArray()) {
            if (!item.isObject())
                continue;
            const QJsonObject b = item.toObject();
            u.balances.append({b.value(QLatin1String("symbol")).toString(),
                               b.value(QLatin1String("name")).toString(),
                               amountText(b.value(QLatin1String("balance"))),
                               amountText(b.value(QLatin1String("value_usd")))});
        }
    }
    const QJsonValue nested = o.value(QLatin1String("balance"));
    if (nested.isObject()) {
        const QJsonObject b = nested.toObject();
        for (auto it = b.begin(); it != b.end(); ++it) {
            const QString text = amountText(it.value());
            if (!text.isEmpty())
                u.balanceSummary.append({it.key(), text});
        }
        if (!u.totalUsd && b.contains(QLatin1String("total_usd")))
            u.totalUsd = amountText(b.value(QLatin1String("total_usd")));
    }

    const QJsonValue verification = o.value(QLatin1String("verification"));
    if (verification.isObject()) {
        const QJsonObject v = verification.toObject();
        u.individualVerification = verificationStatus(v.value(QLatin1String("individual")));
        u.businessVerification = verificationStatus(v.value(QLatin1String("business")));
    }

    u.earnings = earningsFrom(o.value(QLatin1String("earnings_usd")));
    u.balanceHistory = historyFrom(o.value(QLatin1String("balance_history")));
    u.partnerSince = QDateTime::fromString(
        o.value(QLatin1String("whop_partner_enabled_at")).toString(), Qt::ISODateWithMs);
    return u;
}

} // namespace whop::api
