#pragma once

#include <QLoggingCategory>

// whop.journal: the change journal's writes, rotations and unreadable lines; never field values.
Q_DECLARE_LOGGING_CATEGORY(lcJournal)
