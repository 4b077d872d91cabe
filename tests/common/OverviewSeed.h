#pragma once

// The overview's test world: the sandbox's 120 accounts of the demo user (3 pages of 50), some
// with overrides, reached with the demo user token or with the app API key (which acts on the
// same 120 accounts), and the overview wired to a client for either.

#include "api/WhopClient.h"
#include "overview/AccountOverview.h"
#include "sandbox/SandboxServer.h"

#include <QJsonObject>
#include <QTest>

namespace whop::test {

inline constexpr int OverviewAccounts = 120;

// Overrides on some accounts (every 5th a name, every 10th a bio, every 20th a username) on
// top of the demo account's own. Returns the ids of the accounts with an override, in order.
inline QStringList seedOverviewOverrides(sandbox::SandboxServer &server)
{
    const QString user = sandbox::SandboxServer::DemoUserId;
    const QStringList ids = server.accountIdsOf(user);
    QStringList overridden;
    for (int i = 0; i < ids.size(); ++i) {
        QJsonObject fields = server.storedOverride(ids.at(i), user);
        if (i % 5 == 2)
            fields.insert("name", QStringLiteral("Creator at account %1").arg(i));
        if (i % 10 == 7)
            fields.insert("bio", QStringLiteral("Bio written for account %1").arg(i));
        if (i % 20 == 13)
            fields.insert("username", QStringLiteral("creator-%1").arg(i));
        if (fields.isEmpty())
            continue;
        server.putOverride(ids.at(i), user, fields);
        overridden << ids.at(i);
    }
    return overridden;
}

// The route and credential: the user token (global profile /users/me) or the app API key
// (the demo user inside each account, no global profile; compared with the key's account).
inline overview::OverviewRoute useCredential(api::WhopClient &client, bool apiKey)
{
    overview::OverviewRoute route;
    if (apiKey) {
        client.setToken(sandbox::SandboxServer::DemoAppApiKey);
        client.setRequiresAccount(true);
        route.user = sandbox::SandboxServer::DemoUserId;
        route.hasGlobal = false;
        route.referenceAccountId = sandbox::SandboxServer::DemoAccountId;
    } else {
        client.setToken(sandbox::SandboxServer::DemoToken);
        client.setRequiresAccount(false);
    }
    return route;
}

inline QList<int> rowRange(int first, int last)
{
    QList<int> rows;
    for (int i = first; i <= last; ++i)
        rows << i;
    return rows;
}

// Loads the list and waits for every page.
inline bool loadList(overview::AccountOverview &overview, int timeoutMs = 15000)
{
    overview.load();
    return QTest::qWaitFor(
        [&] { return overview.listState() != overview::AccountOverview::ListState::Loading; },
        timeoutMs);
}

inline bool waitRowsSettled(overview::AccountOverview &overview, const QList<int> &rows,
                            int timeoutMs = 20000)
{
    using State = overview::OverviewRow::State;
    return QTest::qWaitFor(
        [&] {
            for (int r : rows) {
                const State s = overview.row(r).state;
                if (s != State::Loaded && s != State::Failed)
                    return false;
            }
            return true;
        },
        timeoutMs);
}

} // namespace whop::test
