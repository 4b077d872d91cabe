#include "journal/ChangeJournal.h"

#include "files/AppFolders.h"
#include "journal/JournalLogging.h"

#include <QByteArrayMatcher>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace whop::journal {

namespace {

// QJsonDocument writes keys in order and escapes every quote inside a string, so this marks an
// intent line and nothing else (a bio cannot contain it unescaped).
const QByteArray IntentMark = QByteArrayLiteral("\"type\":\"intent\"");
const QByteArray BatchMark = QByteArrayLiteral("\"type\":\"batch\"");
const QByteArray PictureMark = QByteArrayLiteral("\"picture_file\"");

const QByteArray OutcomeMark = QByteArrayLiteral("\"type\":\"outcome\"");
// Top-level keys whose values the rewrite needs. The journal's own ids have fixed prefixes
// (newId()): "id":"chg_ is an intent's id and "id":"bat_ a batch's, never the id of a user or a
// file inside them; "batch" and "entry" occur only at the top level.
const QByteArray IntentIdKey = QByteArrayLiteral("\"id\":\"chg_");
const QByteArray OwnIdKey = QByteArrayLiteral("\"id\":\"bat_");
const QByteArray BatchIdKey = QByteArrayLiteral("\"batch\":\"");
const QByteArray EntryKey = QByteArrayLiteral("\"entry\":\"");

// The string value that `key` (which ends at its opening quote, or inside the value) starts, up
// to its closing quote; empty when absent. The journal's ids hold no quote or backslash.
QByteArray valueOf(const QByteArray &line, const QByteArray &key)
{
    qsizetype from = line.indexOf(key);
    if (from < 0)
        return {};
    from = line.indexOf('"', from + key.indexOf(':') + 1) + 1; // the value's opening quote
    const qsizetype to = line.indexOf('"', from);
    return to < 0 ? QByteArray() : line.mid(from, to - from);
}

int countIntents(const QByteArray &data)
{
    const QByteArrayMatcher matcher(IntentMark);
    int n = 0;
    for (qsizetype at = matcher.indexIn(data); at >= 0; at = matcher.indexIn(data, at + 1))
        ++n;
    return n;
}

QJsonObject parseLine(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object();
}

} // namespace

ChangeJournal::ChangeJournal(const QString &identityId, const QString &folder)
    : m_identityId(identityId), m_file((folder.isEmpty() ? defaultFolder() : folder) +
                                       QLatin1Char('/') + fileNameFor(identityId))
{}

QString ChangeJournal::defaultFolder()
{
    return files::dataFolder() + QStringLiteral("/journal");
}

QString ChangeJournal::fileNameFor(const QString &identityId)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,80}$"));
    if (plain.match(identityId).hasMatch())
        return identityId + QStringLiteral(".jsonl");
    const QByteArray hash =
        QCryptographicHash::hash(identityId.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("id-") + QString::fromLatin1(hash) + QStringLiteral(".jsonl");
}

void ChangeJournal::setSelf(const QString &userId, const QString &username)
{
    m_selfId = userId;
    m_selfUsername = username;
}

bool ChangeJournal::append(const QJsonObject &record, QString *error)
{
    return m_file.append(QJsonDocument(record).toJson(QJsonDocument::Compact), error);
}

bool ChangeJournal::recordIntent(Intent *intent, QString *error)
{
    if (intent->id.isEmpty())
        intent->id = newId("chg_");
    intent->at = QDateTime::currentDateTimeUtc();
    intent->identityId = m_identityId;
    if (intent->userId.isEmpty() && intent->username.isEmpty()) {
        intent->userId = m_selfId;
        intent->username = m_selfUsername;
    }
    index();
    QString why;
    if (!append(intent->toJson(), &why)) {
        qCWarning(lcJournal) << "an intent could not be recorded; the change is not sent:" << why;
        if (error)
            *error = why;
        return false;
    }
    ++m_changes;
    rotateIfNeeded();
    return true;
}

