#pragma once

#include <QStringList>

namespace whop::files {

// Earlier builds kept identities, drafts and caches in Qt's App*Location folders,
// <base>/<organization>/<application>: with both names "Whop Profile Editor", the name twice.
// This moves what is there into the one folder of each kind (AppFolders.h), once, at start:
// - a file the new folder does not have yet is moved there;
// - a file it has already is replaced only by a newer one (the older copy goes);
// - an older one is left where it was, so that nothing is lost;
// - the doubled folders are removed when nothing is left in them.
struct MovedFiles
{
    QStringList moved;  // new paths of the files moved
    QStringList kept;   // old paths of files left behind (the one in the new folder is newer)
    QStringList failed; // old paths that could not be moved (left where they were)
};

MovedFiles moveFromDoubledFolders();

} // namespace whop::files
