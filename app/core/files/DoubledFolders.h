#pragma once

#include <QStringList>

namespace whop::files {

// Earlier builds kept identities, drafts and caches in Qt's App*Location folders,
// <base>/<organization>/<application>: with both names "Whop Profile Editor", the name twice.
// This moves what is there into the one folder of each kind (AppFolders.h), once, at start:
// - a file the new folder does not have yet is moved there;
// - identities.json, when the new folder has one too, is merged with it: every identity of
//   either list is kept (an older build may have run last, so neither modification times nor
//   either list alone can be trusted to hold them all);
// - any other file it has already is replaced only by a newer one (the older copy goes): newer
//   by the time saved inside, for drafts, else by modification time;
// - an older one is left where it was, so that nothing is lost;
// - the doubled folders are removed when nothing is left in them.
// What could not be moved is logged (category whop.files) and listed in `failed`, for the app
// to tell the person (AppSession::reportMovedFiles).
struct MovedFiles
{
    QStringList moved;  // new paths of the files moved (or merged)
    QStringList kept;   // old paths of files left behind (the one in the new folder is newer)
    QStringList failed; // old paths that could not be moved or merged (left where they were)
};

MovedFiles moveFromDoubledFolders();

} // namespace whop::files
