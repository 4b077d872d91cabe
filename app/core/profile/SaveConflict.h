#pragma once

#include "api/User.h"
#include "profile/ProfileRules.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QUrl>

#include <optional>

namespace whop::profile {

// A field both the person and someone elsewhere (the web, another device, a teammate's API key)
// changed, to different values, since the draft's snapshot was loaded.
struct FieldConflict
{
    Field field = Field::Name;
    QString original; // the snapshot's value the draft was made from
    QString theirs;   // what Whop has now
    QString yours;    // the draft, as typed
};

// Both replaced the picture: the snapshot's, Whop's now, and the editor's pending one.
struct PictureConflict
{
    QUrl original; // empty: there was none
    QUrl theirs;   // empty: removed elsewhere
};

enum class ConflictChoice
{
    Yours,
    Theirs,
    Original, // text fields only: neither change (a picture cannot be put back by its URL)
};

// What a fresh read of the profile says about a draft, just before it is saved.
struct SaveConflict
{
    api::User server; // the fresh read
    // Changed only elsewhere: the draft takes Whop's value and sends nothing for it.
    QList<Field> taken;
    bool pictureTaken = false;
    // Changed in both places, differently: nothing is sent for them until the person chooses.
    QList<FieldConflict> fields;
    std::optional<PictureConflict> picture;
    // Whop shows the pending picture already: an earlier save attached it but its answer was
    // lost (a timeout). Nothing to decide or send for the picture.
    bool pictureAlreadyThere = false;

    bool hasConflicts() const { return !fields.isEmpty() || picture.has_value(); }
    bool changedElsewhere() const { return !taken.isEmpty() || pictureTaken || hasConflicts(); }
};

// Compares the snapshot a draft was made from (`base`), Whop's profile now (`server`) and the
// draft (its fields, and whether a new picture is pending). Values are compared normalised, as
// they would be sent; the picture by its URL (a changed URL counts as a changed picture: a false
// alarm asks the person, a missed change would overwrite someone's picture).
// `pendingPictureUrl` is the uploaded pending picture's own URL when known: Whop showing exactly
// that one means the picture was attached already.
SaveConflict compareWithServer(const api::User &base, const api::User &server,
                               const ProfileValues &draft, bool pendingPicture,
                               const QUrl &pendingPictureUrl = {});

// The snapshot a draft stands on after meeting `conflict`: Whop's profile, except that fields
// (and the picture) still in conflict keep `base`'s value, so that the next save finds the same
// conflict again instead of silently overwriting Whop's value.
api::User rebasedSnapshot(const api::User &base, const SaveConflict &conflict);

} // namespace whop::profile

Q_DECLARE_METATYPE(whop::profile::SaveConflict)
