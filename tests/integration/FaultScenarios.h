#pragma once

// The fault matrix: what goes wrong, and what the person must see. Each scenario runs for a load,
// for a save's PATCH and for the re-read before it (FaultScenarios.cpp lists them;
// tst_fault_matrix.cpp runs them). The username check's and the conflicts' scenarios are listed in
// FaultCheckScenarios.cpp.

#include "integration/FaultRig.h"

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

// A Fault::Kind::Status answer with `body` and `headers`, for the scenarios' lists.
sandbox::Fault statusFault(int status, const QByteArray &body = {},
                           const sandbox::HeaderList &headers = {});

// The live username check under faults (tst_fault_matrix_checks.cpp): the person types a new
// username that the check cannot answer well; the line under the field must say so in plain
// words, the event loop must not stall, and Save must work all the same.
struct CheckScenario
{
    QString name;
    std::function<void(Rig &)> arm; // before the person types; check requests are to /users/check-
    QStringList words;              // what the line under the field ends up saying
    int maxRequests = 1;            // check requests the server may see for the typed name
    bool saveWhileChecking = false; // Ctrl+S while the check still runs
};
const std::vector<CheckScenario> &checkScenarios();

// A save that meets a change made elsewhere (the name in both places, the bio only there) while
// something fails: the re-read before the PATCH, or the PATCH after the person chose.
struct ConflictScenario
{
    QString name;
    std::function<void(Rig &)> arm;
    bool onReRead = true; // else: the PATCH after the choice
    api::ErrorKind kind = api::ErrorKind::None;
    QStringList words; // in the banner, or beside `field` when fieldError
    bool fieldError = false;
    profile::Field field = profile::Field::Name;
};
const std::vector<ConflictScenario> &conflictScenarios();

} // namespace whop::test::faults
