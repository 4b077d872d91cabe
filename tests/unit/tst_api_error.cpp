#include "api/ApiError.h"
#include "api/ErrorHistory.h"

#include <QTest>

using namespace whop::api;

class ApiErrorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusMapsToKind_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << int(ErrorKind::BadRequest);
        QTest::newRow("401") << 401 << int(ErrorKind::Unauthorized);
        QTest::newRow("403") << 403 << int(ErrorKind::Forbidden);
        QTest::newRow("404") << 404 << int(ErrorKind::NotFound);
        QTest::newRow("408") << 408 << int(ErrorKind::Timeout);
        QTest::newRow("409") << 409 << int(ErrorKind::Conflict);
        QTest::newRow("422") << 422 << int(ErrorKind::Validation);
        QTest::newRow("429") << 429 << int(ErrorKind::RateLimited);
        QTest::newRow("500") << 500 << int(ErrorKind::Server);
        QTest::newRow("503") << 503 << int(ErrorKind::Server);
        QTest::newRow("418") << 418 << int(ErrorKind::BadResponse);
    }
    void statusMapsToKind()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QCOMPARE(int(errorFromResponse(status, "{}").kind), kind);
    }

    void envelope_readsCodeElseType_andMessage()
    {
        auto e =
            errorFromResponse(403, R"({"error":{"code":"forbidden","type":"x","message":"No."}})");
        QCOMPARE(e.code, QStringLiteral("forbidden"));
        QCOMPARE(e.message, QStringLiteral("No."));
        e = errorFromResponse(401, R"({"error":{"type":"unauthorized","message":"Bad token"}})");
        QCOMPARE(e.code, QStringLiteral("unauthorized"));
        QVERIFY(e.userMessage().contains(QStringLiteral("Bad token")));
    }

    void nonJsonBody_keepsAShortExcerpt()
    {
        const QByteArray html = "<html><body>" + QByteArray(2000, 'x') + "</body></html>";
        const auto e = errorFromResponse(502, html);
        QCOMPARE(e.kind, ErrorKind::Server);
        QVERIFY(e.message.startsWith(QStringLiteral("<html>")));
        QVERIFY(e.message.size() <= 160);
    }

    void unknownVersion_listsSupportedVersions()
    {
        auto e = errorFromResponse(400, R"({"error":{"code":"unsupported_api_version",
            "message":"Api-Version-Date '2099-01-01' is not supported.",
            "supported_versions":["2025-01-01","2026-07-01","2026-07-08-1"]}})");
        QCOMPARE(e.kind, ErrorKind::UnknownVersion);
        QCOMPARE(e.supportedVersions,
                 QStringList({QStringLiteral("2025-01-01"), QStringLiteral("2026-07-01"),
                              QStringLiteral("2026-07-08-1")}));
        QVERIFY(e.userMessage().contains(QStringLiteral("2026-07-08-1")));

        // Only in the message: the versions are read from the text.
        e = errorFromResponse(400, R"({"error":{"type":"invalid_request_error","message":
            "Invalid Api-Version-Date. Supported versions: 2025-01-01, 2026-06-08-2."}})");
        QCOMPARE(e.kind, ErrorKind::UnknownVersion);
        QCOMPARE(e.supportedVersions,
                 QStringList({QStringLiteral("2025-01-01"), QStringLiteral("2026-06-08-2")}));
    }

    void refusalOfAnotherParameter_isNotAVersionError_evenWhenItNamesTheVersion()
    {
        const auto e = errorFromResponse(400, R"({"error":{"code":"unknown_parameter","param":
            "account_id","message":"Api-Version-Date 2025-01-01 names this parameter company_id."}})");
        QCOMPARE(e.kind, ErrorKind::BadRequest);
        QCOMPARE(e.field, QStringLiteral("account_id"));
        QVERIFY(e.supportedVersions.isEmpty());
    }

    void plainBadRequest_isNotAVersionError()
    {
        const auto e = errorFromResponse(400, R"({"error":{"message":"name must be a string"}})");
        QCOMPARE(e.kind, ErrorKind::BadRequest);
        QCOMPARE(e.field, QStringLiteral("name"));
    }

    void fieldErrors_nameTheirField()
    {
        auto e =
            errorFromResponse(409, R"({"error":{"code":"username_taken","message":"Taken."}})");
        QCOMPARE(e.kind, ErrorKind::Conflict);
        QCOMPARE(e.field, QStringLiteral("username"));
        e = errorFromResponse(422, R"({"error":{"message":"Too long","param":"user.name"}})");
        QCOMPARE(e.field, QStringLiteral("name"));
        e = errorFromResponse(422, R"({"error":{"message":"The bio is too long."}})");
        QCOMPARE(e.field, QStringLiteral("bio"));
    }

    void rateLimit_readsRetryAfter()
    {
        auto e =
            errorFromResponse(429, R"({"error":{"message":"Slow down"}})", {{"Retry-After", "7"}});
        QCOMPARE(e.retryAfterSeconds, 7);
        QVERIFY(e.userMessage().contains(QStringLiteral("7 seconds")));
        e = errorFromResponse(429, R"({"error":{"message":"Try again in 12 seconds."}})");
        QCOMPARE(e.retryAfterSeconds, 12);
    }

    void oauthStyleError_isRead()
    {
        const auto e = errorFromResponse(
            400, R"({"error":"invalid_grant","error_description":"Refresh token used"})");
        QCOMPARE(e.code, QStringLiteral("invalid_grant"));
        QCOMPARE(e.message, QStringLiteral("Refresh token used"));
    }

    void everyKind_hasAPlainMessage()
    {
        for (int k = int(ErrorKind::Offline); k <= int(ErrorKind::NotRecorded); ++k) {
            const ApiError e = localError(ErrorKind(k), QString());
            QVERIFY2(!e.userMessage().isEmpty(), qPrintable(ApiError::kindName(ErrorKind(k))));
            QVERIFY(ApiError::kindName(ErrorKind(k)) != QStringLiteral("unknown"));
        }
    }

    void notRecorded_saysNothingWasSent_andWhy()
    {
        const ApiError e = localError(ErrorKind::NotRecorded, QStringLiteral("No space left"));
        QCOMPARE(e.userMessage(), QStringLiteral("Your change was not sent because it could not "
                                                 "be recorded first: No space left"));
        QCOMPARE(ApiError::kindName(e.kind), QStringLiteral("not-recorded"));
    }

    void requestId_isKept_onlyWhenItIsAPlainIdentifier()
    {
        auto e = errorFromResponse(500, "{}", {{"x-request-id", " req_Ab-12.3:4 "}});
        QCOMPARE(e.requestId, QStringLiteral("req_Ab-12.3:4"));
        e = errorFromResponse(404, "{}", {{"Request-Id", "abc123"}});
        QCOMPARE(e.requestId, QStringLiteral("abc123"));
        // Anything that could carry more than an id (spaces, another header's value, a very
        // long value) is dropped.
        e = errorFromResponse(500, "{}", {{"X-Request-Id", "Bearer secret-token"}});
        QVERIFY(e.requestId.isEmpty());
        e = errorFromResponse(500, "{}", {{"X-Request-Id", QByteArray(200, 'a')}});
        QVERIFY(e.requestId.isEmpty());
        e = errorFromResponse(500, "{}", {{"X-Trace", "abc"}});
        QVERIFY(e.requestId.isEmpty());
    }

    void errorHistory_keepsTheLastFew_withoutNamesOrMessages()
    {
        ErrorHistory::clear();
        ApiError e = errorFromResponse(
            409, R"({"error":{"code":"username_taken","message":"alice is taken"}})",
            {{"X-Request-Id", "req_1"}});
        ErrorHistory::record(e, "PATCH",
                             QUrl(QStringLiteral("https://api.whop.com/api/v1/users/alice?"
                                                 "account_id=biz_Secret")));
        const auto entries = ErrorHistory::entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().operation, QStringLiteral("PATCH /api/v1/users/{id}"));
        QCOMPARE(entries.first().code, QStringLiteral("username_taken"));
        QCOMPARE(entries.first().requestId, QStringLiteral("req_1"));
        QCOMPARE(entries.first().httpStatus, 409);
        e.code = QStringLiteral("has spaces, so not a code");
        for (int i = 0; i < ErrorHistory::Capacity + 3; ++i)
            ErrorHistory::record(e, "GET", QUrl(QStringLiteral("https://x/api/v1/users/me")));
        QCOMPARE(ErrorHistory::entries().size(), ErrorHistory::Capacity);
        QVERIFY(ErrorHistory::entries().constLast().code.isEmpty());
        QCOMPARE(ErrorHistory::entries().constLast().operation,
                 QStringLiteral("GET /api/v1/users/me"));
        QCOMPARE(ErrorHistory::operationOf(
                     "PUT", QUrl(QStringLiteral("https://storage.example/b/file_x.jpg?sig=1"))),
                 QStringLiteral("PUT /{id}/{id}"));
        ErrorHistory::clear();
    }
};

QTEST_GUILESS_MAIN(ApiErrorTest)
#include "tst_api_error.moc"
