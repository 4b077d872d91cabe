// What HistoryModel's rows say: the texts of each column, the details, the header.
#include "history/HistoryModel.h"
#include "history/HistoryText.h"

namespace whop::history {

QString HistoryModel::batchFields(const HistoryEntry &entry) const
{
    // Each field the batch sent: its value when every account got the same, else "per account".
    QStringList keys;
    QHash<QString, QString> value;
    QHash<QString, bool> same;
    for (const HistoryAccount &a : entry.accounts) {
        if (!a.change)
            continue;
        for (const journal::FieldChange &f : a.change->fields()) {
            if (!keys.contains(f.field)) {
                keys << f.field;
                value.insert(f.field, f.sent);
                same.insert(f.field, true);
            } else if (value.value(f.field) != f.sent) {
                same[f.field] = false;
            }
        }
    }
    QStringList parts;
    for (const QString &key : std::as_const(keys)) {
        const QString caption = HistoryText::fieldCaption(key);
        if (key == api::UserChanges::PictureKey)
            parts << HistoryText::tr("%1 → a new picture").arg(caption);
        else if (same.value(key))
            parts << QStringLiteral("%1 → %2").arg(caption, HistoryText::quoted(value.value(key)));
        else
            parts << HistoryText::tr("%1 (per account)").arg(caption);
    }
    return parts.join(QStringLiteral("; "));
}

QString HistoryModel::text(const Node &n, int column) const
{
    const HistoryEntry &e = *n.entry;
    if (n.kind == Node::Kind::Field) {
        const QList<journal::FieldChange> fields = n.change->fields();
        if (n.field >= fields.size())
            return {};
        const journal::FieldChange &f = fields.at(n.field);
        switch (column) {
        case ChangeColumn:
            return HistoryText::fieldCaption(f.field);
        case FieldsColumn:
            return HistoryText::fieldChange(f, false);
        case OutcomeColumn:
            return HistoryText::cannotRestore(f);
        default:
            return {};
        }
    }
    if (n.kind == Node::Kind::Account) {
        switch (column) {
        case WhenColumn:
            return n.change ? HistoryText::when(n.change->intent.at) : QString();
        case ProfileColumn:
            return HistoryText::profile(n.account->accountId, accountTitle(n.account->accountId));
        case FieldsColumn:
            return n.change ? HistoryText::fields(*n.change) : QString();
        case OutcomeColumn:
            return n.change ? HistoryText::outcome(*n.change)
                            : HistoryText::outcome(Outcome::NotSent);
        default:
            return {};
        }
    }
    if (e.type == HistoryEntry::Type::Change) {
        const journal::Intent &i = e.change.intent;
        switch (column) {
        case WhenColumn:
            return HistoryText::when(e.at);
        case ChangeColumn:
            return HistoryText::kind(i.kind, false);
        case ProfileColumn:
            return HistoryText::profile(i.accountId, accountTitle(i.accountId));
        case FieldsColumn:
            return HistoryText::fields(e.change);
        case OutcomeColumn:
            return HistoryText::outcome(e.change);
        default:
            return {};
        }
    }
    switch (column) {
    case WhenColumn:
        return HistoryText::when(e.at);
    case ChangeColumn: {
        journal::ChangeKind k = journal::ChangeKind::Batch;
        if (e.batch)
            k = e.batch->kind;
        else if (!e.accounts.isEmpty() && e.accounts.first().change)
            k = e.accounts.first().change->intent.kind;
        return HistoryText::kind(k, true);
    }
    case ProfileColumn:
        return HistoryText::tr("%n account(s)", nullptr, int(e.accounts.size()));
    case FieldsColumn:
        return batchFields(e);
    case OutcomeColumn:
        return HistoryText::batchOutcome(e);
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const Node n = node(index);
    if (n.kind == Node::Kind::None)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(n, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FieldsColumn)
            return data(index, DetailsRole);
        return text(n, index.column());
    case DetailsRole:
        if (n.kind == Node::Kind::Entry && !n.change)
            return HistoryText::details(*n.entry);
        if (!n.change)
            return HistoryText::tr("Not sent to %1")
                .arg(
                    HistoryText::profile(n.account->accountId, accountTitle(n.account->accountId)));
        return HistoryText::details(*n.change, accountTitle(n.change->intent.accountId));
    case RestorableRole:
        return isRestorable(index);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return HistoryText::tr("When");
    case ChangeColumn:
        return HistoryText::tr("Change");
    case ProfileColumn:
        return HistoryText::tr("Profile");
    case FieldsColumn:
        return HistoryText::tr("Before → after");
    case OutcomeColumn:
        return HistoryText::tr("Outcome");
    default:
        return {};
    }
}

} // namespace whop::history
