#include "history/HistoryText.h"

#include <QLocale>

namespace whop::history {

namespace {

constexpr int ShortValue = 60;

api::ApiError errorOf(const journal::Outcome &answer)
{
    api::ApiError error;
    for (int k = int(api::ErrorKind::Offline); k <= int(api::ErrorKind::NotRecorded); ++k) {
        if (api::ApiError::kindName(api::ErrorKind(k)) == answer.errorKind)
            error.kind = api::ErrorKind(k);
    }
    if (error.kind == api::ErrorKind::None) // a kind this version does not know
        error.kind = api::ErrorKind::BadRequest;
    error.httpStatus = answer.httpStatus;
    error.code = answer.errorCode;
    error.message = answer.errorMessage;
    return error;
}

} // namespace

QString HistoryText::kind(journal::ChangeKind kind, bool batch)
{
    switch (kind) {
    case journal::ChangeKind::Save:
        return tr("Save");
    case journal::ChangeKind::Batch:
        return tr("Batch");
    case journal::ChangeKind::Undo:
        return tr("Undo of a batch");
    case journal::ChangeKind::Restore:
        return batch ? tr("Restore of a batch") : tr("Restore");
    }
    return {};
}

QString HistoryText::when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString HistoryText::profile(const QString &accountId, const QString &accountTitle)
{
    if (accountId.isEmpty())
        return tr("Global profile");
    if (accountTitle.isEmpty() || accountTitle == accountId)
        return accountId;
    return QStringLiteral("%1 (%2)").arg(accountTitle, accountId);
}

QString HistoryText::user(const QString &userId, const QString &username)
{
    if (username.isEmpty())
        return userId;
    if (userId.isEmpty())
        return QLatin1Char('@') + username;
    return QStringLiteral("@%1 (%2)").arg(username, userId);
}

QString HistoryText::fieldCaption(const QString &key)
{
    if (key == api::UserChanges::NameKey)
        return tr("Name");
    if (key == api::UserChanges::UsernameKey)
        return tr("Username");
    if (key == api::UserChanges::BioKey)
        return tr("Bio");
    if (key == api::UserChanges::PictureKey)
        return tr("Picture");
    return key;
}

QString HistoryText::outcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return tr("Applied");
    case Outcome::Refused:
        return tr("Refused");
    case Outcome::Unknown:
        return tr("Unknown");
    case Outcome::Arrived:
        return tr("Arrived after all");
    case Outcome::DidNotArrive:
        return tr("Did not arrive");
    case Outcome::NotSent:
        return tr("Not sent");
    }
    return {};
}

QString HistoryText::outcome(const journal::JournalChange &change)
{
    switch (change.status()) {
    case journal::ChangeStatus::Applied:
        return tr("Applied");
    case journal::ChangeStatus::Refused:
        return tr("Refused: %1").arg(reason(*change.answer));
    case journal::ChangeStatus::Unknown:
        return tr("Unknown: the answer was lost (%1)").arg(reason(*change.answer));
    case journal::ChangeStatus::Pending:
        return tr("Unknown: no answer was recorded (the editor stopped before it came)");
    case journal::ChangeStatus::Arrived:
        return tr("Arrived after all (its answer was lost; a later read showed it)");
    case journal::ChangeStatus::DidNotArrive:
        return tr("Did not arrive (its answer was lost; a later read showed it)");
    }
    return {};
}

QString HistoryText::batchOutcome(const HistoryEntry &entry)
{
    QStringList parts;
    const int applied = entry.count(Outcome::Applied) + entry.count(Outcome::Arrived);
    parts << tr("%n applied", nullptr, applied);
    if (const int n = entry.count(Outcome::Refused) + entry.count(Outcome::DidNotArrive))
        parts << tr("%n not applied", nullptr, n);
    if (const int n = entry.count(Outcome::Unknown))
        parts << tr("%n unknown", nullptr, n);
    if (const int n = entry.count(Outcome::NotSent))
        parts << tr("%n not sent", nullptr, n);
    return parts.join(QStringLiteral(", "));
}

