#include "User.h"

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
