// The real application binary is killed with SIGKILL in the middle of an edit (after its draft
// reached the disk) and started again: the draft is offered back, intact. The binary is driven
// through its --demo test hooks (app/DemoScript.h) in a throw-away HOME. And, unless the build
// keeps them for debugging, the binary has disabled core dumps before anything else. And a file an
// earlier version left that cannot be moved into this version's folders is named to the person.
#include "common/TreePath.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifndef WHOP_APP_BINARY
#error "WHOP_APP_BINARY must name the application binary"
#endif

class ProcessDeathTest : public QObject
{
    Q_OBJECT
    QTemporaryDir home;
    const QString typedName = QStringLiteral("Killed Mid-Edit");
    const QString typedBio = QStringLiteral("Typed before the crash\nsecond line ✓");

    QProcessEnvironment environment() const { return environmentIn(home.path()); }
    static QProcessEnvironment environmentIn(const QString &homePath)
    {
        const QDir dir(homePath);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"WHOP_API_KEY", "WHOP_BASE_URL", "WHOP_API_VERSION",
                                 "WHOP_DEMO_SCRIPTED_EDIT", "WHOP_DEMO_RECOVERY_ANSWER"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), homePath);
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("WHOP_DEMO_EVENTS"), QStringLiteral("1"));
        return env;
    }

    // Starts the app and collects its event lines ("whop-demo: <event> <json>").
    struct Run
    {
        QProcess process;
        QByteArray out;
        QList<QPair<QByteArray, QJsonObject>> events;

        void start(const QProcessEnvironment &env)
        {
            process.setProcessEnvironment(env);
            process.setProcessChannelMode(QProcess::SeparateChannels);
            QObject::connect(&process, &QProcess::readyReadStandardOutput, [this] {
                out += process.readAllStandardOutput();
                qsizetype end;
                while ((end = out.indexOf('\n')) >= 0) {
                    const QByteArray line = out.left(end);
                    out.remove(0, end + 1);
                    if (!line.startsWith("whop-demo: "))
                        continue;
                    const QByteArray rest = line.mid(11);
                    const qsizetype space = rest.indexOf(' ');
                    events.append(
                        {rest.left(space), QJsonDocument::fromJson(rest.mid(space + 1)).object()});
                }
            });
            process.start(whop::test::treePath(WHOP_APP_BINARY), {QStringLiteral("--demo")});
        }
        std::optional<QJsonObject> event(const QByteArray &name) const
        {
            for (const auto &[n, data] : events) {
                if (n == name)
                    return data;
            }
            return std::nullopt;
        }
        bool waitFor(const QByteArray &name, int ms = 30000)
        {
            return QTest::qWaitFor([&] { return event(name).has_value(); }, ms);
        }
        void killHard()
        {
            process.kill(); // SIGKILL: no handler, no cleanup, no flush
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        }
    };

private Q_SLOTS:
    void initTestCase() { QVERIFY(home.isValid()); }

