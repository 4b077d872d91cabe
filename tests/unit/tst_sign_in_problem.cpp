// Each refusal of a sign-in is a kind, and each kind leads to the step of the sign-in guide that
// fixes it: the token endpoint's answers (RFC 6749, 5.2), authorize's error on the redirect
// (4.1.2.1) and an API's 403 insufficient_scope (RFC 6750, 3.1), as errorFromResponse reads them.
#include "api/ApiError.h"
#include "auth/SignInProblem.h"
#include "session/Notice.h"

#include <QTest>

using namespace whop;
using auth::SetupStep;
using auth::SignInProblem;

namespace {
api::ApiError oauthAnswer(int status, const char *body)
{
    return api::errorFromResponse(status, QByteArray(body));
}
} // namespace

class SignInProblemTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenEndpointRefusals_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<SignInProblem>("problem");
        QTest::newRow("invalid_client (a confidential app)")
            << 401
            << QByteArray(
                   R"({"error":"invalid_client","error_description":"Client authentication failed."})")
            << SignInProblem::ClientNotPublic;
        QTest::newRow("unauthorized_client")
            << 400 << QByteArray(R"({"error":"unauthorized_client"})")
            << SignInProblem::ClientNotPublic;
        QTest::newRow("invalid_grant about redirect_uri")
            << 400
            << QByteArray(
                   R"({"error":"invalid_grant","error_description":"redirect_uri differs from the one given to /oauth/authorize."})")
            << SignInProblem::RedirectMismatch;
        QTest::newRow("invalid_request about redirect_uri")
            << 400
            << QByteArray(
                   R"({"error":"invalid_request","error_description":"Invalid redirect_uri"})")
            << SignInProblem::RedirectMismatch;
        QTest::newRow("invalid_scope")
            << 400 << QByteArray(R"({"error":"invalid_scope"})") << SignInProblem::ScopeMissing;
        QTest::newRow("invalid_grant, a spent code")
            << 400
            << QByteArray(
                   R"({"error":"invalid_grant","error_description":"The authorization code is invalid, expired or already used."})")
            << SignInProblem::Other;
        QTest::newRow("server trouble") << 503 << QByteArray("down") << SignInProblem::Other;
    }
    void tokenEndpointRefusals()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(SignInProblem, problem);
        QCOMPARE(auth::problemFromTokenError(api::errorFromResponse(status, body)), problem);
    }

    void authorizeErrors_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::addColumn<SignInProblem>("problem");
        QTest::newRow("invalid_scope") << "invalid_scope"
                                       << "" << SignInProblem::ScopeMissing;
        QTest::newRow("access_denied") << "access_denied"
                                       << "" << SignInProblem::Denied;
        QTest::newRow("unauthorized_client") << "unauthorized_client"
                                             << "" << SignInProblem::ClientNotPublic;
        QTest::newRow("invalid_request about redirect_uri")
            << "invalid_request"
            << "redirect_uri not allowed" << SignInProblem::RedirectMismatch;
        QTest::newRow("server_error") << "server_error"
                                      << "" << SignInProblem::Other;
        QTest::newRow("none") << ""
                              << "" << SignInProblem::None;
    }
    void authorizeErrors()
    {
        QFETCH(QString, error);
        QFETCH(QString, description);
        QFETCH(SignInProblem, problem);
        QCOMPARE(auth::problemFromAuthorizeError(error, description), problem);
    }

    void eachFixableProblem_hasItsStep()
    {
        QCOMPARE(auth::stepFixing(SignInProblem::ClientNotPublic), SetupStep::ClientType);
        QCOMPARE(auth::stepFixing(SignInProblem::RedirectMismatch), SetupStep::RedirectUri);
        QCOMPARE(auth::stepFixing(SignInProblem::PortBusy), SetupStep::RedirectUri);
        QCOMPARE(auth::stepFixing(SignInProblem::BadRedirectUri), SetupStep::RedirectUri);
        QCOMPARE(auth::stepFixing(SignInProblem::ScopeMissing), SetupStep::Scopes);
        QCOMPARE(auth::stepFixing(SignInProblem::NoClientId), SetupStep::ClientId);
        for (SignInProblem none : {SignInProblem::None, SignInProblem::Denied, SignInProblem::Other,
                                   SignInProblem::InsecureEndpoints})
            QVERIFY(!auth::stepFixing(none));
    }

    void forbiddenForWantOfTheScope_isScopeMissing()
    {
        const api::ApiError scope = oauthAnswer(
            403,
            R"({"error":{"type":"permission_error","code":"insufficient_scope","message":"This token lacks the scope user:profile:update."}})");
        QCOMPARE(auth::problemFromApiError(scope), SignInProblem::ScopeMissing);
        const api::ApiError rights = oauthAnswer(
            403,
            R"({"error":{"type":"permission_error","code":"forbidden","message":"You have no rights on this account."}})");
        QCOMPARE(auth::problemFromApiError(rights), SignInProblem::Other);
    }

    // Saving with a browser sign-in that lacks user:profile:update: the banner offers the guide
    // at its scopes step and signing in again, not a Retry that cannot help.
    void saveRefusedForTheScope_offersTheGuideAtTheScopes_andSigningInAgain()
    {
        const api::ApiError scope = oauthAnswer(
            403,
            R"({"error":{"type":"permission_error","code":"insufficient_scope","message":"This token lacks the scope user:profile:update."}})");
        const app::Notice n =
            app::Notice::forProfileError(scope, QStringLiteral("Forbidden."), true, {}, {}, true);
        QCOMPARE(n.kind, app::Notice::Kind::Error);
        QCOMPARE(n.action, app::Notice::Action::SetUpSignIn);
        QCOMPARE(n.secondAction, app::Notice::Action::SignInAgain);
        QCOMPARE(n.signInProblem, SignInProblem::ScopeMissing);
        QVERIFY(n.text.contains(QStringLiteral("user:profile:update")));
        // A pasted token was not made by the person's app: no guide for it.
        const app::Notice pasted =
            app::Notice::forProfileError(scope, QStringLiteral("Forbidden."), true, {}, {}, false);
        QVERIFY(pasted.action != app::Notice::Action::SetUpSignIn);
    }
};

QTEST_GUILESS_MAIN(SignInProblemTest)
#include "tst_sign_in_problem.moc"
