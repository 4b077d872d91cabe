#include "overview/BatchPlan.h"

#include <QCoreApplication>

namespace whop::overview {

namespace {

ShownField shownFieldOf(profile::Field field)
{
    switch (field) {
    case profile::Field::Name:
        return ShownField::Name;
    case profile::Field::Username:
        return ShownField::Username;
    case profile::Field::Bio:
        return ShownField::Bio;
    }
    return ShownField::Name;
}

// The plan's texts, under one translation context.
class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(whop::overview::BatchPlan)
};

QString quoted(const QString &text)
{
    if (text.isEmpty())
        return PlanText::tr("(empty)");
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (line.size() > 60)
        line = line.left(59) + QChar(0x2026);
    return PlanText::tr("“%1”", "a value quoted in a sentence: the language's quotation marks")
        .arg(line);
}

} // namespace

bool BatchChoices::isEmpty() const
{
    return !picture && std::none_of(fields.begin(), fields.end(),
                                    [](const FieldChoice &c) { return c.enabled; });
}

QString fieldTitle(ShownField field)
{
    switch (field) {
    case ShownField::Name:
        return PlanText::tr("name");
    case ShownField::Username:
        return PlanText::tr("username");
    case ShownField::Bio:
        return PlanText::tr("bio");
    case ShownField::Picture:
        return PlanText::tr("picture");
    }
    return {};
}

QString describeChange(const FieldChange &change)
{
    if (change.field == ShownField::Picture)
        return PlanText::tr("picture → the new picture");
    return QStringLiteral("%1: %2 → %3")
        .arg(fieldTitle(change.field), quoted(change.from), quoted(change.to));
}

QString describeItem(const BatchItem &item)
{
    QStringList parts;
    for (const FieldChange &c : item.fieldChanges)
        parts << describeChange(c);
    return parts.join(QStringLiteral("; "));
}

QString batchLabel(const QList<BatchItem> &items)
{
    QStringList parts;
    for (profile::Field f : profile::AllFields) {
        std::optional<QString> value;
        bool same = true;
        for (const BatchItem &item : items) {
            const std::optional<QString> v = profile::changeOf(item.changes, f);
            if (!v)
                continue;
            if (!value)
                value = v;
            else if (*v != *value)
                same = false;
        }
        if (!value)
            continue;
        QString shown = value->simplified();
        if (shown.size() > 60)
            shown = shown.left(59) + QChar(0x2026);
        parts << (same ? QStringLiteral("%1 “%2”").arg(profile::fieldKey(f), shown)
                       : QStringLiteral("%1 (per account)").arg(profile::fieldKey(f)));
    }
    if (std::any_of(items.begin(), items.end(), [](const BatchItem &i) { return i.picture; }))
        parts << QStringLiteral("%1 (new)").arg(api::UserChanges::PictureKey);
    return QStringLiteral("%1 — %2 accounts")
        .arg(parts.join(QStringLiteral("; ")))
        .arg(items.size());
}

BatchPlan planBatch(const AccountOverview &overview, const QList<int> &rows,
                    const BatchChoices &choices)
{
    using State = OverviewRow::State;
    BatchPlan plan;
    // The value each chosen field gets, the same for every account.
    QList<std::pair<profile::Field, QString>> targets;
    for (profile::Field f : profile::AllFields) {
        const FieldChoice &choice = choices[f];
        if (!choice.enabled)
            continue;
        QString value;
        switch (choice.source) {
        case ValueSource::Typed:
            value = choice.text;
            break;
        case ValueSource::Global: {
            if (!overview.route().hasGlobal) {
                plan.problem =
                    PlanText::tr("An API key cannot read the global profile: type the value or "
                                 "take it from an account.");
                return plan;
            }
            const auto global = overview.reference();
            if (!global) {
                plan.problem = PlanText::tr("The global profile has not been read yet.");
                return plan;
            }
            value = global->values.value(f);
            break;
        }
        case ValueSource::Account: {
            const int source = overview.indexOf(choice.accountId);
            if (source < 0 || overview.row(source).state != State::Loaded) {
                plan.problem =
                    PlanText::tr("The account to take the %1 from has not been read yet.")
                        .arg(fieldTitle(shownFieldOf(f)));
                return plan;
            }
            value = overview.row(source).shown.values.value(f);
            break;
        }
        }
        value = profile::normalized(f, value);
        if (const QString why = profile::validationError(f, value); !why.isEmpty()) {
            plan.problem = QStringLiteral("%1: %2").arg(fieldTitle(shownFieldOf(f)), why);
            return plan;
        }
        targets.append({f, value});
    }

    for (int r : rows) {
        if (r < 0 || r >= overview.rowCount())
            continue;
        const OverviewRow &row = overview.row(r);
        if (row.state == State::Failed) {
            plan.unreadable << row.account.id;
            continue;
        }
        if (row.state != State::Loaded) {
            plan.notReady << row.account.id;
            continue;
        }
        BatchItem item{row.account, row.shown, {}, false, {}};
        for (const auto &[field, value] : targets) {
            const ShownField shown = shownFieldOf(field);
            const QString current = row.shown.values.value(field);
            if (sameValue(shown, current, value))
                continue;
            profile::setChange(&item.changes, field, value);
            item.fieldChanges.append({shown, current, value});
        }
        if (choices.picture) {
            // A new upload is a new file: every account's picture changes.
            item.picture = true;
            item.fieldChanges.append({ShownField::Picture, row.shown.pictureUrl.toString(), {}});
        }
        if (item.fieldChanges.isEmpty())
            plan.unchanged << row.account.id;
        else
            plan.items << item;
    }
    return plan;
}

BatchItem undoItem(const BatchItem &applied, const ShownProfile &now)
{
    BatchItem undo{applied.account, now, {}, false, {}};
    for (profile::Field f : profile::AllFields) {
        if (!profile::changeOf(applied.changes, f))
            continue;
        const QString before = applied.before.values.value(f);
        const QString current = now.values.value(f);
        if (sameValue(shownFieldOf(f), before, current))
            continue;
        profile::setChange(&undo.changes, f, before);
        undo.fieldChanges.append({shownFieldOf(f), current, before});
    }
    return undo;
}

} // namespace whop::overview
