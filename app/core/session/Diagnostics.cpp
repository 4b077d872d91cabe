#include "session/Diagnostics.h"

#include "AppInfo.h"
#include "auth/KeychainCheck.h"
#include "session/AppSession.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace whop::app {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct DiagnosticsTr
{
    Q_DECLARE_TR_FUNCTIONS(whop::app::Diagnostics)
};

QString errorLine(const api::ErrorHistory::Entry &e)
{
    QStringList parts{e.when.toString(Qt::ISODate), e.operation, api::ApiError::kindName(e.kind)};
    if (e.httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(e.httpStatus);
    if (!e.code.isEmpty())
        parts << DiagnosticsTr::tr("code %1").arg(e.code);
    parts << (e.requestId.isEmpty() ? DiagnosticsTr::tr("no request id")
                                    : DiagnosticsTr::tr("request id %1").arg(e.requestId));
    return QStringLiteral("  ") + parts.join(QStringLiteral(" · "));
}

} // namespace

QString buildDiagnostics(const DiagnosticsFacts &f)
{
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(QLatin1String(AppName), f.appVersion);
    lines << DiagnosticsTr::tr("Qt: %1 (built with %2), platform %3")
                 .arg(f.qtVersion, f.qtBuildVersion,
                      f.platform.isEmpty() ? DiagnosticsTr::tr("unknown") : f.platform);
    lines << DiagnosticsTr::tr("QtKeychain: %1").arg(f.qtKeychainVersion);
    lines << DiagnosticsTr::tr("System: %1; %2; %3").arg(f.os, f.kernel, f.cpu);

    QString where = f.environment;
    if (!f.customHost.isEmpty())
        where += DiagnosticsTr::tr(" (host %1)").arg(f.customHost);
    lines << DiagnosticsTr::tr("Environment: %1").arg(where);
    QString identity = f.identityKind.isEmpty() ? DiagnosticsTr::tr("none (demo)") : f.identityKind;
    if (f.temporaryIdentity)
        identity += DiagnosticsTr::tr(", this run only (WHOP_API_KEY)");
    if (f.needsSignIn)
        identity += DiagnosticsTr::tr(", needs to sign in again");
    lines << DiagnosticsTr::tr("Identity: %1").arg(identity);
    lines << DiagnosticsTr::tr("Profile: %1")
                 .arg(f.accountProfile ? DiagnosticsTr::tr("an account's profile")
                                       : DiagnosticsTr::tr("global"));
    lines << DiagnosticsTr::tr("API version: %1 (%2)").arg(f.apiVersion, f.apiVersionSource);
    lines << DiagnosticsTr::tr("Request timeout: %1 s (%2)")
                 .arg(f.timeoutSeconds)
                 .arg(f.timeoutSource);
    lines << DiagnosticsTr::tr("Sign in with Whop: client id %1; redirect %2; scopes %3")
                 .arg(f.oauthClientIdSet ? DiagnosticsTr::tr("set (%1)").arg(f.oauthClientIdSource)
                                         : DiagnosticsTr::tr("not set"),
                      f.oauthRedirectPort != 0
                          ? DiagnosticsTr::tr("port %1").arg(f.oauthRedirectPort)
                      : f.oauthRedirectFixed ? DiagnosticsTr::tr("port not chosen yet")
                                             : DiagnosticsTr::tr("any free port"),
                      f.oauthScopes);
    lines << DiagnosticsTr::tr("Keychain: %1")
                 .arg(f.keychain.isEmpty() ? DiagnosticsTr::tr("not checked") : f.keychain);
    if (f.errors.isEmpty()) {
        lines << DiagnosticsTr::tr("Recent errors: none");
    } else {
        lines << DiagnosticsTr::tr("Recent errors (oldest first):");
        for (const auto &e : f.errors)
            lines << errorLine(e);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

DiagnosticsFacts diagnosticsFactsOf(const AppSession &session)
{
    DiagnosticsFacts f;
    f.appVersion = QLatin1String(AppVersion);
    f.qtVersion = QLatin1String(qVersion());
    f.qtBuildVersion = QLatin1String(QT_VERSION_STR);
    f.qtKeychainVersion = QLatin1String(QtKeychainVersion);
    f.os = QSysInfo::prettyProductName();
    f.kernel = QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion();
    f.cpu = QSysInfo::currentCpuArchitecture();

    if (session.isDemo()) {
        f.environment = DiagnosticsTr::tr("Demo");
    } else {
        const auth::Environment env = auth::Identity::environmentFor(session.baseUrl());
        f.environment = auth::Identity::environmentName(env);
        if (env == auth::Environment::Custom)
            f.customHost = session.baseUrl().host();
    }
    if (const auth::Identity *identity = session.activeIdentity()) {
        f.identityKind = auth::Identity::kindName(identity->kind);
        f.temporaryIdentity = identity->temporary;
        f.needsSignIn = identity->needsSignIn;
    }
    f.accountProfile = !session.mode().isGlobal();

    const Preferences *prefs = session.preferences();
    const PreferenceValues values = prefs->effective();
    f.apiVersion = session.client()->config().apiVersion;
    f.apiVersionSource = prefs->sourceOf(Setting::ApiVersion);
    f.timeoutSeconds = session.client()->config().timeoutMs / 1000;
    f.timeoutSource = prefs->sourceOf(Setting::TimeoutSeconds);
    f.oauthClientIdSet = !values.oauthClientId.isEmpty();
    f.oauthClientIdSource = prefs->sourceOf(Setting::OAuthClientId);
    // This computer's own redirect URI (none set in Preferences) has the port kept for it; 0
    // before the first sign-in chose one.
    f.oauthRedirectPort = values.oauthRedirectUri.isEmpty() ? prefs->redirectPort()
                                                            : QUrl(values.oauthRedirectUri).port(0);
    f.oauthRedirectFixed = values.oauthRedirectUri.isEmpty();
    f.oauthScopes = values.oauthScopes;
    f.errors = api::ErrorHistory::entries();
    return f;
}

void gatherDiagnostics(const AppSession &session, QObject *context,
                       std::function<void(const DiagnosticsFacts &)> done)
{
    DiagnosticsFacts facts = diagnosticsFactsOf(session);
    auth::checkKeychain(session.credentials()->service(), context,
                        [facts, done = std::move(done)](auth::KeychainError::Kind state) mutable {
                            facts.keychain = auth::keychainStateName(state);
                            done(facts);
                        });
}

} // namespace whop::app
