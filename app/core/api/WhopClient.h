#pragma once

#include "ApiCall.h"
#include "ClientConfig.h"
#include "User.h"

#include <QJsonObject>
#include <QObject>

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
    bool hasToken() const { return !m_token.isEmpty(); }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // GET /users/{id}[?account_id=]. Succeeds with a QVariant holding a User.
    ApiCall *retrieveUser(const UserTarget &target);
    // PATCH /users/{id}[?account_id=] with exactly `changes`. Succeeds with the updated User.
    ApiCall *updateUser(const UserTarget &target, const QJsonObject &changes);

    // The User-Agent: application name and version, and Qt's version.
    static QByteArray defaultUserAgent();

    QUrl urlFor(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;

private:
    ApiCall *start(ApiCall::Spec spec);
    ApiCall *failedCall(const ApiError &error);

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
    QByteArray m_token;
};

} // namespace whop::api