#ifndef WHOP_KEEP_CORE_DUMPS
    void realBinary_cannotDumpCore()
    {
        Run run;
        QProcessEnvironment env = environment();
        for (const char *portal : {"FLATPAK_ID", "SNAP", "QT_QPA_PLATFORMTHEME", "GTK_USE_PORTAL"})
            env.remove(QLatin1String(portal)); // as on a desktop without the portal's dialogs
        run.start(env);
        QVERIFY2(run.process.waitForStarted(10000), qPrintable(run.process.errorString()));
        QVERIFY2(run.waitFor("process"),
                 qPrintable(QString::fromLocal8Bit(run.process.readAllStandardError())));
        // As the app's kernel sees it, asked from inside the process...
        const QJsonObject process = *run.event("process");
        QCOMPARE(process.value(QStringLiteral("dumpable")).toBool(true), false);
        QCOMPARE(process.value(QStringLiteral("coreSoftLimit")).toInteger(-1), 0);
        QCOMPARE(process.value(QStringLiteral("coreHardLimit")).toInteger(-1), 0);
        // ...and from outside: "Max core file size  0  0  bytes".
        QFile limits(QStringLiteral("/proc/%1/limits").arg(run.process.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = limits.readAll().split('\n');
        const auto core = std::find_if(lines.cbegin(), lines.cend(), [](const QByteArray &l) {
            return l.startsWith("Max core file size");
        });
        QVERIFY(core != lines.cend());
        QCOMPARE(core->mid(18).simplified(), QByteArray("0 0 bytes"));
        run.killHard();
    }
#endif

    void killedMidEdit_draftIsOfferedBackIntact()
    {
        QString draftPath;
        QByteArray draftBytes;
        {
            Run first;
            QProcessEnvironment env = environment();
            env.insert(
                QStringLiteral("WHOP_DEMO_SCRIPTED_EDIT"),
                QString::fromUtf8(QJsonDocument(QJsonObject{{"name", typedName}, {"bio", typedBio}})
                                      .toJson(QJsonDocument::Compact)));
            first.start(env);
            QVERIFY2(first.process.waitForStarted(10000), qPrintable(first.process.errorString()));
            QVERIFY2(first.waitFor("draft-written"),
                     qPrintable(QString::fromLocal8Bit(first.process.readAllStandardError())));
            draftPath = first.event("draft-written")->value(QStringLiteral("path")).toString();
            QVERIFY2(draftPath.startsWith(home.path()), qPrintable(draftPath));
            first.killHard();
        }
        QFile file(draftPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        draftBytes = file.readAll();
        QVERIFY(draftBytes.contains("Killed Mid-Edit"));
        QVERIFY(!draftBytes.contains("whop-demo-token")); // never a secret in a draft

        Run second;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("WHOP_DEMO_RECOVERY_ANSWER"), QStringLiteral("restore"));
        second.start(env);
        QVERIFY2(second.waitFor("draft-offered"),
                 qPrintable(QString::fromLocal8Bit(second.process.readAllStandardError())));
        const QJsonArray fields =
            second.event("draft-offered")->value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 2);
        QHash<QString, QJsonObject> byField;
        for (const auto &v : fields)
            byField.insert(v.toObject().value(QStringLiteral("field")).toString(), v.toObject());
        QCOMPARE(byField.value(QStringLiteral("name")).value(QStringLiteral("draft")).toString(),
                 typedName);
        QCOMPARE(byField.value(QStringLiteral("name")).value(QStringLiteral("server")).toString(),
                 QStringLiteral("Demo Creator"));
        QCOMPARE(byField.value(QStringLiteral("bio")).value(QStringLiteral("draft")).toString(),
                 typedBio);
        QVERIFY(!byField.value(QStringLiteral("name")).value(QStringLiteral("conflict")).toBool());

        QVERIFY(second.waitFor("draft-restored"));
        const QJsonObject restored = *second.event("draft-restored");
        QCOMPARE(restored.value(QStringLiteral("name")).toString(), typedName);
        QCOMPARE(restored.value(QStringLiteral("bio")).toString(), typedBio);
        QCOMPARE(restored.value(QStringLiteral("username")).toString(),
                 QStringLiteral("demo-creator"));
        second.killHard();
    }

    // Earlier builds kept drafts one folder deeper; one of them cannot take its place in the
    // new folder (a folder of that name is in the way). It stays where it was, and the person is
    // told which file, once the window shows the demo.
    void earlierVersionsFile_thatCannotBeMoved_isNamed()
    {
        QTemporaryDir other;
        QVERIFY(other.isValid());
        const QString name = QStringLiteral("Whop Profile Editor");
        const QString oldDraft =
            other.filePath(QStringLiteral("data/%1/%1/drafts/stuck.json").arg(name));
        QVERIFY(QDir().mkpath(QFileInfo(oldDraft).absolutePath()));
        QFile file(oldDraft);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
        file.close();
        const QString inTheWay =
            other.filePath(QStringLiteral("data/%1/drafts/stuck.json").arg(name));
        QVERIFY(QDir().mkpath(inTheWay));
        QFile(inTheWay).setFileTime(QDateTime::currentDateTime().addDays(-1),
                                    QFileDevice::FileModificationTime);

        Run run;
        run.start(environmentIn(other.path()));
        QVERIFY2(run.process.waitForStarted(10000), qPrintable(run.process.errorString()));
        QVERIFY2(run.waitFor("loaded"),
                 qPrintable(QString::fromLocal8Bit(run.process.readAllStandardError())));
        QStringList notices;
        for (const auto &[event, data] : run.events) {
            if (event == "notice")
                notices << data.value(QStringLiteral("message")).toString();
        }
        run.killHard();
        QVERIFY(QFileInfo(oldDraft).isFile()); // left where it was
        const QString said = notices.join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QDir::toNativeSeparators(oldDraft)), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(ProcessDeathTest)
#include "tst_process_death.moc"
