#include "session/AccountDirectory.h"

#include "api/WhopClient.h"

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
    m_ids.clear();
    m_cut = false;
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
        bool fresh = false;
        bool more = false; // accounts of this page beyond MaxAccounts
        for (const api::Account &a : page.accounts) {
            if (m_ids.contains(a.id)) // a server repeating an account lists it once
                continue;
            if (m_accounts.size() >= MaxAccounts) {
                more = true;
                break;
            }
            m_ids.insert(a.id);
            m_accounts.append(a);
            fresh = true;
        }
        Q_EMIT pageLoaded(int(m_accounts.size()));
        const bool next = page.hasNextPage && page.endCursor != after;
        m_cut = more || (next && m_accounts.size() >= MaxAccounts);
        // A page that brought nothing new ends the list, whatever it promised.
        if (next && !m_cut && fresh) {
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
