#include "profile/Draft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace whop::profile;

class DraftFormatTest : public QObject
{
    Q_OBJECT

    static Draft sample()
    {
        Draft d;
        d.identityKey = QStringLiteral("idn_1234");
        d.profileKey = QStringLiteral("me@biz_abc");
        d.userId = QStringLiteral("user_1");
        d.savedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 30, 5, 120), Qt::UTC);
        d.base = {QStringLiteral("Jo"), QStringLiteral("jo"), QStringLiteral("line 1\nline 2")};
        d.edits.insert(Field::Name, QStringLiteral("  Jo Ann  "));
        d.edits.insert(Field::Bio, QStringLiteral("emoji 😀 and \"quotes\""));
        return d;
    }

    static QByteArray withChange(const char *key, const QJsonValue &value)
    {
        QJsonObject o = QJsonDocument::fromJson(serializeDraft(sample())).object();
        if (value.isUndefined())
            o.remove(QLatin1String(key));
        else
            o.insert(QLatin1String(key), value);
        return QJsonDocument(o).toJson();
    }

private Q_SLOTS:
    void roundTrip_keepsEverything()
    {
        Draft d = sample();
        d.picture = QStringLiteral("pictures/chosen-1.png");
        const auto back = parseDraft(serializeDraft(d));
        QVERIFY(back.has_value());
        QCOMPARE(*back, d);
    }

    void pictureEntry_isOptional()
    {
        const QByteArray bytes = serializeDraft(sample());
        QVERIFY(!bytes.contains("picture"));
        const auto back = parseDraft(bytes);
        QVERIFY(back && back->picture.isEmpty());
        QVERIFY(parseDraft(withChange("picture", QJsonValue::Null)).has_value());
    }

    void badInput_isRefusedWithTheRightReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("problem");
        const QByteArray good = serializeDraft(sample());
        QTest::newRow("empty") << QByteArray() << int(DraftProblem::NotJson);
        QTest::newRow("truncated") << good.left(good.size() / 2) << int(DraftProblem::NotJson);
        QTest::newRow("binary") << QByteArray("\x00\xff\x10garbage", 10)
                                << int(DraftProblem::NotJson);
        QTest::newRow("array") << QByteArray("[1,2]") << int(DraftProblem::NotJson);
        QTest::newRow("other json") << QByteArray("{\"a\":1}") << int(DraftProblem::NotADraft);
        QTest::newRow("future") << withChange("format", 2) << int(DraftProblem::FutureFormat);
        QTest::newRow("format text")
            << withChange("format", QStringLiteral("1")) << int(DraftProblem::BadValue);
        QTest::newRow("format 0") << withChange("format", 0) << int(DraftProblem::BadValue);
        QTest::newRow("format 1.5") << withChange("format", 1.5) << int(DraftProblem::BadValue);
        QTest::newRow("no identity")
            << withChange("identity", QJsonValue::Undefined) << int(DraftProblem::BadValue);
        QTest::newRow("edits array")
            << withChange("edits", QJsonValue(QJsonArray{})) << int(DraftProblem::BadValue);
        QTest::newRow("edit number")
            << withChange("edits", QJsonObject{{QStringLiteral("name"), 5}})
            << int(DraftProblem::BadValue);
        QTest::newRow("picture escapes")
            << withChange("picture",
                          QJsonObject{{QStringLiteral("file"), QStringLiteral("../../etc/passwd")}})
            << int(DraftProblem::BadValue);
        QTest::newRow("picture absolute")
            << withChange("picture",
                          QJsonObject{{QStringLiteral("file"), QStringLiteral("/tmp/x.png")}})
            << int(DraftProblem::BadValue);
        QTest::newRow("too large")
            << QByteArray(MaxDraftFileBytes + 1, ' ') << int(DraftProblem::TooLarge);
    }
    void badInput_isRefusedWithTheRightReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, problem);
        DraftProblem why = DraftProblem::None;
        QString detail;
        QVERIFY(!parseDraft(bytes, &why, &detail).has_value());
        QCOMPARE(int(why), problem);
        QVERIFY(!detail.isEmpty());
    }

    void unknownKeys_areIgnored()
    {
        const auto d = parseDraft(withChange("added_later", QStringLiteral("x")));
        QVERIFY(d.has_value());
        QCOMPARE(d->edits.value(Field::Name), QStringLiteral("  Jo Ann  "));
    }

    void recovery_listsOnlyWhatDiffers_andFlagsServerChanges()
    {
        Draft d = sample();
        d.edits.insert(Field::Username, QStringLiteral("jo"));
        // The server now: name untouched since the base, bio changed by someone else.
        const ProfileValues server{QStringLiteral("Jo"), QStringLiteral("jo"),
                                   QStringLiteral("written on the phone")};
        const DraftRecovery r = recoveryFor(d, server);
        QCOMPARE(r.fields.size(), 2); // username equals the server: nothing to offer there
        QCOMPARE(r.fields.at(0).field, Field::Name);
        QVERIFY(!r.fields.at(0).serverChanged);
        QCOMPARE(r.fields.at(1).field, Field::Bio);
        QVERIFY(r.fields.at(1).serverChanged);
        QCOMPARE(r.fields.at(1).serverValue, QStringLiteral("written on the phone"));
        QCOMPARE(r.fields.at(1).baseValue, QStringLiteral("line 1\nline 2"));
        QVERIFY(r.hasConflicts());
    }

    void recovery_isEmptyWhenTheServerHasTheDraft()
    {
        const Draft d = sample();
        const ProfileValues server{QStringLiteral("Jo Ann"), QStringLiteral("jo"),
                                   d.edits.value(Field::Bio)};
        QVERIFY(recoveryFor(d, server).isEmpty());
    }

    void safeRelativePath()
    {
        QVERIFY(isSafeRelativePath(QStringLiteral("pictures/a.png")));
        QVERIFY(!isSafeRelativePath(QString()));
        QVERIFY(!isSafeRelativePath(QStringLiteral("a/../b.png")));
        QVERIFY(!isSafeRelativePath(QStringLiteral("a//b.png")));
        QVERIFY(!isSafeRelativePath(QStringLiteral("a\\b.png")));
        QVERIFY(!isSafeRelativePath(QStringLiteral("a\nb.png")));
        QVERIFY(!isSafeRelativePath(QString(256, QLatin1Char('a'))));
    }
};

QTEST_GUILESS_MAIN(DraftFormatTest)
#include "tst_draft_format.moc"
