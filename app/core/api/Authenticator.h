#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QObject>

namespace whop::api {

// Supplies the access token for each attempt and can renew it. An ApiCall that gets a 401
// asks for one refresh and, when it succeeds, sends the request once more.
class Authenticator : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QByteArray accessToken() const = 0;
    virtual bool canRefresh() const = 0;
    // Starts a refresh (joining one already running); ends with refreshFinished.
    virtual void refresh() = 0;
    // Why the last refresh failed when it was not a refusal of the sign-in (no answer, a server
    // error, a backoff still running); none when the person has to sign in again.
    virtual ApiError refreshError() const { return {}; }

Q_SIGNALS:
    void refreshFinished(bool ok);
};

} // namespace whop::api
