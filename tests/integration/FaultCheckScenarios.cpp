// The fault matrix's username-check and conflict scenarios (declared in FaultScenarios.h).

#include "integration/FaultScenarios.h"

#include <QTest>

namespace whop::test::faults {

namespace {

using api::ErrorKind;
using sandbox::Fault;

Fault forMethod(Fault f, const char *method, const QString &pathContains = {})
{
    f.method = method;
    f.pathContains = pathContains;
    return f;
}

std::vector<CheckScenario> buildChecks()
{
    const QString checks = QStringLiteral("/users/check-");
    const auto checkFault = [checks](Fault f, int count = 100) {
        return [f, count, checks](Rig &rig) {
            rig.server()->injectFault(forMethod(f, "GET", checks), count);
        };
    };
    const QString couldNot = QStringLiteral("Could not check");
    const QString whopTells = QStringLiteral("Whop will tell when you save");
    std::vector<CheckScenario> s;
    s.push_back({QStringLiteral("slow check, Save meanwhile"),
                 checkFault(makeFault(Fault::Kind::Delay, 200, 2000)),
                 {QStringLiteral("Checking whether")},
                 1,
                 true});
    s.push_back({QStringLiteral("slow check, answered"),
                 checkFault(makeFault(Fault::Kind::Delay, 200, 1200)),
                 {QStringLiteral("is available")}});
    s.push_back({QStringLiteral("check timing out"),
                 [checkFault](Rig &rig) {
                     auto settings = rig.editor()->usernameChecker()->settings();
                     settings.timeoutMs = 500;
                     rig.editor()->usernameChecker()->setSettings(settings);
                     checkFault(makeFault(Fault::Kind::Delay, 200, 5000))(rig);
                 },
                 {couldNot, whopTells}});
    s.push_back({QStringLiteral("failing check (500)"),
                 checkFault(statusFault(500)),
                 {couldNot, whopTells}});
    // Qt sends a GET once more by itself when a kept-alive connection closes without an answer.
    s.push_back({QStringLiteral("failing check (connection dropped)"),
                 checkFault(makeFault(Fault::Kind::Drop, 200)),
                 {couldNot, whopTells},
                 2});
    s.push_back({QStringLiteral("failing check (not JSON)"),
                 checkFault(makeFault(Fault::Kind::Html, 200)),
                 {couldNot, whopTells}});
    s.push_back({QStringLiteral("rate-limited check (429, Retry-After 60)"),
                 checkFault(statusFault(429, {}, {{"Retry-After", "60"}})),
                 {QStringLiteral("too many checks"), whopTells}});
    s.push_back({QStringLiteral("over the app's own cap"),
                 [](Rig &rig) {
                     // One check a minute, and it has been used.
                     auto *checker = rig.editor()->usernameChecker();
                     auto settings = checker->settings();
                     settings.maxChecksPerWindow = 1;
                     checker->setSettings(settings);
                     rig.editor()->setValue(profile::Field::Username, QStringLiteral("warm-up"));
                     checker->checkNow();
                     QTRY_VERIFY(!checker->isRunning());
                 },
                 {QStringLiteral("too many checks"), whopTells},
                 0});
    return s;
}

std::vector<ConflictScenario> buildConflicts()
{
    const auto users = QStringLiteral("/users/");
    const auto inject = [users](Fault f, const char *method, int count = 100) {
        return [f, method, count, users](Rig &rig) {
            rig.useFaultTiming();
            rig.server()->injectFault(forMethod(f, method, users), count);
        };
    };
    std::vector<ConflictScenario> s;
    s.push_back({QStringLiteral("re-read times out"),
                 inject(makeFault(Fault::Kind::Delay, 200, 5000), "GET"),
                 true,
                 ErrorKind::Timeout,
                 {QStringLiteral("did not answer in time")}});
    s.push_back({QStringLiteral("re-read gets 503"),
                 inject(statusFault(503), "GET"),
                 true,
                 ErrorKind::Server,
                 {QStringLiteral("problem on its side")}});
    s.push_back({QStringLiteral("re-read loses the connection"),
                 inject(makeFault(Fault::Kind::Drop, 200), "GET"),
                 true,
                 ErrorKind::Offline,
                 {QStringLiteral("Could not reach Whop")}});
    s.push_back({QStringLiteral("re-read rate limited"),
                 inject(statusFault(429, {}, {{"Retry-After", "120"}}), "GET", 1),
                 true,
                 ErrorKind::RateLimited,
                 {QStringLiteral("Too many requests")}});
    s.push_back({QStringLiteral("PATCH after the choice gets 503"),
                 inject(statusFault(503), "PATCH"),
                 false,
                 ErrorKind::Server,
                 {QStringLiteral("problem on its side")}});
    s.push_back({QStringLiteral("PATCH after the choice times out"),
                 inject(makeFault(Fault::Kind::Delay, 200, 5000), "PATCH"),
                 false,
                 ErrorKind::Timeout,
                 {QStringLiteral("did not answer in time")}});
    s.push_back({QStringLiteral("PATCH after the choice: name refused (422)"),
                 inject(statusFault(422, R"({"error":{"type":"invalid_request_error",)"
                                         R"("code":"invalid_parameter","param":"name",)"
                                         R"("message":"That name is not allowed."}})"),
                        "PATCH", 1),
                 false,
                 ErrorKind::Validation,
                 {QStringLiteral("not allowed")},
                 true,
                 profile::Field::Name});
    return s;
}

} // namespace

const std::vector<CheckScenario> &checkScenarios()
{
    static const std::vector<CheckScenario> all = buildChecks();
    return all;
}

const std::vector<ConflictScenario> &conflictScenarios()
{
    static const std::vector<ConflictScenario> all = buildConflicts();
    return all;
}

} // namespace whop::test::faults
