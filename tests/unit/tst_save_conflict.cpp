// compareWithServer() and rebasedSnapshot(): what a fresh read means for a draft, field by field.
#include "profile/SaveConflict.h"

#include <QTest>

using namespace whop;
using profile::Field;
using profile::ProfileValues;

class SaveConflictTest : public QObject
{
    Q_OBJECT

    static api::User user(const QString &name, const QString &username, const QString &bio,
                          const QString &picture = QStringLiteral("https://cdn.example/a.png"))
    {
        api::User u;
        u.id = QStringLiteral("user_Someone000001");
        u.name = name;
        u.username = username;
        u.bio = bio;
        u.pictureUrl = QUrl(picture);
        return u;
    }

private Q_SLOTS:
    void unchangedOnWhop_isNoChange()
    {
        const api::User base = user("Ann", "ann", "Hi");
        const auto c = profile::compareWithServer(base, base, {"Ann B", "ann", "Hello"}, true);
        QVERIFY(!c.changedElsewhere());
        QVERIFY(c.taken.isEmpty());
    }

    void changedOnlyOnWhop_isTaken_changedInBoth_isAConflict()
    {
        const api::User base = user("Ann", "ann", "Hi");
        const api::User now = user("Ann (web)", "ann-web", "Hi");
        // Name changed in both places differently; username only on Whop; bio only here.
        const auto c = profile::compareWithServer(base, now, {"Ann Here", "ann", "Hello"}, false);
        QCOMPARE(c.taken, QList<Field>{Field::Username});
        QCOMPARE(c.fields.size(), 1);
        QCOMPARE(c.fields.first().field, Field::Name);
        QCOMPARE(c.fields.first().original, QStringLiteral("Ann"));
        QCOMPARE(c.fields.first().theirs, QStringLiteral("Ann (web)"));
        QCOMPARE(c.fields.first().yours, QStringLiteral("Ann Here"));
        QVERIFY(c.hasConflicts());
        QVERIFY(!c.picture);
    }

    void sameValueInBoth_andNormalisation_areNoConflict()
    {
        const api::User base = user("Ann", "ann", "Hi");
        const api::User now = user("Ann B", "ann", "Line\nTwo");
        // "  Ann B " is what would be sent as "Ann B"; CRLF is LF.
        const auto c =
            profile::compareWithServer(base, now, {"  Ann B ", "ann", "Line\r\nTwo"}, false);
        QVERIFY(c.fields.isEmpty());
        QVERIFY(c.taken.isEmpty());
        QVERIFY(c.changedElsewhere() == false);
    }

    void nullAndEmpty_areTheSame()
    {
        api::User base = user("Ann", "ann", "Hi");
        base.bio.reset(); // null
        api::User now = base;
        now.bio = QString(); // ""
        QVERIFY(!profile::compareWithServer(base, now, ProfileValues::fromUser(base), false)
                     .changedElsewhere());
    }

    void picture_takenWhenNotReplacedHere_conflictWhenItIs()
    {
        const api::User base = user("Ann", "ann", "Hi", "https://cdn.example/a.png");
        const api::User now = user("Ann", "ann", "Hi", "https://cdn.example/b.png");
        const auto taken =
            profile::compareWithServer(base, now, ProfileValues::fromUser(base), false);
        QVERIFY(taken.pictureTaken);
        QVERIFY(!taken.hasConflicts());
        const auto both =
            profile::compareWithServer(base, now, ProfileValues::fromUser(base), true);
        QVERIFY(!both.pictureTaken);
        QVERIFY(both.picture.has_value());
        QCOMPARE(both.picture->original, base.pictureUrl);
        QCOMPARE(both.picture->theirs, now.pictureUrl);
        // Removed elsewhere counts as changed too.
        api::User removed = base;
        removed.pictureUrl = QUrl();
        QVERIFY(profile::compareWithServer(base, removed, ProfileValues::fromUser(base), true)
                    .picture.has_value());
    }

    void ownPictureAlreadyAttached_isNoConflict()
    {
        // A save attached the uploaded picture but its answer was lost; the retry's re-read
        // shows that very file.
        const api::User base = user("Ann", "ann", "Hi", "https://cdn.example/a.png");
        const api::User now = user("Ann", "ann", "Hi", "https://cdn.example/mine.png");
        const auto c = profile::compareWithServer(base, now, ProfileValues::fromUser(base), true,
                                                  QUrl("https://cdn.example/mine.png"));
        QVERIFY(c.pictureAlreadyThere);
        QVERIFY(!c.hasConflicts());
        // Another picture is still a conflict.
        QVERIFY(profile::compareWithServer(base, now, ProfileValues::fromUser(base), true,
                                           QUrl("https://cdn.example/other.png"))
                    .picture.has_value());
    }

    void rebased_keepsTheOldBase_onlyWhereTheConflictIs()
    {
        api::User base = user("Ann", "ann", "Hi", "https://cdn.example/a.png");
        base.createdAt = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        api::User now = user("Ann (web)", "ann-web", "Hi", "https://cdn.example/b.png");
        now.createdAt = base.createdAt;
        now.individualVerification = QStringLiteral("approved");
        const auto c = profile::compareWithServer(base, now, {"Ann Here", "ann", "Hi"}, true);
        const api::User rebased = profile::rebasedSnapshot(base, c);
        QCOMPARE(rebased.name, base.name);             // in conflict: the old base
        QCOMPARE(rebased.pictureUrl, base.pictureUrl); // in conflict: the old base
        QCOMPARE(rebased.username, now.username);      // taken from Whop
        QCOMPARE(rebased.individualVerification, now.individualVerification); // facts: Whop's
    }
};

QTEST_GUILESS_MAIN(SaveConflictTest)
#include "tst_save_conflict.moc"
