#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace whop::app {

// A local, Whop-compatible server with demo data: what --demo shows, and where a person without
// an account can try the editor. The session knows only this interface; the executable's wiring
// (app/demo) supplies the real one, built on the sandbox, and tests supply theirs.
class DemoBackend
{
public:
    virtual ~DemoBackend() = default;

    // Starts serving unless it already does; false, with the reason in `why`, when it cannot.
    virtual bool start(QString *why) = 0;
    virtual bool isRunning() const = 0;
    // Where it answers (an http://127.0.0.1:<port>/api/v1 URL); empty until started.
    virtual QUrl baseUrl() const = 0;
    // The demo user's bearer token.
    virtual QByteArray token() const = 0;
    // The OAuth client id its sign-in endpoints accept (so "Sign in with Whop" works in the demo).
    virtual QString oauthClientId() const = 0;
    // Registers `redirectUri` with `clientId`'s app, as a person registers theirs in Whop's
    // developer dashboard: the demo's sign-in compares redirect URIs exactly, like Whop's.
    virtual void registerOAuthRedirect(const QString &clientId, const QUrl &redirectUri)
    {
        Q_UNUSED(clientId);
        Q_UNUSED(redirectUri);
    }
    // Changes a profile the way someone elsewhere would (the web, another device), for the
    // demo's "changed elsewhere" switch: `fields` as SandboxServer::changeElsewhere takes them,
    // `accountId` empty for the global profile. False when it cannot (or the backend has no such
    // thing).
    virtual bool changeElsewhere(const QString &userId, const QJsonObject &fields,
                                 const QString &accountId)
    {
        Q_UNUSED(userId);
        Q_UNUSED(fields);
        Q_UNUSED(accountId);
        return false;
    }
};

} // namespace whop::app
