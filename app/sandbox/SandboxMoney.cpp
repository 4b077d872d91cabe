#include "sandbox/SandboxMoney.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

namespace whop::sandbox::data {

namespace {

// The sandbox's own bound on a balance history (Whop documents none): the newest points only.
constexpr int MaxHistoryPoints = 1000;
constexpr qint64 Day = 24 * 60 * 60;

QString textOr(const QJsonObject &o, const char *key, const char *fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString::fromLatin1(fallback);
}

// When `text` (an ISO 8601 date or date-time) is; invalid when it is neither.
QDateTime instant(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            when = date.startOfDay(QTimeZone::utc());
    }
    return when;
}

} // namespace

QJsonObject storedBalance(const QJsonObject &stored)
{
    if (stored.value("balance").isObject())
        return stored.value("balance").toObject();
    if (stored.value("total_usd").isString()) {
        const QString total = stored.value("total_usd").toString();
        return QJsonObject{{"total_usd", total}, {"cash_usd", total}, {"crypto_usd", "0.00"}};
    }
    return {};
}

QJsonObject nestedBalance(const QJsonObject &stored)
{
    QJsonObject b = storedBalance(stored);
    if (b.isEmpty())
        return b;
    const QString cash = textOr(b, "cash_usd", "0.00");
    const QString crypto = textOr(b, "crypto_usd", "0.00");
    b.insert("cash_usd", cash);
    b.insert("crypto_usd", crypto);
    b.insert("total_usd", textOr(b, "total_usd", "0.00"));
    b.insert("pending_usd", textOr(b, "pending_usd", "0.00"));
    b.insert("treasury_pending_usd", textOr(b, "treasury_pending_usd", "0.00"));
    b.insert("businesses_total_usd", textOr(b, "businesses_total_usd", "0.00"));
    if (!b.value("businesses").isArray())
        b.insert("businesses", QJsonArray()); // "excludes accounts with no balance"
    if (!b.value("cash").isArray()) {
        QJsonArray list;
        if (const double usd = cash.toDouble(); usd != 0.0)
            list.append(QJsonObject{{"currency", "usd"},
                                    {"balance", usd},
                                    {"balance_usd", usd},
                                    {"pending_balance_usd", 0.0},
                                    {"reserve_balance_usd", 0.0},
                                    {"total_withdrawable_balance", usd}});
        b.insert("cash", list);
    }
    if (!b.value("crypto").isArray()) {
        QJsonArray list;
        if (const double usd = crypto.toDouble(); usd != 0.0)
            list.append(QJsonObject{{"symbol", "USDT"},
                                    {"name", "Tether USD"},
                                    {"balance", crypto},
                                    {"value_usd", usd},
                                    {"price_usd", 1.0},
                                    {"icon_url", "https://assets.whop.com/tokens/usdt.png"}});
        b.insert("crypto", list);
    }
    return b;
}

QJsonObject earnings(const QJsonObject &stored)
{
    if (stored.value("earnings_usd").isObject())
        return stored.value("earnings_usd").toObject();
    const QJsonObject nothing{{"last_24_hours", "0.00"},
                              {"last_7_days", "0.00"},
                              {"last_30_days", "0.00"},
                              {"lifetime", "0.00"}};
    return QJsonObject{{"first_earned_at", QJsonValue::Null},
                       {"total", nothing},
                       {"personal", nothing},
                       {"owned_accounts", nothing}};
}

ApiError addBalanceHistory(QJsonObject *user, const QJsonObject &stored, const QUrlQuery &query)
{
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
    };
    const QString include = value("include_balance_history");
    if (!query.hasQueryItem("include_balance_history") || include == QLatin1String("false"))
        return {};
    if (include != QLatin1String("true"))
        return badRequest("invalid_parameter", "include_balance_history must be true or false.",
                          "include_balance_history");

    static const QHash<QString, qint64> steps{
        {"hour", 60 * 60}, {"day", Day}, {"week", 7 * Day}, {"month", 30 * Day}};
    const QString interval = query.hasQueryItem("interval") ? value("interval") : "day";
    if (!steps.contains(interval))
        return badRequest("invalid_parameter", "interval must be hour, day, week or month.",
                          "interval");
    const qint64 step = steps.value(interval);
    const QDateTime to =
        query.hasQueryItem("to") ? instant(value("to")) : QDateTime::currentDateTimeUtc();
    if (!to.isValid())
        return badRequest("invalid_parameter", "to must be an ISO 8601 date or date-time.", "to");
    const QDateTime from = query.hasQueryItem("from") ? instant(value("from")) : to.addDays(-30);
    if (!from.isValid())
        return badRequest("invalid_parameter", "from must be an ISO 8601 date or date-time.",
                          "from");
    if (from > to)
        return badRequest("invalid_parameter", "from must not be after to.", "from");

    // A steady climb to today's total: the sandbox keeps no ledger to replay.
    const double total = storedBalance(stored).value("total_usd").toString().toDouble();
    const qint64 first = from.toSecsSinceEpoch();
    const qint64 count = (to.toSecsSinceEpoch() - first) / step + 1;
    const qint64 skipped = std::max<qint64>(0, count - MaxHistoryPoints);
    QJsonArray points;
    double last = 0.0;
    double low = 0.0;
    double high = 0.0;
    if (total != 0.0) {
        for (qint64 i = skipped; i < count; ++i) {
            const double v = std::round(total * double(i + 1) / double(count) * 100.0) / 100.0;
            points.append(QJsonObject{{"t", first + i * step}, {"v", v}});
            low = i == skipped ? v : std::min(low, v);
            high = std::max(high, v);
            last = v;
        }
    }
    user->insert("balance_history",
                 QJsonObject{{"data", points}, {"last", last}, {"min", low}, {"max", high}});
    return {};
}

} // namespace whop::sandbox::data
