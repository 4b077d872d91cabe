#include "api/WhopClient.h"

#include "AppInfo.h"
#include "api/Logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTimer>
#include <QUrlQuery>

namespace whop::api {

bool UserTarget::isValid(QString *why) const
{
    static const QRegularExpression userRe(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    static const QRegularExpression accountRe(QStringLiteral("^biz_[A-Za-z0-9]+$"));
    if (!userRe.match(user).hasMatch()) {
        if (why)
            *why = QStringLiteral("'%1' is not a user id, username or 'me'").arg(user);
        return false;
    }
    if (!accountId.isEmpty() && !accountRe.match(accountId).hasMatch()) {
        if (why)
            *why = QStringLiteral("'%1' is not an account id (biz_...)").arg(accountId);
        return false;
    }
    return true;
}

WhopClient::WhopClient(QNetworkAccessManager *nam, ClientConfig config, QObject *parent)
    : QObject(parent), m_nam(nam)
{
    if (config.userAgent.isEmpty())
        config.userAgent = defaultUserAgent();
    m_config = config;
}

bool WhopClient::setConfig(const ClientConfig &config, QString *why)
{
    if (!isAcceptableBaseUrl(config.baseUrl, why))
        return false;
    m_config = config;
    if (m_config.userAgent.isEmpty())
        m_config.userAgent = defaultUserAgent();
    return true;
}

WhopClient *WhopClient::copy(QObject *parent) const
{
    auto *other = new WhopClient(m_nam, m_config, parent);
    other->m_token = m_token;
    other->m_authenticator = m_authenticator;
    other->m_requiresAccount = m_requiresAccount;
    other->m_retired = m_retired;
    return other;
}

void WhopClient::retire(const ApiError &why)
{
    m_retired = why;
    m_token.clear();
    m_authenticator = nullptr;
}

QByteArray WhopClient::defaultUserAgent()
{
    return QStringLiteral("WhopProfileEditor/%1 (Qt %2; %3)")
        .arg(QLatin1String(whop::AppVersion), QLatin1String(qVersion()), QSysInfo::productType())
        .toUtf8();
}

QUrl WhopClient::urlFor(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
    }
    return url;
}

template <class T> Call<T> *WhopClient::failedCall(const ApiError &error)
{
    auto *call = new Call<T>(m_nam, m_config, {}, {}, {}, this);
    call->refuse(error);
    return call;
}

template <class T> Call<T> *WhopClient::start(ApiCall::Spec spec, Parser<T> parser)
{
    return start<T>(std::move(spec), std::move(parser), m_config);
}

template <class T>
Call<T> *WhopClient::start(ApiCall::Spec spec, Parser<T> parser, const ClientConfig &config)
{
    if (m_retired.isError())
        return failedCall<T>(m_retired);
    QString why;
    if (!isAcceptableBaseUrl(config.baseUrl, &why))
        return failedCall<T>(localError(ErrorKind::BadRequest, why));
    auto *call = new Call<T>(m_nam, config, m_token, std::move(spec), std::move(parser), this,
                             m_authenticator);
    QTimer::singleShot(0, call, &ApiCall::start);
    return call;
}

// The account as the pinned version names it: account_id, or company_id before 2026-06-08
// (docs/api/whop-api.md, "Versions"), in every request that names one.
static QList<QPair<QString, QString>> targetQuery(const UserTarget &target,
                                                  const ClientConfig &config)
{
    if (target.accountId.isEmpty())
        return {};
    return {{accountParameter(config.apiVersion), target.accountId}};
}

static std::optional<User> userFrom(const QByteArray &body, QString *error)
{
    return parseUser(body, error);
}

bool WhopClient::refusesTarget(const UserTarget &target, ApiError *error) const
{
    QString why;
    if (!target.isValid(&why)) {
        *error = localError(ErrorKind::BadRequest, why);
        return true;
    }
    if (m_requiresAccount && (target.accountId.isEmpty() || target.user == QLatin1String("me"))) {
        qCCritical(lcApi) << "programming error: an API-key users request without account_id or "
                             "with 'me' was refused before sending";
        *error =
            localError(ErrorKind::BadRequest,
                       QStringLiteral("An API key can only address a user inside an account."));
        return true;
    }
    return false;
}

Call<User> *WhopClient::retrieveUser(const UserTarget &target)
{
    ApiError refused;
    if (refusesTarget(target, &refused))
        return failedCall<User>(refused);
    return start<User>(
        {"GET",
         urlFor(QStringLiteral("/users/") + target.user, targetQuery(target, m_config)),
         {},
         {}},
        userFrom);
}

Call<User> *WhopClient::lookUpUser(const QString &username, const QString &accountId, int timeoutMs)
{
    const UserTarget target{username, accountId};
    ApiError refused;
    if (refusesTarget(target, &refused))
        return failedCall<User>(refused);
    ClientConfig once = m_config;
    once.retry.maxRetries = 0;
    once.timeoutMs = qBound(1, timeoutMs, m_config.timeoutMs);
    return start<User>({"GET",
                        urlFor(QStringLiteral("/users/") + username, targetQuery(target, m_config)),
                        {},
                        {}},
                       userFrom, once);
}

Call<User> *WhopClient::updateUser(const UserTarget &target, const UserChanges &changes)
{
    ApiError refused;
    if (refusesTarget(target, &refused))
        return failedCall<User>(refused);
    return start<User>(
        {"PATCH",
         urlFor(QStringLiteral("/users/") + target.user, targetQuery(target, m_config)),
         changes.toBody(),
         {}},
        userFrom);
}

Call<AccountsPage> *WhopClient::listAccounts(int first, const QString &after)
{
    QList<QPair<QString, QString>> query{{QStringLiteral("first"), QString::number(first)}};
    if (!after.isEmpty())
        query.append({QStringLiteral("after"), after});
    return start<AccountsPage>(
        {"GET", urlFor(QStringLiteral("/accounts"), query), {}, {}},
        [](const QByteArray &body, QString *error) { return parseAccountsPage(body, error); });
}

static std::optional<FileRecord> fileFrom(const QByteArray &body, QString *error)
{
    return parseFileRecord(body, error);
}

Call<FileRecord> *WhopClient::createFile(const QString &filename, const QByteArray &idempotencyKey,
                                         const QString &visibility)
{
    if (idempotencyKey.isEmpty() || idempotencyKey.size() > 255)
        return failedCall<FileRecord>(localError(
            ErrorKind::BadRequest, QStringLiteral("An Idempotency-Key has 1 to 255 bytes.")));
    const QJsonObject body{{QStringLiteral("filename"), filename},
                           {QStringLiteral("visibility"), visibility}};
    return start<FileRecord>({"POST",
                              urlFor(QStringLiteral("/files")),
                              QJsonDocument(body).toJson(QJsonDocument::Compact),
                              {{"Idempotency-Key", idempotencyKey}}},
                             fileFrom);
}

Call<FileRecord> *WhopClient::retrieveFile(const QString &fileId)
{
    static const QRegularExpression idRe(QStringLiteral("^file_[A-Za-z0-9_-]{1,100}$"));
    if (!idRe.match(fileId).hasMatch())
        return failedCall<FileRecord>(localError(
            ErrorKind::BadRequest, QStringLiteral("'%1' is not a file id (file_...)").arg(fileId)));
    return start<FileRecord>({"GET", urlFor(QStringLiteral("/files/") + fileId), {}, {}}, fileFrom);
}

StorageUpload *WhopClient::uploadFileBytes(const FileRecord &file, const QByteArray &bytes)
{
    return new StorageUpload(m_nam, m_config, file.uploadUrl, file.uploadHeaders, bytes, this);
}

} // namespace whop::api
