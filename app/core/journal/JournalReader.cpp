#include "journal/JournalReader.h"

#include "journal/ChangeJournal.h"
#include "journal/JournalFile.h"

#include <QDir>
#include <QJsonDocument>

#include <algorithm>

namespace whop::journal {

namespace {

// The text fields of UserChanges, by wire name.
struct TextField
{
    QLatin1String key;
    std::optional<QString> api::UserChanges::*member;
};
constexpr TextField TextFields[] = {{api::UserChanges::NameKey, &api::UserChanges::name},
                                    {api::UserChanges::UsernameKey, &api::UserChanges::username},
                                    {api::UserChanges::BioKey, &api::UserChanges::bio}};

} // namespace

void JournalContents::merge(JournalContents other)
{
    const qsizetype mine = changes.size();
    changes.append(std::move(other.changes));
    // Each file is in time order; two merged are put in order by time, file order kept among
    // equal times.
    std::inplace_merge(
        changes.begin(), changes.begin() + mine, changes.end(),
        [](const JournalChange &a, const JournalChange &b) { return a.intent.at < b.intent.at; });
    batches.insert(other.batches);
    unreadableLines += other.unreadableLines;
    strayOutcomes += other.strayOutcomes;
}

JournalContents parseJournal(const QByteArrayList &lines)
{
    JournalContents contents;
    contents.changes.reserve(lines.size() / 2 + 1);
    QHash<QString, qsizetype> byId; // intent id -> its index in contents.changes
    byId.reserve(lines.size() / 2 + 1);
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString type = o.value(QLatin1String("type")).toString();
        bool read = false;
        if (type == QLatin1String("intent")) {
            if (auto intent = Intent::fromJson(o)) {
                byId.insert(intent->id, contents.changes.size());
                contents.changes.append({std::move(*intent), std::nullopt, std::nullopt});
                read = true;
            }
        } else if (type == QLatin1String("outcome")) {
            if (auto outcome = Outcome::fromJson(o)) {
                read = true;
                const auto at = byId.constFind(outcome->entryId);
                if (at == byId.cend()) {
                    ++contents.strayOutcomes;
                    continue;
                }
                JournalChange &change = contents.changes[*at];
                if (outcome->result == Outcome::Result::Resolved)
                    change.resolution = std::move(*outcome);
                else
                    change.answer = std::move(*outcome);
            }
        } else if (type == QLatin1String("batch")) {
            if (auto batch = BatchRecord::fromJson(o)) {
                contents.batches.insert(batch->id, std::move(*batch));
                read = true;
            }
        }
        if (!read)
            ++contents.unreadableLines;
    }
    return contents;
}

JournalContents readJournalFile(const QString &path)
{
    bool torn = false;
    JournalContents contents = parseJournal(JournalFile(path).readLines(&torn));
    contents.unreadableLines += torn ? 1 : 0;
    return contents;
}

JournalContents readJournalFolder(const QString &folder)
{
    const QDir dir(folder.isEmpty() ? ChangeJournal::defaultFolder() : folder);
    JournalContents all;
    for (const QString &name : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files))
        all.merge(readJournalFile(dir.filePath(name)));
    return all;
}

ChangeStatus JournalChange::status() const
{
    if (resolution)
        return resolution->applied ? ChangeStatus::Arrived : ChangeStatus::DidNotArrive;
    if (!answer)
        return ChangeStatus::Pending;
    switch (answer->result) {
    case Outcome::Result::Applied:
        return ChangeStatus::Applied;
    case Outcome::Result::Refused:
        return ChangeStatus::Refused;
    case Outcome::Result::Unknown:
    case Outcome::Result::Resolved:
        break;
    }
    return ChangeStatus::Unknown;
}

bool JournalChange::arrived() const
{
    const ChangeStatus s = status();
    return s == ChangeStatus::Applied || s == ChangeStatus::Arrived;
}

QString JournalChange::userId() const
{
    if (!intent.userId.isEmpty())
        return intent.userId;
    if (answer && !answer->userId.isEmpty())
        return answer->userId;
    return resolution ? resolution->userId : QString();
}

QString JournalChange::username() const
{
    if (!intent.username.isEmpty())
        return intent.username;
    if (answer && !answer->username.isEmpty())
        return answer->username;
    return resolution ? resolution->username : QString();
}

QList<FieldChange> JournalChange::fields() const
{
    // What Whop held afterwards: the answer's, else a later read's.
    const Outcome *after = nullptr;
    if (answer && answer->result == Outcome::Result::Applied)
        after = &*answer;
    else if (resolution)
        after = &*resolution;
    QList<FieldChange> list;
    for (const TextField &f : TextFields) {
        const std::optional<QString> &sent = intent.sent.*f.member;
        if (!sent)
            continue;
        list.append({f.key,
                     intent.before.*f.member,
                     *sent,
                     after ? after->held.*f.member : std::nullopt,
                     {},
                     {}});
    }
    if (intent.sent.pictureFileId) {
        FieldChange picture{api::UserChanges::PictureKey, intent.before.pictureFileId,
                            *intent.sent.pictureFileId,   std::nullopt,
                            intent.pictureBefore,         {}};
        if (after) {
            picture.pictureHeld = after->heldPicture;
            if (arrived())
                picture.held = *intent.sent.pictureFileId;
        }
        list.append(picture);
    }
    return list;
}