bool ChangeJournal::recordBatch(BatchRecord *batch, QString *error)
{
    if (batch->id.isEmpty())
        batch->id = newId("bat_");
    batch->at = QDateTime::currentDateTimeUtc();
    batch->identityId = m_identityId;
    QString why;
    if (!append(batch->toJson(), &why)) {
        qCWarning(lcJournal) << "a batch could not be recorded; it is not sent:" << why;
        if (error)
            *error = why;
        return false;
    }
    return true;
}

bool ChangeJournal::recordOutcome(Outcome outcome)
{
    outcome.at = QDateTime::currentDateTimeUtc();
    QString why;
    if (!append(outcome.toJson(), &why)) {
        // The change was sent already; without its outcome it reads as "answer not known".
        qCWarning(lcJournal) << "an outcome could not be recorded:" << why;
        return false;
    }
    notePicture(outcome);
    return true;
}

void ChangeJournal::notePicture(const Outcome &outcome)
{
    const bool arrived = outcome.result == Outcome::Result::Applied ||
                         (outcome.result == Outcome::Result::Resolved && outcome.applied);
    if (arrived && !outcome.pictureFileId.isEmpty() && !outcome.heldPicture.isEmpty())
        m_pictures.insert(outcome.heldPicture, outcome.pictureFileId);
}

QString ChangeJournal::knownPictureFileId(const QUrl &pictureUrl)
{
    if (pictureUrl.isEmpty())
        return {};
    index();
    return m_pictures.value(bareUrl(pictureUrl));
}

void ChangeJournal::index()
{
    if (m_indexed)
        return;
    m_indexed = true;
    // One pass over the bytes: intents are counted without parsing; only the few outcomes that
    // name a picture are parsed.
    const QByteArray data = m_file.readAll();
    m_changes = countIntents(data);
    m_pictures.clear();
    if (!data.contains(PictureMark))
        return;
    for (const QByteArray &line : data.split('\n')) {
        if (!line.contains(PictureMark))
            continue;
        if (const auto outcome = Outcome::fromJson(parseLine(line)))
            notePicture(*outcome);
    }
}

void ChangeJournal::rotateIfNeeded()
{
    if (m_changes <= MaxChanges && m_file.size() <= MaxBytes)
        return;
    const QByteArrayList lines = m_file.readLines();
    // From the newest line back: keep changes while both bounds hold. Before the oldest change
    // kept, only the batches kept changes belong to stay. The ids are found without parsing
    // (see valueOf): a rewrite happens on the thread that sends, once per ~1,000 changes.
    QSet<QByteArray> keptIntents;
    QSet<QByteArray> keptBatches;
    qint64 bytes = 0;
    qsizetype firstKept = lines.size();
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        bytes += lines.at(i).size() + 1;
        if (!lines.at(i).contains(IntentMark))
            continue;
        if (keptIntents.size() >= KeptChanges || bytes > KeptBytes)
            break;
        keptIntents.insert(valueOf(lines.at(i), IntentIdKey));
        keptBatches.insert(valueOf(lines.at(i), BatchIdKey));
        firstKept = i;
    }
    QByteArrayList kept;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        bool keep = i >= firstKept;
        if (line.contains(BatchMark))
            keep = keep || keptBatches.contains(valueOf(line, OwnIdKey));
        else if (line.contains(OutcomeMark)) // a late one may follow an intent dropped
            keep = keep && keptIntents.contains(valueOf(line, EntryKey));
        if (keep)
            kept << line;
    }
    QString why;
    if (!m_file.rewrite(kept, &why)) {
        qCWarning(lcJournal) << "the journal could not be shortened:" << why;
        return;
    }
    qCInfo(lcJournal) << "journal shortened from" << lines.size() << "to" << kept.size() << "lines";
    m_changes = int(keptIntents.size());
}

JournalContents ChangeJournal::read() const
{
    return readJournalFile(m_file.path());
}

} // namespace whop::journal
