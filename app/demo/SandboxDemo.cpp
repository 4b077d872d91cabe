#include "demo/SandboxDemo.h"

#include "sandbox/SandboxServer.h"

#include <QCoreApplication>

namespace whop::demo {

SandboxDemo::SandboxDemo() = default;
SandboxDemo::~SandboxDemo() = default;

bool SandboxDemo::start(QString *why)
{
    if (m_server)
        return true;
    auto server = std::make_unique<sandbox::SandboxServer>();
    if (!server->listenLocal(0)) {
        if (why)
            *why = QCoreApplication::translate("whop::demo::SandboxDemo",
                                               "The demo sandbox could not listen on 127.0.0.1.");
        return false;
    }
    m_server = std::move(server);
    return true;
}

bool SandboxDemo::isRunning() const
{
    return m_server != nullptr;
}

QUrl SandboxDemo::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QByteArray SandboxDemo::token() const
{
    return sandbox::SandboxServer::DemoToken;
}

QString SandboxDemo::oauthClientId() const
{
    return QLatin1String(sandbox::SandboxServer::OAuthClientId);
}

void SandboxDemo::registerOAuthRedirect(const QString &clientId, const QUrl &redirectUri)
{
    if (m_server)
        m_server->addOAuthRedirectUri(clientId, redirectUri.toString());
}

bool SandboxDemo::changeElsewhere(const QString &userId, const QJsonObject &fields,
                                  const QString &accountId)
{
    return m_server && m_server->changeElsewhere(userId, fields, accountId);
}

} // namespace whop::demo
