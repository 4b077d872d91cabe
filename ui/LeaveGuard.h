#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace whop::profile {
class ProfileEditor;
}

namespace whop::ui {

// Before leaving the current profile (another identity, mode or account): with unsaved edits,
// asks Save / Discard / Cancel. `proceed` runs when it is fine to leave (at once, after Discard,
// or once a Save went through); `stay` runs on Cancel or a failed save.
void leaveProfile(QWidget *parent, profile::ProfileEditor *editor, const QString &question,
                  const std::function<void()> &proceed, const std::function<void()> &stay);

} // namespace whop::ui
