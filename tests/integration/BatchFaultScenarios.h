#pragma once

// The fault matrix of "apply to many": what goes wrong while one change goes to 12 accounts, and
// what must hold whatever happens (tst_fault_matrix_batch.cpp checks it): every account ends
// applied, failed or not sent; Whop holds the change exactly where the person is told it was
// applied; a failed account says why in plain words; the table shows what each account holds;
// the change journal says the same about each account as the table (received exactly where
// applied), and when it cannot be written nothing is sent.

#include "sandbox/SandboxServer.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace whop::test::faults {

struct BatchScenario
{
    QString name;
    // Breaks things for the accounts of the batch (`ids`, in batch order).
    std::function<void(sandbox::SandboxServer &, const QStringList &ids)> arm;
    int expectFailed = 0;       // accounts that end failed
    QStringList words;          // plain words every failed account's result shows
    QString appliedWords;       // words the result of a recovered account shows (optional)
    int timeoutMs = 60'000;     // the client's per-attempt timeout
    bool cancelHalfway = false; // Escape/Cancel after a third has been answered
    bool journalFull = false;   // the change journal cannot be written: nothing may be sent
};

const std::vector<BatchScenario> &batchScenarios();

} // namespace whop::test::faults
