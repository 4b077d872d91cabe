// What BatchRun says about each account and the whole run, for the list and the status line.
#include "overview/BatchRun.h"

namespace whop::overview {

QString BatchRun::resultText(int i) const
{
    const QString what = describeItem(m_items.at(i));
    switch (m_states.at(i)) {
    case ItemState::Pending:
        return tr("Waiting: %1").arg(what);
    case ItemState::Sending:
        return tr("Sending: %1").arg(what);
    case ItemState::Applied:
        if (m_confirmed.at(i))
            return tr("Applied (its answer was lost; reading the account again showed the "
                      "change): %1")
                .arg(what);
        return m_kind == Kind::Undo ? tr("Restored: %1").arg(what) : tr("Applied: %1").arg(what);
    case ItemState::Failed:
        return tr("Failed: %1").arg(m_errors.at(i).userMessage());
    case ItemState::NotSent:
        return tr("Not sent (cancelled)");
    }
    return {};
}

QString BatchRun::outcomeText(int i) const
{
    switch (m_states.at(i)) {
    case ItemState::Pending:
        return tr("Waiting");
    case ItemState::Sending:
        return tr("Sending…");
    case ItemState::Applied:
        if (m_confirmed.at(i))
            return tr("Applied (confirmed by reading it again)");
        return m_kind == Kind::Undo ? tr("Restored") : tr("Applied");
    case ItemState::Failed:
        return tr("Failed: %1").arg(m_errors.at(i).userMessage());
    case ItemState::NotSent:
        return tr("Not sent (cancelled)");
    }
    return {};
}

QString BatchRun::summary() const
{
    const int applied = count(ItemState::Applied);
    const int failed = count(ItemState::Failed);
    const int notSent = count(ItemState::NotSent);
    QStringList parts;
    parts << (m_kind == Kind::Undo ? tr("%n account(s) restored", nullptr, applied)
                                   : tr("%n account(s) changed", nullptr, applied));
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    if (notSent > 0)
        parts << tr("%n not sent", nullptr, notSent);
    const int open = total() - applied - failed - notSent;
    if (open > 0)
        parts << tr("%n to go", nullptr, open);
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

} // namespace whop::overview
