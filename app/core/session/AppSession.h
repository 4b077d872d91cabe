#pragma once

#include "api/WhopClient.h"
#include "auth/CredentialStore.h"
#include "auth/IdentityRegistry.h"
#include "auth/OAuthAuthenticator.h"
#include "journal/ChangeJournal.h"
#include "profile/DraftKeeper.h"
#include "profile/InheritedProfile.h"
#include "profile/ProfileEditor.h"
#include "session/AccountDirectory.h"
#include "session/CommandLine.h"
#include "session/DemoBackend.h"
#include "session/IdentityService.h"
#include "session/Notice.h"
#include "session/Preferences.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSet>

#include <memory>

namespace whop::app {

// Which profile the editor shows: the global one (no account), or the one an account shows.
// API keys always use an account and name the user to edit.
struct ProfileMode
{
    QString accountId;
    QString accountTitle;
    QString user; // API keys: a user_ id or username; empty for user identities ("me")
    bool isGlobal() const { return accountId.isEmpty(); }
    bool operator==(const ProfileMode &other) const = default;
};

// Everything one running editor needs, wired together without widgets: the network manager,
// the client, the profile view-model, the identities and their keychain entries, and the demo
// backend when in demo mode.
class AppSession : public QObject
{
    Q_OBJECT
public:
    // Takes WHOP_API_KEY out of this process's environment (see takeApiKeyFromEnvironment()).
    explicit AppSession(const Options &options, QObject *parent = nullptr);
    // For tests: WHOP_API_KEY is read from `environment`; nothing else of it is kept.
    AppSession(const Options &options, QObject *parent, const QProcessEnvironment &environment);
    ~AppSession() override;

    // Where the demo runs (--demo, and when no account is connected). Without one, the demo is
    // unavailable and says so. Set before start().
    void setDemoBackend(std::unique_ptr<DemoBackend> backend);
    DemoBackend *demoBackend() const { return m_demoBackend.get(); }

    // --demo: the demo backend. Else WHOP_API_KEY when set, else the last used identity, else the
    // demo with a notice saying why.
    void start();
    // Files an earlier version kept that could not be moved into this version's folders
    // (files::moveFromDoubledFolders): said once the start has settled. Call before start().
    void reportFilesNotMoved(const QStringList &paths);

    // What the person should know about the current situation (Kind::None when nothing). It is
    // cleared whenever the identity or the profile changes, so nothing said about one situation
    // is shown in another.
    Notice currentNotice() const { return m_notice; }
    // Makes `notice` the current one (also for what arose in the window: a picture that cannot
    // be used, ...); dismissNotice() when the person closes the banner.
    void showNotice(const Notice &notice);
    void dismissNotice();
    // The Retry of an error notice: the save again when there are edits, else the load.
    void retry();

    // Makes an identity current ("" is the demo). The caller has already dealt with unsaved edits.
    void activate(const QString &identityId);

    bool isDemo() const { return m_demo; }
    bool isConnected() const { return !m_demo && !m_activeId.isEmpty(); }
    QString activeIdentityId() const { return m_demo ? QString() : m_activeId; }
    const auth::Identity *activeIdentity() const { return m_registry->find(activeIdentityId()); }

    auth::IdentityRegistry *identities() const { return m_registry; }
    IdentityService *identityService() const { return m_service; }
    // The person's settings; a change there reconfigures the client at once (the next request
    // uses the new API version and timeout) and the next sign-in uses the new OAuth settings.
    Preferences *preferences() const { return m_preferences; }
    const Options &options() const { return m_options; }
    // Sign-in settings for `apiBaseUrl` from Preferences (the demo sandbox's own client id there
    // when none is set). With an identity, the client id that signed it in.
    auth::OAuthSettings oauthSettingsFor(const QUrl &apiBaseUrl,
                                         const auth::Identity *identity = nullptr) const;
    // Browser sign-in against `apiBaseUrl`; the new identity becomes current when it succeeds.
    // When it cannot start, `problem` says why (auth::stepFixing() tells whether, and where, a
    // sign-in setting fixes it). In the demo sandbox the redirect URI is registered with its
    // app first, as a person registers theirs with Whop.
    auth::OAuthSignIn *beginSignIn(const QUrl &apiBaseUrl, QString *error,
                                   auth::SignInProblem *problem = nullptr);
    // Removes the identity once the keychain has deleted its token (identityRemoved; even
    // offline), revokes a browser sign-in in the background; removing the current identity shows
    // the demo. When the keychain cannot delete it, the identity stays and removeFailed says why.
    void removeIdentity(const QString &identityId);

    // The current mode; setMode() switches (the caller has dealt with unsaved edits),
    // remembers it for the identity and loads.
    ProfileMode mode() const { return m_mode; }
    void setMode(const ProfileMode &mode);
    // API keys need a user (id or username) before anything loads.
    bool needsUser() const;
    AccountDirectory *accounts() const { return m_accounts; }
    profile::InheritedProfile *inherited() const { return m_inherited; }

