#include "api/Account.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace whop::api {

bool isAccountId(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^biz_[A-Za-z0-9]{1,64}$"));
    return re.match(text).hasMatch();
}

std::optional<AccountsPage> parseAccountsPage(const QByteArray &body, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("the answer is not a JSON object"));
    const QJsonObject root = doc.object();
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!data.isArray())
        return fail(QStringLiteral("the answer has no list of accounts"));
    AccountsPage page;
    for (const auto &item : data.toArray()) {
        const QJsonObject o = item.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        const QString title = o.value(QLatin1String("title")).toString();
        if (id.isEmpty() || !o.value(QLatin1String("title")).isString())
            continue;
        Account a{id, title, o.value(QLatin1String("route")).toString(), {}};
        const QUrl logo(o.value(QLatin1String("logo_url")).toString(), QUrl::StrictMode);
        if (logo.isValid() && !logo.host().isEmpty())
            a.logoUrl = logo;
        page.accounts.append(a);
    }
    const QJsonObject info = root.value(QLatin1String("page_info")).toObject();
    page.endCursor = info.value(QLatin1String("end_cursor")).toString();
    page.hasNextPage = info.value(QLatin1String("has_next_page")).toBool(false);
    // A "next page" without a cursor to reach it would loop forever: treat it as the end.
    if (page.endCursor.isEmpty())
        page.hasNextPage = false;
    return page;
}

} // namespace whop::api
