#pragma once

#include <QLoggingCategory>

// Log lines name methods, paths, statuses and timings; never headers, bodies or tokens.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
