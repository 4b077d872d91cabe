#include "overview/AccountOverview.h"

namespace whop::overview {

using RowState = OverviewRow::State;

QString shownValue(const ShownProfile &profile, ShownField field)
{
    switch (field) {
    case ShownField::Name:
        return profile.values.name;
    case ShownField::Username:
        return profile.values.username;
    case ShownField::Bio:
        return profile.values.bio;
    case ShownField::Picture:
        return profile.pictureUrl.toString();
    }
    return {};
}

bool sameValue(ShownField field, const QString &a, const QString &b)
{
    switch (field) {
    case ShownField::Name:
        return profile::normalized(profile::Field::Name, a) ==
               profile::normalized(profile::Field::Name, b);
    case ShownField::Username:
        return profile::normalized(profile::Field::Username, a) ==
               profile::normalized(profile::Field::Username, b);
    case ShownField::Bio:
        return profile::normalized(profile::Field::Bio, a) ==
               profile::normalized(profile::Field::Bio, b);
    case ShownField::Picture:
        return a == b;
    }
    return a == b;
}

AccountOverview::AccountOverview(api::WhopClient *client, QObject *parent)
    : QObject(parent), m_client(client),
      m_scheduler(new RequestScheduler(RequestScheduler::DefaultMaxInFlight, this))
{}

void AccountOverview::cancel()
{
    ++m_generation;
    m_scheduler->cancelAll();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].state == RowState::Queued || m_rows[i].state == RowState::Loading)
            setRowState(i, RowState::NotLoaded);
    }
    if (m_globalState == RowState::Loading || m_globalState == RowState::Queued)
        m_globalState = RowState::NotLoaded;
    if (m_listState == ListState::Loading) {
        m_listState = m_rows.isEmpty() ? ListState::Idle : ListState::Loaded;
        Q_EMIT listStateChanged();
    }
}

void AccountOverview::load()
{
    Q_EMIT aboutToReset();
    cancel();
    m_rows.clear();
    m_index.clear();
    m_visible.clear();
    m_pinned.clear();
    m_pages = 0;
    m_cut = false;
    m_global.reset();
    m_globalState = RowState::NotLoaded;
    m_globalError = {};
    m_listError = {};
    m_listState = ListState::Loading;
    m_scheduler->setMaxRetryAfterSeconds(m_client->config().retry.maxRetryAfterSeconds);
    Q_EMIT reset();
    Q_EMIT listStateChanged();
    Q_EMIT referenceChanged();
    if (m_route.hasGlobal)
        loadGlobal();
    fetchPage({});
}

int AccountOverview::count(RowState state) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [state](const OverviewRow &r) { return r.state == state; }));
}

void AccountOverview::fetchPage(const QString &after)
{
    const quint64 generation = m_generation;
    const QString key = QStringLiteral("page:%1").arg(m_pages);
    m_scheduler->enqueue(
        key, [this, after] { return m_client->listAccounts(PageSize, after); },
        [this, after, generation](const api::AccountsPage &page) {
            if (generation != m_generation)
                return;
            ++m_pages;
            QList<api::Account> fresh;
            QSet<QString> seen;
            bool more = false; // accounts of this page beyond MaxAccounts
            for (const api::Account &a : page.accounts) {
                // A server repeating an account lists it once.
                if (m_index.contains(a.id) || seen.contains(a.id))
                    continue;
                if (m_rows.size() + fresh.size() >= MaxAccounts) {
                    more = true;
                    break;
                }
                seen.insert(a.id);
                fresh << a;
            }
            if (!fresh.isEmpty()) {
                const int first = int(m_rows.size());
                for (const api::Account &a : fresh) {
                    m_index.insert(a.id, int(m_rows.size()));
                    m_rows.append(OverviewRow{a, RowState::NotLoaded, {}, {}});
                }
                Q_EMIT rowsAppended(first, int(m_rows.size()) - 1);
                // An API key compares with its own account: read that one whatever is visible.
                const int ref = indexOf(m_route.referenceAccountId);
                if (!m_route.hasGlobal && ref >= first)
                    ensureLoaded({ref});
            }
            const bool next = page.hasNextPage && page.endCursor != after;
            m_cut = more || (next && m_rows.size() >= MaxAccounts);
            // A page that brought nothing new ends the list, whatever it promised.
            if (next && !m_cut && !fresh.isEmpty()) {
                fetchPage(page.endCursor);
                return;
            }
            m_listState = ListState::Loaded;
            Q_EMIT listStateChanged();
        },
        [this, generation](const api::ApiError &error) {
            if (generation != m_generation || error.kind == api::ErrorKind::Cancelled)
                return;
            m_listError = error;
            m_listState = ListState::Failed;
            Q_EMIT listStateChanged();
        },
        /*urgent=*/true);
}

void AccountOverview::loadGlobal()
{
    const quint64 generation = m_generation;
    m_globalState = RowState::Loading;
    m_scheduler->enqueue(
        QStringLiteral("global"),
        [this] {
            return m_client->retrieveUser(api::UserTarget{m_route.user, {}});
        },
        [this, generation](const api::User &user) {
            if (generation != m_generation)
                return;
            m_global = ShownProfile::fromUser(user);
            m_globalState = RowState::Loaded;
            Q_EMIT referenceChanged();
        },
        [this, generation](const api::ApiError &error) {
            if (generation != m_generation)
                return;
            m_globalError = error;
            m_globalState = RowState::Failed;
            Q_EMIT referenceChanged();
        },
        /*urgent=*/true);
}

