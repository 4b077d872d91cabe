// BatchRun and the change journal: the batch is described once when it starts, each PATCH is
// recorded just before it is sent and completed with its outcome, and the re-read of a lost
// answer decides it.
#include "overview/BatchRun.h"

namespace whop::overview {

namespace {

// A call that sends nothing and fails with `error` (as any outcome: later, through the
// scheduler), for a change that could not be recorded.
api::Call<api::User> *refusedCall(api::WhopClient *client, const api::ApiError &error)
{
    auto *call = new api::Call<api::User>(client->networkAccessManager(), client->config(), {}, {},
                                          {}, client);
    call->refuse(error);
    return call;
}

journal::ChangeKind changeKindOf(BatchRun::Kind kind)
{
    return kind == BatchRun::Kind::Undo ? journal::ChangeKind::Undo : journal::ChangeKind::Batch;
}

} // namespace

std::unique_ptr<BatchRun> BatchRun::makeUndo(QObject *parent) const
{
    const QList<BatchItem> items = undoItems();
    if (items.isEmpty() || !m_overview)
        return nullptr;
    auto undo =
        std::make_unique<BatchRun>(m_overview, items, Kind::Undo, avatar::EncodedPicture{}, parent);
    undo->m_undoes = m_batchId;
    return undo;
}

bool BatchRun::recordBatch()
{
    if (m_recorded)
        return true; // Retry Failed: the same batch goes on
    m_journal = m_overview->journal();
    m_recorded = true;
    if (!m_journal)
        return true;
    journal::BatchRecord record;
    record.id = m_batchId;
    record.kind = changeKindOf(m_kind);
    record.label = m_label;
    for (const BatchItem &item : std::as_const(m_items))
        record.accountIds << item.account.id;
    record.undoes = m_undoes;
    record.origin = journal::originOf(m_overview->client()->config().baseUrl);
    QString why;
    if (m_journal->recordBatch(&record, &why))
        return true;
    // Nothing is sent: every account says why, and Retry Failed tries again.
    m_recorded = false;
    const api::ApiError error = journal::notRecordedError(why);
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_states.at(i) == ItemState::Pending)
            setItemState(i, ItemState::Failed, error);
    }
    checkFinished();
    return false;
}

api::Call<api::User> *BatchRun::sendRecorded(int index, const api::UserChanges &body)
{
    const BatchItem &item = m_items.at(index);
    api::WhopClient *client = m_overview->client();
    const OverviewRoute &route = m_overview->route();
    journal::Intent intent;
    intent.kind = changeKindOf(m_kind);
    intent.batchId = m_batchId;
    intent.origin = journal::originOf(client->config().baseUrl);
    if (route.user != QLatin1String("me")) { // an API key names the user: an id or a username
        if (route.user.startsWith(QLatin1String("user_")))
            intent.userId = route.user;
        else
            intent.username = route.user;
    }
    intent.accountId = item.account.id;
    for (profile::Field f : profile::AllFields) {
        if (profile::changeOf(body, f))
            profile::setChange(&intent.before, f, item.before.values.value(f));
    }
    intent.sent = body;
    if (body.pictureFileId) {
        intent.pictureBefore = journal::bareUrl(item.before.pictureUrl);
        intent.pictureUploadedHere = true;
        // Whop names no file for the picture shown; the journal knows it only if this editor
        // set it (docs/api/whop-api.md, "Files").
        if (m_journal) {
            const QString before = m_journal->knownPictureFileId(item.before.pictureUrl);
            if (!before.isEmpty())
                intent.before.pictureFileId = before;
        }
    }
    const auto change = std::make_shared<journal::SentChange>();
    m_changes[index] = change;
    api::ApiError notRecorded;
    if (!change->record(m_journal, intent, &notRecorded))
        return refusedCall(client, notRecorded);
    auto *call = client->updateUser(route.target(item.account.id), body);
    // Completed even when the run is gone by the time the answer comes.
    call->onSucceeded(call, [change](const api::User &user) { change->applied(user); });
    connect(call, &api::ApiCall::failed, call,
            [change](const api::ApiError &error) { change->failed(error); });
    return call;
}

void BatchRun::resolveLost(int index, const ShownProfile &shown)
{
    const std::shared_ptr<journal::SentChange> &change = m_changes.at(index);
    if (!change || !change->isUnknown())
        return;
    api::UserChanges held;
    for (profile::Field f : profile::AllFields) {
        if (profile::changeOf(change->intent().sent, f))
            profile::setChange(&held, f, shown.values.value(f));
    }
    change->resolve(held, shown.pictureUrl, m_uploader ? m_uploader->fileUrl() : QUrl());
}

} // namespace whop::overview
