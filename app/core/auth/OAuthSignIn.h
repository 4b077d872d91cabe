#pragma once

#include "auth/OAuthSettings.h"
#include "auth/Secret.h"
#include "auth/SignInProblem.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QTcpServer;
class QTcpSocket;

namespace whop::auth {

// One browser sign-in: a loopback listener for the redirect, the authorize URL with state,
// nonce and a PKCE S256 challenge, then the code exchange. Any local program can connect to the
// listener, so a request that is not this sign-in's redirect (another path, another state) is
// answered and ignored, and the listener keeps waiting; the first redirect with the right state
// closes it, and the code is exchanged exactly once. The verifier leaves the app only in the
// token request. A redirect URI to 127.0.0.1 or [::1] is listened for at that address; one to
// `localhost` at both, since the browser may resolve the name to either (RFC 8252, 8.3, which is
// why the default redirect URI names 127.0.0.1). Whatever ends it, problem() says why as a kind.
class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    enum class Failure
    {
        None,
        Cancelled,
        TimedOut,
        Denied,
        Exchange,
        Setup
    };
    Q_ENUM(Failure)

    OAuthSignIn(QNetworkAccessManager *nam, OAuthSettings settings, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // Starts listening and the timeout. False (with `error`, and problem()) when it cannot.
    bool start(QString *error = nullptr);
    void cancel();

    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QUrl redirectUri() const { return m_redirectUri; }
    bool isListening() const;
    // Why it could not start or did not succeed; None while it runs and after success.
    SignInProblem problem() const { return m_problem; }

Q_SIGNALS:
    void succeeded(const whop::auth::Secret &tokens);
    void failed(whop::auth::OAuthSignIn::Failure failure, const QString &message);
    void exchanging(); // the browser came back; the code is being exchanged

private:
    bool listen(QString *error);
    void onConnection(QTcpServer *server);
    void onRedirect(QTcpSocket *socket, const QUrl &target);
    void onExchangeFailed(const api::ApiError &error);
    void respond(QTcpSocket *socket, int status, const QString &text);
    // What Whop refused, in words, for the problems a setting fixes; empty for the others.
    QString refusal(SignInProblem problem, const QString &code) const;
    void fail(Failure failure, const QString &message,
              SignInProblem problem = SignInProblem::Other);
    void stopListening();

    QNetworkAccessManager *m_nam;
    OAuthSettings m_settings;
    Pkce m_pkce;
    QByteArray m_state;
    QUrl m_redirectUri;
    QUrl m_authorizeUrl;
    QList<QTcpServer *> m_servers; // one per loopback address listened on
    QTimer m_timeout;
    QPointer<api::Call<Secret>> m_exchange;
    bool m_redirected = false; // this sign-in's redirect came: nothing else is taken
    bool m_done = false;
    SignInProblem m_problem = SignInProblem::None;
};

} // namespace whop::auth
