#include "AppSession.h"

#include "AppInfo.h"
#include "SandboxServer.h"

#include <QSettings>

namespace whop::app {

namespace {
const QString ApiVersionKey = QStringLiteral("network/apiVersion");
const QString TimeoutKey = QStringLiteral("network/timeoutSeconds");
const QString ClientIdKey = QStringLiteral("oauth/clientId");
const QString RedirectUriKey = QStringLiteral("oauth/redirectUri");
const QString ScopesKey = QStringLiteral("oauth/scopes");
} // namespace

AppSession::AppSession(const Options &options, QObject *parent,
                       const QProcessEnvironment &environment)
    : QObject(parent), m_options(options), m_environment(environment),
      m_client(new api::WhopClient(&m_nam, configFor(api::productionBaseUrl()), this)),
      m_editor(new profile::ProfileEditor(m_client, this)),
      m_drafts(new profile::DraftKeeper(m_editor, profile::DraftStore(), this)),
      m_store(new auth::CredentialStore(QLatin1String(AppId), this)),
      m_registry(new auth::IdentityRegistry({}, this)),
      m_service(new IdentityService(&m_nam, m_registry, m_store, this))
{
    m_nam.setAutoDeleteReplies(false);
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Drafts are kept per identity (never its secret) and per profile; the demo has its own.
    m_drafts->setIdentityKeyProvider(
        [this] { return m_demo ? QStringLiteral("demo") : m_activeId; });
    connect(m_drafts, &profile::DraftKeeper::problem, this, &AppSession::notice);

    connect(m_service, &IdentityService::ready, this,
            [this](const auth::Identity &identity, const auth::Secret &secret) {
                activateWith(identity, secret);
            });
    connect(m_service, &IdentityService::revokeFinished, this, &AppSession::revokeFinished);
    connect(m_store, &auth::CredentialStore::readFinished, this,
            [this](const QString &key, const QByteArray &data, const auth::KeychainError &e) {
                if (key != m_activating)
                    return;
                m_activating.clear();
                const auth::Identity *identity = m_registry->find(key);
                if (!identity)
                    return;
                if (e.isError()) {
                    startDemo(tr("The token of “%1” could not be read from the keychain. %2")
                                  .arg(identity->label, e.userMessage()));
                    return;
                }
                const auto secret = auth::Secret::deserialize(data);
                if (!secret) {
                    startDemo(tr("The keychain entry of “%1” is not one this app wrote. Remove "
                                 "the identity and add it again.")
                                  .arg(identity->label));
                    return;
                }
                activateWith(*identity, *secret);
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

auth::OAuthSettings AppSession::oauthSettingsFor(const QUrl &apiBaseUrl) const
{
    QSettings settings;
    auth::OAuthSettings s = auth::OAuthSettings::forApiBase(apiBaseUrl);
    s.clientId = m_options.oauthClientId;
    if (s.clientId.isEmpty())
        s.clientId = settings.value(ClientIdKey).toString();
    if (s.clientId.isEmpty() && m_sandbox && api::isSameOrigin(apiBaseUrl, m_sandbox->baseUrl()))
        s.clientId = QLatin1String(sandbox::SandboxServer::OAuthClientId);
    const QUrl redirect(settings.value(RedirectUriKey).toString(), QUrl::StrictMode);
    if (redirect.isValid() && !redirect.isEmpty())
        s.redirectUri = redirect;
    s.scopes = settings.value(ScopesKey, s.scopes).toString();
    return s;
}

QUrl AppSession::demoBaseUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

void AppSession::start()
{
    QString problem;
    if (!m_registry->load(&problem))
        Q_EMIT notice(problem);
    if (m_options.demo) {
        startDemo({});
        return;
    }
    const QByteArray envKey = m_environment.value(QStringLiteral("WHOP_API_KEY")).toUtf8();
    if (!envKey.trimmed().isEmpty()) {
        const QUrl base =
            m_options.baseUrl.isEmpty() ? api::productionBaseUrl() : m_options.baseUrl;
        const auth::Identity temp = m_service->addTemporaryApiKey(envKey, base);
        activate(temp.id);
        return;
    }
    const QString current = m_registry->currentId();
    if (current.isEmpty() || !m_registry->find(current)) {
        startDemo(tr("No Whop account is connected yet, so this is the demo sandbox. Use "
                     "Identity → Add to sign in or paste a token."));
        return;
    }
    activate(current);
}

void AppSession::activate(const QString &identityId)
{
    if (identityId.isEmpty()) {
        startDemo({});
        return;
    }
    if (!m_registry->find(identityId))
        return;
    m_activating = identityId;
    m_store->read(identityId); // continues in readFinished
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
    delete m_authenticator;
    m_client->setAuthenticator(nullptr);
    m_demo = true;
    m_client->setConfig(configFor(m_sandbox->baseUrl()));
    m_client->setToken(sandbox::SandboxServer::DemoToken);
    m_editor->setTarget({QStringLiteral("me"), {}});
    Q_EMIT modeChanged();
    if (!why.isEmpty())
        Q_EMIT notice(why);
    m_editor->load();
}

void AppSession::activateWith(const auth::Identity &identity, const auth::Secret &secret)
{
    QString why;
    QUrl base = identity.apiBaseUrl();
    if (!m_client->setConfig(configFor(base), &why)) {
        startDemo(why);
        return;
    }
    m_editor->reset();
    delete m_authenticator;
    if (identity.kind == auth::IdentityKind::OAuthUser) {
        m_authenticator = new auth::OAuthAuthenticator(&m_nam, oauthSettingsFor(base), m_store,
                                                       identity.id, secret, this);
        connect(m_authenticator, &auth::OAuthAuthenticator::signInRequiredChanged, this,
                [this, id = identity.id](const QString &message) {
                    if (const auth::Identity *i = m_registry->find(id)) {
                        auth::Identity marked = *i;
                        marked.needsSignIn = true;
                        m_registry->upsert(marked);
                    }
                    Q_EMIT signInRequired(message);
                });
        m_client->setToken({});
        m_client->setAuthenticator(m_authenticator);
    } else {
        m_client->setAuthenticator(nullptr);
        m_client->setToken(secret.token);
    }
    m_demo = false;
    m_activeId = identity.id;
    m_registry->setCurrentId(identity.id);
    api::UserTarget target;
    target.user = identity.isUser() ? m_options.user : QString();
    if (identity.isApiKey())
        target.accountId = identity.accountId;
    m_editor->setTarget(target);
    Q_EMIT modeChanged();
    if (identity.isApiKey() && target.user.isEmpty()) {
        Q_EMIT notice(tr("An API key edits a user's profile inside its account. Choose the user "
                         "to edit."));
        return;
    }
    m_editor->load();
}

void AppSession::removeIdentity(const QString &identityId)
{
    const auth::Identity *identity = m_registry->find(identityId);
    if (!identity)
        return;
    const bool wasActive = identityId == activeIdentityId();
    const auth::Secret known =
        wasActive && m_authenticator ? m_authenticator->secret() : auth::Secret{};
    const auth::OAuthSettings oauth = oauthSettingsFor(identity->apiBaseUrl());
    m_service->remove(identityId, known, oauth);
    if (wasActive) {
        m_activeId.clear();
        startDemo(tr("The identity was removed from this computer."));
    }
}

auth::OAuthSignIn *AppSession::beginSignIn(const QUrl &apiBaseUrl, QString *error)
{
    return m_service->beginSignIn(oauthSettingsFor(apiBaseUrl), apiBaseUrl, error);
}

} // namespace whop::app
