#include "history/Restorer.h"

#include "overview/RequestScheduler.h"
#include "profile/ProfileLogging.h"

namespace whop::history {

using profile::ConflictChoice;
using profile::Field;

namespace {

QUrl bare(const QUrl &url)
{
    return journal::bareUrl(url);
}

// What the comparison stands on: Whop's profile as read, except that the fields (and picture)
// being put back show what this editor's change left there. A field Whop shows otherwise was
// changed elsewhere since (compareWithServer's "their" change).
api::User baseFor(const RestoreTarget &target, const api::User &server)
{
    api::User base = server;
    for (const RestoreField &f : target.fields) {
        if (!f.written)
            continue; // nothing to compare with: as Whop shows it
        switch (f.field) {
        case Field::Name:
            base.name = *f.written;
            break;
        case Field::Username:
            base.username = *f.written;
            break;
        case Field::Bio:
            base.bio = *f.written;
            break;
        }
    }
    base.pictureUrl = bare(server.pictureUrl);
    if (!target.pictureFileId.isEmpty() && target.pictureWritten)
        base.pictureUrl = bare(*target.pictureWritten);
    return base;
}

// What the person wants the profile to show: Whop's values, with the wanted ones put back.
profile::ProfileValues draftFor(const RestoreTarget &target, const api::User &server)
{
    profile::ProfileValues draft = profile::ProfileValues::fromUser(server);
    for (const RestoreField &f : target.fields)
        draft.setValue(f.field, f.wanted);
    return draft;
}

void clearChange(api::UserChanges *body, Field field)
{
    switch (field) {
    case Field::Name:
        body->name.reset();
        return;
    case Field::Username:
        body->username.reset();
        return;
    case Field::Bio:
        body->bio.reset();
        return;
    }
}

QString keyOf(const char *what, int i)
{
    return QStringLiteral("%1:%2").arg(QLatin1String(what)).arg(i);
}

} // namespace

Restorer::Restorer(api::WhopClient *client, RestorePlan plan, QObject *parent)
    : QObject(parent), m_client(client), m_plan(std::move(plan)),
      m_scheduler(
          new overview::RequestScheduler(overview::RequestScheduler::DefaultMaxInFlight, this))
{
    const qsizetype n = m_plan.targets.size();
    m_states.fill(State::Waiting, n);
    m_conflicts.resize(n);
    m_shown.resize(n);
    m_errors.resize(n);
    m_changes.resize(n);
    if (m_plan.asBatch)
        m_batchId = journal::newId("bat_");
}

Restorer::~Restorer() = default;

QList<int> Restorer::conflicts() const
{
    QList<int> out;
    for (int i = 0; i < m_states.size(); ++i) {
        if (m_states.at(i) == State::Conflict)
            out << i;
    }
    return out;
}

void Restorer::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!recordBatch())
        return;
    for (int i = 0; i < total(); ++i) {
        if (m_states.at(i) == State::Waiting)
            read(i);
    }
    checkSettled();
}

bool Restorer::recordBatch()
{
    if (m_recorded || !m_plan.asBatch || !m_journal)
        return true;
    journal::BatchRecord record;
    record.id = m_batchId;
    record.kind = m_plan.kind;
    record.label = m_plan.label;
    for (const RestoreTarget &t : std::as_const(m_plan.targets))
        record.accountIds << t.accountId();
    record.undoes = m_plan.restores;
    record.origin = journal::originOf(m_client->config().baseUrl);
    QString why;
    if (m_journal->recordBatch(&record, &why)) {
        m_recorded = true;
        return true;
    }
    // Nothing is sent: every profile says why.
    for (int i = 0; i < total(); ++i)
        setState(i, State::Failed, journal::notRecordedError(why));
    checkSettled();
    return false;
}

