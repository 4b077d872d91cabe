#include "journal/JournalRecords.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace whop::journal {

namespace {

constexpr int Format = 1;

// The keys of the journal's lines. Field values inside "before", "sent" and "held" use the wire
// names of api::UserChanges.
const QString TypeKey = QStringLiteral("type");
const QString FormatKey = QStringLiteral("format");
const QString IntentType = QStringLiteral("intent");
const QString OutcomeType = QStringLiteral("outcome");
const QString BatchType = QStringLiteral("batch");

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// Reads the digits of text[from, from + n), or -1.
int digits(QStringView text, qsizetype from, qsizetype n)
{
    int value = 0;
    for (qsizetype i = from; i < from + n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QDateTime timeFrom(const QJsonValue &value)
{
    const QString text = value.toString();
    // What stamp() writes, "2026-11-27T09:30:05.120Z", read directly: a History of 10,000
    // changes reads 20,000 of them (QDateTime::fromString is several times slower).
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' &&
        text[13] == u':' && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const int parts[] = {digits(text, 0, 4),  digits(text, 5, 2),  digits(text, 8, 2),
                             digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2),
                             digits(text, 20, 3)};
        const QDate date(parts[0], parts[1], parts[2]);
        const QTime time(parts[3], parts[4], parts[5], parts[6]);
        // -1 marks a character that is not a digit (a year -1 would be a valid QDate).
        if (std::find(std::begin(parts), std::end(parts), -1) == std::end(parts) &&
            date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

// Whether `object` is a record of `type` in a format this version reads.
bool isRecord(const QJsonObject &object, const QString &type)
{
    return object.value(TypeKey).toString() == type && object.value(FormatKey).toInt() == Format;
}

QJsonObject header(const QString &type)
{
    return {{TypeKey, type}, {FormatKey, Format}};
}

void putIf(QJsonObject *o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o->insert(key, value);
}

api::UserChanges changesFrom(const QJsonValue &value, bool *ok)
{
    const auto changes = api::UserChanges::fromJson(value.toObject());
    if (!changes || (!value.isUndefined() && !value.isObject())) {
        *ok = false;
        return {};
    }
    return *changes;
}

} // namespace

QString kindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Save:
        return QStringLiteral("save");
    case ChangeKind::Batch:
        return QStringLiteral("batch");
    case ChangeKind::Undo:
        return QStringLiteral("undo");
    case ChangeKind::Restore:
        return QStringLiteral("restore");
    }
    return {};
}

std::optional<ChangeKind> kindFromName(const QString &name)
{
    for (ChangeKind k :
         {ChangeKind::Save, ChangeKind::Batch, ChangeKind::Undo, ChangeKind::Restore}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString resultName(Outcome::Result result)
{
    switch (result) {
    case Outcome::Result::Applied:
        return QStringLiteral("applied");
    case Outcome::Result::Refused:
        return QStringLiteral("refused");
    case Outcome::Result::Unknown:
        return QStringLiteral("unknown");
    case Outcome::Result::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

QJsonObject Intent::toJson() const
{
    QJsonObject o = header(IntentType);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("at"), stamp(at));
    o.insert(QStringLiteral("kind"), kindName(kind));
    putIf(&o, QStringLiteral("batch"), batchId);
    o.insert(QStringLiteral("identity"), identityId);
    o.insert(QStringLiteral("origin"), origin);
    o.insert(QStringLiteral("user"),
             QJsonObject{{QStringLiteral("id"), userId}, {QStringLiteral("username"), username}});
    o.insert(QStringLiteral("account"), accountId);
    o.insert(QStringLiteral("before"), before.toJson());
    putIf(&o, QStringLiteral("picture_before"), pictureBefore.toString());
    o.insert(QStringLiteral("sent"), sent.toJson());
    if (pictureUploadedHere)
        o.insert(QStringLiteral("picture_uploaded_here"), true);
    return o;
}

std::optional<Intent> Intent::fromJson(const QJsonObject &o)
{
    if (!isRecord(o, IntentType))
        return std::nullopt;
    Intent i;
    i.id = o.value(QStringLiteral("id")).toString();
    i.at = timeFrom(o.value(QStringLiteral("at")));
    const auto kind = kindFromName(o.value(QStringLiteral("kind")).toString());
    if (i.id.isEmpty() || !i.at.isValid() || !kind)
        return std::nullopt;
    i.kind = *kind;
    i.batchId = o.value(QStringLiteral("batch")).toString();
    i.identityId = o.value(QStringLiteral("identity")).toString();
    i.origin = o.value(QStringLiteral("origin")).toString();
    const QJsonObject user = o.value(QStringLiteral("user")).toObject();
    i.userId = user.value(QStringLiteral("id")).toString();
    i.username = user.value(QStringLiteral("username")).toString();
    i.accountId = o.value(QStringLiteral("account")).toString();
    bool ok = true;
    i.before = changesFrom(o.value(QStringLiteral("before")), &ok);
    i.sent = changesFrom(o.value(QStringLiteral("sent")), &ok);
    i.pictureBefore = QUrl(o.value(QStringLiteral("picture_before")).toString());
    i.pictureUploadedHere = o.value(QStringLiteral("picture_uploaded_here")).toBool();
    if (!ok)
        return std::nullopt;
    return i;
}

QJsonObject Outcome::toJson() const
{
    QJsonObject o = header(OutcomeType);
    o.insert(QStringLiteral("entry"), entryId);
    o.insert(QStringLiteral("at"), stamp(at));
    o.insert(QStringLiteral("result"), resultName(result));
    if (result == Result::Applied || result == Result::Resolved) {
        o.insert(QStringLiteral("held"), held.toJson());
        putIf(&o, QStringLiteral("held_picture"), heldPicture.toString());
        if (!userId.isEmpty() || !username.isEmpty())
            o.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId},
                                                         {QStringLiteral("username"), username}});
    }
    putIf(&o, QStringLiteral("picture_file"), pictureFileId);
    if (result == Result::Resolved)
        o.insert(QStringLiteral("applied"), applied);
    if (result == Result::Refused || result == Result::Unknown) {
        QJsonObject error{{QStringLiteral("kind"), errorKind}};
        if (httpStatus != 0)
            error.insert(QStringLiteral("status"), httpStatus);
        putIf(&error, QStringLiteral("code"), errorCode);
        putIf(&error, QStringLiteral("message"), errorMessage);
        o.insert(QStringLiteral("error"), error);
    }
    return o;
}

std::optional<Outcome> Outcome::fromJson(const QJsonObject &o)
{
    if (!isRecord(o, OutcomeType))
        return std::nullopt;
    Outcome r;
    r.entryId = o.value(QStringLiteral("entry")).toString();
    r.at = timeFrom(o.value(QStringLiteral("at")));
    const QString result = o.value(QStringLiteral("result")).toString();
    bool known = false;
    for (Result candidate : {Result::Applied, Result::Refused, Result::Unknown, Result::Resolved}) {
        if (resultName(candidate) == result) {
            r.result = candidate;
            known = true;
        }
    }
    if (r.entryId.isEmpty() || !r.at.isValid() || !known)
        return std::nullopt;
    bool ok = true;
    r.held = changesFrom(o.value(QStringLiteral("held")), &ok);
    if (!ok)
        return std::nullopt;
    r.heldPicture = QUrl(o.value(QStringLiteral("held_picture")).toString());
    const QJsonObject user = o.value(QStringLiteral("user")).toObject();
    r.userId = user.value(QStringLiteral("id")).toString();
    r.username = user.value(QStringLiteral("username")).toString();
    r.pictureFileId = o.value(QStringLiteral("picture_file")).toString();
    r.applied = o.value(QStringLiteral("applied")).toBool();
    const QJsonObject error = o.value(QStringLiteral("error")).toObject();
    r.errorKind = error.value(QStringLiteral("kind")).toString();
    r.httpStatus = error.value(QStringLiteral("status")).toInt();
    r.errorCode = error.value(QStringLiteral("code")).toString();
    r.errorMessage = error.value(QStringLiteral("message")).toString();
    return r;
}

QJsonObject BatchRecord::toJson() const
{
    QJsonObject o = header(BatchType);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("at"), stamp(at));
    o.insert(QStringLiteral("kind"), kindName(kind));
    o.insert(QStringLiteral("label"), label);
    o.insert(QStringLiteral("accounts"), QJsonArray::fromStringList(accountIds));
    putIf(&o, QStringLiteral("undoes"), undoes);
    o.insert(QStringLiteral("identity"), identityId);
    o.insert(QStringLiteral("origin"), origin);
    return o;
}

