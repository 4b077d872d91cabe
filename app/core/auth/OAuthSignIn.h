#pragma once

#include "OAuthSettings.h"
#include "Secret.h"

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
// token request.
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

    // Starts listening and the timeout. False (with `error`) when it cannot.
    bool start(QString *error = nullptr);
    void cancel();

    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QUrl redirectUri() const { return m_redirectUri; }
    bool isListening() const;

Q_SIGNALS:
    void succeeded(const whop::auth::Secret &tokens);
    void failed(whop::auth::OAuthSignIn::Failure failure, const QString &message);
    void exchanging(); // the browser came back; the code is being exchanged

private:
    void onConnection();
    void onRedirect(QTcpSocket *socket, const QUrl &target);
    void respond(QTcpSocket *socket, int status, const QString &text);
    void fail(Failure failure, const QString &message);
    void stopListening();

    QNetworkAccessManager *m_nam;
    OAuthSettings m_settings;
    Pkce m_pkce;
    QByteArray m_state;
    QUrl m_redirectUri;
    QUrl m_authorizeUrl;
    QTcpServer *m_server = nullptr;
    QTimer m_timeout;
    QPointer<api::Call<Secret>> m_exchange;
    bool m_redirected = false; // this sign-in's redirect came: nothing else is taken
    bool m_done = false;
};

} // namespace whop::auth