void AccountOverview::retryGlobal()
{
    if (m_route.hasGlobal && m_globalState == RowState::Failed) {
        m_globalError = {};
        loadGlobal();
        Q_EMIT referenceChanged();
    }
}

std::optional<ShownProfile> AccountOverview::reference() const
{
    if (m_route.hasGlobal)
        return m_global;
    const int ref = indexOf(m_route.referenceAccountId);
    if (ref >= 0 && m_rows.at(ref).state == RowState::Loaded)
        return m_rows.at(ref).shown;
    return std::nullopt;
}

OverviewRow::State AccountOverview::referenceState() const
{
    if (m_route.hasGlobal)
        return m_globalState;
    const int ref = indexOf(m_route.referenceAccountId);
    return ref >= 0 ? m_rows.at(ref).state : RowState::NotLoaded;
}

bool AccountOverview::differs(int index, ShownField field) const
{
    const auto ref = reference();
    if (!ref || index < 0 || index >= m_rows.size() || m_rows.at(index).state != RowState::Loaded)
        return false;
    return !sameValue(field, shownValue(m_rows.at(index).shown, field), shownValue(*ref, field));
}

int AccountOverview::differingFields(int index) const
{
    if (!reference() || index < 0 || index >= m_rows.size() ||
        m_rows.at(index).state != RowState::Loaded)
        return -1;
    int n = 0;
    for (ShownField f : AllShownFields)
        n += differs(index, f) ? 1 : 0;
    return n;
}

void AccountOverview::setRowState(int index, RowState state)
{
    m_rows[index].state = state;
    Q_EMIT rowChanged(index);
}

void AccountOverview::queueRow(int index, bool urgent)
{
    OverviewRow &row = m_rows[index];
    if (row.state != RowState::NotLoaded && row.state != RowState::Failed)
        return;
    row.error = {};
    const QString accountId = row.account.id;
    const quint64 generation = m_generation;
    const bool queued = m_scheduler->enqueue(
        QStringLiteral("row:") + accountId,
        [this, index, accountId] {
            setRowState(index, RowState::Loading);
            return m_client->retrieveUser(m_route.target(accountId));
        },
        [this, index, generation](const api::User &user) {
            if (generation != m_generation)
                return;
            m_rows[index].shown = ShownProfile::fromUser(user);
            setRowState(index, RowState::Loaded);
            if (!m_route.hasGlobal && m_rows.at(index).account.id == m_route.referenceAccountId)
                Q_EMIT referenceChanged();
        },
        [this, index, generation](const api::ApiError &error) {
            if (generation != m_generation)
                return;
            m_rows[index].error = error;
            setRowState(index, RowState::Failed);
            if (!m_route.hasGlobal && m_rows.at(index).account.id == m_route.referenceAccountId)
                Q_EMIT referenceChanged();
        },
        urgent);
    if (queued && m_rows.at(index).state != RowState::Loading)
        setRowState(index, RowState::Queued);
}

void AccountOverview::setVisibleRows(const QList<int> &rows)
{
    QSet<int> now;
    for (int r : rows) {
        if (r >= 0 && r < m_rows.size())
            now.insert(r);
    }
    // Rows that scrolled away before their turn came are not read after all.
    for (int r : std::as_const(m_visible)) {
        if (!now.contains(r) && !m_pinned.contains(r) && m_rows.at(r).state == RowState::Queued &&
            m_scheduler->removeQueued(QStringLiteral("row:") + m_rows.at(r).account.id))
            setRowState(r, RowState::NotLoaded);
    }
    m_visible = now;
    for (int r : rows) {
        if (r >= 0 && r < m_rows.size() && m_rows.at(r).state == RowState::NotLoaded)
            queueRow(r, false);
    }
}

void AccountOverview::ensureLoaded(const QList<int> &rows)
{
    for (int r : rows) {
        if (r < 0 || r >= m_rows.size())
            continue;
        m_pinned.insert(r);
        if (m_rows.at(r).state == RowState::NotLoaded)
            queueRow(r, false);
    }
}

void AccountOverview::retryRow(int index)
{
    if (index >= 0 && index < m_rows.size() && m_rows.at(index).state == RowState::Failed)
        queueRow(index, true);
}

void AccountOverview::retryFailed()
{
    retryGlobal();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).state == RowState::Failed)
            queueRow(i, false);
    }
}

void AccountOverview::reload(const QStringList &accountIds)
{
    for (const QString &id : accountIds) {
        const int i = indexOf(id);
        if (i < 0 || m_rows.at(i).state == RowState::Queued ||
            m_rows.at(i).state == RowState::Loading)
            continue;
        m_rows[i].state = RowState::NotLoaded;
        queueRow(i, true);
    }
}

void AccountOverview::setShown(const QString &accountId, const api::User &user)
{
    const int i = indexOf(accountId);
    if (i < 0)
        return;
    m_rows[i].shown = ShownProfile::fromUser(user);
    m_rows[i].error = {};
    setRowState(i, RowState::Loaded);
    if (!m_route.hasGlobal && accountId == m_route.referenceAccountId)
        Q_EMIT referenceChanged();
}

} // namespace whop::overview
