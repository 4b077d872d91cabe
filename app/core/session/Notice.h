#pragma once

#include "api/ApiError.h"
#include "auth/SignInProblem.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace whop::app {

// Something the person should know about the current situation (the active identity and
// profile), as a value the window shows in its banner. The kind decides how it looks and how
// long it lasts, the action what its button does; neither is ever read back from the text.
struct Notice
{
    Q_DECLARE_TR_FUNCTIONS(Notice)
public:
    enum class Kind
    {
        None,           // nothing to say
        Demo,           // the demo sandbox is shown, and why (no identity, keychain trouble, ...)
        Info,           // something to do next, e.g. enter the user an API key edits
        Warning,        // something went partly wrong (a draft could not be kept, ...)
        Error,          // a request failed
        SignInRequired, // the sign-in of the active identity ended: sign in again
    };
    enum class Action
    {
        None,
        AddIdentity, // open "Add an identity"
        SignInAgain, // open "Add an identity" to sign in again
        Retry,       // repeat what failed (the save with the edits kept, else the load)
        SetUpSignIn, // open the sign-in guide (the Whop app to sign in with), at the step
                     // that fixes `signInProblem` when there is one
        Preferences, // open Preferences at its network section (API version, timeout)
    };

    Kind kind = Kind::None;
    QString text; // one or two sentences, already translated; may contain text from the server
    Action action = Action::None;
    Action secondAction = Action::None; // a second button, after the first
    auth::SignInProblem signInProblem = auth::SignInProblem::None; // what SetUpSignIn fixes

    bool isNone() const { return kind == Kind::None; }
    // A lasting notice stays until the situation changes (another identity or profile); the
    // others go as soon as a request succeeds again.
    bool isLasting() const { return kind == Kind::Demo || kind == Kind::SignInRequired; }
    bool operator==(const Notice &other) const = default;

    // What to say when loading or saving the profile failed: `errorText` (the editor's words
    // for it), with Retry when `canRetry`; a 403 inside an account names the account; an API
    // version Whop does not support offers Preferences, where it is chosen.
    // No identity yet: the demo is shown, and the three ways in are told. With
    // `offerSignInSetup` (no Whop app set up to sign in with), a second button opens that.
    static Notice firstRun(bool offerSignInSetup);

    // A browser sign-in (`signedInWithWhop`) refused for want of user:profile:update offers the
    // guide at its scopes step, then signing in again.
    static Notice forProfileError(const api::ApiError &error, const QString &errorText,
                                  bool canRetry, const QString &accountId,
                                  const QString &accountTitle, bool signedInWithWhop = false);
};

} // namespace whop::app

Q_DECLARE_METATYPE(whop::app::Notice)
