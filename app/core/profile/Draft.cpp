#include "profile/Draft.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace whop::profile {

namespace {

const QLatin1String KindValue("whop-profile-editor/draft");
constexpr qsizetype MaxKeyLength = 512;

void fail(DraftProblem *problem, QString *detail, DraftProblem why, const QString &what)
{
    if (problem)
        *problem = why;
    if (detail)
        *detail = what;
}

QJsonObject valuesObject(const ProfileValues &values)
{
    QJsonObject o;
    for (Field f : AllFields)
        o.insert(fieldKey(f), values.value(f));
    return o;
}

// A string member that may be absent (then `fallback`) but never of another type.
bool readString(const QJsonObject &o, const QString &key, QString *out, const QString &fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        *out = fallback;
        return true;
    }
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

bool readKey(const QJsonObject &o, const QString &key, QString *out)
{
    return readString(o, key, out, {}) && !out->isEmpty() && out->size() <= MaxKeyLength;
}

} // namespace

bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.size() > 255 || path.startsWith(QLatin1Char('/')))
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c == QLatin1Char('\\') || c == QChar(0x7f))
            return false;
    }
    const auto parts = QStringView(path).split(QLatin1Char('/'));
    for (const auto part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

QByteArray serializeDraft(const Draft &draft)
{
    QJsonObject edits;
    for (auto it = draft.edits.cbegin(); it != draft.edits.cend(); ++it)
        edits.insert(fieldKey(it.key()), it.value());
    QJsonObject root{
        {QStringLiteral("format"), DraftFormatVersion},
        {QStringLiteral("kind"), KindValue},
        {QStringLiteral("identity"), draft.identityKey},
        {QStringLiteral("profile"), draft.profileKey},
        {QStringLiteral("user_id"), draft.userId},
        {QStringLiteral("saved_at"), draft.savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("base"), valuesObject(draft.base)},
        {QStringLiteral("edits"), edits},
    };
    if (!draft.picture.isEmpty())
        root.insert(QStringLiteral("picture"),
                    QJsonObject{{QStringLiteral("file"), draft.picture}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Draft> parseDraft(const QByteArray &bytes, DraftProblem *problem, QString *detail)
{
    if (problem)
        *problem = DraftProblem::None;
    if (bytes.size() > MaxDraftFileBytes) {
        fail(problem, detail, DraftProblem::TooLarge, QStringLiteral("larger than 1 MB"));
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(problem, detail, DraftProblem::NotJson,
             error.error != QJsonParseError::NoError ? error.errorString()
                                                     : QStringLiteral("not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("kind")).toString() != KindValue) {
        fail(problem, detail, DraftProblem::NotADraft, QStringLiteral("not a draft file"));
        return std::nullopt;
    }
    const QJsonValue format = root.value(QLatin1String("format"));
    const double version = format.toDouble(-1);
    // Checked as a double: a huge number cast to an integer would be undefined behaviour.
    if (!format.isDouble() || !(version >= 1 && version < 1e9) || version != std::floor(version)) {
        fail(problem, detail, DraftProblem::BadValue, QStringLiteral("no valid format number"));
        return std::nullopt;
    }
    if (version > DraftFormatVersion) {
        fail(problem, detail, DraftProblem::FutureFormat,
             QStringLiteral("format %1 is newer than %2").arg(version).arg(DraftFormatVersion));
        return std::nullopt;
    }

    Draft draft;
    QString savedAt;
    if (!readKey(root, QStringLiteral("identity"), &draft.identityKey) ||
        !readKey(root, QStringLiteral("profile"), &draft.profileKey) ||
        !readString(root, QStringLiteral("user_id"), &draft.userId, {}) ||
        !readString(root, QStringLiteral("saved_at"), &savedAt, {})) {
        fail(problem, detail, DraftProblem::BadValue, QStringLiteral("a key is missing or wrong"));
        return std::nullopt;
    }
    draft.savedAt = QDateTime::fromString(savedAt, Qt::ISODateWithMs).toUTC();
    if (draft.savedAt.isValid() &&
        (draft.savedAt.date().year() < 1 || draft.savedAt.date().year() > 9999))
        draft.savedAt = {}; // not writable back as an ISO date

    const QJsonValue base = root.value(QLatin1String("base"));
    const QJsonValue edits = root.value(QLatin1String("edits"));
    if (!base.isObject() || !edits.isObject()) {
        fail(problem, detail, DraftProblem::BadValue, QStringLiteral("no base or edits"));
        return std::nullopt;
    }
    for (Field f : AllFields) {
        QString value;
        if (!readString(base.toObject(), fieldKey(f), &value, {})) {
            fail(problem, detail, DraftProblem::BadValue,
                 QStringLiteral("base.%1 is not text").arg(fieldKey(f)));
            return std::nullopt;
        }
        draft.base.setValue(f, value);
        const QJsonValue edit = edits.toObject().value(fieldKey(f));
        if (edit.isUndefined())
            continue;
        if (!edit.isString()) {
            fail(problem, detail, DraftProblem::BadValue,
                 QStringLiteral("edits.%1 is not text").arg(fieldKey(f)));
            return std::nullopt;
        }
        draft.edits.insert(f, edit.toString());
    }

    const QJsonValue picture = root.value(QLatin1String("picture"));
    if (!picture.isUndefined() && !picture.isNull()) {
        const QString file = picture.toObject().value(QLatin1String("file")).toString();
        if (!picture.isObject() || !isSafeRelativePath(file)) {
            fail(problem, detail, DraftProblem::BadValue, QStringLiteral("bad picture entry"));
            return std::nullopt;
        }
        draft.picture = file;
    }
    return draft;
}

bool DraftRecovery::hasConflicts() const
{
    for (const DraftDifference &d : fields) {
        if (d.serverChanged)
            return true;
    }
    return false;
}

DraftRecovery recoveryFor(const Draft &draft, const ProfileValues &server)
{
    DraftRecovery recovery;
    recovery.draft = draft;
    for (auto it = draft.edits.cbegin(); it != draft.edits.cend(); ++it) {
        const Field f = it.key();
        const QString mine = normalized(f, it.value());
        const QString now = normalized(f, server.value(f));
        if (mine == now)
            continue; // the server already has it (saved elsewhere, or by the last run)
        DraftDifference d;
        d.field = f;
        d.draftValue = it.value();
        d.baseValue = draft.base.value(f);
        d.serverValue = server.value(f);
        d.serverChanged = now != normalized(f, d.baseValue);
        recovery.fields.append(d);
    }
    return recovery;
}

} // namespace whop::profile
