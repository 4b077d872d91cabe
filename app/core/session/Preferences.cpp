#include "session/Preferences.h"

#include "auth/LoopbackPort.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

namespace whop::app {

bool PreferenceValues::check(Setting setting, QString *why) const
{
    switch (setting) {
    case Setting::OAuthClientId:
        return rules::checkClientId(oauthClientId, why);
    case Setting::OAuthRedirectUri:
        return oauthRedirectUri.trimmed().isEmpty() ||
               rules::checkRedirectUri(oauthRedirectUri, why);
    case Setting::OAuthScopes:
        return rules::checkScopes(oauthScopes, why);
    case Setting::ApiVersion:
        return rules::checkApiVersion(apiVersion.trimmed(), why);
    case Setting::TimeoutSeconds:
        return rules::checkTimeoutSeconds(timeoutSeconds, why);
    }
    return false;
}

bool PreferenceValues::isValid(Setting *failing, QString *why) const
{
    for (Setting s : Preferences::all()) {
        if (!check(s, why)) {
            if (failing)
                *failing = s;
            return false;
        }
    }
    return true;
}

PreferenceValues PreferenceValues::normalized() const
{
    PreferenceValues v = *this;
    v.oauthClientId = v.oauthClientId.trimmed();
    v.oauthRedirectUri = v.oauthRedirectUri.trimmed();
    v.oauthScopes = v.oauthScopes.simplified();
    v.apiVersion = v.apiVersion.trimmed();
    return v;
}

Preferences::Preferences(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{}

QString Preferences::key(Setting setting)
{
    switch (setting) {
    case Setting::OAuthClientId:
        return QStringLiteral("oauth/clientId");
    case Setting::OAuthRedirectUri:
        return QStringLiteral("oauth/redirectUri");
    case Setting::OAuthScopes:
        return QStringLiteral("oauth/scopes");
    case Setting::ApiVersion:
        return QStringLiteral("network/apiVersion");
    case Setting::TimeoutSeconds:
        return QStringLiteral("network/timeoutSeconds");
    }
    return {};
}

QList<Setting> Preferences::all()
{
    return {Setting::OAuthClientId, Setting::OAuthRedirectUri, Setting::OAuthScopes,
            Setting::ApiVersion, Setting::TimeoutSeconds};
}

PreferenceValues Preferences::stored() const
{
    const QSettings settings;
    PreferenceValues v;
    auto read = [&settings](Setting s, QString *into) {
        const QVariant value = settings.value(key(s));
        if (value.isValid())
            *into = value.toString();
    };
    read(Setting::OAuthClientId, &v.oauthClientId);
    read(Setting::OAuthRedirectUri, &v.oauthRedirectUri);
    read(Setting::OAuthScopes, &v.oauthScopes);
    read(Setting::ApiVersion, &v.apiVersion);
    const QVariant timeout = settings.value(key(Setting::TimeoutSeconds));
    if (timeout.isValid()) {
        bool ok = false;
        const int seconds = timeout.toInt(&ok);
        v.timeoutSeconds = ok ? seconds : 0; // not a number: shown as out of range
    }
    return v;
}

bool Preferences::store(const PreferenceValues &values, QString *why)
{
    const PreferenceValues v = values.normalized();
    if (!v.isValid(nullptr, why))
        return false;
    const PreferenceValues before = stored();
    // A value equal to its default is not written (and one written before is removed), so that
    // the defaults of a newer version of the app (a newer API version pin) reach the person.
    const PreferenceValues defaults;
    QSettings settings;
    auto write = [&settings](Setting s, const QVariant &value, const QVariant &byDefault) {
        if (value == byDefault)
            settings.remove(key(s));
        else
            settings.setValue(key(s), value);
    };
    write(Setting::OAuthClientId, v.oauthClientId, defaults.oauthClientId);
    write(Setting::OAuthRedirectUri, v.oauthRedirectUri, defaults.oauthRedirectUri);
    write(Setting::OAuthScopes, v.oauthScopes, defaults.oauthScopes);
    write(Setting::ApiVersion, v.apiVersion, defaults.apiVersion);
    write(Setting::TimeoutSeconds, v.timeoutSeconds, defaults.timeoutSeconds);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (why)
            *why = QCoreApplication::translate("whop::app::Preferences",
                                               "The settings file %1 could not be written.")
                       .arg(settings.fileName());
        return false;
    }
    if (!(before == v))
        Q_EMIT changed();
    return true;
}

PreferenceValues Preferences::effective() const
{
    const PreferenceValues defaults;
    PreferenceValues v = stored().normalized();
    for (Setting s : all()) {
        if (v.check(s))
            continue;
        switch (s) {
        case Setting::OAuthClientId:
            v.oauthClientId = defaults.oauthClientId;
            break;
        case Setting::OAuthRedirectUri:
            v.oauthRedirectUri = defaults.oauthRedirectUri;
            break;
        case Setting::OAuthScopes:
            v.oauthScopes = defaults.oauthScopes;
            break;
        case Setting::ApiVersion:
            v.apiVersion = defaults.apiVersion;
            break;
        case Setting::TimeoutSeconds:
            v.timeoutSeconds = defaults.timeoutSeconds;
            break;
        }
    }
    if (!m_options.oauthClientId.isEmpty())
        v.oauthClientId = m_options.oauthClientId;
    if (!m_options.apiVersion.isEmpty())
        v.apiVersion = m_options.apiVersion;
    if (m_options.timeoutSeconds > 0)
        v.timeoutSeconds = m_options.timeoutSeconds;
    return v;
}

namespace {
const QString RedirectPortKey = QStringLiteral("oauth/redirectPort");
}

QUrl Preferences::fixedRedirectUri(quint16 port)
{
    return QUrl(QString::fromLatin1(rules::FixedRedirectTemplate).arg(port));
}

quint16 Preferences::redirectPort() const
{
    bool ok = false;
    const uint port = QSettings().value(RedirectPortKey).toUInt(&ok);
    return ok && port >= auth::FirstDynamicPort && port <= auth::LastDynamicPort ? quint16(port)
                                                                                 : 0;
}

quint16 Preferences::ensureRedirectPort()
{
    if (const quint16 kept = redirectPort())
        return kept;
    return chooseAnotherRedirectPort();
}

quint16 Preferences::chooseAnotherRedirectPort()
{
    const quint16 port = auth::pickLoopbackPort(redirectPort());
    if (port == 0)
        return 0;
    QSettings settings;
    settings.setValue(RedirectPortKey, port);
    settings.sync();
    Q_EMIT changed();
    return port;
}

bool Preferences::usesFixedRedirect() const
{
    return effective().oauthRedirectUri.isEmpty();
}

QUrl Preferences::redirectUri()
{
    const QString set = effective().oauthRedirectUri;
    return set.isEmpty() ? fixedRedirectUri(ensureRedirectPort()) : QUrl(set, QUrl::StrictMode);
}

QString Preferences::overriddenBy(Setting setting) const
{
    // Options made in code (tests, DemoScript) may not say where they came from: then the
    // option's name stands for it.
    auto source = [](const QString &from, const char *option) {
        return from.isEmpty() ? QString::fromLatin1(option) : from;
    };
    switch (setting) {
    case Setting::OAuthClientId:
        return m_options.oauthClientId.isEmpty()
                   ? QString()
                   : source(m_options.oauthClientIdFrom, "--oauth-client-id");
    case Setting::ApiVersion:
        return m_options.apiVersion.isEmpty() ? QString()
                                              : source(m_options.apiVersionFrom, "--api-version");
    case Setting::TimeoutSeconds:
        return m_options.timeoutSeconds > 0 ? source(m_options.timeoutFrom, "--timeout")
                                            : QString();
    case Setting::OAuthRedirectUri:
    case Setting::OAuthScopes:
        return {};
    }
    return {};
}

QString Preferences::sourceOf(Setting setting) const
{
    const QString by = overriddenBy(setting);
    if (!by.isEmpty())
        return by;
    if (QSettings().contains(key(setting)) && stored().normalized().check(setting))
        return QStringLiteral("settings");
    return QStringLiteral("default");
}

} // namespace whop::app
