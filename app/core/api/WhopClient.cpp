#include "WhopClient.h"

#include "AppInfo.h"

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

ApiCall *WhopClient::failedCall(const ApiError &error)
{
    // Reported asynchronously, like every other outcome.
    auto *call = new ApiCall(m_nam, m_config, {}, {}, this);
    QTimer::singleShot(0, call, [call, error] {
        Q_EMIT call->failed(error);
        call->deleteLater();
    });
    return call;
}

ApiCall *WhopClient::start(ApiCall::Spec spec)
{
    QString why;
    if (!isAcceptableBaseUrl(m_config.baseUrl, &why))
        return failedCall(localError(ErrorKind::BadRequest, why));
    auto *call = new ApiCall(m_nam, m_config, m_token, std::move(spec), this);
    QTimer::singleShot(0, call, &ApiCall::start);
    return call;
}

static QVariant parseUserValue(const QByteArray &body, QString *error)
{
    auto user = parseUser(body, error);
    return user ? QVariant::fromValue(*user) : QVariant();
}

static QList<QPair<QString, QString>> targetQuery(const UserTarget &target)
{
    if (target.accountId.isEmpty())
        return {};
    return {{QStringLiteral("account_id"), target.accountId}};
}

ApiCall *WhopClient::retrieveUser(const UserTarget &target)
{
    QString why;
    if (!target.isValid(&why))
        return failedCall(localError(ErrorKind::BadRequest, why));
    return start({"GET",
                  urlFor(QStringLiteral("/users/") + target.user, targetQuery(target)),
                  {},
                  {},
                  parseUserValue});
}

ApiCall *WhopClient::updateUser(const UserTarget &target, const QJsonObject &changes)
{
    QString why;
    if (!target.isValid(&why))
        return failedCall(localError(ErrorKind::BadRequest, why));
    return start({"PATCH",
                  urlFor(QStringLiteral("/users/") + target.user, targetQuery(target)),
                  QJsonDocument(changes).toJson(QJsonDocument::Compact),
                  {},
                  parseUserValue});
}

} // namespace whop::api
