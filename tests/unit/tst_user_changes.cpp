#include "api/UserChanges.h"

#include <QJsonDocument>
#include <QTest>

using whop::api::UserChanges;

namespace {
QJsonObject j(const QByteArray &text)
{
    return QJsonDocument::fromJson(QByteArray(text).replace('\'', '"')).object();
}
} // namespace

// The PATCH /users/{id} body (docs/api/whop-api.md, "Users"): only the fields named are sent,
// the picture as {"id": "file_…"}, and what the journal keeps reads back the same.
class UserChangesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyField_roundTrips()
    {
        const UserChanges all{.name = QStringLiteral("Jo Doe"),
                              .username = QStringLiteral("jo-doe"),
                              .bio = QStringLiteral("line 1\nline 2 “quoted” é"),
                              .pictureFileId = QStringLiteral("file_Abc123")};
        QCOMPARE(all.toJson(), j("{'name':'Jo Doe','username':'jo-doe','bio':'line 1\\nline 2 "
                                 "“quoted” é','profile_picture':{'id':'file_Abc123'}}"));
        QCOMPARE(UserChanges::fromJson(all.toJson()), std::optional<UserChanges>(all));
        QCOMPARE(UserChanges::fromJson(QJsonDocument::fromJson(all.toBody()).object()),
                 std::optional<UserChanges>(all));
        QCOMPARE(all.fieldNames(), (QStringList{"name", "username", "bio", "profile_picture"}));
        QVERIFY(!all.isEmpty());
    }

    void onlyTheNamedFields_areSent()
    {
        const UserChanges bio{.bio = QStringLiteral("New bio")};
        QCOMPARE(bio.toJson(), j("{'bio':'New bio'}"));
        QCOMPARE(bio.toBody(), QByteArray(R"({"bio":"New bio"})"));
        QCOMPARE(bio.fieldNames(), QStringList{"bio"});
        QVERIFY(bio.names(UserChanges::BioKey));
        QVERIFY(!bio.names(UserChanges::NameKey));
        QVERIFY(!bio.names(UserChanges::PictureKey));

        const UserChanges picture{.pictureFileId = QStringLiteral("file_1")};
        QCOMPARE(picture.toJson(), j("{'profile_picture':{'id':'file_1'}}"));
        QCOMPARE(picture.fieldNames(), QStringList{"profile_picture"});
    }

    void clearingAField_sendsAnEmptyString_notNothing()
    {
        const UserChanges cleared{.bio = QString()};
        QVERIFY(!cleared.isEmpty());
        QCOMPARE(cleared.toJson(), j("{'bio':''}"));
        QCOMPARE(UserChanges::fromJson(cleared.toJson()), std::optional<UserChanges>(cleared));
    }

    void empty_sendsAnEmptyObject()
    {
        const UserChanges none;
        QVERIFY(none.isEmpty());
        QVERIFY(none.fieldNames().isEmpty());
        QCOMPARE(none.toBody(), QByteArray("{}"));
        const auto back = UserChanges::fromJson(QJsonObject());
        QVERIFY(back && back->isEmpty());
    }

    void wrongTypes_areRefused_unknownKeysIgnored()
    {
        QString why;
        QVERIFY(!UserChanges::fromJson(j("{'name':42}"), &why));
        QVERIFY2(why.contains("name"), qPrintable(why));
        QVERIFY(!UserChanges::fromJson(j("{'bio':null}"), &why));
        QVERIFY(!UserChanges::fromJson(j("{'profile_picture':'file_1'}"), &why));
        QVERIFY2(why.contains("profile_picture"), qPrintable(why));
        QVERIFY(!UserChanges::fromJson(j("{'profile_picture':{'id':7}}")));
        const auto lenient = UserChanges::fromJson(j("{'username':'u','later_field':true}"));
        QCOMPARE(lenient, std::optional<UserChanges>(UserChanges{.username = QStringLiteral("u")}));
    }
};

QTEST_APPLESS_MAIN(UserChangesTest)
#include "tst_user_changes.moc"
