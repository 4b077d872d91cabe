#pragma once

#include <QSortFilterProxyModel>

namespace whop::overview {

class AccountOverview;

// The overview as the person narrows it: rows whose title or id contains the filter text, in
// list order or with the accounts that differ most from the global profile first. Tells the
// overview which rows are on screen, so that only those are read.
class OverviewFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Order
    {
        List,         // as GET /accounts lists them
        DiffersFirst, // most differing fields first; rows not read yet last
    };

    explicit OverviewFilterModel(AccountOverview *overview, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    void setOrder(Order order);
    Order order() const { return m_order; }
    // The rows the view shows, as rows of this model (inclusive; -1 for none).
    void setVisibleRange(int first, int last);
    // Source rows of these rows of this model.
    QList<int> sourceRows(const QList<int> &proxyRows) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AccountOverview *m_overview;
    QString m_filter;
    Order m_order = Order::List;
    int m_first = -1;
    int m_last = -1;
};

} // namespace whop::overview
