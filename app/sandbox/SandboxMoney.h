#pragma once

// The money a self view of a User carries, in the shapes Whop's official TypeScript SDK types
// them (@whop/sdk 0.0.42, src/resources/users.ts: User, UserBalance, User.EarningsUsd,
// User.BalanceHistory): the nested `balance`, `earnings_usd` and the opt-in `balance_history`.

#include "sandbox/SandboxData.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QUrlQuery>

namespace whop::sandbox::data {

// The stored balance (nested, or made from an old flat `total_usd`); empty when none.
QJsonObject storedBalance(const QJsonObject &stored);

// The nested `balance` with every field UserBalance has: the stored totals, and the per-currency
// `cash`, per-token `crypto` and `businesses` lists made from them when not stored.
QJsonObject nestedBalance(const QJsonObject &stored);

// `earnings_usd`: the stored one, or zero earnings (the user earned nothing yet).
QJsonObject earnings(const QJsonObject &stored);

// Adds `balance_history` to `user` (a self view answering GET) when the query asks for it with
// include_balance_history=true, from its `from`, `to` and `interval`; refuses a malformed one.
// `time_zone` is accepted and ignored: the sandbox's points fall on UTC steps from `from`.
ApiError addBalanceHistory(QJsonObject *user, const QJsonObject &stored, const QUrlQuery &query);

} // namespace whop::sandbox::data
