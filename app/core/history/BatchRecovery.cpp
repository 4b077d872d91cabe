#include "history/BatchRecovery.h"

#include "overview/RequestScheduler.h"

#include <QPointer>

namespace whop::history {

namespace {

HistoryAccount *accountOf(InterruptedBatch &batch, const QString &accountId)
{
    for (HistoryAccount &a : batch.entry.accounts) {
        if (a.accountId == accountId)
            return &a;
    }
    return nullptr;
}

QString originOf(const HistoryEntry &entry)
{
    if (entry.batch && !entry.batch->origin.isEmpty())
        return entry.batch->origin;
    for (const HistoryAccount &a : entry.accounts) {
        if (a.change)
            return a.change->intent.origin;
    }
    return {};
}

} // namespace

BatchRecovery::BatchRecovery(api::WhopClient *client,
                             std::shared_ptr<journal::ChangeJournal> journal, RestoreRoute route,
                             QObject *parent)
    : QObject(parent), m_client(client), m_journal(std::move(journal)), m_route(std::move(route)),
      m_scheduler(
          new overview::RequestScheduler(overview::RequestScheduler::DefaultMaxInFlight, this))
{}

BatchRecovery::~BatchRecovery() = default;

QStringList BatchRecovery::interruptedBatchIds(const QList<HistoryEntry> &entries,
                                               const QString &origin)
{
    QStringList ids;
    for (const HistoryEntry &e : entries) {
        if (e.type != HistoryEntry::Type::Batch || e.count(Outcome::Unknown) == 0)
            continue;
        // Sent to another environment (or an earlier demo sandbox, gone with its process):
        // nothing here can read it.
        const QString sentTo = originOf(e);
        if (!origin.isEmpty() && !sentTo.isEmpty() && sentTo != origin)
            continue;
        ids << e.batchId;
    }
    return ids;
}

void BatchRecovery::check(const QString &batchId)
{
    m_scheduler->cancelAll();
    m_batches.clear();
    m_reading = 0;
    m_started = true;
    if (!m_journal) {
        QMetaObject::invokeMethod(this, &BatchRecovery::done, Qt::QueuedConnection);
        return;
    }
    const QList<HistoryEntry> entries = historyEntries(m_journal->read());
    QHash<QString, qsizetype> byId;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).type == HistoryEntry::Type::Batch)
            byId.insert(entries.at(i).batchId, i);
    }
    const QStringList ids =
        batchId.isEmpty() ? interruptedBatchIds(entries, m_route.origin) : QStringList{batchId};
    for (const QString &id : ids) {
        if (!byId.contains(id))
            continue;
        InterruptedBatch b;
        b.entry = entries.at(byId.value(id));
        if (b.entry.batch && !b.entry.batch->undoes.isEmpty() &&
            byId.contains(b.entry.batch->undoes))
            b.undone = entries.at(byId.value(b.entry.batch->undoes));
        for (const HistoryEntry &e : entries) {
            if (e.batch && e.batch->undoes == id && (!b.undoneAt.isValid() || e.at > b.undoneAt))
                b.undoneAt = e.at;
        }
        m_batches << b;
    }
    // A picture sent can be recognised on the profile only by its address: asked once per file.
    QStringList files;
    for (const InterruptedBatch &b : std::as_const(m_batches)) {
        for (const HistoryAccount &a : b.entry.accounts) {
            if (a.outcome() == Outcome::Unknown && a.change->intent.sent.pictureFileId &&
                !files.contains(*a.change->intent.sent.pictureFileId))
                files << *a.change->intent.sent.pictureFileId;
        }
    }
    if (files.isEmpty()) {
        readAccounts();
        return;
    }
    auto waiting = std::make_shared<int>(int(files.size()));
    const QPointer<BatchRecovery> self(this);
    for (const QString &file : std::as_const(files)) {
        auto after = [self, waiting] {
            if (self && --*waiting == 0)
                self->readAccounts();
        };
        m_scheduler->enqueue(
            QStringLiteral("file:") + file,
            [self, file] { return self->m_client->retrieveFile(file); },
            [self, file, after](const api::FileRecord &record) {
                if (self)
                    self->m_fileUrls.insert(file, record.url);
                after();
            },
            [after](const api::ApiError &) { after(); }, /*urgent=*/true);
    }
}

