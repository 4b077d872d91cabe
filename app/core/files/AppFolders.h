#pragma once

#include <QString>

namespace whop::files {

// The app's one folder of each kind, named after the application
// (QCoreApplication::applicationName(), "Whop Profile Editor"), directly in the XDG base folder
// of that kind: on Linux ~/.config/Whop Profile Editor, ~/.local/share/Whop Profile Editor and
// ~/.cache/Whop Profile Editor (or under $XDG_CONFIG_HOME, $XDG_DATA_HOME, $XDG_CACHE_HOME).
// Qt's App*Location would put the organization name in front as a second folder; the
// application names its organization the same (app/main.cpp) so that QSettings' file,
// <config>/<organization>/<application>.conf, lands in the config folder too.

// Settings (the QSettings file) and identities.json.
QString configFolder();
// Unsaved drafts and the pictures they keep.
QString dataFolder();
// What can be fetched again.
QString cacheFolder();

} // namespace whop::files