QString HistoryText::reason(const journal::Outcome &answer)
{
    return errorOf(answer).userMessage();
}

QString HistoryText::quoted(const QString &value)
{
    if (value.trimmed().isEmpty())
        return tr("(empty)");
    QString line = value;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (line.size() > ShortValue)
        line = line.left(ShortValue - 1) + QChar(0x2026);
    return inQuotes(line);
}

QString HistoryText::inQuotes(const QString &value)
{
    return tr("“%1”", "a value quoted in a sentence: the language's quotation marks").arg(value);
}

QString HistoryText::before(const journal::FieldChange &field)
{
    if (!field.isPicture())
        return field.before ? quoted(*field.before) : tr("(not known)");
    if (field.before)
        return tr("an earlier picture set here (%1)").arg(*field.before);
    if (field.pictureBefore.isEmpty())
        return tr("no picture");
    return tr("a picture set elsewhere");
}

QString HistoryText::cannotRestore(const journal::FieldChange &field)
{
    if (!field.isPicture())
        return field.before ? QString() : tr("the value before is not known");
    if (field.before)
        return {};
    // docs/api/whop-api.md, "Files": Whop names no file for a picture it shows, and a PATCH can
    // only attach a file (docs/api/openapi.yaml, UserUpdate), never remove the picture.
    if (field.pictureBefore.isEmpty())
        return tr("there was no picture before, and Whop cannot remove one: cannot be put back");
    return tr("set elsewhere: cannot be put back (Whop gives no file for it)");
}

QString HistoryText::fieldChange(const journal::FieldChange &field, bool withCaption)
{
    QString text;
    if (field.isPicture())
        text = tr("%1 → a new picture uploaded here").arg(before(field));
    else
        text = QStringLiteral("%1 → %2").arg(before(field), quoted(field.sent));
    return withCaption ? QStringLiteral("%1: %2").arg(fieldCaption(field.field), text) : text;
}

QString HistoryText::fields(const journal::JournalChange &change)
{
    QStringList parts;
    for (const journal::FieldChange &f : change.fields())
        parts << fieldChange(f);
    return parts.join(QStringLiteral("; "));
}

QString HistoryText::details(const journal::JournalChange &change, const QString &accountTitle)
{
    const journal::Intent &i = change.intent;
    QStringList lines;
    lines
        << tr("%1 on %2, %3").arg(kind(i.kind, !i.batchId.isEmpty()), when(i.at), outcome(change));
    lines << tr("Profile: %1 of %2")
                 .arg(profile(i.accountId, accountTitle), user(change.userId(), change.username()));
    for (const journal::FieldChange &f : change.fields()) {
        const QString caption = fieldCaption(f.field);
        if (f.isPicture()) {
            lines << tr("%1: before: %2; sent: a new picture uploaded here (%3)")
                         .arg(caption, before(f), f.sent);
        } else {
            lines << tr("%1: before: %2; sent: %3")
                         .arg(caption, f.before ? inQuotes(*f.before) : tr("(not known)"),
                              inQuotes(f.sent));
        }
        if (const QString why = cannotRestore(f); !why.isEmpty())
            lines << tr("%1 before: %2").arg(caption, why);
    }
    return lines.join(QLatin1Char('\n'));
}

QString HistoryText::details(const HistoryEntry &entry)
{
    if (entry.type == HistoryEntry::Type::Change)
        return details(entry.change, {});
    QStringList lines;
    const journal::ChangeKind k = entry.batch ? entry.batch->kind
                                  : entry.accounts.isEmpty() || !entry.accounts.first().change
                                      ? journal::ChangeKind::Batch
                                      : entry.accounts.first().change->intent.kind;
    lines << tr("%1 on %2: %3").arg(kind(k, true), when(entry.at), batchOutcome(entry));
    if (entry.batch && !entry.batch->label.isEmpty())
        lines << tr("What it changed: %1").arg(entry.batch->label);
    lines << tr("%n account(s)", nullptr, int(entry.accounts.size()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace whop::history