void BatchRecovery::readAccounts()
{
    const QPointer<BatchRecovery> self(this);
    for (int bi = 0; bi < m_batches.size(); ++bi) {
        for (const HistoryAccount &a : std::as_const(m_batches[bi].entry.accounts)) {
            if (a.outcome() != Outcome::Unknown)
                continue;
            ++m_reading;
            const QString account = a.accountId;
            const api::UserTarget target = m_route.targetFor(*a.change);
            m_scheduler->enqueue(
                QStringLiteral("read:%1:%2").arg(bi).arg(account),
                [self, target] { return self->m_client->retrieveUser(target); },
                [self, bi, account](const api::User &user) {
                    if (self)
                        self->onRead(bi, account, user);
                },
                [self, bi, account](const api::ApiError &error) {
                    if (self)
                        self->onUnreadable(bi, account, error);
                });
        }
    }
    if (m_reading == 0)
        done();
}

void BatchRecovery::onRead(int bi, const QString &accountId, const api::User &user)
{
    InterruptedBatch &b = m_batches[bi];
    HistoryAccount *a = accountOf(b, accountId);
    if (a && a->change) {
        const journal::Intent &intent = a->change->intent;
        const QString who = a->change->userId();
        const QUrl sentPicture = m_fileUrls.value(intent.sent.pictureFileId.value_or(QString()));
        const api::UserChanges held = journal::valuesFor(user, intent.sent);
        std::optional<bool> arrived;
        if (who.isEmpty() || who == user.id)
            arrived = journal::decideArrival(intent, held, user.pictureUrl, sentPicture);
        if (arrived) {
            journal::Outcome o;
            o.entryId = intent.id;
            o.result = journal::Outcome::Result::Resolved;
            o.applied = *arrived;
            o.held = held;
            o.heldPicture = journal::bareUrl(user.pictureUrl);
            o.userId = user.id;
            o.username = user.username;
            o.pictureFileId = intent.sent.pictureFileId.value_or(QString());
            a->change->resolution = o;
            b.learnt << o;
        } else {
            b.whyUnknown.insert(accountId,
                                tr("It shows neither the values before nor those sent: it may "
                                   "have been changed elsewhere since."));
        }
    }
    if (--m_reading == 0)
        done();
}

void BatchRecovery::onUnreadable(int bi, const QString &accountId, const api::ApiError &error)
{
    m_batches[bi].whyUnknown.insert(accountId,
                                    tr("It could not be read: %1").arg(error.userMessage()));
    if (--m_reading == 0)
        done();
}

void BatchRecovery::sortLists(InterruptedBatch &b) const
{
    b.received.clear();
    b.notReceived.clear();
    b.unknown.clear();
    for (const HistoryAccount &a : std::as_const(b.entry.accounts)) {
        switch (a.outcome()) {
        case Outcome::Applied:
        case Outcome::Arrived:
            b.received << a.accountId;
            break;
        case Outcome::Unknown:
            b.unknown << a.accountId;
            break;
        case Outcome::Refused:
        case Outcome::DidNotArrive:
        case Outcome::NotSent:
            b.notReceived << a.accountId;
            break;
        }
    }
}

void BatchRecovery::done()
{
    for (InterruptedBatch &b : m_batches)
        sortLists(b);
    m_started = false;
    Q_EMIT checked();
}

void BatchRecovery::recordLearnt(int i)
{
    if (!m_journal || i < 0 || i >= m_batches.size())
        return;
    for (const journal::Outcome &o : std::as_const(m_batches.at(i).learnt))
        m_journal->recordOutcome(o);
    m_batches[i].learnt.clear();
}

RestorePlan BatchRecovery::finishPlan(int i) const
{
    const InterruptedBatch &b = m_batches.at(i);
    return planBatchFinish(b.entry, b.notReceived, m_route, b.undone);
}

RestorePlan BatchRecovery::undoPlan(int i) const
{
    const InterruptedBatch &b = m_batches.at(i);
    RestorePlan plan = planBatchRestore(b.entry, m_route, b.received);
    plan.kind = journal::ChangeKind::Undo;
    const QString words =
        b.entry.batch && !b.entry.batch->label.isEmpty() ? b.entry.batch->label : b.entry.batchId;
    plan.label = QStringLiteral("undo of %1").arg(words);
    return plan;
}

} // namespace whop::history
