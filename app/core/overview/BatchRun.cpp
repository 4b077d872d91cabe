#include "overview/BatchRun.h"

#include "overview/OverviewModel.h"

#include <QCoreApplication>

namespace whop::overview {

namespace {
QString keyOf(const BatchItem &item)
{
    return QStringLiteral("patch:") + item.account.id;
}

// The PATCH may have reached Whop even though no answer came back (the journal's Unknown).
bool outcomeUncertain(const api::ApiError &e)
{
    return journal::outcomeUnknown(e);
}

OverviewModel::ResultState resultStateOf(BatchRun::ItemState s)
{
    switch (s) {
    case BatchRun::ItemState::Pending:
    case BatchRun::ItemState::Sending:
        return OverviewModel::ResultState::Pending;
    case BatchRun::ItemState::Applied:
        return OverviewModel::ResultState::Applied;
    case BatchRun::ItemState::Failed:
        return OverviewModel::ResultState::Failed;
    case BatchRun::ItemState::NotSent:
        return OverviewModel::ResultState::NotSent;
    }
    return OverviewModel::ResultState::None;
}
} // namespace

BatchRun::BatchRun(AccountOverview *overview, QList<BatchItem> items, Kind kind,
                   const avatar::EncodedPicture &picture, QObject *parent)
    : QObject(parent), m_overview(overview), m_items(std::move(items)), m_kind(kind),
      m_picture(picture)
{
    m_states.fill(ItemState::Pending, m_items.size());
    m_errors.resize(m_items.size());
    m_after.resize(m_items.size());
    m_confirmed.fill(false, m_items.size());
    m_changes.resize(m_items.size());
    m_batchId = journal::newId("bat_");
    m_label = batchLabel(m_items);
    connect(overview, &AccountOverview::rowChanged, this, &BatchRun::verify);
    if (!m_picture.isNull()) {
        m_uploader = new avatar::PictureUploader(overview->client(), this);
        connect(m_uploader, &avatar::PictureUploader::ready, this, [this](const QString &id) {
            m_fileId = id;
            sendPending();
        });
        connect(m_uploader, &avatar::PictureUploader::failed, this,
                [this](avatar::SaveStep, const api::ApiError &e, const QString &message) {
                    onPictureFailed(e, message);
                });
    }
}

BatchRun::~BatchRun()
{
    if (m_overview) {
        for (const BatchItem &item : std::as_const(m_items))
            m_overview->scheduler()->removeQueued(keyOf(item));
    }
}

void BatchRun::showResultsIn(OverviewModel *model)
{
    m_model = model;
    for (int i = 0; i < m_items.size(); ++i)
        model->setResult(m_items.at(i).account.id, resultStateOf(m_states.at(i)), resultText(i));
}

int BatchRun::count(ItemState state) const
{
    return int(m_states.count(state));
}

int BatchRun::finishedCount() const
{
    return count(ItemState::Applied) + count(ItemState::Failed) + count(ItemState::NotSent);
}

void BatchRun::start()
{
    if (m_running || !m_overview)
        return;
    m_running = true;
    m_cancelling = false;
    Q_EMIT progress(finishedCount(), total());
    if (!recordBatch())
        return;
    if (m_uploader && m_fileId.isEmpty()) {
        m_uploader->upload(m_picture); // the PATCHes follow once the file is ready
        return;
    }
    sendPending();
}

void BatchRun::onPictureFailed(const api::ApiError &error, const QString &message)
{
    // Nothing was sent to any account: each one says why and can be retried.
    api::ApiError shown = error;
    if (!message.isEmpty())
        shown.message = message;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_states.at(i) == ItemState::Pending)
            setItemState(i,
                         m_cancelling || error.kind == api::ErrorKind::Cancelled
                             ? ItemState::NotSent
                             : ItemState::Failed,
                         shown);
    }
    checkFinished();
}

void BatchRun::sendPending()
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_states.at(i) == ItemState::Pending)
            send(i);
    }
    checkFinished();
}

