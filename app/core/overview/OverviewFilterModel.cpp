#include "overview/OverviewFilterModel.h"

#include "overview/AccountOverview.h"
#include "overview/OverviewModel.h"

namespace whop::overview {

OverviewFilterModel::OverviewFilterModel(AccountOverview *overview, QObject *parent)
    : QSortFilterProxyModel(parent), m_overview(overview)
{
    setDynamicSortFilter(true);
    setSortRole(OverviewModel::DifferingRole);
}

void OverviewFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    invalidateFilter();
}

void OverviewFilterModel::setOrder(Order order)
{
    m_order = order;
    if (order == Order::List) {
        sort(-1);
        return;
    }
    // Comparing needs every row read: those not on screen are read too.
    QList<int> all;
    for (int i = 0; i < m_overview->rowCount(); ++i)
        all << i;
    m_overview->ensureLoaded(all);
    sort(0, Qt::AscendingOrder);
}

bool OverviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_filter.isEmpty())
        return true;
    const auto &account = m_overview->row(sourceRow).account;
    return account.title.contains(m_filter, Qt::CaseInsensitive) ||
           account.id.contains(m_filter, Qt::CaseInsensitive);
}

bool OverviewFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int a = m_overview->differingFields(left.row());
    const int b = m_overview->differingFields(right.row());
    if (a != b)
        return a > b; // more differences first; unknown (-1) last
    return left.row() < right.row();
}

void OverviewFilterModel::setVisibleRange(int first, int last)
{
    m_first = first;
    m_last = last;
    QList<int> proxyRows;
    if (first >= 0) {
        for (int r = first; r <= last && r < rowCount(); ++r)
            proxyRows << r;
    }
    m_overview->setVisibleRows(sourceRows(proxyRows));
}

QList<int> OverviewFilterModel::sourceRows(const QList<int> &proxyRows) const
{
    QList<int> rows;
    for (int r : proxyRows) {
        const QModelIndex source = mapToSource(index(r, 0));
        if (source.isValid())
            rows << source.row();
    }
    return rows;
}

} // namespace whop::overview
