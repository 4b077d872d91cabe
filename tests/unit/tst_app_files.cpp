// Where the app keeps its files, in a throw-away home with the app's own names: one folder per
// kind, the settings file in the config one, identities.json readable by its owner only, and
// what earlier versions left in the doubled folders (~/.config/Whop Profile Editor/Whop Profile
// Editor/…) moved over once, nothing lost and nothing newer overwritten.
#include "AppFolders.h"
#include "AppInfo.h"
#include "DoubledFolders.h"
#include "DraftStore.h"
#include "IdentityRegistry.h"

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
