#pragma once

#include "auth/Identity.h"
#include "journal/ChangeJournal.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace whop::api {
class WhopClient;
}

namespace whop::app {

class AppSession;

// One identity held for good by what works on its behalf after the person switches to another
// one in the main window (the All Accounts window and its batches): a client of its own with the
// identity's credential (a token, or the browser sign-in's authenticator, kept alive and shared
// with the session: AppSession::bindClient), base URL, API version and timeout as they were when
// bound, and the identity's change journal. Switching identity never changes what that client
// sends or where its changes are recorded.
//
// When the identity is removed from this computer, or its sign-in is refused (sign in again),
// the binding ends: its client sends nothing more (WhopClient::retire) and ended() says why.
class IdentityBinding : public QObject
{
    Q_OBJECT
public:
    // Binds the identity the session uses now (or the demo).
    explicit IdentityBinding(AppSession *session, QObject *parent = nullptr);
    ~IdentityBinding() override;

    api::WhopClient *client() const { return m_client; }
    bool isDemo() const { return m_demo; }
    // The identity as it was when bound (empty for the demo); its id is the journal's key.
    const auth::Identity &identity() const { return m_identity; }
    // "demo", or the identity's id.
    QString key() const;
    // How the person knows it: the identity's text in the identity list (its current label), or
    // the demo sandbox.
    QString name() const;
    // Its label alone ("@jo"), for sentences.
    QString shortName() const;
    // Whether the main window uses this identity now.
    bool isCurrent() const;
    std::shared_ptr<journal::ChangeJournal> journal() const { return m_journal; }
    journal::JournalProvider journalProvider() const;

    bool hasEnded() const { return !m_endReason.isEmpty(); }
    // Why nothing is sent any more (for the person); empty while it goes on.
    const QString &endReason() const { return m_endReason; }

Q_SIGNALS:
    // The identity's name changed, or the main window switched to or away from it.
    void changed();
    void ended(const QString &why);

private:
    void end(const QString &why);

    QPointer<AppSession> m_session;
    bool m_demo;
    auth::Identity m_identity;
    api::WhopClient *m_client;
    std::shared_ptr<journal::ChangeJournal> m_journal;
    QString m_endReason;
};

} // namespace whop::app
