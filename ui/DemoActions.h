#pragma once

class QWidget;

namespace whop::app {
class AppSession;
struct Options;
} // namespace whop::app

namespace whop::ui {

// The demo's "changed elsewhere" switch, to try a save that meets changes made elsewhere:
//  - the hidden action Ctrl+Alt+Shift+E changes the profile on screen on the sandbox (name, bio
//    and picture), as the web dashboard or another device would;
//  - --demo-changed-elsewhere does the same once, at the person's first edit after the first
//    load, so that the very first save meets it.
// Only installed in --demo runs (the local sandbox, never an account).
void installDemoActions(QWidget *window, app::AppSession *session, const app::Options &options);

} // namespace whop::ui
