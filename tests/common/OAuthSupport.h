#pragma once

// A real browser sign-in against a sandbox, for tests that need OAuth tokens to start from.

#include "auth/OAuthSignIn.h"
#include "common/BrowserDriver.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace whop::test {

// The sign-in settings for `server`'s OAuth endpoints and client id.
inline auth::OAuthSettings oauthSettingsFor(const sandbox::SandboxServer &server)
{
    auto s = auth::OAuthSettings::forApiBase(server.baseUrl());
    s.clientId = QLatin1String(sandbox::SandboxServer::OAuthClientId);
    return s;
}

// Registers the redirect URI an authorize URL names with `server`'s app for its client, exactly,
// as a person registers theirs in Whop's developer dashboard.
inline void allowRedirectOf(sandbox::SandboxServer &server, const QUrl &authorizeUrl)
{
    const QUrlQuery query(authorizeUrl);
    server.addOAuthRedirectUri(
        query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded),
        query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
}
// The same for the redirect URI `flow` listens on.
inline void allowRedirect(sandbox::SandboxServer &server, const auth::OAuthSignIn &flow)
{
    allowRedirectOf(server, flow.authorizeUrl());
}

// Signs in at `server` as a browser would and returns the tokens; empty when the sign-in did not
// succeed. The redirect URI it listens on is registered with the app first.
inline auth::Secret signInWith(QNetworkAccessManager *nam, const auth::OAuthSettings &settings,
                               sandbox::SandboxServer &server)
{
    auth::OAuthSignIn flow(nam, settings);
    QSignalSpy ok(&flow, &auth::OAuthSignIn::succeeded);
    if (!flow.start())
        return {};
    allowRedirect(server, flow);
    visit(flow.authorizeUrl());
    if (ok.isEmpty() && !ok.wait(10000))
        return {};
    return ok.first().at(0).value<auth::Secret>();
}

// How many requests reached `server`'s token endpoint.
inline int tokenRequests(const sandbox::SandboxServer &server)
{
    int n = 0;
    for (const auto &r : server.requests())
        n += r.path.endsWith(QStringLiteral("/oauth/token"));
    return n;
}

// How many of those were refreshes (grant_type=refresh_token).
inline int refreshRequests(const sandbox::SandboxServer &server)
{
    int n = 0;
    for (const auto &r : server.requests())
        n += r.path.endsWith(QStringLiteral("/oauth/token")) &&
             r.body.contains("grant_type=refresh_token");
    return n;
}

// A browser sign-in and what it reports from the start (failed, succeeded). Tests name the parts:
// `auto &[flow, failed, ok] = signIn;`.
struct WatchedSignIn
{
    WatchedSignIn(QNetworkAccessManager *nam, const auth::OAuthSettings &settings)
        : flow(nam, settings)
    {}
    auth::OAuthSignIn flow;
    QSignalSpy failed{&flow, &auth::OAuthSignIn::failed};
    QSignalSpy ok{&flow, &auth::OAuthSignIn::succeeded};
};

// A sandbox on 127.0.0.1 (port 0) to sign in at, and the network access manager the sign-in and
// the client use: the OAuth tests call startServer() in init() and stopServer() in cleanup().
struct OAuthFixture
{
    std::unique_ptr<sandbox::SandboxServer> server;
    QNetworkAccessManager nam;

    auth::OAuthSettings settings() const { return oauthSettingsFor(*server); }
    // Signs in for real and returns the tokens.
    auth::Secret signIn() { return signInWith(&nam, settings(), *server); }

    // Starts `flow` and registers its redirect URI with the app, as a person registers theirs in
    // Whop's developer dashboard; false when it did not start.
    bool startAllowed(auth::OAuthSignIn &flow)
    {
        if (!flow.start())
            return false;
        allowRedirect(*server, flow);
        return true;
    }

    void startServer()
    {
        server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(server->listenLocal(0));
    }
    void stopServer() { server.reset(); }
};

} // namespace whop::test
