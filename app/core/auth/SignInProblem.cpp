#include "auth/SignInProblem.h"

namespace whop::auth {

namespace {

bool mentionsRedirect(const api::ApiError &error)
{
    // Servers name the parameter in their description ("redirect_uri differs from ...",
    // "Invalid redirect_uri"); nothing else says which parameter an invalid_grant is about.
    return error.message.contains(QLatin1String("redirect_uri"), Qt::CaseInsensitive) ||
           error.message.contains(QLatin1String("redirect uri"), Qt::CaseInsensitive);
}

} // namespace

std::optional<SetupStep> stepFixing(SignInProblem problem)
{
    switch (problem) {
    case SignInProblem::NoClientId:
        return SetupStep::ClientId;
    case SignInProblem::BadRedirectUri:
    case SignInProblem::PortBusy:
    case SignInProblem::RedirectMismatch:
        return SetupStep::RedirectUri;
    case SignInProblem::ClientNotPublic:
        return SetupStep::ClientType;
    case SignInProblem::ScopeMissing:
        return SetupStep::Scopes;
    case SignInProblem::None:
    case SignInProblem::InsecureEndpoints: // the base URL, chosen where the identity is added
    case SignInProblem::Denied:
    case SignInProblem::Other:
        break;
    }
    return std::nullopt;
}

SignInProblem problemFromTokenError(const api::ApiError &error)
{
    if (!error.isError())
        return SignInProblem::None;
    const QString &code = error.code;
    if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client"))
        return SignInProblem::ClientNotPublic;
    if (code == QLatin1String("invalid_scope"))
        return SignInProblem::ScopeMissing;
    if (code == QLatin1String("invalid_redirect_uri"))
        return SignInProblem::RedirectMismatch;
    if ((code == QLatin1String("invalid_grant") || code == QLatin1String("invalid_request")) &&
        mentionsRedirect(error))
        return SignInProblem::RedirectMismatch;
    return SignInProblem::Other;
}

SignInProblem problemFromAuthorizeError(const QString &error, const QString &description)
{
    if (error.isEmpty())
        return SignInProblem::None;
    if (error == QLatin1String("access_denied"))
        return SignInProblem::Denied;
    if (error == QLatin1String("invalid_scope"))
        return SignInProblem::ScopeMissing;
    if (error == QLatin1String("unauthorized_client") || error == QLatin1String("invalid_client"))
        return SignInProblem::ClientNotPublic;
    if (error == QLatin1String("invalid_request") &&
        description.contains(QLatin1String("redirect_uri"), Qt::CaseInsensitive))
        return SignInProblem::RedirectMismatch;
    return SignInProblem::Other;
}

SignInProblem problemFromApiError(const api::ApiError &error)
{
    if (error.kind == api::ErrorKind::Forbidden &&
        error.code == QLatin1String("insufficient_scope"))
        return SignInProblem::ScopeMissing;
    return error.isError() ? SignInProblem::Other : SignInProblem::None;
}

} // namespace whop::auth
