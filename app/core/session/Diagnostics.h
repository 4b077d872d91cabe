#pragma once

#include "api/ErrorHistory.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace whop::app {

class AppSession;

// What Help → Copy diagnostics tells: versions, where the editor talks to and how, the keychain's
// state and the last failed requests. Only facts that are safe to paste into a bug report: never
// a token or key, a header value other than a request id, a name, username, bio, picture URL or
// a message from the server, nor the path or query of a custom base URL.
struct DiagnosticsFacts
{
    QString appVersion;
    QString qtVersion;      // the Qt the app runs with
    QString qtBuildVersion; // the Qt it was built with
    QString qtKeychainVersion;
    QString platform; // Qt's platform plugin ("xcb", "wayland", ...), filled by the window
    QString os;       // "Debian GNU/Linux 12 (bookworm)"
    QString kernel;   // "linux 6.1.0-18-amd64"
    QString cpu;

    QString environment;            // "Demo", "Production", "Sandbox" or "Custom"
    QString customHost;             // for Custom: the host, nothing else of the URL
    QString identityKind;           // empty in the demo
    bool temporaryIdentity = false; // WHOP_API_KEY
    bool needsSignIn = false;
    bool accountProfile = false; // an account's override rather than the global profile

    QString apiVersion;
    QString apiVersionSource; // "default", "settings", "--api-version", "WHOP_API_VERSION"
    int timeoutSeconds = 0;
    QString timeoutSource;
    bool oauthClientIdSet = false;
    QString oauthClientIdSource;
    int oauthRedirectPort = 0;       // 0: any free port, or not chosen yet
    bool oauthRedirectFixed = false; // this computer's own redirect URI, not one set by hand
    QString oauthScopes;

    QString keychain; // "reachable", "locked", "missing", "failing"; empty: not checked
    QList<api::ErrorHistory::Entry> errors; // oldest first
};

// The text put on the clipboard: one fact per line.
QString buildDiagnostics(const DiagnosticsFacts &facts);

// Everything but the platform plugin and the keychain state, from the running session.
DiagnosticsFacts diagnosticsFactsOf(const AppSession &session);

// diagnosticsFactsOf() plus the keychain's state, which is asked without blocking: `done` runs
// later in `context`'s thread (not at all once `context` is gone).
void gatherDiagnostics(const AppSession &session, QObject *context,
                       std::function<void(const DiagnosticsFacts &facts)> done);

} // namespace whop::app
