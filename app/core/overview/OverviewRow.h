#pragma once

#include "api/Account.h"
#include "api/ApiError.h"
#include "api/WhopClient.h"
#include "profile/ProfileRules.h"

#include <QUrl>

namespace whop::overview {

// How the overview addresses profiles, following the app's routing rules: a user token reads
// `/users/me?account_id=` and has a global profile (`/users/me`); an API key reads
// `/users/{id}?account_id=` for the user chosen, and has no global profile it may read.
struct OverviewRoute
{
    QString user = QStringLiteral("me");
    bool hasGlobal = true;
    // API keys: the account whose values stand in for "global" when comparing (the key's own).
    QString referenceAccountId;

    api::UserTarget target(const QString &accountId) const { return {user, accountId}; }
    bool isValid() const { return !user.isEmpty() && (hasGlobal || user != QLatin1String("me")); }
};

// What one account shows: the three text fields and the picture.
struct ShownProfile
{
    profile::ProfileValues values;
    QUrl pictureUrl;

    static ShownProfile fromUser(const api::User &user)
    {
        return {profile::ProfileValues::fromUser(user), user.pictureUrl};
    }
    bool operator==(const ShownProfile &other) const = default;
};

// One row of the overview: an account and, once read, the profile it shows.
struct OverviewRow
{
    enum class State
    {
        NotLoaded,
        Queued, // waiting for a free request slot
        Loading,
        Loaded,
        Failed,
    };
    api::Account account;
    State state = State::NotLoaded;
    ShownProfile shown;
    api::ApiError error; // when Failed
};

} // namespace whop::overview
