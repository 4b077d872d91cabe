#pragma once

#include <QObject>

#include <functional>

namespace whop::auth {

// Asks the Secret Service over D-Bus, without blocking, whether its default collection is
// locked. QtKeychain (through libsecret) reports a locked collection as "entry not found" when no
// unlock prompt can be shown (no display, prompt dismissed); this tells the two apart. Calls
// `done(false)` when there is no session bus or Secret Service, and on other platforms.
// `done` runs later, in `context`'s thread, and not at all once `context` is gone.
void probeDefaultCollectionLocked(QObject *context, std::function<void(bool locked)> done);

} // namespace whop::auth