bool ChangeFilter::matches(const JournalChange &change) const
{
    const Intent &i = change.intent;
    if (!identityId.isEmpty() && i.identityId != identityId)
        return false;
    if (!userId.isEmpty() && change.userId() != userId)
        return false;
    if (accountId && i.accountId != *accountId)
        return false;
    if (!batchId.isEmpty() && i.batchId != batchId)
        return false;
    return kinds.isEmpty() || kinds.contains(i.kind);
}

QList<JournalChange> listChanges(JournalContents &&contents, const ChangeFilter &filter)
{
    QList<JournalChange> list;
    for (auto it = contents.changes.rbegin(); it != contents.changes.rend(); ++it) {
        if (!filter.matches(*it))
            continue;
        list.append(std::move(*it));
        if (filter.limit > 0 && list.size() >= filter.limit)
            break;
    }
    return list;
}

QList<JournalChange> listChanges(const JournalContents &contents, const ChangeFilter &filter)
{
    QList<JournalChange> list;
    for (auto it = contents.changes.crbegin(); it != contents.changes.crend(); ++it) {
        if (!filter.matches(*it))
            continue;
        list.append(*it);
        if (filter.limit > 0 && list.size() >= filter.limit)
            break;
    }
    return list;
}

BatchDelivery deliveryOf(const JournalContents &contents, const QString &batchId)
{
    ChangeFilter filter;
    filter.batchId = batchId;
    std::optional<BatchRecord> batch;
    if (contents.batches.contains(batchId))
        batch = contents.batches.value(batchId);
    return deliveryOf(batch, listChanges(contents, filter));
}

BatchDelivery deliveryOf(const std::optional<BatchRecord> &batch,
                         const QList<JournalChange> &changesNewestFirst)
{
    BatchDelivery delivery;
    delivery.batch = batch;
    QStringList accounts = batch ? batch->accountIds : QStringList();
    QHash<QString, QList<const JournalChange *>> byAccount; // newest first
    for (const JournalChange &change : changesNewestFirst) {
        if (!accounts.contains(change.intent.accountId))
            accounts << change.intent.accountId;
        byAccount[change.intent.accountId].append(&change);
    }
    for (const QString &account : std::as_const(accounts)) {
        const QList<const JournalChange *> changes = byAccount.value(account);
        if (changes.isEmpty()) { // cancelled before it was sent
            delivery.notReceived << account;
            continue;
        }
        const auto arrived = std::find_if(changes.begin(), changes.end(),
                                          [](const JournalChange *c) { return c->arrived(); });
        if (arrived != changes.end()) {
            delivery.received << account;
            delivery.decisive.insert(account, **arrived);
            continue;
        }
        // One that may have arrived outweighs later refusals: Whop may hold it.
        const auto open = std::find_if(changes.begin(), changes.end(), [](const JournalChange *c) {
            return c->status() == ChangeStatus::Unknown || c->status() == ChangeStatus::Pending;
        });
        if (open != changes.end()) {
            delivery.unknown << account;
            delivery.decisive.insert(account, **open);
        } else {
            delivery.notReceived << account;
            delivery.decisive.insert(account, *changes.first());
        }
    }
    return delivery;
}

std::optional<bool> decideArrival(const Intent &intent, const api::UserChanges &heldText,
                                  const QUrl &heldPicture, const QUrl &sentPictureUrl)
{
    bool anyText = false;
    bool allAsSent = true;
    bool allAsBefore = true;
    for (const TextField &f : TextFields) {
        const std::optional<QString> &sent = intent.sent.*f.member;
        if (!sent)
            continue;
        anyText = true;
        const std::optional<QString> &held = heldText.*f.member;
        const std::optional<QString> &before = intent.before.*f.member;
        allAsSent = allAsSent && held == sent;
        allAsBefore = allAsBefore && before && held == before;
    }
    const bool picture = intent.sent.pictureFileId.has_value();
    const QUrl held = bareUrl(heldPicture);
    const bool pictureArrived = !sentPictureUrl.isEmpty() && held == bareUrl(sentPictureUrl);
    const bool pictureAsBefore = held == bareUrl(intent.pictureBefore);
    if ((!anyText || allAsSent) && (!picture || pictureArrived))
        return true;
    if (anyText ? allAsBefore : pictureAsBefore)
        return false;
    return std::nullopt;
}

} // namespace whop::journal
