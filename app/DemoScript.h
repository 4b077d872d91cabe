#pragma once

#include <QProcessEnvironment>

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
void installDemoScript(AppSession *session, const QProcessEnvironment &environment);

} // namespace whop::app
