// UsernameChecker on its own: the requests are answered by the test (a fake lookup), and the
// per-minute cap runs on a fake clock. The debounce is either long (60 s: it never fires, and
// checkNow() stands for "the pause is over") or short, waited for without timing anything.
#include "api/ApiCall.h"
#include "api/Call.h"
#include "api/User.h"
#include "profile/UsernameChecker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace whop;
using api::ApiCall;
using api::ApiError;
using api::ErrorKind;
using profile::UsernameAvailability;
using profile::UsernameChecker;

namespace {
// A lookup that is never sent: the test gives its answer, read by the parser a real one uses.
class FakeLookup : public api::Call<api::User>
{
public:
    explicit FakeLookup(QObject *parent)
        : Call(
              nullptr, api::ClientConfig{}, {}, {},
              [](const QByteArray &body, QString *error) { return api::parseUser(body, error); },
              parent)
    {}
    void answer(const api::User &user)
    {
        const QJsonObject body{{QStringLiteral("id"), user.id},
                               {QStringLiteral("username"), user.username}};
        QString why;
        QVERIFY2(acceptBody(QJsonDocument(body).toJson(), &why), qPrintable(why));
        Q_EMIT succeeded();
    }
};
} // namespace

class UsernameCheckerTest : public QObject
{
    Q_OBJECT

    struct Asked
    {
        QString candidate;
        QString accountId;
        QPointer<ApiCall> call;
    };

    std::unique_ptr<UsernameChecker> checker;
    QList<Asked> asked;
    qint64 now = 1'000'000;

    void make(int debounceMs = 60'000, int cap = 20)
    {
        checker = std::make_unique<UsernameChecker>(nullptr);
        UsernameChecker::Settings settings;
        settings.debounceMs = debounceMs;
        settings.maxChecksPerWindow = cap;
        checker->setSettings(settings);
        checker->setClock([this] { return now; });
        checker->setLookup([this](const QString &username, const QString &accountId, int) {
            // Never started: the test emits its outcome (cancel() still works, without a reply).
            auto *call = new FakeLookup(this);
            asked.append({username, accountId, call});
            return call;
        });
        checker->setContext({}, QStringLiteral("user_Me0000000001"));
    }

    // The person typed `text` (one candidate per key press).
    void type(const QString &text)
    {
        for (int i = 1; i <= text.size(); ++i)
            checker->setCandidate(text.left(i));
    }

    static void answerUser(ApiCall *call, const QString &id)
    {
        api::User user;
        user.id = id;
        user.username = QStringLiteral("whoever");
        static_cast<FakeLookup *>(call)->answer(user);
    }
    static void answerError(ApiCall *call, ErrorKind kind, const QString &field = {},
                            int retryAfter = -1)
    {
        ApiError error;
        error.kind = kind;
        error.field = field;
        error.retryAfterSeconds = retryAfter;
        Q_EMIT call->failed(error);
    }
    // Asks for `candidate` now and answers 404.
    void askFree(const QString &candidate)
    {
        checker->setCandidate(candidate);
        checker->checkNow();
        QVERIFY(!asked.isEmpty());
        QCOMPARE(asked.last().candidate, candidate);
        answerError(asked.last().call, ErrorKind::NotFound, QStringLiteral("id"));
    }
    UsernameAvailability availability() const { return checker->status().availability; }

private Q_SLOTS:
    void init()
    {
        asked.clear();
        now = 1'000'000;
        make();
    }
    void cleanup()
    {
        checker.reset();
        for (const Asked &a : std::as_const(asked))
            delete a.call.data();
    }

    void typing_asksOnce_forTheLastCandidate_afterThePause()
    {
        type(QStringLiteral("newhandle1"));
        QCOMPARE(asked.size(), 0); // nothing while typing
        QCOMPARE(availability(), UsernameAvailability::Waiting);
        QCOMPARE(checker->status().candidate, QStringLiteral("newhandle1"));
        checker->checkNow(); // the pause
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().candidate, QStringLiteral("newhandle1"));
        checker->checkNow(); // nothing is waiting any more
        QCOMPARE(asked.size(), 1);
        answerError(asked.first().call, ErrorKind::NotFound, QStringLiteral("id"));
        QCOMPARE(availability(), UsernameAvailability::Available);
        QCOMPARE(checker->requestsSent(), 1);
    }