void Restorer::read(int i)
{
    setState(i, State::Reading);
    const QPointer<Restorer> self(this);
    m_scheduler->enqueue(
        keyOf("read", i),
        [self, i] { return self->m_client->retrieveUser(self->m_plan.targets.at(i).target); },
        [self, i](const api::User &user) {
            if (self)
                self->onRead(i, user);
        },
        [self, i](const api::ApiError &error) {
            if (!self)
                return;
            self->setState(i, State::Failed, error);
            self->checkSettled();
        });
}

void Restorer::onRead(int i, const api::User &server)
{
    const RestoreTarget &target = m_plan.targets.at(i);
    m_shown[i] = server;
    if (const std::shared_ptr<journal::SentChange> &lost = m_changes.at(i);
        lost && lost->isUnknown()) {
        // The read after a lost answer: did the restore arrive?
        const auto arrived = lost->resolve(server, target.pictureWanted);
        m_changes[i].reset();
        if (arrived && *arrived) {
            setState(i, State::Restored);
            Q_EMIT restored(i, server);
            checkSettled();
            return;
        }
    }
    if (!target.userId.isEmpty() && server.id != target.userId) {
        // The address (a username) now leads to someone else: never write to that profile.
        setState(i, State::Failed,
                 api::localError(api::ErrorKind::Conflict,
                                 tr("This profile's address now leads to another user.")));
        checkSettled();
        return;
    }
    const bool picture = !target.pictureFileId.isEmpty();
    api::User now = server;
    now.pictureUrl = bare(server.pictureUrl);
    const profile::ProfileValues draft = draftFor(target, server);
    profile::SaveConflict check = profile::compareWithServer(baseFor(target, server), now, draft,
                                                             picture, bare(target.pictureWanted));
    check.server = server;
    if (check.hasConflicts()) {
        qCInfo(lcProfile) << "restore stopped: changed elsewhere since:" << check.fields.size()
                          << "field(s), picture" << check.picture.has_value();
        m_conflicts[i] = check;
        m_asked = false;
        setState(i, State::Conflict);
        checkSettled();
        return;
    }
    if (m_cancelling) {
        setState(i, State::NotSent);
        checkSettled();
        return;
    }
    api::UserChanges body = profile::buildPatch(profile::ProfileValues::fromUser(server), draft);
    for (Field f : std::as_const(check.taken))
        clearChange(&body, f); // changed elsewhere to what it was meant to become anyway
    if (picture && !check.pictureAlreadyThere &&
        (target.pictureWanted.isEmpty() || now.pictureUrl != bare(target.pictureWanted)))
        body.pictureFileId = target.pictureFileId;
    if (body.isEmpty()) {
        setState(i, State::AlreadyThere);
        checkSettled();
        return;
    }
    send(i, server, body);
}

void Restorer::send(int i, const api::User &server, const api::UserChanges &body)
{
    const RestoreTarget &target = m_plan.targets.at(i);
    journal::Intent intent;
    intent.kind = m_plan.kind;
    intent.batchId = m_plan.continues.isEmpty() ? m_batchId : m_plan.continues;
    intent.origin = journal::originOf(m_client->config().baseUrl);
    intent.userId = server.id;
    intent.username = server.username;
    intent.accountId = target.accountId();
    // What the profile showed just before: the read a moment ago.
    intent.before = journal::valuesFor(server, body);
    intent.sent = body;
    if (body.pictureFileId) {
        intent.pictureBefore = bare(server.pictureUrl);
        intent.pictureUploadedHere = true; // only files this editor uploaded are put back
        if (m_journal) {
            const QString before = m_journal->knownPictureFileId(server.pictureUrl);
            if (!before.isEmpty())
                intent.before.pictureFileId = before;
        }
    }
    auto change = std::make_shared<journal::SentChange>();
    m_changes[i] = change;
    setState(i, State::Sending);
    const QPointer<Restorer> self(this);
    const api::UserTarget where = target.target;
    m_scheduler->enqueue(
        keyOf("patch", i),
        [self, change, intent, where, body]() -> api::Call<api::User> * {
            api::ApiError notRecorded;
            if (!change->record(self->m_journal, intent, &notRecorded)) {
                auto *refused =
                    new api::Call<api::User>(self->m_client->networkAccessManager(),
                                             self->m_client->config(), {}, {}, {}, self->m_client);
                refused->refuse(notRecorded);
                return refused;
            }
            auto *call = self->m_client->updateUser(where, body);
            // Completed even when the restorer is gone by the time the answer comes.
            call->onSucceeded(call, [change](const api::User &user) { change->applied(user); });
            connect(call, &api::ApiCall::failed, call,
                    [change](const api::ApiError &error) { change->failed(error); });
            return call;
        },
        [self, i](const api::User &user) {
            if (!self)
                return;
            self->m_changes[i].reset();
            self->m_shown[i] = user;
            self->setState(i, State::Restored);
            Q_EMIT self->restored(i, user);
            self->checkSettled();
        },
        [self, i](const api::ApiError &error) {
            if (self)
                self->onLost(i, error);
        });
}

