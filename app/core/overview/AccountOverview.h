#pragma once

#include "journal/ChangeJournal.h"
#include "overview/OverviewRow.h"
#include "overview/RequestScheduler.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

namespace whop::overview {

// The four things an account's profile shows, for comparing and for the batch.
enum class ShownField
{
    Name,
    Username,
    Bio,
    Picture
};
inline constexpr ShownField AllShownFields[] = {ShownField::Name, ShownField::Username,
                                                ShownField::Bio, ShownField::Picture};
QString shownValue(const ShownProfile &profile, ShownField field);    // picture: its URL
bool sameValue(ShownField field, const QString &a, const QString &b); // as Whop would store them

// Every account the identity reaches (all pages of GET /accounts) and, row by row as they come
// into view, the profile each one shows; the global profile beside them. All requests go
// through one RequestScheduler (at most 4 at once, backing off together on 429).
class AccountOverview : public QObject
{
    Q_OBJECT
public:
    enum class ListState
    {
        Idle,
        Loading,
        Loaded,
        Failed
    };
    static constexpr int PageSize = 50;
    // The most accounts listed. Counted in accounts, not pages: `first` (PageSize) is only the
    // client's wish, and a server may answer with pages of any size. A list cut here says so
    // (isCut()); a server that keeps promising pages without new accounts is left at once.
    static constexpr int MaxAccounts = 10000;

    explicit AccountOverview(api::WhopClient *client, QObject *parent = nullptr);

    api::WhopClient *client() const { return m_client; }
    RequestScheduler *scheduler() const { return m_scheduler; }
    void setRoute(const OverviewRoute &route) { m_route = route; }
    const OverviewRoute &route() const { return m_route; }
    // Where batches record each change before sending it (the session's journal for the
    // identity in use); without one nothing is recorded.
    void setJournalProvider(journal::JournalProvider provider) { m_journal = std::move(provider); }
    std::shared_ptr<journal::ChangeJournal> journal() const
    {
        return m_journal ? m_journal() : nullptr;
    }

    // Starts again from nothing: the account list, then rows as the view asks for them.
    void load();
    void cancel();
    ListState listState() const { return m_listState; }
    const api::ApiError &listError() const { return m_listError; }
    int pagesLoaded() const { return m_pages; }
    // Whop has more accounts than MaxAccounts: only the first ones are listed.
    bool isCut() const { return m_cut; }

    int rowCount() const { return int(m_rows.size()); }
    const OverviewRow &row(int index) const { return m_rows.at(index); }
    int indexOf(const QString &accountId) const { return m_index.value(accountId, -1); }
    int count(OverviewRow::State state) const;

    // What rows are compared with: the global profile (user tokens) or, for an API key, the
    // key's own account. Empty until read.
    std::optional<ShownProfile> reference() const;
    OverviewRow::State referenceState() const;
    const api::ApiError &globalError() const { return m_globalError; }
    void retryGlobal();
    // Whether `field` of row `index` differs from the reference; false when either is unknown.
    bool differs(int index, ShownField field) const;
    // How many fields differ; -1 while the row or the reference is not read.
    int differingFields(int index) const;

    // The rows on screen, in the order to read them: missing ones are queued, queued ones that
    // left the screen are dropped from the queue again.
    void setVisibleRows(const QList<int> &rows);
    // Reads these rows whether on screen or not (a selection about to be changed).
    void ensureLoaded(const QList<int> &rows);
    void retryRow(int index);
    void retryFailed();
    // Reads rows again (after a batch, to show what they hold now).
    void reload(const QStringList &accountIds);
    // A PATCH answered with the profile the account now shows.
    void setShown(const QString &accountId, const api::User &user);

Q_SIGNALS:
    void rowsAppended(int first, int last);
    void rowChanged(int index);
    void referenceChanged();
    void listStateChanged();
    void aboutToReset();
    void reset();

private:
    void fetchPage(const QString &after);
    void loadGlobal();
    void queueRow(int index, bool urgent);
    void setRowState(int index, OverviewRow::State state);

    api::WhopClient *m_client;
    RequestScheduler *m_scheduler;
    OverviewRoute m_route;
    QList<OverviewRow> m_rows;
    QHash<QString, int> m_index;
    QSet<int> m_visible;
    QSet<int> m_pinned;
    ListState m_listState = ListState::Idle;
    api::ApiError m_listError;
    int m_pages = 0;
    bool m_cut = false;
    std::optional<ShownProfile> m_global;
    OverviewRow::State m_globalState = OverviewRow::State::NotLoaded;
    api::ApiError m_globalError;
    quint64 m_generation = 0;
    journal::JournalProvider m_journal;
};

} // namespace whop::overview
