// What a Restorer says about each profile and the whole restore, for lists and status lines.
#include "history/HistoryText.h"
#include "history/Restorer.h"

namespace whop::history {

QString Restorer::describe(int i) const
{
    const RestoreTarget &t = m_plan.targets.at(i);
    QStringList parts;
    for (const RestoreField &f : t.fields) {
        const QString caption = HistoryText::fieldCaption(profile::fieldKey(f.field));
        parts << (f.written
                      ? QStringLiteral("%1: %2 → %3")
                            .arg(caption, HistoryText::quoted(*f.written),
                                 HistoryText::quoted(f.wanted))
                      : QStringLiteral("%1 → %2").arg(caption, HistoryText::quoted(f.wanted)));
    }
    if (!t.pictureFileId.isEmpty())
        parts << tr("picture → the earlier one set here");
    return parts.join(QStringLiteral("; "));
}

QString Restorer::outcomeText(int i) const
{
    switch (m_states.at(i)) {
    case State::Waiting:
        return tr("Waiting");
    case State::Reading:
        return tr("Reading it again…");
    case State::Sending:
        return tr("Sending…");
    case State::Restored:
        return m_plan.kind == journal::ChangeKind::Batch ? tr("Applied") : tr("Restored");
    case State::AlreadyThere:
        return tr("Already as wanted: nothing sent");
    case State::Conflict:
        return tr("Changed on Whop since: waiting for your choice");
    case State::KeptTheirs:
        return tr("Changed on Whop since: kept as it is there");
    case State::Failed:
        return tr("Failed: %1").arg(m_errors.at(i).userMessage());
    case State::NotSent:
        return tr("Not sent (cancelled)");
    }
    return {};
}

QString Restorer::summary() const
{
    QStringList parts;
    const int done = count(State::Restored);
    parts << (m_plan.kind == journal::ChangeKind::Batch
                  ? tr("%n account(s) changed", nullptr, done)
                  : tr("%n account(s) restored", nullptr, done));
    if (const int n = count(State::AlreadyThere))
        parts << tr("%n already as wanted", nullptr, n);
    if (const int n = count(State::KeptTheirs))
        parts << tr("%n kept as changed on Whop", nullptr, n);
    if (const int n = count(State::Conflict))
        parts << tr("%n changed on Whop since: waiting for your choice", nullptr, n);
    if (const int n = count(State::Failed))
        parts << tr("%n failed", nullptr, n);
    if (const int n = count(State::NotSent))
        parts << tr("%n not sent", nullptr, n);
    const int open = count(State::Waiting) + count(State::Reading) + count(State::Sending);
    if (open > 0)
        parts << tr("%n to go", nullptr, open);
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

} // namespace whop::history
