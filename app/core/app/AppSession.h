#pragma once

#include "CommandLine.h"
#include "CredentialStore.h"
#include "ProfileEditor.h"
#include "WhopClient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

namespace whop::sandbox {
class SandboxServer;
}

namespace whop::app {

// Everything one running editor needs, wired together without widgets: the network manager,
// the client, the profile view-model, the keychain, and the demo sandbox when in demo mode.
class AppSession : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *CredentialKey = "default";

    explicit AppSession(const Options &options, QObject *parent = nullptr);
    ~AppSession() override;

    // Demo: starts the sandbox and loads. Otherwise reads the saved connection: with one, reads
    // the token from the keychain and loads; without, falls back to the demo and says so.
    void start();

    // Checks `token` with one GET /users/me against `baseUrl`, then stores it in the keychain
    // (or, when `sessionOnly`, in memory) and switches the editor to it.
    void connectWithToken(const QByteArray &token, const QUrl &baseUrl, bool sessionOnly);
    void cancelConnect();
    // Forgets the saved token and connection, and goes back to the demo.
    void disconnectAccount();

    bool isDemo() const { return m_demo; }
    bool isConnected() const { return m_connected; }
    QUrl baseUrl() const { return m_client->config().baseUrl; }
    profile::ProfileEditor *editor() const { return m_editor; }
    api::WhopClient *client() const { return m_client; }
    auth::CredentialStore *credentials() const { return m_store; }
    QNetworkAccessManager *networkAccessManager() { return &m_nam; }
    sandbox::SandboxServer *sandbox() const { return m_sandbox.get(); }

Q_SIGNALS:
    // Why the app is showing the demo instead of an account, or empty.
    void modeChanged();
    void connectFinished(bool ok, const QString &message);
    // The token was accepted but the keychain failed: offer "for this session only".
    void keychainFailed(const whop::auth::KeychainError &error);
    void notice(const QString &message);

private:
    void startDemo(const QString &why);
    void useToken(const QByteArray &token, const QUrl &baseUrl);
    api::ClientConfig configFor(const QUrl &baseUrl) const;

    Options m_options;
    QNetworkAccessManager m_nam;
    api::WhopClient *m_client;
    profile::ProfileEditor *m_editor;
    auth::CredentialStore *m_store;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QPointer<api::ApiCall> m_connectCall;
    QByteArray m_pendingToken;
    QUrl m_pendingUrl;
    bool m_demo = false;
    bool m_connected = false;
};

} // namespace whop::app
