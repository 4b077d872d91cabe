#pragma once

#include "api/Account.h"
#include "api/ApiCall.h"
#include "api/Authenticator.h"
#include "api/Call.h"
#include "api/ClientConfig.h"
#include "api/FileRecord.h"
#include "api/StorageUpload.h"
#include "api/User.h"
#include "api/UserChanges.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace whop::api {

// Which profile a request addresses: a user ("me", a `user_` id or a username), and
// optionally the account (`biz_...`) whose override to read or write.
struct UserTarget
{
    QString user = QStringLiteral("me");
    QString accountId;

    bool isValid(QString *why = nullptr) const;
};

// The Whop REST client. All calls are asynchronous and share one QNetworkAccessManager;
// each returns a Call<T> that emits succeeded() with result() holding the parsed T, or
// failed(ApiError).
class WhopClient : public QObject
{
    Q_OBJECT
public:
    WhopClient(QNetworkAccessManager *nam, ClientConfig config, QObject *parent = nullptr);

    const ClientConfig &config() const { return m_config; }
    // Refuses (returns false, says why) a base URL that would expose the credential.
    bool setConfig(const ClientConfig &config, QString *why = nullptr);
    void setToken(const QByteArray &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty() || m_authenticator; }
    // For credentials that can be renewed (OAuth): supplies the token and refreshes on a 401.
    void setAuthenticator(Authenticator *authenticator) { m_authenticator = authenticator; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    // API keys: every users request must name an account and a user (not "me"). A request
    // without one is a programming error: it is refused here and never sent.
    void setRequiresAccount(bool required) { m_requiresAccount = required; }
    bool requiresAccount() const { return m_requiresAccount; }

    // A new client with this one's network manager, configuration and credential (token or
    // authenticator) as they are now. Later changes to either client do not reach the other, so
    // what the copy sends keeps this credential whatever this client is switched to (the All
    // Accounts window keeps the identity it was opened for; app/core/session/IdentityBinding.h).
    // The authenticator is shared, not copied: its owner must keep it alive for the copy.
    WhopClient *copy(QObject *parent = nullptr) const;
    // From now on every call fails at once with `why` and nothing is sent; the credential is
    // forgotten (its identity was removed, or its sign-in refused).
    void retire(const ApiError &why);
    bool isRetired() const { return m_retired.isError(); }

    // GET /users/{id}[?account_id=].
    Call<User> *retrieveUser(const UserTarget &target);
    // GET /users/{username}[?account_id=] to learn whether a username is in use (a 404 says it
    // is not). Advice only, so it is tried once (no retries) with its own, shorter timeout.
    Call<User> *lookUpUser(const QString &username, const QString &accountId, int timeoutMs);
    // PATCH /users/{id}[?account_id=] with exactly `changes`. Succeeds with the updated User.
    Call<User> *updateUser(const UserTarget &target, const UserChanges &changes);

    // POST /files {filename, visibility} with an Idempotency-Key (reuse it when retrying the same
    // create). Succeeds with the FileRecord (with upload_url and upload_headers).
    Call<FileRecord> *createFile(const QString &filename, const QByteArray &idempotencyKey,
                                 const QString &visibility = QStringLiteral("public"));
    // GET /files/{id}.
    Call<FileRecord> *retrieveFile(const QString &fileId);
    // PUT `bytes` to the file's upload_url with exactly its upload_headers and no credential,
    // through this client's network manager. Call start() on the result.
    StorageUpload *uploadFileBytes(const FileRecord &file, const QByteArray &bytes);

    // GET /accounts?first=&after=.
    Call<AccountsPage> *listAccounts(int first = 50, const QString &after = {});

    // The User-Agent: application name and version, and Qt's version.
    static QByteArray defaultUserAgent();

    QUrl urlFor(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;

private:
    template <class T> Call<T> *start(ApiCall::Spec spec, Parser<T> parser);
    // With `config` instead of the client's own (a shorter timeout, no retries, ...).
    template <class T>
    Call<T> *start(ApiCall::Spec spec, Parser<T> parser, const ClientConfig &config);
    // A call that sends nothing and fails with `error` (reported later, like any outcome).
    template <class T> Call<T> *failedCall(const ApiError &error);
    bool refusesTarget(const UserTarget &target, ApiError *error) const;

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
    QByteArray m_token;
    QPointer<Authenticator> m_authenticator;
    bool m_requiresAccount = false;
    ApiError m_retired; // set by retire(): why nothing is sent any more
};

} // namespace whop::api
