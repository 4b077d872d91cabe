#pragma once

#include "history/HistoryEntries.h"

#include <QAbstractItemModel>

#include <functional>
#include <optional>

namespace whop::history {

// The change journal as a tree for a History window, newest first: each change on its own row
// with its fields below it; each batch on one row, its accounts below it, and each account's
// fields below that. Filtered by text (user, account and field values) and by outcome without
// re-reading the journal.
class HistoryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        ChangeColumn,
        ProfileColumn,
        FieldsColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role
    {
        DetailsRole = Qt::UserRole + 1, // everything about the row, on several lines
        RestorableRole,                 // bool: something of it can be put back
    };
    // What a row stands for.
    struct Node
    {
        enum class Kind
        {
            None,
            Entry,   // a change or a batch
            Account, // an account of a batch
            Field,   // a field of a change
        };
        Kind kind = Kind::None;
        const HistoryEntry *entry = nullptr;
        const HistoryAccount *account = nullptr;        // Account, and Field under an account
        const journal::JournalChange *change = nullptr; // the change the row is about, if one
        int field = -1;                                 // Field: index into change->fields()
    };

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    // Shows `entries` (newest first, historyEntries()), replacing what was shown.
    void setEntries(QList<HistoryEntry> entries);
    // Names accounts (from their id) where a name is known.
    void setAccountTitles(std::function<QString(const QString &)> titleOf);
    QString accountTitle(const QString &accountId) const;

    // Rows whose user, account, batch or field values contain `text` (case-insensitive).
    void setTextFilter(const QString &text);
    // Rows with this outcome (a batch: the accounts with it); nullopt: every outcome.
    void setOutcomeFilter(std::optional<Outcome> outcome);
    int entryCount() const { return int(m_entries.size()); }
    int shownCount() const { return int(m_shown.size()); }

    Node node(const QModelIndex &index) const;
    // Whether the field, change, account or batch at `index` has something to put back.
    bool isRestorable(const QModelIndex &index) const;
    // A batch (or an account of one) with a change whose outcome is not known.
    static bool isOpen(const HistoryEntry &entry);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Shown
    {
        int entry;
        QList<int> accounts; // Batch: the accounts shown
    };
    void refilter();
    bool textMatches(const QString &haystack) const;
    const QString &haystackOf(int entry) const;
    QString accountHaystack(const HistoryAccount &account) const;
    QString text(const Node &node, int column) const;
    QString batchFields(const HistoryEntry &entry) const;
    static bool restorable(const journal::JournalChange &change, int field);

    QList<HistoryEntry> m_entries;
    QList<Shown> m_shown;
    std::function<QString(const QString &)> m_titleOf;
    QString m_text; // lower case
    std::optional<Outcome> m_outcome;
    mutable QList<QString> m_haystacks; // per entry, lower case, made when first filtered
};

} // namespace whop::history
