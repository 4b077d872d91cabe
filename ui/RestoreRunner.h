#pragma once

#include "history/RestorePlan.h"

#include <functional>

class QWidget;

namespace whop::app {
class AppSession;
}
namespace whop::history {
class Restorer;
}

namespace whop::ui {

// How the session's identity addresses profiles for a restore, and the origin it talks to.
history::RestoreRoute restoreRouteOf(const app::AppSession *session);
// An account's name where the session knows it (empty: not known).
std::function<QString(const QString &)> accountTitlesOf(const app::AppSession *session);

struct RestoreCallbacks
{
    std::function<void(const QString &)> status;       // a line for a status bar
    std::function<void(history::Restorer *)> started;  // the restore is under way
    std::function<void(history::Restorer *)> finished; // every profile is settled
};

// Runs `plan` (history::Restorer) with the session's client and journal, answering conflicts
// with SaveConflictDialog. When it touches the profile on screen while that has unsaved edits,
// it first asks Save / Discard / Cancel, as switching profiles does (LeaveGuard.h), and then
// reloads that profile once restored. The restorer belongs to `parent` and is deleted once
// finished.
void runRestore(app::AppSession *session, QWidget *parent, history::RestorePlan plan,
                RestoreCallbacks callbacks);

} // namespace whop::ui
