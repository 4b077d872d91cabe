#include "overview/OverviewModel.h"

#include "avatar/LogoCache.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace whop::overview {

using RowState = OverviewRow::State;

namespace {
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}
} // namespace

OverviewModel::OverviewModel(AccountOverview *overview, avatar::LogoCache *logos, QObject *parent)
    : QAbstractTableModel(parent), m_overview(overview), m_logos(logos)
{
    connect(overview, &AccountOverview::aboutToReset, this, [this] { beginResetModel(); });
    connect(overview, &AccountOverview::reset, this, [this] {
        m_results.clear();
        endResetModel();
    });
    connect(overview, &AccountOverview::rowsAppended, this, [this](int first, int last) {
        beginInsertRows({}, first, last);
        endInsertRows();
    });
    connect(overview, &AccountOverview::rowChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    // Every "inherits" and every comparison depends on the reference.
    connect(overview, &AccountOverview::referenceChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    if (m_logos)
        connect(m_logos, &avatar::LogoCache::logoReady, this, &OverviewModel::onLogo);
}

void OverviewModel::setResult(const QString &accountId, ResultState state, const QString &text)
{
    m_results.insert(accountId, {state, text});
    const int row = m_overview->indexOf(accountId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, ResultColumn), index(row, ResultColumn));
}

void OverviewModel::clearResults()
{
    m_results.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ResultColumn), index(rowCount() - 1, ResultColumn));
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_overview->rowCount();
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ShownField OverviewModel::fieldOf(int column)
{
    switch (column) {
    case UsernameColumn:
        return ShownField::Username;
    case BioColumn:
        return ShownField::Bio;
    case PictureColumn:
        return ShownField::Picture;
    default:
        return ShownField::Name;
    }
}

QString OverviewModel::fieldText(int row, ShownField field) const
{
    const OverviewRow &r = m_overview->row(row);
    if (r.state != RowState::Loaded)
        return {};
    const QString value = shownValue(r.shown, field);
    const auto ref = m_overview->reference();
    const bool inherits = m_overview->route().hasGlobal && ref && !m_overview->differs(row, field);
    if (field == ShownField::Picture) {
        if (value.isEmpty())
            return inherits ? tr("inherits: no picture") : tr("no picture");
        return inherits ? tr("inherits the global picture") : tr("own picture");
    }
    const QString shown = value.isEmpty() ? tr("(empty)") : oneLine(value);
    return inherits ? tr("inherits: %1").arg(shown) : shown;
}

QString OverviewModel::statusText(int row) const
{
    const OverviewRow &r = m_overview->row(row);
    switch (r.state) {
    case RowState::NotLoaded:
        return tr("Not loaded");
    case RowState::Queued:
        return tr("Waiting…");
    case RowState::Loading:
        return tr("Loading…");
    case RowState::Loaded: {
        const int n = m_overview->differingFields(row);
        if (n < 0)
            return tr("Loaded");
        if (n == 0)
            return m_overview->route().hasGlobal ? tr("Same as global") : tr("Same as reference");
        return m_overview->route().hasGlobal ? tr("%n field(s) differ from global", nullptr, n)
                                             : tr("%n field(s) differ", nullptr, n);
    }
    case RowState::Failed:
        return tr("Failed: %1 (Retry: Ctrl+R)").arg(r.error.userMessage());
    }
    return {};
}

QVariant OverviewModel::decoration(int row, int column) const
{
    if (!m_logos)
        return {};
    const OverviewRow &r = m_overview->row(row);
    QUrl url;
    if (column == AccountColumn)
        url = r.account.logoUrl;
    else if (column == PictureColumn && r.state == RowState::Loaded)
        url = r.shown.pictureUrl;
    if (url.isEmpty())
        return {};
    if (m_logos->contains(url))
        return m_logos->logo(url);
    m_logos->request(url); // once per URL; logoReady repaints the cells that show it
    return {};
}

void OverviewModel::onLogo(const QUrl &url)
{
    for (int i = 0; i < m_overview->rowCount(); ++i) {
        const OverviewRow &r = m_overview->row(i);
        if (r.account.logoUrl == url)
            Q_EMIT dataChanged(index(i, AccountColumn), index(i, AccountColumn),
                               {Qt::DecorationRole});
        if (r.shown.pictureUrl == url)
            Q_EMIT dataChanged(index(i, PictureColumn), index(i, PictureColumn),
                               {Qt::DecorationRole});
    }
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_overview->rowCount())
        return {};
    const int row = index.row();
    const OverviewRow &r = m_overview->row(row);
    switch (role) {
    case AccountIdRole:
        return r.account.id;
    case StateRole:
        return int(r.state);
    case DifferingRole:
        return m_overview->differingFields(row);
    case SearchRole:
        return QStringLiteral("%1 %2").arg(r.account.title, r.account.id);
    case ResultStateRole:
        return int(m_results.value(r.account.id).first);
    case Qt::DecorationRole:
        return decoration(row, index.column());
    default:
        break;
    }
    if (role == Qt::ToolTipRole) {
        // Names and bios come from outside: a tooltip would take "<b>" as markup.
        const QString text = cellText(row, index.column(), true);
        return text.isEmpty() ? QVariant() : QVariant(Qt::convertFromPlainText(text));
    }
    if (role != Qt::DisplayRole)
        return {};
    return cellText(row, index.column(), false);
}

QString OverviewModel::cellText(int row, int column, bool full) const
{
    const OverviewRow &r = m_overview->row(row);
    switch (column) {
    case AccountColumn:
        return full ? QStringLiteral("%1\n%2").arg(r.account.title, r.account.id) : r.account.title;
    case StatusColumn:
        return statusText(row);
    case ResultColumn:
        return m_results.value(r.account.id).second;
    default: {
        const ShownField field = fieldOf(column);
        if (full && r.state == RowState::Loaded && field != ShownField::Picture)
            return shownValue(r.shown, field);
        return fieldText(row, field);
    }
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("Username");
    case BioColumn:
        return tr("Bio");
    case PictureColumn:
        return tr("Picture");
    case StatusColumn:
        return tr("Status");
    case ResultColumn:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace whop::overview
