#pragma once

#include "api/ApiError.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace whop::auth {

// What a person sets up once in Whop's developer dashboard for "Sign in with Whop", in the order
// the guide (ui/SignInGuide) walks through it.
enum class SetupStep
{
    App,         // create (or open) an app of their own
    ClientType,  // its client type: public (a desktop app keeps no secret, RFC 8252, 8.4)
    RedirectUri, // this exact redirect URI
    Scopes,      // the scopes, user:profile:update among them
    ClientId,    // its client id, given here
};

// Why a sign-in could not start, or why Whop refused it: a kind the windows map to what to do
// (the guide's step that fixes it), never read back from a message. docs/api/whop-api.md,
// "Sign-in" lists the answers each kind comes from.
enum class SignInProblem
{
    None,
    NoClientId,        // no Whop app set up to sign in with
    BadRedirectUri,    // the redirect URI is not http to this computer
    InsecureEndpoints, // the API base URL is neither https nor http to this computer
    PortBusy,          // another program listens on the redirect URI's port
    ClientNotPublic,   // invalid_client: Whop expects a client secret, the app is confidential
    RedirectMismatch,  // the redirect URI is not registered exactly with the app
    ScopeMissing,      // invalid_scope, or a 403 insufficient_scope: user:profile:update missing
    Denied,            // the person declined in the browser (access_denied)
    Other,             // anything else (offline, server trouble, an expired code, ...)
};

// The step of the guide that fixes `problem`; none when no setting in Whop or here does.
std::optional<SetupStep> stepFixing(SignInProblem problem);

// A refusal from the token endpoint (RFC 6749, 5.2): invalid_client means the app wants a client
// secret; invalid_grant or invalid_request about redirect_uri a redirect URI that does not match;
// invalid_scope a scope the app may not ask for.
SignInProblem problemFromTokenError(const api::ApiError &error);
// The `error` (and `error_description`) authorize sent back with the redirect (RFC 6749,
// 4.1.2.1).
SignInProblem problemFromAuthorizeError(const QString &error, const QString &description);
// An API answer of a signed-in request: 403 insufficient_scope (RFC 6750, 3.1) means the sign-in
// lacks user:profile:update.
SignInProblem problemFromApiError(const api::ApiError &error);

} // namespace whop::auth

Q_DECLARE_METATYPE(whop::auth::SetupStep)
Q_DECLARE_METATYPE(whop::auth::SignInProblem)
