#include "auth/AuthLogging.h"

Q_LOGGING_CATEGORY(lcAuth, "whop.auth", QtInfoMsg)
