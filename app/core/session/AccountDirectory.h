#pragma once

#include "api/Account.h"
#include "api/ApiError.h"
#include "api/Call.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace whop::api {
class WhopClient;
} // namespace whop::api

namespace whop::app {

// Every account the current credential can reach: GET /accounts, 50 per page, following
// page_info.end_cursor until has_next_page is false, up to MaxAccounts.
class AccountDirectory : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 50;
    // The most accounts listed. Counted in accounts, not pages: `first` (PageSize) is only the
    // client's wish, and a server may answer with pages of any size. A list cut here says so
    // (isCut()); a server that keeps promising pages without new accounts is left at once.
    static constexpr int MaxAccounts = 10000;

    explicit AccountDirectory(api::WhopClient *client, QObject *parent = nullptr);

    void load();
    void cancel();
    bool isLoading() const { return m_call; }
    const QList<api::Account> &accounts() const { return m_accounts; }
    const api::Account *find(const QString &accountId) const;
    // Whop has more accounts than MaxAccounts: only the first ones are listed.
    bool isCut() const { return m_cut; }

Q_SIGNALS:
    void pageLoaded(int accountsSoFar);
    void finished();
    void failed(const whop::api::ApiError &error);

private:
    void fetch(const QString &after);

    api::WhopClient *m_client;
    QPointer<api::Call<api::AccountsPage>> m_call;
    QList<api::Account> m_accounts;
    QSet<QString> m_ids;
    bool m_cut = false;
};

} // namespace whop::app