void Restorer::onLost(int i, const api::ApiError &error)
{
    const std::shared_ptr<journal::SentChange> &change = m_changes.at(i);
    setState(i, State::Failed, error);
    if (change && change->isUnknown()) {
        // The answer was lost: the profile is read again, and that read decides.
        read(i);
        return;
    }
    m_changes[i].reset();
    checkSettled();
}

void Restorer::resolve(const QHash<int, QHash<Field, ConflictChoice>> &choices,
                       const QHash<int, ConflictChoice> &pictures)
{
    if (m_cancelling)
        return;
    for (int i : conflicts()) {
        RestoreTarget &target = m_plan.targets[i];
        const profile::SaveConflict &c = m_conflicts.at(i);
        const QHash<Field, ConflictChoice> mine = choices.value(i);
        // Whop's profile as read becomes what the next check compares with, so that only a
        // change made after this read stops the restore again.
        for (const profile::FieldConflict &fc : c.fields) {
            const auto at =
                std::find_if(target.fields.begin(), target.fields.end(),
                             [&](const RestoreField &f) { return f.field == fc.field; });
            if (at == target.fields.end())
                continue;
            switch (mine.value(fc.field, ConflictChoice::Theirs)) {
            case ConflictChoice::Theirs:
                target.fields.erase(at);
                continue;
            case ConflictChoice::Original:
                at->wanted = fc.original;
                break;
            case ConflictChoice::Yours:
                break;
            }
            at->written = fc.theirs;
        }
        if (c.picture) {
            if (pictures.value(i, ConflictChoice::Theirs) == ConflictChoice::Yours)
                target.pictureWritten = bare(c.server.pictureUrl);
            else
                target.pictureFileId.clear();
        }
        if (target.isEmpty()) {
            setState(i, State::KeptTheirs);
            continue;
        }
        read(i); // checks again: Whop may have changed once more meanwhile
    }
    checkSettled();
}

void Restorer::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    for (const QString &key : m_scheduler->clearQueue()) {
        const int i = key.section(QLatin1Char(':'), 1).toInt();
        if (i >= 0 && i < total())
            setState(i, State::NotSent);
    }
    for (int i = 0; i < total(); ++i) {
        if (m_states.at(i) == State::Waiting)
            setState(i, State::NotSent);
    }
    for (int i : conflicts())
        setState(i, State::KeptTheirs);
    checkSettled();
}

void Restorer::keepTheirs()
{
    for (int i : conflicts())
        setState(i, State::KeptTheirs);
    checkSettled();
}

void Restorer::setState(int i, State state, const api::ApiError &error)
{
    m_states[i] = state;
    m_errors[i] = error;
    Q_EMIT targetChanged(i);
}

void Restorer::checkSettled()
{
    if (!m_running)
        return;
    const bool busy = count(State::Waiting) + count(State::Reading) + count(State::Sending) > 0;
    if (busy)
        return;
    if (count(State::Conflict) > 0) {
        if (!m_asked) {
            m_asked = true;
            Q_EMIT conflictsFound();
        }
        return;
    }
    m_running = false;
    Q_EMIT finished();
}

} // namespace whop::history
