#pragma once

#include "session/DemoBackend.h"

#include <memory>

namespace whop::sandbox {
class SandboxServer;
}

namespace whop::demo {

// The demo backend of the real application: the local sandbox (app/sandbox) on 127.0.0.1 with a
// free port, created when first started so that an account's launch never pays for it.
class SandboxDemo final : public app::DemoBackend
{
public:
    SandboxDemo();
    ~SandboxDemo() override;

    bool start(QString *why) override;
    bool isRunning() const override;
    QUrl baseUrl() const override;
    QByteArray token() const override;
    QString oauthClientId() const override;
    void registerOAuthRedirect(const QString &clientId, const QUrl &redirectUri) override;
    bool changeElsewhere(const QString &userId, const QJsonObject &fields,
                         const QString &accountId) override;

    // The server itself, once started (tests inject faults and read what it received).
    sandbox::SandboxServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace whop::demo
