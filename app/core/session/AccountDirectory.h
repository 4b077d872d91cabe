#pragma once

#include "Account.h"
#include "ApiError.h"
#include "Call.h"

#include <QObject>
#include <QPointer>

namespace whop::api {
class WhopClient;
} // namespace whop::api

namespace whop::app {

// Every account the current credential can reach: GET /accounts, 50 per page, following
// page_info.end_cursor until has_next_page is false.
class AccountDirectory : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 50;
    static constexpr int MaxPages = 200; // a server that never ends its list is cut off here

    explicit AccountDirectory(api::WhopClient *client, QObject *parent = nullptr);

    void load();
    void cancel();
    bool isLoading() const { return m_call; }
    const QList<api::Account> &accounts() const { return m_accounts; }
    const api::Account *find(const QString &accountId) const;

Q_SIGNALS:
    void pageLoaded(int accountsSoFar);
    void finished();
    void failed(const whop::api::ApiError &error);

private:
    void fetch(const QString &after);

    api::WhopClient *m_client;
    QPointer<api::Call<api::AccountsPage>> m_call;
    QList<api::Account> m_accounts;
    int m_pages = 0;
};

} // namespace whop::app
