#pragma once

#include "overview/AccountOverview.h"

#include <QAbstractTableModel>
#include <QHash>

namespace whop::avatar {
class LogoCache;
}

namespace whop::overview {

// The overview as a table: one row per account (logo and title), one column per field with
// the value that account shows ("inherits: …" when it is the global one), and the row's state.
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AccountColumn,
        NameColumn,
        UsernameColumn,
        BioColumn,
        PictureColumn,
        StatusColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role
    {
        AccountIdRole = Qt::UserRole + 1,
        StateRole,       // OverviewRow::State as int
        DifferingRole,   // differing fields, -1 unknown
        SearchRole,      // title and id
        ResultStateRole, // ResultState as int
    };
    // The outcome of the last batch for a row.
    enum class ResultState
    {
        None,
        Pending,
        Applied,
        Failed,
        NotSent,
        Unchanged
    };

    explicit OverviewModel(AccountOverview *overview, avatar::LogoCache *logos = nullptr,
                           QObject *parent = nullptr);

    AccountOverview *overview() const { return m_overview; }
    void setResult(const QString &accountId, ResultState state, const QString &text);
    void clearResults();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static ShownField fieldOf(int column);
    // The text a cell shows for one field of a read row.
    QString fieldText(int row, ShownField field) const;
    QString statusText(int row) const;

private:
    QVariant decoration(int row, int column) const;
    // What a cell says; `full`: the whole value (its tooltip), not the one line shown.
    QString cellText(int row, int column, bool full) const;
    void onLogo(const QUrl &url);

    AccountOverview *m_overview;
    avatar::LogoCache *m_logos;
    QHash<QString, QPair<ResultState, QString>> m_results;
};

} // namespace whop::overview
