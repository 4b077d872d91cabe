#pragma once

#include "User.h"

#include <QImage>

namespace Ui {
class MainWindow;
}

namespace whop::ui {

// Fills the read-only account panel of the main window (id, member since, verification,
// balances) from a server snapshot; `have` false shows dashes.
void showAccountFacts(Ui::MainWindow &ui, const api::User &user, bool have);

// The downloaded square picture clipped to a circle, keeping its device pixel ratio.
QImage roundAvatar(const QImage &square);

} // namespace whop::ui
