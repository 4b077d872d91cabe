#pragma once

// The fault matrix: what goes wrong, and what the person must see. Each scenario runs for a load,
// for a save's PATCH and for the re-read before it (FaultScenarios.cpp lists them;
// tst_fault_matrix.cpp runs them).

#include "FaultRig.h"

#include <vector>

namespace whop::test::faults {

enum class Phase
{
    Load,
    Save,  // the fault hits the save's PATCH
    Check, // the fault hits the save's re-read of the profile (GET), just before the PATCH
};

enum class Outcome
{
    Fails,      // the request fails; the banner names the problem
    FieldError, // the request fails; the message is shown beside `field`
    Recovers,   // the client retries on its own and succeeds; the status line said why it waited
};

// What happened while a scenario ran, for the scenario's own extra checks.
struct Observed
{
    QList<int> retryDelaysMs;
    api::ApiError error;
    qint64 elapsedMs = 0;
};

struct Scenario
{
    QString name;
    std::function<void(Rig &)> arm;
    api::ErrorKind kind = api::ErrorKind::None; // the final error, or what the retry was about
    QStringList words;                          // plain words the person must see
    Outcome onLoad = Outcome::Fails;
    Outcome onSave = Outcome::Fails;
    profile::Field field = profile::Field::Name;        // for FieldError
    std::function<void(Rig &, const Observed &)> check; // optional
};

const std::vector<Scenario> &scenarios();

} // namespace whop::test::faults
