#include "profile/ProfileLogging.h"

Q_LOGGING_CATEGORY(lcProfile, "whop.profile", QtInfoMsg)
