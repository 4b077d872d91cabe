#include "session/Notice.h"

namespace whop::app {

Notice Notice::firstRun(bool offerSignInSetup)
{
    Notice n{Kind::Demo,
             tr("No Whop account is connected yet, so this is the demo sandbox. There are three "
                "ways in:\n"
                "• Sign in with Whop, through an app you registered in Whop's developer "
                "dashboard: edits your global profile and your profile in each of your "
                "accounts.\n"
                "• A user token Whop issued for your account: edits the same, until it "
                "expires.\n"
                "• An account or app API key, from a business's dashboard or Whop's developer "
                "dashboard: edits a member's profile inside those accounts."),
             Action::AddIdentity};
    if (offerSignInSetup)
        n.secondAction = Action::SetUpSignIn;
    return n;
}

Notice Notice::forProfileError(const api::ApiError &error, const QString &errorText, bool canRetry,
                               const QString &accountId, const QString &accountTitle,
                               bool signedInWithWhop)
{
    if (signedInWithWhop && auth::problemFromApiError(error) == auth::SignInProblem::ScopeMissing) {
        // Retrying cannot help: the token has the scopes the app had when it was issued.
        Notice n{Kind::Error,
                 tr("Whop refused the change: this sign-in lacks the scope %1, which saving a "
                    "profile needs. Allow it for your Whop app (Set up sign-in… shows where), "
                    "then sign in again.")
                     .arg(QLatin1String("user:profile:update")),
                 Action::SetUpSignIn, Action::SignInAgain};
        n.signInProblem = auth::SignInProblem::ScopeMissing;
        return n;
    }
    if (error.kind == api::ErrorKind::Forbidden && !accountId.isEmpty()) {
        return {Kind::Error,
                tr("You have no rights on the account “%1” (%2), so its profile cannot be shown "
                   "or changed here. Choose another account or the global profile.")
                    .arg(accountTitle.isEmpty() ? accountId : accountTitle, accountId)};
    }
    Action action = Action::None;
    if (error.kind == api::ErrorKind::UnknownVersion) // retrying the same version is pointless
        action = Action::Preferences;
    else if (error.kind == api::ErrorKind::Unauthorized)
        action = Action::AddIdentity;
    else if (canRetry)
        action = Action::Retry;
    return {Kind::Error, errorText, action};
}

} // namespace whop::app
