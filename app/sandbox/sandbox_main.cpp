// whop-sandbox [--port N] [--control]: a local Whop-compatible API for trying the client by hand,
// and for tests in other processes (tests/sdk/sdk_peer.mjs), which read the Base URL line.

#include "sandbox/SandboxFiles.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // A server draws its avatars offscreen; it needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName("whop-sandbox");

    QCommandLineParser parser;
    parser.setApplicationDescription(
        "A local Whop-compatible API (users, avatars) listening on 127.0.0.1.");
    parser.addHelpOption();
    const QCommandLineOption portOption("port", "Port to listen on (0 picks a free one).", "N",
                                        "0");
    parser.addOption(portOption);
    const QCommandLineOption controlOption(
        "control", "Answer the control routes under /_sandbox/ (faults, settings, the request "
                   "log, quit) to local clients: for tests. See app/sandbox/SandboxControl.cpp.");
    parser.addOption(controlOption);
    // Redirect URIs are compared exactly, as Whop does: the one the editor shows in Set up
    // sign-in… must be registered for its sign-in to come back.
    const QCommandLineOption redirectOption(
        "oauth-redirect-uri",
        "A redirect URI to register for the OAuth client (exact match; may be repeated).", "uri");
    parser.addOption(redirectOption);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    QTextStream err(stderr);
    if (!ok || port > 65535) {
        err << "whop-sandbox: --port needs a number from 0 to 65535\n";
        return 2;
    }

    whop::sandbox::SandboxServer server;
    server.setControlEnabled(parser.isSet(controlOption));
    QObject::connect(&server, &whop::sandbox::SandboxServer::quitRequested, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);
    if (!server.listenLocal(quint16(port))) {
        err << "whop-sandbox: cannot listen on 127.0.0.1:" << port << "\n";
        return 1;
    }

    for (const QString &uri : parser.values(redirectOption))
        server.addOAuthRedirectUri(whop::sandbox::SandboxServer::OAuthClientId, uri);
    const QStringList redirects =
        server.oauthApp(whop::sandbox::SandboxServer::OAuthClientId).redirectUris;

    const QString base = server.baseUrl().toString();
    const QString token = QString::fromLatin1(whop::sandbox::SandboxServer::DemoToken);
    QTextStream out(stdout);
    out << "Whop sandbox listening. Stop it with Ctrl+C.\n"
        << "Base URL:   " << base << "\n"
        << "Demo token: " << token << "\n"
        << "Storage:    " << server.files()->storageOrigin().toString()
        << " (presigned uploads of POST /files)\n"
        << "Other users' tokens: alice-token, taken-token, whop-token\n"
        << "API keys:   " << whop::sandbox::SandboxServer::DemoApiKey << " (account "
        << whop::sandbox::SandboxServer::DemoAccountId << "), "
        << whop::sandbox::SandboxServer::DemoAppApiKey << " (app)\n"
        << "OAuth:      " << server.oauthBaseUrl().toString() << " (client id "
        << whop::sandbox::SandboxServer::OAuthClientId << ", public, PKCE S256)\n"
        << "Redirects:  "
        << (redirects.isEmpty() ? QStringLiteral("none registered (--oauth-redirect-uri)")
                                : redirects.join(QStringLiteral(", ")))
        << "\n"
        << "Try: curl -H 'Authorization: Bearer " << token
        << "' -H 'Api-Version-Date: " << whop::sandbox::SandboxServer::DefaultVersion << "' "
        << base << "/users/me\n";
    if (parser.isSet(controlOption))
        out << "Control:    " << server.baseUrl().resolved(QUrl("/_sandbox/")).toString() << "\n";
    out.flush();
    return app.exec();
}
