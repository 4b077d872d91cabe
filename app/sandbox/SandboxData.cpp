#include "sandbox/SandboxData.h"

#include "avatar/InitialsFace.h"
#include "sandbox/SandboxMoney.h"

#include <QBuffer>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QRegularExpression>

namespace whop::sandbox::data {

namespace {

// Which version made the self view's flat `total_usd` + `balances` one nested `balance` is not
// documented: Whop's versions page lists 2026-07-01 and then nothing before the SDK's pins, and
// @whop/sdk pins 2026-07-08-1 and 2026-07-20 with the nested shape (src/resources/users.ts). So the
// nested shape from 2026-07-08-1 on is the sandbox's choice (docs/api/whop-api.md, "Versions").
constexpr const char *NestedBalanceSince = "2026-07-08-1";
constexpr qsizetype MaxNameCodePoints = 100;

QJsonValue stringOrNull(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v : QJsonValue(QJsonValue::Null);
}

QJsonObject noVerification()
{
    return QJsonObject{{"individual", QJsonValue::Null}, {"business", QJsonValue::Null}};
}

QJsonObject holding(const QString &symbol, const QString &name, const QString &amount,
                    const QJsonValue &iconUrl)
{
    const QJsonObject breakdown{{"available", amount}, {"pending", "0.00"}, {"reserve", "0.00"}};
    return QJsonObject{{"symbol", symbol},      {"name", name},     {"balance", amount},
                       {"value_usd", amount},   {"price_usd", 1.0}, {"icon_url", iconUrl},
                       {"breakdown", breakdown}};
}

// The old `balances` array: stored as is, else made from the nested balance.
QJsonArray storedBalances(const QJsonObject &stored)
{
    if (stored.value("balances").isArray())
        return stored.value("balances").toArray();
    const QJsonObject balance = storedBalance(stored);
    QJsonArray out;
    const QString cash = balance.value("cash_usd").toString();
    const QString crypto = balance.value("crypto_usd").toString();
    if (!cash.isEmpty() && cash.toDouble() != 0.0)
        out.append(holding("USD", "US Dollar", cash, QJsonValue::Null));
    if (!crypto.isEmpty() && crypto.toDouble() != 0.0)
        out.append(
            holding("USDT", "Tether USD", crypto, "https://assets.whop.com/tokens/usdt.png"));
    return out;
}

QJsonObject seededUser(const char *id, const char *username, const QJsonValue &name,
                       const QJsonValue &bio, const char *createdAt, const QJsonValue &picture)
{
    const QJsonObject zero{{"total_usd", "0.00"}, {"cash_usd", "0.00"}, {"crypto_usd", "0.00"}};
    return QJsonObject{{"id", id},
                       {"username", username},
                       {"name", name},
                       {"bio", bio},
                       {"created_at", createdAt},
                       {"profile_picture", picture},
                       {"balance", zero},
                       {"verification", noVerification()}};
}

QJsonObject pictureFor(const QString &origin, const QString &name)
{
    return QJsonObject{{"url", origin + "/avatars/" + name + ".png"}};
}

} // namespace

const QStringList &supportedVersions()
{
    // As Whop publishes them: its versions page (2025-01-01 to 2026-07-01) and the pins of its
    // official SDKs' releases (2026-07-08-1; @whop/sdk 0.0.42 sends 2026-07-20, src/client.ts).
    static const QStringList versions{"2025-01-01", "2026-06-08",   "2026-06-09", "2026-06-20",
                                      "2026-07-01", "2026-07-08-1", "2026-07-20"};
    return versions;
}

bool usesNestedBalance(const QString &version)
{
    const QStringList &all = supportedVersions();
    return all.indexOf(version) >= all.indexOf(QLatin1String(NestedBalanceSince));
}

QByteArray errorBody(const ApiError &error)
{
    QJsonObject inner = error.extra;
    if (!error.type.isEmpty())
        inner.insert("type", error.type);
    if (!error.code.isEmpty())
        inner.insert("code", error.code);
    inner.insert("message", error.message);
    if (!error.param.isEmpty())
        inner.insert("param", error.param);
    return QJsonDocument(QJsonObject{{"error", inner}}).toJson(QJsonDocument::Compact);
}

ApiError badRequest(const QString &code, const QString &message, const QString &param)
{
    return ApiError{400, "invalid_request_error", code, message, param, {}};
}

ApiError unprocessable(const QString &code, const QString &message, const QString &param)
{
    return ApiError{422, "invalid_request_error", code, message, param, {}};
}

QJsonObject renderUser(const QJsonObject &stored, const QString &version, bool selfView)
{
    QJsonObject out{{"id", stored.value("id").toString()},
                    {"username", stored.value("username").toString()},
                    {"name", stringOrNull(stored, "name")},
                    {"bio", stringOrNull(stored, "bio")},
                    {"created_at", stored.value("created_at").toString()},
                    {"profile_picture", stored.value("profile_picture").isObject()
                                            ? stored.value("profile_picture")
                                            : QJsonValue(QJsonValue::Null)}};
    const QJsonObject balance = storedBalance(stored);
    if (usesNestedBalance(version)) {
        out.insert("balance", selfView && !balance.isEmpty() ? QJsonValue(nestedBalance(stored))
                                                             : QJsonValue(QJsonValue::Null));
    } else {
        const QJsonValue total = balance.value("total_usd");
        out.insert("total_usd", selfView && total.isString() ? total : QJsonValue::Null);
        out.insert("balances", selfView ? storedBalances(stored) : QJsonArray());
    }
    const QJsonValue verification = stored.value("verification");
    out.insert("verification",
               selfView && verification.isObject() ? verification.toObject() : noVerification());
    // The fields @whop/sdk 0.0.42 types beside these (src/resources/users.ts). When Whop added
    // them is not documented; the sandbox answers them in every version (additions break no
    // reader). Earnings come with every single-user self view, a PATCH's answer included (the
    // SDK: "populated only on single-user self reads"); `balance_history` only when a GET asks
    // for it (addBalanceHistory).
    out.insert("earnings_usd", selfView ? QJsonValue(earnings(stored)) : QJsonValue::Null);
    out.insert("balance_history", QJsonValue::Null);
    out.insert("whop_partner_enabled_at", stringOrNull(stored, "whop_partner_enabled_at"));
    return out;
}

void UserStore::seed(const QString &origin)
{
    QJsonObject demo =
        seededUser("user_DemoCreator01", "demo-creator", "Demo Creator",
                   "I make short tutorials about building on Whop.\nNew videos every Tuesday.",
                   "2023-04-12T09:30:00Z", pictureFor(origin, "user_DemoCreator01"));
    demo.insert(
        "balance",
        QJsonObject{{"total_usd", "1234.56"}, {"cash_usd", "1000.00"}, {"crypto_usd", "234.56"}});
    demo.insert("verification", QJsonObject{{"individual", QJsonObject{{"status", "approved"}}},
                                            {"business", QJsonValue::Null}});
    const auto period = [](const char *day, const char *week, const char *month,
                           const char *lifetime) {
        return QJsonObject{{"last_24_hours", day},
                           {"last_7_days", week},
                           {"last_30_days", month},
                           {"lifetime", lifetime}};
    };
    demo.insert("earnings_usd",
                QJsonObject{{"first_earned_at", "2023-05-02T15:04:00Z"},
                            {"total", period("12.00", "140.00", "610.00", "8240.50")},
                            {"personal", period("0.00", "25.00", "110.00", "1240.50")},
                            {"owned_accounts", period("12.00", "115.00", "500.00", "7000.00")}});
    demo.insert("whop_partner_enabled_at", "2024-05-01T10:00:00Z");
    put(demo);
    put(seededUser("user_TakenName01", "taken-name", "Taken Name", QJsonValue::Null,
                   "2022-11-02T14:00:00Z", QJsonValue::Null));
    put(seededUser("user_WhopOfficial1", "whop", "Whop", "The official Whop account.",
                   "2021-01-05T08:00:00Z", pictureFor(origin, "user_WhopOfficial1")));
    QJsonObject alice = seededUser("user_Alice0000001", "alice", "Alice Example", "Hi, I'm Alice.",
                                   "2024-02-29T18:45:00Z", pictureFor(origin, "user_Alice0000001"));
    alice.insert("verification", QJsonObject{{"individual", QJsonObject{{"status", "pending"}}},
                                             {"business", QJsonValue::Null}});
    put(alice);
    // More names that are taken, for trying the live username check in the demo.
    put(seededUser("user_CreatorClub01", "creator", "Creator Club", "Tips for creators.",
                   "2021-06-14T12:00:00Z", pictureFor(origin, "user_CreatorClub01")));
    put(seededUser("user_SamRivera0001", "sam-rivera", "Sam Rivera", QJsonValue::Null,
                   "2023-09-01T07:15:00Z", QJsonValue::Null));
    put(seededUser("user_DemoStudio001", "demo-studio", "Demo Studio", "Courses and templates.",
                   "2022-03-03T16:20:00Z", pictureFor(origin, "user_DemoStudio001")));
}

QJsonObject generatedPicture(const QString &origin, const QString &name)
{
    return pictureFor(origin, name);
}

QList<SeedUser> seedTokens()
{
    return {{"user_TakenName01", "taken-token"},
            {"user_WhopOfficial1", "whop-token"},
            {"user_Alice0000001", "alice-token"}};
}

// Ids match exactly; usernames ignoring case. That is the sandbox's choice (Whop's documentation
// does not say): GET /users/Alice finds "alice" (so a live check calls "Alice" taken, or "your
// current username" for alice herself), and a PATCH to "ALICE" by anyone else is a 409. The
// stricter reading: a client that assumed case mattered would be told "available" and then
// refused on save.
QJsonObject UserStore::find(const QString &idOrUsername) const
{
    const auto it = m_users.constFind(idOrUsername);
    if (it != m_users.cend())
        return it.value();
    for (const QJsonObject &user : m_users) {
        if (user.value("username").toString().compare(idOrUsername, Qt::CaseInsensitive) == 0)
            return user;
    }
    return {};
}

void UserStore::put(const QJsonObject &user)
{
    const QString id = user.value("id").toString();
    if (!id.isEmpty())
        m_users.insert(id, user);
}

void UserStore::rebaseAvatars(const QString &oldOrigin, const QString &newOrigin)
{
    const QString oldPrefix = oldOrigin + "/avatars/";
    for (QJsonObject &user : m_users) {
        QJsonObject picture = user.value("profile_picture").toObject();
        const QString url = picture.value("url").toString();
        if (!url.startsWith(oldPrefix))
            continue;
        picture.insert("url", newOrigin + url.mid(oldOrigin.size()));
        user.insert("profile_picture", picture);
    }
}

ApiError UserStore::applyUpdate(const QString &userId, const QByteArray &body,
                                const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badRequest("invalid_body", "Request body must be a JSON object");
    const QJsonObject update = doc.object();
    if (const ApiError error = validateFields(userId, update); error.isError())
        return error;

    QJsonObject user = m_users.value(userId);
    for (const char *key : {"name", "bio", "username"}) {
        if (update.contains(QLatin1String(key)))
            user.insert(QLatin1String(key), update.value(QLatin1String(key)));
    }
    if (update.contains("profile_picture")) {
        const QString fileId = update.value("profile_picture").toObject().value("id").toString();
        user.insert("profile_picture", pictureFor(origin, fileId));
    }
    m_users.insert(userId, user);
    return {};
}

ApiError UserStore::validateFields(const QString &userId, const QJsonObject &update) const
{
    static const QStringList allowed{"name", "bio", "username", "profile_picture"};
    for (auto it = update.begin(); it != update.end(); ++it) {
        const QString key = it.key();
        if (!allowed.contains(key)) {
            return badRequest("unknown_field",
                              QString("Unknown field '%1'. Allowed fields: %2.")
                                  .arg(key, allowed.join(QLatin1String(", "))),
                              key);
        }
        if (key == QLatin1String("profile_picture") && !it.value().isObject())
            return badRequest("invalid_type", "Field 'profile_picture' must be an object.", key);
        if (key != QLatin1String("profile_picture") && !it.value().isString())
            return badRequest("invalid_type", QString("Field '%1' must be a string.").arg(key),
                              key);
    }
    if (update.isEmpty())
        return badRequest("nothing_to_update", "Nothing to update");

    if (update.contains("name") &&
        update.value("name").toString().toUcs4().size() > MaxNameCodePoints) {
        return unprocessable("invalid_name", "Name may be at most 100 characters.", "name");
    }
    if (update.contains("username")) {
        static const QRegularExpression pattern("^[A-Za-z0-9-]{1,42}$");
        const QString username = update.value("username").toString();
        if (!pattern.match(username).hasMatch()) {
            return unprocessable("invalid_username",
                                 "Username may only contain letters, digits and hyphens, at "
                                 "most 42 characters.",
                                 "username");
        }
        const QJsonObject holder = find(username);
        if (!holder.isEmpty() && holder.value("id").toString() != userId) {
            return ApiError{409,
                            "invalid_request_error",
                            "username_taken",
                            QString("The username '%1' is already taken.").arg(username),
                            "username",
                            {}};
        }
    }
    if (update.contains("profile_picture")) {
        static const QRegularExpression fileId("^file_[A-Za-z0-9_-]{1,100}$");
        const QJsonObject picture = update.value("profile_picture").toObject();
        for (auto it = picture.begin(); it != picture.end(); ++it) {
            if (it.key() != QLatin1String("id") && it.key() != QLatin1String("direct_upload_id")) {
                return badRequest(
                    "unknown_field",
                    QString("Unknown field 'profile_picture.%1'. Allowed: id.").arg(it.key()),
                    "profile_picture");
            }
        }
        const QJsonValue id = picture.value("id");
        if (!id.isString() || !fileId.match(id.toString()).hasMatch()) {
            return unprocessable("invalid_profile_picture",
                                 "profile_picture.id must be the id of an uploaded file "
                                 "(file_...).",
                                 "profile_picture");
        }
    }
    return {};
}

QByteArray avatarPng(const QString &name, const QString &label)
{
    QImage image(256, 256, QImage::Format_ARGB32_Premultiplied);
    const avatar::InitialsFace face{avatar::initialsOf(label), avatar::faceColour(name)};
    image.fill(face.background);
    // Text needs a font database, which only a QGuiApplication has.
    if (!face.initials.isEmpty() && qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QPainter painter(&image);
        paintInitials(painter, image.rect(), face, QFont(), false);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace whop::sandbox::data
