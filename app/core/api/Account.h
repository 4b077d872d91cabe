#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace whop::api {

// A business account (formerly "company"), id `biz_...`.
struct Account
{
    QString id;
    QString title;
    QString route;
    QUrl logoUrl;
    bool operator==(const Account &other) const = default;
};

// One page of GET /accounts.
struct AccountsPage
{
    QList<Account> accounts;
    QString endCursor;
    bool hasNextPage = false;
};

// Parses `{data: [...], page_info: {...}}`; entries without id or title are skipped, a body of
// another shape is an error.
std::optional<AccountsPage> parseAccountsPage(const QByteArray &body, QString *error = nullptr);

// `biz_` followed by letters and digits.
bool isAccountId(const QString &text);

} // namespace whop::api

Q_DECLARE_METATYPE(whop::api::AccountsPage)
