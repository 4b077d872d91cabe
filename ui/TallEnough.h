#pragma once

class QWidget;

namespace whop::ui {

// Keeps `window` at least as tall as its layout needs at its current width. Word-wrapped texts
// (longer in some languages, or changed while the window is open) need more lines as they grow,
// and a window's minimum size does not follow its layout's height-for-width on its own: without
// this, the texts of a dialog laid out for English would overlap in German.
void keepTallEnough(QWidget *window);

} // namespace whop::ui
