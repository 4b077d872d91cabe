#pragma once

#include <QLoggingCategory>

// whop.auth: identities, the keychain, sign-in and token refresh. Log lines name what happened
// (kinds, identity ids, ports); never tokens, codes, verifiers or keychain contents.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
