#include "integration/BatchFaultScenarios.h"

#include "common/SandboxFixture.h"

namespace whop::test::faults {

namespace {

using sandbox::Fault;
constexpr int Always = 3; // the first attempt and both retries
// Qt sends a request again by itself when a kept-alive connection closes without an answer.
constexpr int Persistent = 100;

std::function<void(sandbox::SandboxServer &, const QStringList &)>
onAccounts(Fault fault, const QList<int> &which, int count)
{
    return [fault, which, count](sandbox::SandboxServer &server, const QStringList &ids) {
        for (int i : which) {
            Fault f = fault;
            f.method = "PATCH";
            f.queryContains = QStringLiteral("account_id=") + ids.at(i);
            server.injectFault(f, count);
        }
    };
}

Fault status(int code, const QByteArray &body = {})
{
    Fault f = makeFault(Fault::Kind::Status, code);
    f.body = body;
    return f;
}

BatchScenario make(const QString &name,
                   std::function<void(sandbox::SandboxServer &, const QStringList &)> arm,
                   int failed, const QStringList &words, const QString &appliedWords = {},
                   int timeoutMs = 60'000, bool cancelHalfway = false)
{
    return BatchScenario{name,         std::move(arm), failed,       words,
                         appliedWords, timeoutMs,      cancelHalfway};
}

std::vector<BatchScenario> build()
{
    std::vector<BatchScenario> s;
    s.push_back(make(QStringLiteral("500 on two accounts"), onAccounts(status(500), {2, 5}, Always),
                     2, {QStringLiteral("Whop had a problem"), QStringLiteral("500")}));
    s.push_back(
        make(QStringLiteral("500 once, then fine"), onAccounts(status(500), {2, 5}, 1), 0, {}));
    s.push_back(make(QStringLiteral("connection closed before Whop saw it"),
                     onAccounts(makeFault(Fault::Kind::Drop), {4}, Persistent), 1,
                     {QStringLiteral("Could not reach Whop")}));
    s.push_back(make(QStringLiteral("answer lost after Whop applied it"),
                     onAccounts(makeFault(Fault::Kind::DropMidResponse, 200), {4, 9}, Always), 0,
                     {}, QStringLiteral("answer was lost")));
    s.push_back(make(QStringLiteral("answer cut short after Whop applied it"),
                     onAccounts(makeFault(Fault::Kind::Truncate, 200), {7}, 1), 0, {},
                     QStringLiteral("answer was lost")));
    s.push_back(make(QStringLiteral("timeout while Whop applies it"),
                     onAccounts(makeFault(Fault::Kind::Delay, 200, 1500), {6}, Always), 0, {},
                     QStringLiteral("answer was lost"), 500));
    s.push_back(make(QStringLiteral("422: Whop refuses the value for one account"),
                     onAccounts(status(422, R"({"error":{"type":"invalid_request_error","code":)"
                                            R"("invalid_name","message":"That name is reserved )"
                                            R"(in this account.","param":"name"}})"),
                                {3}, 1),
                     1, {QStringLiteral("reserved in this account")}));
    s.push_back(make(QStringLiteral("403: no rights on one account"),
                     onAccounts(status(403), {8}, 1), 1, {QStringLiteral("permission")}));
    s.push_back(make(QStringLiteral("401 on every account"), onAccounts(status(401), {}, 0), 12,
                     {QStringLiteral("sign-in")}));
    s.back().arm = [](sandbox::SandboxServer &server, const QStringList &) {
        Fault f = status(401);
        f.method = "PATCH";
        server.injectFault(f, 100);
    };
    s.push_back(make(QStringLiteral("429 storm"),
                     [](sandbox::SandboxServer &server, const QStringList &) {
                         Fault f = status(429);
                         f.method = "PATCH";
                         f.headers = {{"Retry-After", "1"}};
                         server.injectFault(f, 10);
                     },
                     0, {}));
    s.push_back(make(
        QStringLiteral("cancel halfway"),
        [](sandbox::SandboxServer &server, const QStringList &) {
            Fault f = makeFault(Fault::Kind::Delay, 200, 150);
            f.method = "PATCH";
            server.injectFault(f, 100);
        },
        0, {}, {}, 60'000, true));
    s.push_back(make(QStringLiteral("the change journal cannot be written"),
                     [](sandbox::SandboxServer &, const QStringList &) {}, 12,
                     {QStringLiteral("could not be recorded first")}));
    s.back().journalFull = true;
    return s;
}

} // namespace

const std::vector<BatchScenario> &batchScenarios()
{
    static const std::vector<BatchScenario> all = build();
    return all;
}

} // namespace whop::test::faults