std::optional<BatchRecord> BatchRecord::fromJson(const QJsonObject &o)
{
    if (!isRecord(o, BatchType))
        return std::nullopt;
    BatchRecord b;
    b.id = o.value(QStringLiteral("id")).toString();
    b.at = timeFrom(o.value(QStringLiteral("at")));
    const auto kind = kindFromName(o.value(QStringLiteral("kind")).toString());
    if (b.id.isEmpty() || !b.at.isValid() || !kind)
        return std::nullopt;
    b.kind = *kind;
    b.label = o.value(QStringLiteral("label")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("accounts")).toArray())
        b.accountIds << v.toString();
    b.undoes = o.value(QStringLiteral("undoes")).toString();
    b.identityId = o.value(QStringLiteral("identity")).toString();
    b.origin = o.value(QStringLiteral("origin")).toString();
    return b;
}

QString newId(const char *prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128);
}

QString originOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host());
    origin.setPort(url.port());
    return origin.toString();
}

QUrl bareUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

bool outcomeUnknown(const api::ApiError &error)
{
    switch (error.kind) {
    case api::ErrorKind::Offline:
    case api::ErrorKind::Timeout:
    case api::ErrorKind::Server:
    case api::ErrorKind::BadResponse:
    case api::ErrorKind::Cancelled:
        return true;
    default:
        return false;
    }
}

Outcome failedOutcome(const QString &entryId, const api::ApiError &error)
{
    Outcome o;
    o.entryId = entryId;
    o.result = outcomeUnknown(error) ? Outcome::Result::Unknown : Outcome::Result::Refused;
    o.errorKind = api::ApiError::kindName(error.kind);
    o.httpStatus = error.httpStatus;
    o.errorCode = error.code;
    o.errorMessage = error.message;
    return o;
}

api::UserChanges valuesFor(const api::User &user, const api::UserChanges &fields)
{
    api::UserChanges values;
    if (fields.name)
        values.name = user.displayName();
    if (fields.username)
        values.username = user.username;
    if (fields.bio)
        values.bio = user.bioText();
    return values;
}

Outcome appliedOutcome(const QString &entryId, const api::UserChanges &sent,
                       const api::User &answer)
{
    Outcome o;
    o.entryId = entryId;
    o.result = Outcome::Result::Applied;
    o.held = valuesFor(answer, sent);
    o.heldPicture = bareUrl(answer.pictureUrl);
    o.userId = answer.id;
    o.username = answer.username;
    o.pictureFileId = sent.pictureFileId.value_or(QString());
    return o;
}

} // namespace whop::journal
