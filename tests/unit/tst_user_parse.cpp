#include "api/User.h"

#include <QTest>

using whop::api::parseUser;

class UserParseTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullSeedUser_parsesEveryField()
    {
        const QByteArray body = R"({
          "id": "user_abc", "username": "jo", "name": "Jo", "bio": "Hi\nthere",
          "created_at": "2023-04-12T09:30:00.000Z",
          "profile_picture": {"url": "https:\/\/cdn.example/p.png"},
          "total_usd": "12.50",
          "balances": [{"symbol": "USD", "name": "US Dollar", "balance": "12.50",
                        "value_usd": "12.50", "price_usd": 1, "icon_url": null,
                        "breakdown": {}}],
          "verification": {"individual": {"status": "approved"}, "business": null}
        })";
        QString error;
        const auto user = parseUser(body, &error);
        QVERIFY2(user, qPrintable(error));
        QCOMPARE(user->id, QStringLiteral("user_abc"));
        QCOMPARE(user->username, QStringLiteral("jo"));
        QCOMPARE(user->name, std::optional<QString>(QStringLiteral("Jo")));
        QCOMPARE(user->bioText(), QStringLiteral("Hi\nthere"));
        QCOMPARE(user->createdAt, QDateTime(QDate(2023, 4, 12), QTime(9, 30), Qt::UTC));
        QCOMPARE(user->pictureUrl, QUrl(QStringLiteral("https://cdn.example/p.png")));
        QCOMPARE(user->totalUsd, std::optional<QString>(QStringLiteral("12.50")));
        QCOMPARE(user->balances.size(), 1);
        QCOMPARE(user->balances.first().symbol, QStringLiteral("USD"));
        QCOMPARE(user->individualVerification, QStringLiteral("approved"));
        QVERIFY(user->businessVerification.isEmpty());
    }

    void nullFields_areEmptyNotErrors()
    {
        const auto user = parseUser(QByteArray(R"({"id":"user_1","username":"u","name":null,
            "bio":null,"created_at":"2024-01-01T00:00:00Z","profile_picture":null,
            "total_usd":null,"balances":[],"verification":{"individual":null,"business":null}})"));
        QVERIFY(user);
        QVERIFY(!user->name.has_value());
        QVERIFY(!user->bio.has_value());
        QVERIFY(user->pictureUrl.isEmpty());
        QVERIFY(!user->totalUsd.has_value());
        QVERIFY(user->balances.isEmpty());
    }

    void missingOptionalFields_andUnknownExtras_areAccepted()
    {
        const auto user = parseUser(
            QByteArray(R"({"id":"user_1","username":"u","future_field":{"x":[1,2]},"n":5})"));
        QVERIFY(user);
        QVERIFY(!user->name.has_value());
        QVERIFY(!user->createdAt.isValid());
    }

    void nestedBalance_isReadLikeTheFlatOne()
    {
        const auto user = parseUser(QByteArray(R"({"id":"user_1","username":"u",
            "balance":{"total_usd":"99.00","cash_usd":"90.00","crypto_usd":"9.00"}})"));
        QVERIFY(user);
        QCOMPARE(user->totalUsd, std::optional<QString>(QStringLiteral("99.00")));
        QCOMPARE(user->balanceSummary.size(), 3);
        QVERIFY(
            user->balanceSummary.contains({QStringLiteral("cash_usd"), QStringLiteral("90.00")}));
    }

    // What @whop/sdk 0.0.42 types beside the profile (src/resources/users.ts).
    void sdkExtraFields_areRead()
    {
        const auto user = parseUser(QByteArray(R"({"id":"user_1","username":"u",
            "earnings_usd":{"first_earned_at":"2023-05-02T15:04:00Z",
              "total":{"last_24_hours":"12.00","last_7_days":"140.00","last_30_days":"610.00",
                       "lifetime":"8240.50"},
              "personal":{"last_24_hours":"0.00","last_7_days":"25.00","last_30_days":"110.00",
                          "lifetime":"1240.50"},
              "owned_accounts":{"last_24_hours":"12.00","last_7_days":"115.00",
                                "last_30_days":"500.00","lifetime":"7000.00"}},
            "balance_history":{"data":[{"t":1780000000,"v":10.5},{"t":1780086400,"v":12}],
                               "last":12,"min":10.5,"max":12},
            "whop_partner_enabled_at":"2024-05-01T10:00:00Z"})"));
        QVERIFY(user);
        QVERIFY(user->earnings);
        QCOMPARE(user->earnings->total.last24Hours, QStringLiteral("12.00"));
        QCOMPARE(user->earnings->total.last7Days, QStringLiteral("140.00"));
        QCOMPARE(user->earnings->total.last30Days, QStringLiteral("610.00"));
        QCOMPARE(user->earnings->total.lifetime, QStringLiteral("8240.50"));
        QCOMPARE(user->earnings->personal.lifetime, QStringLiteral("1240.50"));
        QCOMPARE(user->earnings->ownedAccounts.last30Days, QStringLiteral("500.00"));
        QCOMPARE(user->earnings->firstEarnedAt,
                 QDateTime(QDate(2023, 5, 2), QTime(15, 4), Qt::UTC));
        QVERIFY(user->balanceHistory);
        QCOMPARE(user->balanceHistory->points.size(), 2);
        QCOMPARE(user->balanceHistory->points.at(1).time, qint64(1780086400));
        QCOMPARE(user->balanceHistory->points.at(0).usd, 10.5);
        QCOMPARE(user->balanceHistory->last, 12.0);
        QCOMPARE(user->balanceHistory->min, 10.5);
        QCOMPARE(user->partnerSince, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    }

    void sdkExtraFields_absentNullOrOfAnotherType_doNotRefuseTheUser_data()
    {
        QTest::addColumn<QByteArray>("extras");
        QTest::newRow("absent") << QByteArray();
        QTest::newRow("null") << QByteArray(
            R"(,"earnings_usd":null,"balance_history":null,"whop_partner_enabled_at":null)");
        QTest::newRow("other types") << QByteArray(
            R"(,"earnings_usd":"lots","balance_history":[1,2],"whop_partner_enabled_at":7)");
    }
    void sdkExtraFields_absentNullOrOfAnotherType_doNotRefuseTheUser()
    {
        QFETCH(QByteArray, extras);
        QString error;
        const auto user = parseUser(
            QByteArray(R"({"id":"user_1","username":"u","name":"N")") + extras + "}", &error);
        QVERIFY2(user, qPrintable(error));
        QCOMPARE(user->displayName(), QStringLiteral("N"));
        QVERIFY(!user->earnings);
        QVERIFY(!user->balanceHistory);
        QVERIFY(!user->partnerSince.isValid());
    }

    void sdkExtraFields_partlyWrong_keepWhatIsReadable()
    {
        const auto user = parseUser(QByteArray(R"({"id":"user_1","username":"u",
            "earnings_usd":{"total":{"last_30_days":610,"lifetime":null},"personal":"x"},
            "balance_history":{"data":[{"t":"noon","v":1},{"t":1780000000,"v":2},7],
                               "last":"2"}})"));
        QVERIFY(user);
        QVERIFY(user->earnings);
        QCOMPARE(user->earnings->total.last30Days, QStringLiteral("610.00"));
        QVERIFY(user->earnings->total.lifetime.isEmpty());
        QVERIFY(user->earnings->personal.lifetime.isEmpty());
        QVERIFY(!user->earnings->firstEarnedAt.isValid());
        QVERIFY(user->balanceHistory);
        QCOMPARE(user->balanceHistory->points.size(), 1);
        QCOMPARE(user->balanceHistory->last, 0.0);
    }

    void malformedBodies_areErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("{\"id\":\"user_1\",\"userna");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
        QTest::newRow("no id") << QByteArray(R"({"username":"u"})");
        QTest::newRow("id not string") << QByteArray(R"({"id":5,"username":"u"})");
        QTest::newRow("username null") << QByteArray(R"({"id":"user_1","username":null})");
        QTest::newRow("name number") << QByteArray(R"({"id":"user_1","username":"u","name":7})");
        QTest::newRow("bio object") << QByteArray(R"({"id":"user_1","username":"u","bio":{}})");
        QTest::newRow("picture string")
            << QByteArray(R"({"id":"user_1","username":"u","profile_picture":"x"})");
        QTest::newRow("error envelope") << QByteArray(R"({"error":{"message":"nope"}})");
    }
    void malformedBodies_areErrors()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!parseUser(body, &error));
        QVERIFY(!error.isEmpty());
    }

    void wronglyTypedOptionalMoney_isIgnored()
    {
        const auto user = parseUser(QByteArray(
            R"({"id":"user_1","username":"u","balances":"oops","verification":[1],"total_usd":{}})"));
        QVERIFY(user);
        QVERIFY(user->balances.isEmpty());
        QVERIFY(!user->totalUsd.has_value());
    }
};

QTEST_GUILESS_MAIN(UserParseTest)
#include "tst_user_parse.moc"
