#pragma once

class QAbstractButton;
class QAction;

namespace whop::ui {

// Lets a push button stand for `action`, as QToolButton::setDefaultAction does for tool
// buttons: a click triggers the action, and the button is enabled when the action is. The
// action is then wired once and serves the menu, its shortcut and the button alike.
void bindButtonToAction(QAbstractButton *button, QAction *action);

} // namespace whop::ui
