#include "profile/SaveConflict.h"

namespace whop::profile {

namespace {

void copyField(api::User &to, const api::User &from, Field field)
{
    switch (field) {
    case Field::Name:
        to.name = from.name;
        return;
    case Field::Username:
        to.username = from.username;
        return;
    case Field::Bio:
        to.bio = from.bio;
        return;
    }
}

} // namespace

SaveConflict compareWithServer(const api::User &base, const api::User &server,
                               const ProfileValues &draft, bool pendingPicture,
                               const QUrl &pendingPictureUrl)
{
    SaveConflict out;
    out.server = server;
    const ProfileValues before = ProfileValues::fromUser(base);
    const ProfileValues now = ProfileValues::fromUser(server);
    for (Field f : AllFields) {
        const QString original = normalized(f, before.value(f));
        const QString theirs = normalized(f, now.value(f));
        if (theirs == original)
            continue; // not changed elsewhere: the draft goes as it is
        const QString yours = normalized(f, draft.value(f));
        if (yours == original)
            out.taken << f;
        else if (yours != theirs) // both changed it to the same: nothing to decide or send
            out.fields << FieldConflict{f, before.value(f), now.value(f), draft.value(f)};
    }
    if (server.pictureUrl != base.pictureUrl) {
        if (pendingPicture && !pendingPictureUrl.isEmpty() &&
            server.pictureUrl == pendingPictureUrl)
            out.pictureAlreadyThere = true;
        else if (pendingPicture)
            out.picture = PictureConflict{base.pictureUrl, server.pictureUrl};
        else
            out.pictureTaken = true;
    }
    return out;
}

api::User rebasedSnapshot(const api::User &base, const SaveConflict &conflict)
{
    api::User rebased = conflict.server;
    for (const FieldConflict &c : conflict.fields)
        copyField(rebased, base, c.field);
    if (conflict.picture)
        rebased.pictureUrl = base.pictureUrl;
    return rebased;
}

} // namespace whop::profile
