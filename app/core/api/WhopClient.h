#pragma once

#include "Account.h"
#include "ApiCall.h"
#include "Authenticator.h"
#include "ClientConfig.h"
#include "FileRecord.h"
#include "StorageUpload.h"
#include "User.h"

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
// each returns an ApiCall that emits succeeded(QVariant of the parsed value) or failed(ApiError).
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

    // GET /users/{id}[?account_id=]. Succeeds with a QVariant holding a User.
    ApiCall *retrieveUser(const UserTarget &target);
    // GET /users/{username}[?account_id=] to learn whether a username is in use (a 404 says it
    // is not). Advice only, so it is tried once (no retries) with its own, shorter timeout.
    ApiCall *lookUpUser(const QString &username, const QString &accountId, int timeoutMs);
    // PATCH /users/{id}[?account_id=] with exactly `changes`. Succeeds with the updated User.
    ApiCall *updateUser(const UserTarget &target, const QJsonObject &changes);

    // POST /files {filename, visibility} with an Idempotency-Key (reuse it when retrying the same
    // create). Succeeds with a QVariant holding a FileRecord (with upload_url and upload_headers).
    ApiCall *createFile(const QString &filename, const QByteArray &idempotencyKey,
                        const QString &visibility = QStringLiteral("public"));
    // GET /files/{id}. Succeeds with a QVariant holding a FileRecord.
    ApiCall *retrieveFile(const QString &fileId);
    // PUT `bytes` to the file's upload_url with exactly its upload_headers and no credential,
    // through this client's network manager. Call start() on the result.
    StorageUpload *uploadFileBytes(const FileRecord &file, const QByteArray &bytes);

    // GET /accounts?first=&after=. Succeeds with a QVariant holding an AccountsPage.
    ApiCall *listAccounts(int first = 50, const QString &after = {});

    // A request outside the users/accounts helpers (OAuth token endpoint, files, ...).
    ApiCall *send(ApiCall::Spec spec) { return start(std::move(spec)); }

    // The User-Agent: application name and version, and Qt's version.
    static QByteArray defaultUserAgent();

    QUrl urlFor(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;

private:
    ApiCall *start(ApiCall::Spec spec);
    ApiCall *start(ApiCall::Spec spec, const ClientConfig &config);
    bool refusesTarget(const UserTarget &target, ApiError *error) const;
    ApiCall *failedCall(const ApiError &error);

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
    QByteArray m_token;
    QPointer<Authenticator> m_authenticator;
    bool m_requiresAccount = false;
};

} // namespace whop::api
