#include "auth/Identity.h"

#include "api/ClientConfig.h"

#include <QCoreApplication>
#include <QUuid>

namespace whop::auth {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
struct IdentityTr
{
    Q_DECLARE_TR_FUNCTIONS(whop::auth::Identity)
};

QString kindKey(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::OAuthUser:
        return QStringLiteral("oauth");
    case IdentityKind::UserToken:
        return QStringLiteral("user_token");
    case IdentityKind::AccountApiKey:
        return QStringLiteral("account_key");
    case IdentityKind::AppApiKey:
        return QStringLiteral("app_key");
    }
    return {};
}

QString environmentKey(Environment e)
{
    switch (e) {
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::Sandbox:
        return QStringLiteral("sandbox");
    case Environment::Custom:
        return QStringLiteral("custom");
    }
    return {};
}
} // namespace

QUrl Identity::apiBaseUrl() const
{
    switch (environment) {
    case Environment::Production:
        return api::productionBaseUrl();
    case Environment::Sandbox:
        return api::sandboxBaseUrl();
    case Environment::Custom:
        return customBaseUrl;
    }
    return {};
}

Environment Identity::environmentFor(const QUrl &url)
{
    if (url == api::productionBaseUrl())
        return Environment::Production;
    if (url == api::sandboxBaseUrl())
        return Environment::Sandbox;
    return Environment::Custom;
}

QString Identity::kindName(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::OAuthUser:
        return IdentityTr::tr("Signed in with Whop");
    case IdentityKind::UserToken:
        return IdentityTr::tr("User token");
    case IdentityKind::AccountApiKey:
        return IdentityTr::tr("Account API key");
    case IdentityKind::AppApiKey:
        return IdentityTr::tr("App API key");
    }
    return {};
}

QString Identity::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return IdentityTr::tr("Production");
    case Environment::Sandbox:
        return IdentityTr::tr("Sandbox");
    case Environment::Custom:
        return IdentityTr::tr("Custom");
    }
    return {};
}

QString Identity::displayText() const
{
    QString env = environmentName(environment);
    if (environment == Environment::Custom)
        env += QStringLiteral(" (%1)").arg(customBaseUrl.host());
    QString text = QStringLiteral("%1 — %2 · %3").arg(shownLabel(), env, kindName(kind));
    if (needsSignIn)
        text += IdentityTr::tr(" · sign in again");
    else if (needsAttention)
        text += IdentityTr::tr(" · needs attention");
    if (temporary)
        text += IdentityTr::tr(" · this run only");
    return text;
}

QString Identity::shownLabel() const
{
    if (!label.trimmed().isEmpty())
        return label;
    return IdentityTr::tr("%1 without a name").arg(kindName(kind));
}

QString Identity::newId()
{
    return QStringLiteral("idn_") + QUuid::createUuid().toString(QUuid::Id128);
}

Identity Identity::create(IdentityKind kind, const QUrl &apiBaseUrl)
{
    Identity identity;
    identity.id = newId();
    identity.kind = kind;
    identity.environment = environmentFor(apiBaseUrl);
    if (identity.environment == Environment::Custom)
        identity.customBaseUrl = apiBaseUrl;
    return identity;
}

QJsonObject Identity::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), kindKey(kind)},
                  {QStringLiteral("environment"), environmentKey(environment)},
                  {QStringLiteral("label"), label}};
    if (environment == Environment::Custom)
        o.insert(QStringLiteral("base_url"), customBaseUrl.toString());
    const std::pair<const char *, QString> learned[] = {{"user_id", userId},
                                                        {"username", username},
                                                        {"account_id", accountId},
                                                        {"account_title", accountTitle},
                                                        {"oauth_client_id", oauthClientId}};
    for (const auto &[key, value] : learned) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    }
    if (needsSignIn)
        o.insert(QStringLiteral("needs_sign_in"), true);
    return o;
}

std::optional<Identity> Identity::fromJson(const QJsonObject &o)
{
    Identity i;
    i.id = o.value(QLatin1String("id")).toString();
    if (!i.id.startsWith(QLatin1String("idn_")))
        return std::nullopt;
    const QString kind = o.value(QLatin1String("kind")).toString();
    bool known = false;
    for (IdentityKind k : {IdentityKind::OAuthUser, IdentityKind::UserToken,
                           IdentityKind::AccountApiKey, IdentityKind::AppApiKey}) {
        if (kindKey(k) == kind) {
            i.kind = k;
            known = true;
        }
    }
    if (!known)
        return std::nullopt;
    const QString env = o.value(QLatin1String("environment")).toString();
    known = false;
    for (Environment e : {Environment::Production, Environment::Sandbox, Environment::Custom}) {
        if (environmentKey(e) == env) {
            i.environment = e;
            known = true;
        }
    }
    if (!known)
        return std::nullopt;
    if (i.environment == Environment::Custom) {
        i.customBaseUrl = QUrl(o.value(QLatin1String("base_url")).toString(), QUrl::StrictMode);
        if (!api::isAcceptableBaseUrl(i.customBaseUrl))
            return std::nullopt;
    }
    i.label = o.value(QLatin1String("label")).toString();
    i.userId = o.value(QLatin1String("user_id")).toString();
    i.username = o.value(QLatin1String("username")).toString();
    i.accountId = o.value(QLatin1String("account_id")).toString();
    i.accountTitle = o.value(QLatin1String("account_title")).toString();
    i.oauthClientId = o.value(QLatin1String("oauth_client_id")).toString();
    i.needsSignIn = o.value(QLatin1String("needs_sign_in")).toBool();
    if (i.label.isEmpty())
        i.label = !i.username.isEmpty() ? i.username : i.accountTitle;
    return i;
}

} // namespace whop::auth
