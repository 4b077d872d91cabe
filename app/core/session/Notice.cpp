#include "Notice.h"

namespace whop::app {

Notice Notice::forProfileError(const api::ApiError &error, const QString &errorText, bool canRetry,
                               const QString &accountId, const QString &accountTitle)
{
    if (error.kind == api::ErrorKind::Forbidden && !accountId.isEmpty()) {
        return {Kind::Error,
                tr("You have no rights on the account “%1” (%2), so its profile cannot be shown "
                   "or changed here. Choose another account or the global profile.")
                    .arg(accountTitle.isEmpty() ? accountId : accountTitle, accountId)};
    }
    Action action = Action::None;
    if (error.kind == api::ErrorKind::Unauthorized)
        action = Action::AddIdentity;
    else if (canRetry)
        action = Action::Retry;
    return {Kind::Error, errorText, action};
}

} // namespace whop::app
