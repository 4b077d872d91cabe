#include "history/HistoryModel.h"

#include "history/HistoryText.h"

namespace whop::history {

namespace {

// An index's internal id names its row at every level: the shown entry, the child below it and
// the field below that (64-bit ids; see static_assert).
static_assert(sizeof(quintptr) >= 8, "History rows are named by 64-bit ids");
constexpr int LevelShift = 60;
constexpr int ChildShift = 24;
constexpr int FieldShift = 44;
constexpr quintptr TopMask = (quintptr(1) << ChildShift) - 1;
constexpr quintptr ChildMask = (quintptr(1) << (FieldShift - ChildShift)) - 1;
constexpr quintptr FieldMask = (quintptr(1) << (LevelShift - FieldShift)) - 1;

quintptr makeId(int level, int top, int child = 0, int field = 0)
{
    return (quintptr(level) << LevelShift) | quintptr(top) | (quintptr(child) << ChildShift) |
           (quintptr(field) << FieldShift);
}
int levelOf(quintptr id)
{
    return int(id >> LevelShift);
}
int topOf(quintptr id)
{
    return int(id & TopMask);
}
int childOf(quintptr id)
{
    return int((id >> ChildShift) & ChildMask);
}
int fieldOf(quintptr id)
{
    return int((id >> FieldShift) & FieldMask);
}

void addValues(QString *haystack, const journal::JournalChange &change)
{
    const journal::Intent &i = change.intent;
    QStringList parts{change.userId(), change.username(), i.accountId};
    for (const journal::FieldChange &f : change.fields()) {
        parts << f.sent << f.before.value_or(QString()) << f.held.value_or(QString());
    }
    if (change.answer)
        parts << change.answer->errorMessage;
    haystack->append(parts.join(QLatin1Char('\n')));
    haystack->append(QLatin1Char('\n'));
}

} // namespace

HistoryModel::HistoryModel(QObject *parent) : QAbstractItemModel(parent) {}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setEntries(QList<HistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_haystacks.clear();
    m_shown.clear();
    endResetModel();
    refilter();
}

void HistoryModel::setAccountTitles(std::function<QString(const QString &)> titleOf)
{
    m_titleOf = std::move(titleOf);
    m_haystacks.clear();
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_shown.size()) - 1, ColumnCount - 1));
}

QString HistoryModel::accountTitle(const QString &accountId) const
{
    return m_titleOf && !accountId.isEmpty() ? m_titleOf(accountId) : QString();
}

void HistoryModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
}

void HistoryModel::setOutcomeFilter(std::optional<Outcome> outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    refilter();
}

bool HistoryModel::textMatches(const QString &haystack) const
{
    return m_text.isEmpty() || haystack.contains(m_text, Qt::CaseInsensitive);
}

QString HistoryModel::accountHaystack(const HistoryAccount &account) const
{
    QString haystack =
        account.accountId + QLatin1Char('\n') + accountTitle(account.accountId) + QLatin1Char('\n');
    if (account.change)
        addValues(&haystack, *account.change);
    return haystack;
}

const QString &HistoryModel::haystackOf(int entry) const
{
    if (m_haystacks.size() != m_entries.size())
        m_haystacks = QList<QString>(m_entries.size());
    QString &haystack = m_haystacks[entry];
    if (!haystack.isEmpty())
        return haystack;
    const HistoryEntry &e = m_entries.at(entry);
    if (e.type == HistoryEntry::Type::Change) {
        haystack = accountTitle(e.change.intent.accountId) + QLatin1Char('\n');
        addValues(&haystack, e.change);
    } else {
        haystack = e.batch ? e.batch->label + QLatin1Char('\n') : QStringLiteral("\n");
        for (const HistoryAccount &a : e.accounts)
            haystack += accountHaystack(a);
    }
    return haystack;
}

void HistoryModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (int e = 0; e < m_entries.size(); ++e) {
        const HistoryEntry &entry = m_entries.at(e);
        if (!m_text.isEmpty() && !textMatches(haystackOf(e)))
            continue;
        if (entry.type == HistoryEntry::Type::Change) {
            if (!m_outcome || outcomeOf(entry.change.status()) == *m_outcome)
                m_shown.append(Shown{e, {}});
            continue;
        }
        // The batch's own words matching show every account (of the outcome asked for).
        const bool wholeBatch =
            m_text.isEmpty() || (entry.batch && textMatches(entry.batch->label));
        Shown shown{e, {}};
        for (int a = 0; a < entry.accounts.size(); ++a) {
            const HistoryAccount &account = entry.accounts.at(a);
            if (m_outcome && account.outcome() != *m_outcome)
                continue;
            if (wholeBatch || textMatches(accountHaystack(account)))
                shown.accounts << a;
        }
        if (!shown.accounts.isEmpty())
            m_shown.append(std::move(shown));
    }
    endResetModel();
}

HistoryModel::Node HistoryModel::node(const QModelIndex &index) const
{
    Node n;
    if (!index.isValid() || index.model() != this)
        return n;
    const quintptr id = index.internalId();
    const int top = topOf(id);
    if (top >= m_shown.size())
        return n;
    const Shown &shown = m_shown.at(top);
    n.entry = &m_entries.at(shown.entry);
    n.kind = Node::Kind::Entry;
    if (n.entry->type == HistoryEntry::Type::Change)
        n.change = &n.entry->change;
    const int level = levelOf(id);
    if (level == 0)
        return n;
    if (n.entry->type == HistoryEntry::Type::Change) {
        n.kind = Node::Kind::Field;
        n.field = childOf(id);
        return n;
    }
    n.account = &n.entry->accounts.at(shown.accounts.at(childOf(id)));
    n.change = n.account->change ? &*n.account->change : nullptr;
    n.kind = Node::Kind::Account;
    if (level == 2) {
        n.kind = Node::Kind::Field;
        n.field = fieldOf(id);
    }
    return n;
}

bool HistoryModel::restorable(const journal::JournalChange &change, int field)
{
    // Refused, or shown not to have arrived: it changed nothing, so nothing is put back.
    const journal::ChangeStatus s = change.status();
    if (s == journal::ChangeStatus::Refused || s == journal::ChangeStatus::DidNotArrive)
        return false;
    const QList<journal::FieldChange> fields = change.fields();
    if (field >= 0)
        return field < fields.size() && HistoryText::cannotRestore(fields.at(field)).isEmpty();
    return std::any_of(fields.begin(), fields.end(), [](const journal::FieldChange &f) {
        return HistoryText::cannotRestore(f).isEmpty();
    });
}

bool HistoryModel::isRestorable(const QModelIndex &index) const
{
    const Node n = node(index);
    switch (n.kind) {
    case Node::Kind::None:
        return false;
    case Node::Kind::Field:
    case Node::Kind::Account:
        return n.change && restorable(*n.change, n.field);
    case Node::Kind::Entry:
        if (n.change)
            return restorable(*n.change, -1);
        return std::any_of(n.entry->accounts.begin(), n.entry->accounts.end(),
                           [](const HistoryAccount &a) {
                               return a.change && a.change->arrived() && restorable(*a.change, -1);
                           });
    }
    return false;
}

bool HistoryModel::isOpen(const HistoryEntry &entry)
{
    return entry.type == HistoryEntry::Type::Batch && entry.count(Outcome::Unknown) > 0;
}

QModelIndex HistoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, makeId(0, row));
    const quintptr id = parent.internalId();
    if (levelOf(id) == 0)
        return createIndex(row, column, makeId(1, topOf(id), row));
    return createIndex(row, column, makeId(2, topOf(id), childOf(id), row));
}

QModelIndex HistoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    switch (levelOf(id)) {
    case 1:
        return createIndex(topOf(id), 0, makeId(0, topOf(id)));
    case 2:
        return createIndex(childOf(id), 0, makeId(1, topOf(id), childOf(id)));
    default:
        return {};
    }
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_shown.size());
    if (parent.column() != 0)
        return 0;
    const Node n = node(parent);
    switch (n.kind) {
    case Node::Kind::Entry:
        if (n.change)
            return int(n.change->fields().size());
        return int(m_shown.at(topOf(parent.internalId())).accounts.size());
    case Node::Kind::Account:
        return n.change ? int(n.change->fields().size()) : 0;
    case Node::Kind::Field:
    case Node::Kind::None:
        return 0;
    }
    return 0;
}

int HistoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

} // namespace whop::history
