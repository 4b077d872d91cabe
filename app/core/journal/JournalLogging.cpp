#include "journal/JournalLogging.h"

Q_LOGGING_CATEGORY(lcJournal, "whop.journal", QtInfoMsg)
