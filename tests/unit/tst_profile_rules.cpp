#include "profile/ProfileRules.h"

#include <QJsonObject>
#include <QTest>

using namespace whop::profile;

class ProfileRulesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalisation_unifiesLineEndings_andTrimsNameAndUsername()
    {
        QCOMPARE(normalized(Field::Bio, QStringLiteral("a\r\nb\rc\n")),
                 QStringLiteral("a\nb\nc\n"));
        QCOMPARE(normalized(Field::Bio, QStringLiteral("  keep  ")), QStringLiteral("  keep  "));
        QCOMPARE(normalized(Field::Name, QStringLiteral("  Jo Do \t")), QStringLiteral("Jo Do"));
        QCOMPARE(normalized(Field::Username, QStringLiteral(" jo-1 ")), QStringLiteral("jo-1"));
    }

    void patch_containsExactlyTheChangedFields()
    {
        const ProfileValues snapshot{QStringLiteral("Jo"), QStringLiteral("jo"),
                                     QStringLiteral("line1\nline2")};
        ProfileValues draft = snapshot;
        QVERIFY(buildPatch(snapshot, draft).isEmpty());

        draft.bio = QStringLiteral("line1\r\nline2"); // same after normalisation
        draft.name = QStringLiteral("  Jo  ");
        QVERIFY(buildPatch(snapshot, draft).isEmpty());

        draft.username = QStringLiteral(" jo-new ");
        const whop::api::UserChanges patch = buildPatch(snapshot, draft);
        QCOMPARE(patch.fieldNames(), QStringList{QStringLiteral("username")});
        QCOMPARE(patch.username, std::optional<QString>(QStringLiteral("jo-new")));
    }

    void clearingAField_sendsAnEmptyString()
    {
        const ProfileValues snapshot{QStringLiteral("Jo"), QStringLiteral("jo"),
                                     QStringLiteral("bio")};
        ProfileValues draft = snapshot;
        draft.bio.clear();
        whop::api::UserChanges expected;
        expected.bio = QString();
        QCOMPARE(buildPatch(snapshot, draft), expected);
        QCOMPARE(buildPatch(snapshot, draft).toJson(),
                 QJsonObject({{QStringLiteral("bio"), QString()}}));
    }

    void username_rules_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("jo") << true;
        QTest::newRow("digits and hyphens") << QStringLiteral("a-1-b") << true;
        QTest::newRow("one char") << QStringLiteral("a") << true;
        QTest::newRow("42 chars") << QString(42, QLatin1Char('a')) << true;
        QTest::newRow("43 chars") << QString(43, QLatin1Char('a')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces only") << QStringLiteral("   ") << false;
        QTest::newRow("inner space") << QStringLiteral("jo do") << false;
        QTest::newRow("underscore") << QStringLiteral("jo_do") << false;
        QTest::newRow("dot") << QStringLiteral("jo.do") << false;
        QTest::newRow("accented") << QStringLiteral("josé") << false;
        QTest::newRow("trimmed ok") << QStringLiteral(" jo ") << true;
    }
    void username_rules()
    {
        QFETCH(QString, username);
        QFETCH(bool, valid);
        QCOMPARE(validationError(Field::Username, username).isEmpty(), valid);
    }

    void name_limit_countsCharactersNotUtf16Units()
    {
        const QString emoji = QString::fromUcs4(U"\U0001F600"); // two UTF-16 units
        QCOMPARE(characterCount(emoji), 1);
        QString hundred;
        for (int i = 0; i < 100; ++i)
            hundred += emoji;
        QVERIFY(validationError(Field::Name, hundred).isEmpty());
        QVERIFY(!validationError(Field::Name, hundred + QLatin1Char('x')).isEmpty());
        QVERIFY(validationError(Field::Name, QString()).isEmpty());
    }

    void bio_hasNoInventedLimit()
    {
        QVERIFY(validationError(Field::Bio, QString(100000, QLatin1Char('b'))).isEmpty());
    }

    void fieldKeys_roundTrip()
    {
        for (Field f : AllFields) {
            Field back{};
            QVERIFY(fieldFromKey(fieldKey(f), &back));
            QCOMPARE(back, f);
        }
        Field unused{};
        QVERIFY(!fieldFromKey(QStringLiteral("profile_picture"), &unused));
    }
};

QTEST_GUILESS_MAIN(ProfileRulesTest)
#include "tst_profile_rules.moc"