    QUrl baseUrl() const { return m_client->config().baseUrl; }
    QUrl demoBaseUrl() const;
    profile::ProfileEditor *editor() const { return m_editor; }
    // Keeps the editor's unsaved edits on disk and offers them back after a restart.
    profile::DraftKeeper *drafts() const { return m_drafts; }
    // The change journal of the identity in use (the demo has its own): every change the editor
    // sends is recorded there first. It follows the identity; a change already sent completes
    // in the journal it was recorded in.
    std::shared_ptr<journal::ChangeJournal> journal() const { return m_journal; }
    // The journal of whichever identity is in use when asked. What must keep one identity's
    // journal across a switch (the All Accounts window) uses IdentityBinding::journal() instead.
    journal::JournalProvider journalProvider() const;
    // The journal of one identity ("demo" for the demo): the same one the session uses while
    // that identity is current, so that one identity never has two writers of its file.
    std::shared_ptr<journal::ChangeJournal> journalFor(const QString &identityKey);
    // The folder the journals are kept in; set before start() (tests). Empty: the default.
    void setJournalFolder(const QString &folder) { m_journalFolder = folder; }
    api::WhopClient *client() const { return m_client; }
    auth::CredentialStore *credentials() const { return m_store; }
    QNetworkAccessManager *networkAccessManager() { return &m_nam; }
    // Demo only: changes the profile on screen on the demo server the way someone elsewhere
    // would (its name, bio and picture), so that the next save meets changes made elsewhere.
    // False outside the demo or before a profile is loaded.
    bool changeProfileElsewhere();
    auth::OAuthAuthenticator *authenticator() const { return m_authenticator; }

    // What must go on with the identity in use after the person switches (the All Accounts
    // window, IdentityBinding.h): a new client, owned by `holder`, with the current credential,
    // base URL, API version and timeout. A browser sign-in's authenticator is shared, not copied
    // (one refresh token, one keychain entry), and kept alive until `holder` is destroyed or
    // calls releaseCredential(); switching identity never changes what the new client sends.
    api::WhopClient *bindClient(QObject *holder);
    void releaseCredential(const QObject *holder);
    // The live authenticator of a browser sign-in (current or held by a binding); null if none.
    auth::OAuthAuthenticator *authenticatorOf(const QString &identityId) const;

Q_SIGNALS:
    void modeChanged();
    // A new current notice; noticeCleared() when there is none any more.
    void notice(const whop::app::Notice &notice);
    void noticeCleared();
    // The current identity's sign-in was refused: the person must sign in again. Drafts stay.
    void signInRequired(const QString &message);
    void revokeFinished(const QString &message);
    void identityRemoved(const QString &identityId);
    void removeFailed(const QString &identityId, const QString &message);

private:
    // `secondAction`: a second button for the notice that says why (Notice::secondAction).
    void startDemo(const QString &why, Notice::Action secondAction = Notice::Action::None);
    void addStartProblem(const QString &text);
    void onEditorError(const api::ApiError &error);
    void activateWith(const auth::Identity &identity, const auth::Secret &secret);
    api::ClientConfig configFor(const QUrl &baseUrl) const;
    ProfileMode rememberedMode(const auth::Identity *identity) const;
    void applyMode(const ProfileMode &mode);
    void useJournalOf(const QString &identityKey, const auth::Identity *identity);
    // Browser sign-ins' authenticators (AppSessionBinding.cpp): one per identity, shared by the
    // session while it is current and by every binding to it; let go of when nobody holds it
    // (it finishes a refresh in flight, then deletes itself: OAuthAuthenticator::detach()).
    auth::OAuthAuthenticator *leaseAuthenticator(const auth::Identity &identity,
                                                 const auth::Secret &secret);
    void dropSessionAuthenticator();

    Options m_options;
    QByteArray m_environmentKey; // WHOP_API_KEY, until start() has made it an identity
    Preferences *m_preferences;
    QNetworkAccessManager m_nam;
    api::WhopClient *m_client;
    profile::ProfileEditor *m_editor;
    profile::DraftKeeper *m_drafts;
    auth::CredentialStore *m_store;
    auth::IdentityRegistry *m_registry;
    IdentityService *m_service;
    AccountDirectory *m_accounts;
    profile::InheritedProfile *m_inherited;
    ProfileMode m_mode;
    Notice m_notice;
    // identities.json could not be read, files could not be moved: said once the start settles
    QString m_startProblem;
    QPointer<auth::OAuthAuthenticator> m_authenticator;
    std::unique_ptr<DemoBackend> m_demoBackend;
    QString m_activeId;
    QString m_activating;
    bool m_demo = false;
    int m_elsewhereChanges = 0;
    QString m_journalFolder;
    std::shared_ptr<journal::ChangeJournal> m_journal;
    QHash<QString, std::weak_ptr<journal::ChangeJournal>> m_journals; // by identity key
    struct AuthenticatorLease
    {
        QPointer<auth::OAuthAuthenticator> authenticator;
        QSet<const QObject *> holders; // the session itself while current, and bindings
    };
    QHash<QString, AuthenticatorLease> m_leases; // by identity id
};

} // namespace whop::app
