#pragma once

#include <QLoggingCategory>

// whop.profile: loads, saves and drafts of the profile; never field values or tokens.
Q_DECLARE_LOGGING_CATEGORY(lcProfile)
