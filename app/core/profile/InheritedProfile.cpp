#include "profile/InheritedProfile.h"

namespace whop::profile {

InheritedProfile::InheritedProfile(api::WhopClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{}

void InheritedProfile::clear()
{
    if (m_call)
        m_call->cancel();
    const bool was = m_available;
    m_available = false;
    m_values = {};
    if (was)
        Q_EMIT changed();
}

void InheritedProfile::load(const api::UserTarget &target)
{
    clear();
    // API keys only ever address a user inside an account, so they have no global view to read.
    if (target.accountId.isEmpty() || m_client->requiresAccount())
        return;
    api::UserTarget global = target;
    global.accountId.clear();
    m_call = m_client->retrieveUser(global);
    m_call->onSucceeded(this, [this](const api::User &user) {
        m_values = ProfileValues::fromUser(user);
        m_available = true;
        Q_EMIT changed();
    });
}

} // namespace whop::profile
