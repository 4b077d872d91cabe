#pragma once

namespace Ui {
class MainWindow;
}

namespace whop::profile {
class ProfileEditor;
}

namespace whop::ui {

// The counters and messages beside the main window's fields, from the editor's draft and its
// field errors: a counter past its limit turns red and bold (the text is never cut), and a
// field's message shows while it is invalid.
void showFieldState(Ui::MainWindow &ui, const profile::ProfileEditor &editor);

} // namespace whop::ui
