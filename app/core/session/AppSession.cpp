#include "session/AppSession.h"

#include "AppInfo.h"
#include "session/StoredSecret.h"

#include <QDir>
#include <QJsonObject>

namespace whop::app {

AppSession::AppSession(const Options &options, QObject *parent,
                       const QProcessEnvironment &environment)
    : QObject(parent), m_options(options),
      m_environmentKey(environment.value(QStringLiteral("WHOP_API_KEY")).toUtf8()),
      m_preferences(new Preferences(options, this)),
      m_client(new api::WhopClient(&m_nam, configFor(api::productionBaseUrl()), this)),
      m_editor(new profile::ProfileEditor(m_client, this)),
      m_drafts(new profile::DraftKeeper(m_editor, profile::DraftStore(), this)),
      m_store(new auth::CredentialStore(QLatin1String(AppId), this)),
      m_registry(new auth::IdentityRegistry({}, this)),
      m_service(new IdentityService(&m_nam, m_registry, m_store, this)),
      m_accounts(new AccountDirectory(m_client, this)),
      m_inherited(new profile::InheritedProfile(m_client, this))
{
    // Each load in account mode also fetches what the account inherits from the global profile.
    connect(m_editor, &profile::ProfileEditor::loaded, this, [this] {
        m_inherited->load(m_editor->target());
        // The start settled on an identity (the demo says it in startDemo()); beside what the
        // first load itself had to say.
        if (!m_startProblem.isEmpty()) {
            QString text = std::exchange(m_startProblem, {});
            if (m_notice.kind == Notice::Kind::Warning)
                text = m_notice.text + QLatin1Char(' ') + text;
            showNotice({Notice::Kind::Warning, text});
        }
    });
    // Every save is recorded first in the journal of the identity in use.
    m_editor->setJournalProvider([this] { return m_journal; });
    connect(m_editor, &profile::ProfileEditor::loaded, this, [this] {
        // Who "me" is, for changes that address "me" (the All Accounts window's batches).
        if (m_journal && m_editor->target().user == QLatin1String("me"))
            m_journal->setSelf(m_editor->snapshot().id, m_editor->snapshot().username);
    });
    connect(m_preferences, &Preferences::changed, this, [this] {
        // The same origin with the new API version and timeout; calls under way keep theirs.
        m_client->setConfig(configFor(m_client->config().baseUrl));
        // Sign-in set up: the notice no longer offers to set it up.
        if (m_notice.secondAction == Notice::Action::SetUpSignIn &&
            !m_preferences->effective().oauthClientId.isEmpty()) {
            Notice n = m_notice;
            n.secondAction = Notice::Action::None;
            showNotice(n);
        }
    });
    m_nam.setAutoDeleteReplies(false);
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Drafts are kept per identity (never its secret) and per profile; the demo has its own.
    m_drafts->setIdentityKeyProvider(
        [this] { return m_demo ? QStringLiteral("demo") : m_activeId; });
    connect(m_drafts, &profile::DraftKeeper::problem, this, [this](const QString &text) {
        showNotice({Notice::Kind::Warning, text});
    });
    connect(m_editor, &profile::ProfileEditor::errorChanged, this, &AppSession::onEditorError);

    connect(m_service, &IdentityService::ready, this,
            [this](const auth::Identity &identity, const auth::Secret &secret) {
                activateWith(identity, secret);
            });
    connect(m_service, &IdentityService::revokeFinished, this, &AppSession::revokeFinished);
    connect(m_service, &IdentityService::removed, this, [this](const QString &identityId) {
        if (!m_demo && identityId == m_activeId) {
            m_activeId.clear();
            startDemo(tr("The identity was removed from this computer."));
        }
        Q_EMIT identityRemoved(identityId);
    });
    connect(m_service, &IdentityService::removeFailed, this, &AppSession::removeFailed);
}

AppSession::AppSession(const Options &options, QObject *parent)
    : AppSession(options, parent, QProcessEnvironment())
{
    m_environmentKey = takeApiKeyFromEnvironment();
}

AppSession::~AppSession() = default;

void AppSession::setDemoBackend(std::unique_ptr<DemoBackend> backend)
{
    m_demoBackend = std::move(backend);
}

api::ClientConfig AppSession::configFor(const QUrl &baseUrl) const
{
    const PreferenceValues values = m_preferences->effective();
    api::ClientConfig config;
    config.baseUrl = baseUrl;
    config.apiVersion = values.apiVersion;
    config.timeoutMs = values.timeoutSeconds * 1000;
    return config;
}

auth::OAuthSettings AppSession::oauthSettingsFor(const QUrl &apiBaseUrl,
                                                 const auth::Identity *identity) const
{
    const PreferenceValues values = m_preferences->effective();
    auth::OAuthSettings s = auth::OAuthSettings::forApiBase(apiBaseUrl);
    s.clientId = values.oauthClientId;
    if (s.clientId.isEmpty() && m_demoBackend && m_demoBackend->isRunning() &&
        api::isSameOrigin(apiBaseUrl, m_demoBackend->baseUrl()))
        s.clientId = m_demoBackend->oauthClientId();
    if (identity && !identity->oauthClientId.isEmpty())
        s.clientId = identity->oauthClientId;
    // Renewing and revoking need no redirect URI; a new sign-in comes back to the one in
    // Preferences, or to the fixed one (its port chosen the first time).
    s.redirectUri =
        identity ? QUrl(values.oauthRedirectUri, QUrl::StrictMode) : m_preferences->redirectUri();
    s.scopes = values.oauthScopes;
    return s;
}

QUrl AppSession::demoBaseUrl() const
{
    return m_demoBackend ? m_demoBackend->baseUrl() : QUrl();
}

void AppSession::start()
{
    if (QString problem; !m_registry->load(&problem))
        addStartProblem(problem);
    const QByteArray envKey = std::exchange(m_environmentKey, {});
    if (m_options.demo) {
        startDemo({});
        return;
    }
    if (!envKey.trimmed().isEmpty()) {
        const QUrl base =
            m_options.baseUrl.isEmpty() ? api::productionBaseUrl() : m_options.baseUrl;
        const auth::Identity temp = m_service->addTemporaryApiKey(envKey, base);
        activate(temp.id);
        return;
    }
    const QString current = m_registry->currentId();
    if (current.isEmpty() || !m_registry->find(current)) {
        if (m_registry->identities().isEmpty()) { // the first run: say how to get in
            const Notice first =
                Notice::firstRun(m_preferences->effective().oauthClientId.isEmpty());
            startDemo(first.text, first.secondAction);
            return;
        }
        startDemo(tr("No Whop account is connected yet, so this is the demo sandbox. Add an "
                     "identity to sign in with Whop or to paste a token."));
        return;
    }
    activate(current);
}

void AppSession::addStartProblem(const QString &text)
{
    m_startProblem = m_startProblem.isEmpty() ? text : m_startProblem + QLatin1Char(' ') + text;
}

void AppSession::reportFilesNotMoved(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    // The first few; the log (whop.files) names every one.
    constexpr int Named = 3;
    QStringList named;
    for (const QString &path : paths.mid(0, Named))
        named << QDir::toNativeSeparators(path);
    QString list = named.join(QStringLiteral(", "));
    if (paths.size() > Named)
        list += QStringLiteral(", …");
    addStartProblem(tr("Some files an earlier version of this app kept could not be moved into "
                       "this version's folders, so they were left where they were: %1")
                        .arg(list));
}

void AppSession::activate(const QString &identityId)
{
    if (identityId.isEmpty()) {
        startDemo({});
        return;
    }
    const auth::Identity *identity = m_registry->find(identityId);
    if (!identity)
        return;
    m_activating = identityId;
    readStoredSecret(m_store, *identity, this, [this, identityId](const StoredSecret &read) {
        if (identityId != m_activating)
            return; // another identity was chosen meanwhile
        m_activating.clear();
        const auth::Identity *current = m_registry->find(identityId);
        if (!current)
            return;
        if (read.secret)
            activateWith(*current, *read.secret);
        else
            startDemo(read.problem);
    });
}

void AppSession::startDemo(const QString &why, Notice::Action secondAction)
{
    // A keychain answer still on its way for an identity chosen before must not switch back.
    m_activating.clear();
    QString problem;
    if (!m_demoBackend) {
        showNotice({Notice::Kind::Error,
                    tr("The demo sandbox is not part of this build. Add an identity to sign in "
                       "with Whop or to paste a token."),
                    Notice::Action::AddIdentity});
        return;
    }
    if (!m_demoBackend->start(&problem)) {
        showNotice({Notice::Kind::Error, tr("The demo sandbox could not start. %1").arg(problem),
                    Notice::Action::AddIdentity});
        return;
    }
    m_service->setSessionOnlyApi(m_demoBackend->baseUrl());
    m_editor->reset();
    dropSessionAuthenticator();
    m_client->setAuthenticator(nullptr);
    m_demo = true;
    useJournalOf(QStringLiteral("demo"), nullptr);
    m_client->setConfig(configFor(m_demoBackend->baseUrl()));
    m_client->setToken(m_demoBackend->token());
    m_client->setRequiresAccount(false);
    applyMode(rememberedMode(nullptr));
    // Said after the switch, which clears what was said about the situation before.
    QString text = std::exchange(m_startProblem, {});
    if (!why.isEmpty())
        text = text.isEmpty() ? why : text + QLatin1Char(' ') + why;
    if (!text.isEmpty())
        showNotice({Notice::Kind::Demo, text, Notice::Action::AddIdentity, secondAction});
}

void AppSession::activateWith(const auth::Identity &identity, const auth::Secret &secret)
{
    m_activating.clear(); // as in startDemo(): this identity is the person's latest choice
    QString why;
    QUrl base = identity.apiBaseUrl();
    if (!m_client->setConfig(configFor(base), &why)) {
        startDemo(why);
        return;
    }
    m_editor->reset();
    dropSessionAuthenticator();
    if (identity.kind == auth::IdentityKind::OAuthUser) {
        m_authenticator = leaseAuthenticator(identity, secret);
        m_client->setToken({});
        m_client->setAuthenticator(m_authenticator);
    } else {
        m_client->setAuthenticator(nullptr);
        m_client->setToken(secret.token);
    }
    m_demo = false;
    m_activeId = identity.id;
    useJournalOf(identity.id, &identity);
    m_client->setRequiresAccount(identity.isApiKey());
    m_registry->setCurrentId(identity.id);
    if (identity.isApiKey() && identity.accountId.isEmpty()) {
        // A key from the environment is not checked when added: learn its account first.
        m_editor->reset();
        dismissNotice();
        auto *call = m_service->identify(
            m_client, identity, [this, id = identity.id](const auth::Identity &learned) {
                if (!m_registry->find(id) || m_activeId != id || learned.accountId.isEmpty())
                    return;
                m_registry->upsert(learned);
                applyMode(rememberedMode(&learned));
            });
        connect(call, &api::ApiCall::failed, this, [this](const api::ApiError &error) {
            showNotice({Notice::Kind::Error,
                        tr("The API key was not accepted: %1").arg(error.userMessage())});
        });
        Q_EMIT modeChanged();
        return;
    }
    applyMode(rememberedMode(&identity));
}

void AppSession::useJournalOf(const QString &identityKey, const auth::Identity *identity)
{
    if (!m_journal || m_journal->identityId() != identityKey)
        m_journal = journalFor(identityKey);
    if (identity && identity->isUser())
        m_journal->setSelf(identity->userId, identity->username);
}

journal::JournalProvider AppSession::journalProvider() const
{
    return [this] { return m_journal; };
}

bool AppSession::changeProfileElsewhere()
{
    if (!m_demo || !m_demoBackend || !m_demoBackend->isRunning() || !m_editor->hasSnapshot())
        return false;
    const int n = ++m_elsewhereChanges;
    const QJsonObject fields{
        {QStringLiteral("name"), tr("Changed Elsewhere %1").arg(n)},
        {QStringLiteral("bio"), tr("This bio was changed on another device (change %1).").arg(n)},
        {QString(api::UserChanges::PictureKey), true}};
    return m_demoBackend->changeElsewhere(m_editor->snapshot().id, fields,
                                          m_editor->target().accountId);
}

void AppSession::showNotice(const Notice &notice)
{
    if (notice.isNone()) {
        dismissNotice();
        return;
    }
    m_notice = notice;
    Q_EMIT this->notice(m_notice);
}

void AppSession::dismissNotice()
{
    if (m_notice.isNone())
        return;
    m_notice = {};
    Q_EMIT noticeCleared();
}

void AppSession::retry()
{
    dismissNotice();
    if (m_editor->hasSnapshot() && m_editor->isDirty())
        m_editor->save();
    else
        m_editor->load();
}

void AppSession::onEditorError(const api::ApiError &error)
{
    if (!error.isError()) {
        // A request went through: what was said about a failure no longer holds.
        if (!m_notice.isLasting())
            dismissNotice();
        return;
    }
    if (error.kind == api::ErrorKind::Cancelled) // the person did it; the status line says so
        return;
    if (error.kind == api::ErrorKind::Unauthorized && m_notice.kind == Notice::Kind::SignInRequired)
        return; // already says what to do
    const auth::Identity *identity = activeIdentity();
    showNotice(Notice::forProfileError(
        error, m_editor->errorText(), m_editor->canRetry(), m_mode.accountId, m_mode.accountTitle,
        identity && identity->kind == auth::IdentityKind::OAuthUser));
}

void AppSession::removeIdentity(const QString &identityId)
{
    const auth::Identity *identity = m_registry->find(identityId);
    if (!identity)
        return;
    // A binding (the All Accounts window) may keep the sign-in alive after a switch: its
    // refresh token is the newest. Every authenticator of the identity still alive (leased, or
    // let go of and finishing a refresh: releaseCredential()) is held during the removal, so
    // that what it renews does not outlive it (IdentityService::remove).
    const auth::OAuthAuthenticator *live = authenticatorOf(identityId);
    const auth::Secret known = live ? live->secret() : auth::Secret{};
    QList<auth::OAuthAuthenticator *> inUse;
    for (auto *a : findChildren<auth::OAuthAuthenticator *>(Qt::FindDirectChildrenOnly)) {
        if (a->identityId() == identityId && !a->isRetired())
            inUse << a;
    }
    m_service->remove(identityId, known, oauthSettingsFor(identity->apiBaseUrl(), identity), inUse);
}

auth::OAuthSignIn *AppSession::beginSignIn(const QUrl &apiBaseUrl, QString *error,
                                           auth::SignInProblem *problem)
{
    const auth::OAuthSettings settings = oauthSettingsFor(apiBaseUrl);
    auth::OAuthSignIn *flow = m_service->beginSignIn(settings, apiBaseUrl, error, problem);
    // The demo sandbox signs in only through redirect URIs registered with its app, as Whop
    // does: the one this sign-in listens on is registered, as a person does with theirs once.
    if (flow && m_demoBackend && m_demoBackend->isRunning() &&
        api::isSameOrigin(apiBaseUrl, m_demoBackend->baseUrl()))
        m_demoBackend->registerOAuthRedirect(settings.clientId, flow->redirectUri());
    return flow;
}

} // namespace whop::app