void BatchRun::send(int index)
{
    const BatchItem &item = m_items.at(index);
    api::UserChanges body = item.changes;
    if (item.picture)
        body.pictureFileId = m_fileId;
    const QString accountId = item.account.id;
    // A call already sent outlives a run closed meanwhile: its answer then goes nowhere.
    const QPointer<BatchRun> self(this);
    const bool queued = m_overview->scheduler()->enqueue(
        keyOf(item),
        [self, index, body]() -> api::Call<api::User> * {
            self->setItemState(index, ItemState::Sending);
            return self->sendRecorded(index, body);
        },
        [self, index, accountId](const api::User &user) {
            if (!self)
                return;
            self->m_after[index] = ShownProfile::fromUser(user);
            if (self->m_overview)
                self->m_overview->setShown(accountId, user);
            self->setItemState(index, ItemState::Applied);
            self->checkFinished();
        },
        [self, index](const api::ApiError &error) {
            if (!self)
                return;
            self->setItemState(index, ItemState::Failed, error);
            self->checkFinished();
        },
        /*urgent=*/false);
    if (!queued) // the same account twice in one batch cannot happen; if it did, say so
        setItemState(index, ItemState::Failed,
                     api::localError(api::ErrorKind::BadRequest,
                                     tr("This account is already being changed.")));
}

void BatchRun::cancel()
{
    if (!m_running)
        return;
    m_cancelling = true;
    if (m_uploader && m_uploader->isRunning())
        m_uploader->cancel(); // reports failed(Cancelled): every pending account is NotSent
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_states.at(i) == ItemState::Pending &&
            m_overview->scheduler()->removeQueued(keyOf(m_items.at(i))))
            setItemState(i, ItemState::NotSent);
    }
    checkFinished();
}

void BatchRun::retryFailed()
{
    if (m_running)
        return;
    m_verifying.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_states.at(i) == ItemState::Failed || m_states.at(i) == ItemState::NotSent)
            setItemState(i, ItemState::Pending);
    }
    start();
}

void BatchRun::setItemState(int index, ItemState state, const api::ApiError &error)
{
    if (state != ItemState::Applied)
        m_confirmed[index] = false;
    m_states[index] = state;
    m_errors[index] = error;
    if (m_model)
        m_model->setResult(m_items.at(index).account.id, resultStateOf(state), resultText(index));
    Q_EMIT itemChanged(index);
    if (state == ItemState::Applied || state == ItemState::Failed || state == ItemState::NotSent)
        Q_EMIT progress(finishedCount(), total());
}

void BatchRun::checkFinished()
{
    if (!m_running)
        return;
    if (count(ItemState::Pending) > 0 || count(ItemState::Sending) > 0) {
        if (!(m_uploader && m_uploader->isRunning()) && count(ItemState::Sending) == 0 &&
            m_cancelling) {
            // Cancelled while the rest waited for the picture: nothing more will be sent.
            for (int i = 0; i < m_items.size(); ++i) {
                if (m_states.at(i) == ItemState::Pending)
                    setItemState(i, ItemState::NotSent);
            }
        } else {
            return;
        }
    }
    m_running = false;
    m_cancelling = false;
    // Show what accounts hold whose change may have arrived although no answer did.
    QStringList uncertain;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_states.at(i) == ItemState::Failed && outcomeUncertain(m_errors.at(i)))
            uncertain << m_items.at(i).account.id;
    }
    for (const QString &id : std::as_const(uncertain))
        m_verifying.insert(
            id, int(std::find_if(m_items.begin(), m_items.end(),
                                 [&](const BatchItem &b) { return b.account.id == id; }) -
                    m_items.begin()));
    if (m_overview && !uncertain.isEmpty())
        m_overview->reload(uncertain);
    Q_EMIT finished();
}

void BatchRun::verify(int row)
{
    if (m_verifying.isEmpty() || !m_overview || m_running)
        return;
    const OverviewRow &r = m_overview->row(row);
    const auto it = m_verifying.constFind(r.account.id);
    if (it == m_verifying.cend())
        return;
    if (r.state != OverviewRow::State::Loaded && r.state != OverviewRow::State::Failed)
        return;
    const int index = it.value();
    m_verifying.erase(it);
    if (r.state == OverviewRow::State::Loaded)
        resolveLost(index, r.shown);
    if (r.state != OverviewRow::State::Loaded || m_states.at(index) != ItemState::Failed)
        return;
    const BatchItem &item = m_items.at(index);
    bool arrived = !item.picture; // a picture cannot be compared: it stays failed, retry is safe
    for (const FieldChange &c : item.fieldChanges) {
        if (c.field != ShownField::Picture)
            arrived = arrived && sameValue(c.field, shownValue(r.shown, c.field), c.to);
    }
    if (!arrived)
        return;
    m_after[index] = r.shown;
    m_confirmed[index] = true;
    setItemState(index, ItemState::Applied);
}

QList<BatchItem> BatchRun::undoItems() const
{
    QList<BatchItem> undo;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_states.at(i) != ItemState::Applied)
            continue;
        BatchItem item = undoItem(m_items.at(i), m_after.at(i));
        if (!item.fieldChanges.isEmpty())
            undo << item;
    }
    return undo;
}

} // namespace whop::overview