    void debounce_firesByItself_once()
    {
        make(20);
        QSignalSpy started(checker.get(), &UsernameChecker::checkStarted);
        type(QStringLiteral("quick-typist"));
        QTRY_COMPARE(started.size(), 1);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().candidate, QStringLiteral("quick-typist"));
        QVERIFY(checker->isRunning());
    }

    void newerCandidate_cancelsTheRequestInFlight()
    {
        checker->setCandidate(QStringLiteral("first-name"));
        checker->checkNow();
        QCOMPARE(asked.size(), 1);
        ApiCall *older = asked.first().call;
        QVERIFY(checker->isRunning());

        checker->setCandidate(QStringLiteral("second-name")); // typing again
        QVERIFY(older->isFinished());                         // cancelled at once
        QVERIFY(!checker->isRunning());
        QCOMPARE(availability(), UsernameAvailability::Waiting);
        // Its answer, had it come anyway, would say nothing about the new candidate.
        answerUser(older, QStringLiteral("user_Other000000001"));
        QCOMPARE(availability(), UsernameAvailability::Waiting);
        QCOMPARE(checker->status().candidate, QStringLiteral("second-name"));

        checker->checkNow();
        QCOMPARE(asked.size(), 2);
        answerError(asked.last().call, ErrorKind::NotFound, QStringLiteral("id"));
        QCOMPARE(availability(), UsernameAvailability::Available);
        QCOMPARE(checker->status().candidate, QStringLiteral("second-name"));
    }

    void atMostOneRequestInFlight()
    {
        checker->setCandidate(QStringLiteral("one-at-a-time"));
        checker->checkNow();
        checker->setCandidate(QStringLiteral("one-at-a-time")); // the same again
        checker->checkNow();
        QCOMPARE(asked.size(), 1);
        int inFlight = 0;
        for (const Asked &a : std::as_const(asked))
            inFlight += a.call && !a.call->isFinished();
        QCOMPARE(inFlight, 1);
    }

    void cache_answersEachCandidateOnce_perSession()
    {
        askFree(QStringLiteral("alpha"));
        checker->setCandidate(QStringLiteral("bravo"));
        checker->checkNow();
        answerUser(asked.last().call, QStringLiteral("user_Other000000001"));
        QCOMPARE(availability(), UsernameAvailability::Taken);
        QCOMPARE(asked.size(), 2);

        checker->setCandidate(QStringLiteral("alpha")); // back: known, answered at once
        QCOMPARE(availability(), UsernameAvailability::Available);
        checker->setCandidate(QStringLiteral("bravo"));
        QCOMPARE(availability(), UsernameAvailability::Taken);
        checker->checkNow();
        QCOMPARE(asked.size(), 2);

        // A failure is not remembered: the same name is asked again later.
        checker->setCandidate(QStringLiteral("charlie"));
        checker->checkNow();
        answerError(asked.last().call, ErrorKind::Server);
        QCOMPARE(availability(), UsernameAvailability::Unknown);
        QCOMPARE(checker->status().reason, ErrorKind::Server);
        checker->setCandidate(QStringLiteral("delta"));
        checker->setCandidate(QStringLiteral("charlie"));
        checker->checkNow();
        QCOMPARE(asked.size(), 4);
        QCOMPARE(asked.last().candidate, QStringLiteral("charlie"));
    }

    void cache_isForgotten_forAnotherProfileOrAccount()
    {
        askFree(QStringLiteral("alpha"));
        checker->setContext(QStringLiteral("biz_Studio0001"), QStringLiteral("user_Me0000000001"));
        checker->setCandidate(QStringLiteral("alpha"));
        QCOMPARE(availability(), UsernameAvailability::Waiting);
        checker->checkNow();
        QCOMPARE(availability(), UsernameAvailability::Checking);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.last().accountId, QStringLiteral("biz_Studio0001"));
        // clearCache() (a username changed on Whop) forgets too.
        answerError(asked.last().call, ErrorKind::NotFound, QStringLiteral("id"));
        checker->clearCache();
        checker->setCandidate(QStringLiteral("other"));
        checker->setCandidate(QStringLiteral("alpha"));
        QCOMPARE(availability(), UsernameAvailability::Waiting);
    }

    void ownId_isYours_anotherIsTaken_andA409IsRemembered()
    {
        checker->setCandidate(QStringLiteral("Me-Myself"));
        checker->checkNow();
        answerUser(asked.last().call, QStringLiteral("user_Me0000000001"));
        QCOMPARE(availability(), UsernameAvailability::Yours);

        askFree(QStringLiteral("free-until-saved"));
        QCOMPARE(availability(), UsernameAvailability::Available);
        checker->noteTaken(QStringLiteral("free-until-saved")); // the save met a 409
        QCOMPARE(availability(), UsernameAvailability::Taken);
        checker->setCandidate(QStringLiteral("x"));
        checker->setCandidate(QStringLiteral("free-until-saved"));
        QCOMPARE(availability(), UsernameAvailability::Taken);
    }

    void notFoundAboutTheAccount_isNotAvailable()
    {
        checker->setCandidate(QStringLiteral("someone"));
        checker->checkNow();
        answerError(asked.last().call, ErrorKind::NotFound, QStringLiteral("account_id"));
        QCOMPARE(availability(), UsernameAvailability::Unknown);
        QCOMPARE(checker->status().reason, ErrorKind::NotFound);
    }

    void me_isNeverLookedUp()
    {
        checker->setCandidate(QStringLiteral("Me"));
        checker->checkNow();
        QCOMPARE(asked.size(), 0); // /users/me would answer with the caller
        QCOMPARE(availability(), UsernameAvailability::Unknown);
    }

    void nothingToCheck_hidesTheStatus_andCancels()
    {
        checker->setCandidate(QStringLiteral("pending-name"));
        checker->checkNow();
        QSignalSpy changed(checker.get(), &UsernameChecker::statusChanged);
        checker->setCandidate({}); // unchanged or invalid again
        QVERIFY(asked.first().call->isFinished());
        QCOMPARE(availability(), UsernameAvailability::None);
        QCOMPARE(changed.size(), 1);
        QVERIFY(checker->status().candidate.isEmpty());
    }

    void cap_holdsChecksBack_untilTheWindowMoves()
    {
        make(60'000, 3);
        for (const char *name : {"one-name", "two-name", "three-name"})
            askFree(QLatin1String(name));
        QCOMPARE(asked.size(), 3);

        checker->setCandidate(QStringLiteral("four-name"));
        checker->checkNow();
        QCOMPARE(asked.size(), 3); // over the cap: not sent
        QCOMPARE(availability(), UsernameAvailability::Unknown);
        QCOMPARE(checker->status().reason, ErrorKind::RateLimited);

        now += 59'000; // still inside the minute
        checker->checkNow();
        QCOMPARE(asked.size(), 3);
        now += 1'001; // the first check left the window
        checker->checkNow();
        QCOMPARE(asked.size(), 4);
        QCOMPARE(asked.last().candidate, QStringLiteral("four-name"));
        QCOMPARE(availability(), UsernameAvailability::Checking);
    }

    void cap_resumesByItself_whenTheWindowMoves()
    {
        // A real clock and a short window: the held-back candidate is asked without a key press.
        checker = std::make_unique<UsernameChecker>(nullptr);
        UsernameChecker::Settings settings;
        settings.debounceMs = 60'000;
        settings.maxChecksPerWindow = 1;
        settings.windowMs = 50;
        checker->setSettings(settings);
        checker->setLookup([this](const QString &username, const QString &accountId, int) {
            auto *call = new FakeLookup(this);
            asked.append({username, accountId, call});
            return call;
        });
        askFree(QStringLiteral("first-one"));
        checker->setCandidate(QStringLiteral("second-one"));
        checker->checkNow();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(checker->status().reason, ErrorKind::RateLimited);
        QTRY_COMPARE(asked.size(), 2);
        QCOMPARE(asked.last().candidate, QStringLiteral("second-one"));
    }

    void rateLimitedByWhop_pausesForRetryAfter()
    {
        checker->setCandidate(QStringLiteral("busy-name"));
        checker->checkNow();
        answerError(asked.last().call, ErrorKind::RateLimited, {}, 30);
        QCOMPARE(availability(), UsernameAvailability::Unknown);
        QCOMPARE(checker->status().reason, ErrorKind::RateLimited);

        checker->setCandidate(QStringLiteral("next-name"));
        checker->checkNow();
        QCOMPARE(asked.size(), 1); // Whop asked for 30 s of quiet
        QCOMPARE(checker->status().reason, ErrorKind::RateLimited);
        now += 30'000;
        checker->checkNow();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.last().candidate, QStringLiteral("next-name"));
    }
};

QTEST_GUILESS_MAIN(UsernameCheckerTest)
#include "tst_username_checker.moc"
