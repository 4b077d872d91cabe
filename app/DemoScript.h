#pragma once

#include "session/DemoBackend.h"

#include <QProcessEnvironment>

#include <memory>

namespace whop::app {

class AppSession;

// Hooks that let a test drive the real binary, read only in --demo mode (the local sandbox, never
// a real account). Environment variables:
//   WHOP_DEMO_EVENTS=1                print one machine-readable line per event on stdout:
//                                     "whop-demo: <event> <compact JSON>" for process
//                                     (whether it can dump core), loaded, draft-written,
//                                     draft-offered, draft-restored and notice
//   WHOP_DEMO_SCRIPTED_EDIT=<JSON>    after the first load, set fields as if typed, e.g.
//                                     {"name": "New name", "bio": "New bio"}
//   WHOP_DEMO_RECOVERY_ANSWER=restore|discard
//                                     answer the offer of a leftover draft without the dialog
//   WHOP_DEMO_SCRIPTED_BATCH=<JSON>   after the first load, apply a batch as the All Accounts
//                                     window does, e.g. {"bio": "New bio", "accounts": 50} (the
//                                     first 50 accounts of the list); event "batch-started" with
//                                     its journal id and accounts, "batch-finished" at its end
void installDemoScript(AppSession *session, const QProcessEnvironment &environment);

// WHOP_DEMO_SANDBOX_URL=http://127.0.0.1:<port>/api/v1: the demo runs on a sandbox that is
// already running there (the tests' own, which outlives this process when it is killed) instead
// of one of its own. Loopback addresses only; null when unset or not one.
std::unique_ptr<DemoBackend> demoBackendFromEnvironment(const QProcessEnvironment &environment);

} // namespace whop::app
