#include "AppSession.h"

#include "AppInfo.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QSettings>

namespace whop::app {

namespace {
const QString BaseUrlKey = QStringLiteral("connection/baseUrl");
const QString ConfiguredKey = QStringLiteral("connection/configured");
const QString ApiVersionKey = QStringLiteral("network/apiVersion");
const QString TimeoutKey = QStringLiteral("network/timeoutSeconds");
} // namespace

AppSession::AppSession(const Options &options, QObject *parent)
    : QObject(parent), m_options(options),
      m_client(new api::WhopClient(&m_nam, configFor(api::productionBaseUrl()), this)),
      m_editor(new profile::ProfileEditor(m_client, this)),
      m_store(new auth::CredentialStore(QLatin1String(AppId), this))
{
    m_nam.setAutoDeleteReplies(false);
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    api::UserTarget target;
    target.user = options.user;
    m_editor->setTarget(target);

    connect(m_store, &auth::CredentialStore::readFinished, this,
            [this](const QString &key, const QByteArray &secret, const auth::KeychainError &e) {
                if (key != QLatin1String(CredentialKey))
                    return;
                if (e.isError()) {
                    startDemo(e.userMessage());
                    return;
                }
                QSettings settings;
                useToken(secret, QUrl(settings.value(BaseUrlKey).toString()));
            });
    connect(m_store, &auth::CredentialStore::writeFinished, this,
            [this](const QString &key, const auth::KeychainError &e) {
                if (key != QLatin1String(CredentialKey) || m_pendingToken.isEmpty())
                    return;
                if (e.isError()) {
                    Q_EMIT keychainFailed(e);
                    return;
                }
                QSettings settings;
                settings.setValue(BaseUrlKey, m_pendingUrl.toString());
                settings.setValue(ConfiguredKey, true);
                useToken(std::exchange(m_pendingToken, {}), m_pendingUrl);
                Q_EMIT connectFinished(true, tr("Connected. Your token is in the keychain."));
            });
}

AppSession::~AppSession() = default;

api::ClientConfig AppSession::configFor(const QUrl &baseUrl) const
{
    QSettings settings;
    api::ClientConfig config;
    config.baseUrl = baseUrl;
    config.apiVersion = m_options.apiVersion;
    if (config.apiVersion.isEmpty())
        config.apiVersion =
            settings.value(ApiVersionKey, QLatin1String(api::DefaultApiVersion)).toString();
    int timeout = m_options.timeoutSeconds;
    if (timeout <= 0)
        timeout = settings.value(TimeoutKey, 60).toInt();
    config.timeoutMs = std::clamp(timeout, 1, 600) * 1000;
    return config;
}

void AppSession::start()
{
    if (m_options.demo) {
        startDemo({});
        return;
    }
    QSettings settings;
    if (!settings.value(ConfiguredKey).toBool()) {
        startDemo(tr("No Whop account is connected yet, so this is the demo sandbox. Use "
                     "Connect to edit your real profile."));
        return;
    }
    m_store->read(QLatin1String(CredentialKey));
}

void AppSession::startDemo(const QString &why)
{
    if (!m_sandbox) {
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
        if (!m_sandbox->listenLocal(0)) {
            Q_EMIT notice(tr("The demo sandbox could not start."));
            return;
        }
    }
    m_editor->reset();
    m_demo = true;
    m_connected = false;
    m_client->setConfig(configFor(m_sandbox->baseUrl()));
    m_client->setToken(sandbox::SandboxServer::DemoToken);
    Q_EMIT modeChanged();
    if (!why.isEmpty())
        Q_EMIT notice(why);
    m_editor->load();
}

void AppSession::useToken(const QByteArray &token, const QUrl &baseUrl)
{
    QString why;
    const QUrl url = !m_options.baseUrl.isEmpty() ? m_options.baseUrl
                     : baseUrl.isValid()          ? baseUrl
                                                  : api::productionBaseUrl();
    if (!m_client->setConfig(configFor(url), &why)) {
        startDemo(why);
        return;
    }
    m_editor->reset();
    m_client->setToken(token);
    m_demo = false;
    m_connected = true;
    m_sandbox.reset();
    Q_EMIT modeChanged();
    m_editor->load();
}

void AppSession::connectWithToken(const QByteArray &token, const QUrl &baseUrl, bool sessionOnly)
{
    const QByteArray trimmed = token.trimmed();
    QString why;
    if (trimmed.isEmpty()) {
        Q_EMIT connectFinished(false, tr("Paste a token first."));
        return;
    }
    if (!api::isAcceptableBaseUrl(baseUrl, &why)) {
        Q_EMIT connectFinished(false, why);
        return;
    }
    if (sessionOnly && trimmed == m_pendingToken) {
        // The check already passed; the keychain failed and the person chose memory only.
        m_store->keepForSession(QLatin1String(CredentialKey), trimmed);
        useToken(std::exchange(m_pendingToken, {}), m_pendingUrl);
        Q_EMIT connectFinished(true, tr("Connected for this session only. The token will be "
                                        "forgotten when the app closes."));
        return;
    }
    // Check the token with its own client so the editor keeps working meanwhile.
    auto *probe = new api::WhopClient(&m_nam, configFor(baseUrl), this);
    probe->setToken(trimmed);
    m_connectCall = probe->retrieveUser({});
    connect(m_connectCall, &QObject::destroyed, probe, &QObject::deleteLater);
    connect(m_connectCall, &api::ApiCall::failed, this, [this](const api::ApiError &error) {
        if (error.kind != api::ErrorKind::Cancelled)
            Q_EMIT connectFinished(false,
                                   tr("Whop refused this token: %1").arg(error.userMessage()));
    });
    connect(m_connectCall, &api::ApiCall::succeeded, this,
            [this, trimmed, baseUrl, sessionOnly](const QVariant &) {
                m_pendingToken = trimmed;
                m_pendingUrl = baseUrl;
                if (sessionOnly) {
                    connectWithToken(trimmed, baseUrl, true);
                    return;
                }
                m_store->write(QLatin1String(CredentialKey), trimmed);
            });
}

void AppSession::cancelConnect()
{
    if (m_connectCall)
        m_connectCall->cancel();
    m_pendingToken.clear();
}

void AppSession::disconnectAccount()
{
    QSettings settings;
    settings.remove(ConfiguredKey);
    settings.remove(BaseUrlKey);
    m_store->remove(QLatin1String(CredentialKey));
    m_client->setToken({});
    startDemo(tr("Disconnected. The token was removed from the keychain."));
}

} // namespace whop::app
