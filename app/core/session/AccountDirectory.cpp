#include "AccountDirectory.h"

#include "WhopClient.h"

namespace whop::app {

AccountDirectory::AccountDirectory(api::WhopClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{}

const api::Account *AccountDirectory::find(const QString &accountId) const
{
    for (const auto &a : m_accounts) {
        if (a.id == accountId)
            return &a;
    }
    return nullptr;
}

void AccountDirectory::load()
{
    cancel();
    m_accounts.clear();
    m_pages = 0;
    fetch({});
}

void AccountDirectory::cancel()
{
    if (m_call)
        m_call->cancel();
}

void AccountDirectory::fetch(const QString &after)
{
    m_call = m_client->listAccounts(PageSize, after);
    m_call->onSucceeded(this, [this, after](const api::AccountsPage &page) {
        m_call.clear();
        m_accounts += page.accounts;
        ++m_pages;
        Q_EMIT pageLoaded(int(m_accounts.size()));
        if (page.hasNextPage && page.endCursor != after && m_pages < MaxPages) {
            fetch(page.endCursor);
            return;
        }
        Q_EMIT finished();
    });
    connect(m_call, &api::ApiCall::failed, this, [this](const api::ApiError &error) {
        m_call.clear();
        if (error.kind != api::ErrorKind::Cancelled)
            Q_EMIT failed(error);
    });
}

} // namespace whop::app
