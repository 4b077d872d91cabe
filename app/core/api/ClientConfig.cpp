#include "api/ClientConfig.h"

#include <QCoreApplication>
#include <QDate>
#include <QHostAddress>
#include <QRegularExpression>

namespace whop::api {

QUrl productionBaseUrl()
{
    return QUrl(QStringLiteral("https://api.whop.com/api/v1"));
}

QUrl sandboxBaseUrl()
{
    return QUrl(QStringLiteral("https://sandbox-api.whop.com/api/v1"));
}

QStringList knownApiVersions()
{
    // As Whop publishes them: its versions page (2025-01-01 to 2026-07-01) and the versions its
    // official SDKs' releases pin (2026-07-08-1; @whop/sdk 0.0.42 sends 2026-07-20).
    return {QStringLiteral("2025-01-01"), QStringLiteral("2026-06-08"),
            QStringLiteral("2026-06-09"), QStringLiteral("2026-06-20"),
            QStringLiteral("2026-07-01"), QStringLiteral("2026-07-08-1"),
            QStringLiteral("2026-07-20")};
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAcceptableBaseUrl(const QUrl &url, QString *why)
{
    // The texts are marked for lupdate where they are written and translated here.
    auto fail = [why](const char *text) {
        if (why)
            *why = QCoreApplication::translate("whop::api::ClientConfig", text);
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(
            QT_TRANSLATE_NOOP("whop::api::ClientConfig", "The base URL is not a valid address."));
    if (!url.userInfo().isEmpty())
        return fail(QT_TRANSLATE_NOOP("whop::api::ClientConfig",
                                      "The base URL must not contain a user name or password."));
    if (url.hasQuery() || url.hasFragment())
        return fail(QT_TRANSLATE_NOOP("whop::api::ClientConfig",
                                      "The base URL must not have a query or fragment."));
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return true;
        return fail(QT_TRANSLATE_NOOP(
            "whop::api::ClientConfig",
            "Plain http is only allowed to this computer (127.0.0.1, ::1 or localhost); "
            "use https."));
    }
    return fail(
        QT_TRANSLATE_NOOP("whop::api::ClientConfig", "The base URL must start with https://."));
}

bool isSecureTransport(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") ||
           (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()));
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &u) {
        return u.scheme() == QLatin1String("https") ? 443 : 80;
    };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

bool isWellFormedApiVersion(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(-\\d{1,3})?$"));
    const auto match = re.match(version);
    return match.hasMatch() &&
           QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd")).isValid();
}

QString accountParameter(const QString &apiVersion)
{
    // The date part compares as text (YYYY-MM-DD); a suffix (-1) is a later release of that day.
    return apiVersion.left(10) < QLatin1String(AccountIdSince) ? QStringLiteral("company_id")
                                                               : QStringLiteral("account_id");
}

} // namespace whop::api
