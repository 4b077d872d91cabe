// Where the app keeps its files, in a throw-away home with the app's own names: one folder per
// kind, the settings file in the config one, identities.json readable by its owner only, and
// what earlier versions left in the doubled folders (~/.config/Whop Profile Editor/Whop Profile
// Editor/…) moved over once, nothing lost and nothing newer overwritten.
#include "AppInfo.h"
#include "auth/IdentityRegistry.h"
#include "files/AppFolders.h"
#include "files/DoubledFolders.h"
#include "profile/Draft.h"
#include "profile/DraftStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace whop;

namespace {

QTemporaryDir *home = nullptr;

constexpr QFileDevice::Permissions Others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;

QString under(const QString &relative)
{
    return home->path() + QLatin1Char('/') + relative;
}

// Writes `bytes` to `path` (folders made) and dates it `age` seconds back.
void write(const QString &path, const QByteArray &bytes, int age,
           QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    file.flush(); // the date is set after the last write
    file.setFileTime(QDateTime::currentDateTime().addSecs(-age), QFileDevice::FileModificationTime);
    file.close();
    file.setPermissions(permissions);
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace

class AppFilesTest : public QObject
{
    Q_OBJECT
    const QString name = QLatin1String(AppName);

private Q_SLOTS:
    void cleanup()
    {
        for (const char *base : {".config", ".local/share", ".cache"})
            QDir(under(QLatin1String(base))).removeRecursively();
    }

    void oneFolderOfEachKind_namedOnce_withTheSettingsInIt()
    {
        QCOMPARE(files::configFolder(), under(QStringLiteral(".config/")) + name);
        QCOMPARE(files::dataFolder(), under(QStringLiteral(".local/share/")) + name);
        QCOMPARE(files::cacheFolder(), under(QStringLiteral(".cache/")) + name);
        QCOMPARE(QFileInfo(QSettings().fileName()).absolutePath(), files::configFolder());
        QCOMPARE(auth::IdentityRegistry().path(), files::configFolder() + "/identities.json");
        QCOMPARE(profile::DraftStore().draftsDirectory(), files::dataFolder() + "/drafts");
    }

    void doubledFolders_moveOver_nothingLost_nothingNewerOverwritten()
    {
        const QString oldConfig = under(".config/%1/%1").arg(name);
        const QString oldData = under(".local/share/%1/%1").arg(name);
        const QString oldCache = under(".cache/%1/%1").arg(name);
        const QString newData = files::dataFolder();
        QSettings().setValue(QStringLiteral("network/timeoutSeconds"), 42);
        QSettings().sync();
        write(oldConfig + "/identities.json", "identities", 100,
              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                  QFileDevice::ReadOther);
        write(oldData + "/drafts/draft-a.json", "draft a", 100);
        write(oldData + "/drafts/pictures/picture.jpg", "jpeg", 100);
        // Already in the new folder: a newer draft b (kept), an older draft c (replaced).
        write(oldData + "/drafts/draft-b.json", "old b", 100);
        write(newData + "/drafts/draft-b.json", "new b", 10);
        write(oldData + "/drafts/draft-c.json", "new c", 10);
        write(newData + "/drafts/draft-c.json", "old c", 100);
        write(oldCache + "/logos/logo.png", "png", 100);

        const files::MovedFiles result = files::moveFromDoubledFolders();
        QCOMPARE(result.failed, QStringList());
        QCOMPARE(result.moved.size(), 5);
        QCOMPARE(result.kept, QStringList{oldData + "/drafts/draft-b.json"});

        QCOMPARE(read(files::configFolder() + "/identities.json"), QByteArray("identities"));
        QCOMPARE(read(newData + "/drafts/draft-a.json"), QByteArray("draft a"));
        QCOMPARE(read(newData + "/drafts/pictures/picture.jpg"), QByteArray("jpeg"));
        QCOMPARE(read(newData + "/drafts/draft-b.json"), QByteArray("new b"));
        QCOMPARE(read(newData + "/drafts/draft-c.json"), QByteArray("new c"));
        QCOMPARE(read(files::cacheFolder() + "/logos/logo.png"), QByteArray("png"));
        // The older draft b stays where it was; every emptied doubled folder is gone.
        QCOMPARE(read(oldData + "/drafts/draft-b.json"), QByteArray("old b"));
        QVERIFY(!QFileInfo::exists(oldConfig));
        QVERIFY(!QFileInfo::exists(oldCache));
        QVERIFY(!QFileInfo::exists(oldData + "/drafts/pictures"));
        // The settings file was in the right place all along.
        QCOMPARE(QSettings().value(QStringLiteral("network/timeoutSeconds")).toInt(), 42);

        // Once: the next start finds nothing more to move.
        const files::MovedFiles again = files::moveFromDoubledFolders();
        QVERIFY(again.moved.isEmpty());
        QCOMPARE(again.kept, result.kept);

        // The moved identities, once read, are the person's only.
        const QString identities = files::configFolder() + "/identities.json";
        QVERIFY(QFile::permissions(identities) & Others);
        auth::IdentityRegistry registry;
        registry.load();
        QCOMPARE(QFile::permissions(identities) & Others, QFileDevice::Permissions());
    }

    // An older build ran after this one and touched its identities.json last: the newer
    // modification time must not make its list replace this version's. Both lists are merged
    // (every identity of either; one in both keeps this version's entry), the current identity
    // stays this version's, and the doubled copy goes.
    void doubledIdentities_areMergedByContent_notReplacedByModificationTime()
    {
        const QString oldList = under(".config/%1/%1/identities.json").arg(name);
        const QString newList = files::configFolder() + "/identities.json";
        auto identity = [](const QString &label) {
            auth::Identity i;
            i.id = auth::Identity::newId();
            i.kind = auth::IdentityKind::UserToken;
            i.environment = auth::Environment::Production;
            i.label = label;
            return i;
        };
        auth::Identity both = identity(QStringLiteral("Both, as the older build named it"));
        const auth::Identity onlyOld = identity(QStringLiteral("Only in the doubled folder"));
        const auth::Identity onlyNew = identity(QStringLiteral("Added with this version"));
        {
            auth::IdentityRegistry older(oldList);
            older.upsert(both);
            older.upsert(onlyOld);
            older.setCurrentId(onlyOld.id);
            both.label = QStringLiteral("Both, renamed with this version");
            auth::IdentityRegistry newer(newList);
            newer.upsert(both);
            newer.upsert(onlyNew);
            newer.setCurrentId(onlyNew.id);
        }
        write(newList, read(newList), 1000); // written long ago...
        write(oldList, read(oldList), 0);    // ...and the older build's file just now

        const files::MovedFiles result = files::moveFromDoubledFolders();
        QCOMPARE(result.failed, QStringList());
        QVERIFY(!QFileInfo::exists(oldList));
        auth::IdentityRegistry merged;
        QString problem;
        QVERIFY2(merged.load(&problem), qPrintable(problem));
        QCOMPARE(merged.identities().size(), 3);
        QVERIFY(merged.find(onlyOld.id));
        QVERIFY(merged.find(onlyNew.id));
        QCOMPARE(merged.find(both.id)->label, both.label);
        QCOMPARE(merged.currentId(), onlyNew.id);
        QCOMPARE(QFile::permissions(newList) & Others, QFileDevice::Permissions());
    }

    // A doubled list that cannot be read as one is not merged and not lost: it stays where it
    // was, and is reported as not moved; this version's list is untouched.
    void doubledIdentitiesThatCannotBeRead_stayWhereTheyWere_andAreReported()
    {
        const QString oldList = under(".config/%1/%1/identities.json").arg(name);
        const QString newList = files::configFolder() + "/identities.json";
        write(newList, R"({"format": 1, "identities": []})", 1000);
        write(oldList, "not a list of identities", 0);
        const files::MovedFiles result = files::moveFromDoubledFolders();
        QCOMPARE(result.failed, QStringList{oldList});
        QCOMPARE(read(oldList), QByteArray("not a list of identities"));
        QCOMPARE(read(newList), QByteArray(R"({"format": 1, "identities": []})"));
    }

    // Two drafts of the same profile: the one saved last (saved_at, inside the file) wins, not
    // the one whose file was touched last; the other stays in the doubled folder.
    void doubledDrafts_theOneSavedLastWins_whateverTheModificationTimes()
    {
        const QString oldData = under(".local/share/%1/%1").arg(name);
        profile::Draft draft;
        draft.identityKey = QStringLiteral("idn_1");
        draft.profileKey = QStringLiteral("me");
        draft.userId = QStringLiteral("user_1");
        draft.base = {QStringLiteral("Name"), QStringLiteral("name"), QString()};
        draft.savedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        draft.edits.insert(profile::Field::Name, QStringLiteral("Typed an hour ago"));
        QVERIFY(profile::DraftStore(oldData).write(draft));
        draft.savedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        draft.edits.insert(profile::Field::Name, QStringLiteral("Typed a minute ago"));
        QVERIFY(profile::DraftStore().write(draft));
        const QString oldPath = profile::DraftStore(oldData).pathFor(draft.identityKey, "me");
        const QString newPath = profile::DraftStore().pathFor(draft.identityKey, "me");
        write(newPath, read(newPath), 1000);
        write(oldPath, read(oldPath), 0); // copied back, say: its file is the newest

        const files::MovedFiles result = files::moveFromDoubledFolders();
        QCOMPARE(result.failed, QStringList());
        QCOMPARE(result.kept, QStringList{oldPath});
        QVERIFY(read(newPath).contains("Typed a minute ago"));
        QVERIFY(read(oldPath).contains("Typed an hour ago"));
    }

    void identities_areWrittenForTheOwnerOnly()
    {
        auth::IdentityRegistry registry;
        auth::Identity identity;
        identity.id = auth::Identity::newId();
        identity.kind = auth::IdentityKind::UserToken;
        identity.environment = auth::Environment::Production;
        identity.label = QStringLiteral("Mine");
        registry.upsert(identity);
        const QFileDevice::Permissions permissions = QFile::permissions(registry.path());
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QVERIFY(permissions & QFileDevice::WriteOwner);
        QCOMPARE(permissions & Others, QFileDevice::Permissions());
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir dir;
    home = &dir;
    qputenv("HOME", dir.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (dir.path() + QStringLiteral("/.config")).toUtf8());
    qputenv("XDG_DATA_HOME", (dir.path() + QStringLiteral("/.local/share")).toUtf8());
    qputenv("XDG_CACHE_HOME", (dir.path() + QStringLiteral("/.cache")).toUtf8());
    QCoreApplication app(argc, argv);
    // The names app/main.cpp gives the application.
    QCoreApplication::setApplicationName(QLatin1String(AppName));
    QCoreApplication::setOrganizationName(QLatin1String(OrganizationName));
    AppFilesTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_app_files.moc"
