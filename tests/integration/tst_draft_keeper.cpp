// Drafts on disk: written shortly after a change, removed after a save or revert, offered back
// after the first load (with per-field conflicts), and set aside when unreadable.
#include "common/SandboxFixture.h"
#include "common/TestPictures.h"
#include "common/TestSupport.h"
#include "profile/DraftKeeper.h"
#include "profile/ProfileEditor.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace whop;
using namespace whop::test;
using profile::Draft;
using profile::DraftKeeper;
using profile::DraftRecovery;
using profile::DraftStore;
using profile::Field;
using profile::FieldChoice;
using profile::ProfileEditor;
using sandbox::Fault;

class DraftKeeperTest : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    std::unique_ptr<QTemporaryDir> dataDir;
    std::unique_ptr<ProfileEditor> editor;
    std::unique_ptr<DraftKeeper> keeper;

    DraftStore store() const { return DraftStore(dataDir->path()); }
    QString path() const { return store().pathFor(QStringLiteral("demo"), QStringLiteral("me")); }

    // A fresh editor and keeper, as after a restart, and its first load.
    void start(bool waitForLoad = true)
    {
        keeper.reset();
        editor = std::make_unique<ProfileEditor>(f.client.get());
        keeper = std::make_unique<DraftKeeper>(editor.get(), store());
        keeper->setIdentityKeyProvider([] { return QStringLiteral("demo"); });
        keeper->setDebounceMs(30);
        if (!waitForLoad)
            return;
        QSignalSpy loaded(editor.get(), &ProfileEditor::loaded);
        editor->load();
        QVERIFY(loaded.wait(5000));
    }
    Draft leftover(const QString &name, const QString &baseName = QStringLiteral("Demo Creator"))
    {
        Draft d;
        d.identityKey = QStringLiteral("demo");
        d.profileKey = QStringLiteral("me");
        d.userId = QLatin1String(sandbox::SandboxServer::DemoUserId);
        d.savedAt = QDateTime::currentDateTimeUtc();
        const auto stored = f.server->storedUser(d.userId);
        d.base = {baseName, stored.value(QStringLiteral("username")).toString(),
                  stored.value(QStringLiteral("bio")).toString()};
        d.edits.insert(Field::Name, name);
        return d;
    }
    void writeFile(const QByteArray &bytes)
    {
        QDir().mkpath(store().draftsDirectory());
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QStringList setAsideFiles() const
    {
        return QDir(store().draftsDirectory())
            .entryList({QStringLiteral("*.corrupt-*"), QStringLiteral("*.newer-*"),
                        QStringLiteral("*.other-user-*")},
                       QDir::Files);
    }

private Q_SLOTS:
    void init()
    {
        f.setUp();
        dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(dataDir->isValid());
    }
    void cleanup()
    {
        keeper.reset();
        editor.reset();
        f.tearDown();
        dataDir.reset();
    }

    void edit_isWrittenShortlyAfter_withoutASecret_readableOnlyByThePerson()
    {
        start();
        QSignalSpy written(keeper.get(), &DraftKeeper::draftWritten);
        editor->setValue(Field::Name, QStringLiteral("Typed Name"));
        QVERIFY(keeper->hasPendingWrite());
        QVERIFY(!QFile::exists(path())); // debounced, not on every key press
        QVERIFY(written.wait(5000));
        QCOMPARE(written.first().at(0).toString(), path());
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(sandbox::SandboxServer::DemoToken));
        QVERIFY(!bytes.contains("Bearer"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        const auto draft = profile::parseDraft(bytes);
        QVERIFY(draft.has_value());
        QCOMPARE(draft->edits.value(Field::Name), QStringLiteral("Typed Name"));
        QCOMPARE(draft->edits.size(), 1);
        QCOMPARE(draft->base.name, QStringLiteral("Demo Creator"));
        QCOMPARE(draft->userId, QLatin1String(sandbox::SandboxServer::DemoUserId));
    }

    void save_removesTheDraft()
    {
        start();
        editor->setValue(Field::Bio, QStringLiteral("saved bio"));
        keeper->flush();
        QVERIFY(QFile::exists(path()));
        QSignalSpy saved(editor.get(), &ProfileEditor::saved);
        QVERIFY(editor->save());
        QVERIFY(saved.wait(5000));
        QVERIFY(!QFile::exists(path()));
        QVERIFY(!keeper->hasPendingWrite());
    }

    void revert_removesTheDraft()
    {
        start();
        editor->setValue(Field::Bio, QStringLiteral("changed my mind"));
        keeper->flush();
        QVERIFY(QFile::exists(path()));
        editor->revert();
        QVERIFY(!QFile::exists(path()));
    }

    void reset_keepsWhatWasPending()
    {
        start();
        editor->setValue(Field::Name, QStringLiteral("Before Switching"));
        editor->reset(); // another identity is about to load
        QVERIFY(QFile::exists(path()));
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto draft = profile::parseDraft(file.readAll());
        QVERIFY(draft.has_value());
        QCOMPARE(draft->edits.value(Field::Name), QStringLiteral("Before Switching"));
    }

    void leftover_isOfferedAfterTheFirstLoad_andRestored()
    {
        QVERIFY(store().write(leftover(QStringLiteral("From Last Time"))));
        start(false);
        QSignalSpy offered(keeper.get(), &DraftKeeper::recoveryOffered);
        QSignalSpy written(keeper.get(), &DraftKeeper::draftWritten);
        editor->load();
        QVERIFY(offered.wait(5000));
        const auto recovery = offered.first().at(0).value<DraftRecovery>();
        QCOMPARE(recovery.fields.size(), 1);
        QCOMPARE(recovery.fields.first().draftValue, QStringLiteral("From Last Time"));
        QCOMPARE(recovery.fields.first().serverValue, QStringLiteral("Demo Creator"));
        QVERIFY(!recovery.hasConflicts());
        // While the offer waits, the file is left alone.
        QVERIFY(!keeper->hasPendingWrite());
        keeper->restore();
        QCOMPARE(editor->value(Field::Name), QStringLiteral("From Last Time"));
        QVERIFY(editor->isDirty());
        QVERIFY(written.wait(5000));
        QVERIFY(QFile::exists(path()));
    }

    void leftover_sameAsServer_isRemovedSilently()
    {
        QVERIFY(store().write(leftover(QStringLiteral("Demo Creator"))));
        start();
        QVERIFY(!keeper->pendingRecovery().has_value());
        QVERIFY(!QFile::exists(path()));
    }

    void leftover_whereTheServerChangedTheField_letsThePersonChoose()
    {
        // The draft was made when the name was "Old Name"; the server has "Demo Creator" now.
        Draft d = leftover(QStringLiteral("My Name"), QStringLiteral("Old Name"));
        d.edits.insert(Field::Bio, QStringLiteral("my bio"));
        QVERIFY(store().write(d));
        start(false);
        QSignalSpy offered(keeper.get(), &DraftKeeper::recoveryOffered);
        editor->load();
        QVERIFY(offered.wait(5000));
        const auto recovery = offered.first().at(0).value<DraftRecovery>();
        QCOMPARE(recovery.fields.size(), 2);
        QVERIFY(recovery.fields.at(0).serverChanged);  // name
        QVERIFY(!recovery.fields.at(1).serverChanged); // bio
        keeper->restore({{Field::Name, FieldChoice::Server}});
        QCOMPARE(editor->value(Field::Name), QStringLiteral("Demo Creator"));
        QCOMPARE(editor->value(Field::Bio), QStringLiteral("my bio"));
    }

    void discard_removesTheLeftover()
    {
        QVERIFY(store().write(leftover(QStringLiteral("Unwanted"))));
        start(false);
        QSignalSpy offered(keeper.get(), &DraftKeeper::recoveryOffered);
        editor->load();
        QVERIFY(offered.wait(5000));
        keeper->discardRecovered();
        QVERIFY(!QFile::exists(path()));
        QCOMPARE(editor->value(Field::Name), QStringLiteral("Demo Creator"));
    }

    void leftover_survivesAFailedFirstLoad()
    {
        QVERIFY(store().write(leftover(QStringLiteral("Still Here"))));
        f.server->injectFault(makeFault(Fault::Kind::Status, 503), 3);
        start(false);
        QSignalSpy offered(keeper.get(), &DraftKeeper::recoveryOffered);
        QSignalSpy error(editor.get(), &ProfileEditor::errorChanged);
        editor->load();
        QVERIFY(error.wait(10000));
        QVERIFY(!editor->hasSnapshot());
        QVERIFY(QFile::exists(path()));
        editor->load();
        QVERIFY(offered.wait(5000));
        QCOMPARE(offered.first().at(0).value<DraftRecovery>().fields.first().draftValue,
                 QStringLiteral("Still Here"));
    }

    void unreadableFile_isSetAside_andTheEditorWorks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("words");
        Draft sample; // the data function runs before init(): no sandbox to ask
        sample.identityKey = QStringLiteral("demo");
        sample.profileKey = QStringLiteral("me");
        sample.edits.insert(Field::Name, QStringLiteral("X"));
        const QByteArray good = profile::serializeDraft(sample);
        QByteArray future = good;
        future.replace("\"format\": 1", "\"format\": 7");
        QTest::newRow("corrupt") << QByteArray("{\"kind\": nonsense") << "corrupt"
                                 << "damaged";
        QTest::newRow("truncated") << good.left(good.size() - 20) << "corrupt"
                                   << "incomplete";
        QTest::newRow("binary") << QByteArray(64, '\0') << "corrupt"
                                << "damaged";
        QTest::newRow("empty") << QByteArray() << "corrupt"
                               << "damaged";
        QTest::newRow("future format") << future << "newer"
                                       << "newer version";
    }
    void unreadableFile_isSetAside_andTheEditorWorks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, tag);
        QFETCH(QString, words);
        writeFile(bytes);
        start(false);
        QSignalSpy problem(keeper.get(), &DraftKeeper::problem);
        QSignalSpy loaded(editor.get(), &ProfileEditor::loaded);
        editor->load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(problem.size(), 1);
        const QString message = problem.first().at(0).toString();
        QVERIFY2(message.contains(words), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral(".") + tag + QStringLiteral("-")),
                 qPrintable(message));
        QVERIFY(!QFile::exists(path()));
        const QStringList aside = setAsideFiles();
        QCOMPARE(aside.size(), 1);
        QFile kept(store().draftsDirectory() + QLatin1Char('/') + aside.first());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), bytes); // renamed, not rewritten or deleted
        // The app carries on: edits are kept again.
        editor->setValue(Field::Name, QStringLiteral("New Edit"));
        keeper->flush();
        QVERIFY(QFile::exists(path()));
    }

    void draftOfAnotherUser_isSetAside()
    {
        Draft d = leftover(QStringLiteral("Someone Else"));
        d.userId = QStringLiteral("user_SomeoneElse");
        QVERIFY(store().write(d));
        start(false);
        QSignalSpy problem(keeper.get(), &DraftKeeper::problem);
        QSignalSpy offered(keeper.get(), &DraftKeeper::recoveryOffered);
        QSignalSpy loaded(editor.get(), &ProfileEditor::loaded);
        editor->load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(offered.size(), 0);
        QCOMPARE(problem.size(), 1);
        QCOMPARE(setAsideFiles().size(), 1);
    }

    void picture_isOfferedWhenItsCopyExists_andIgnoredWhenNot()
    {
        Draft d = leftover(QStringLiteral("Demo Creator")); // the name equals the server
        d.picture = QStringLiteral("drafts/pictures/chosen.png");
        QVERIFY(store().write(d));
        // No copy on disk: nothing to offer, the draft goes.
        start();
        QVERIFY(!keeper->pendingRecovery().has_value());
        QVERIFY(!QFile::exists(path()));

        QVERIFY(store().write(d));
        QDir().mkpath(dataDir->filePath(QStringLiteral("drafts/pictures")));
        QFile copy(dataDir->filePath(d.picture));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write("png bytes");
        copy.close();
        start(false);
        QSignalSpy offered(keeper.get(), &DraftKeeper::recoveryOffered);
        QSignalSpy restored(keeper.get(), &DraftKeeper::restored);
        editor->load();
        QVERIFY(offered.wait(5000));
        QVERIFY(offered.first().at(0).value<DraftRecovery>().hasPicture());
        keeper->restore();
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored.first().at(0).toString(), dataDir->filePath(d.picture));
    }

    void chosenPicture_isKeptWithTheDraft_andComesBack()
    {
        start();
        QImage image(256, 256, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const avatar::EncodedPicture picture = pngPicture(image, QStringLiteral("chosen.png"));
        QVERIFY(!picture.bytes.isEmpty());
        editor->setPicture(picture);
        keeper->flush();
        auto draft = profile::parseDraft([this] {
            QFile file(path());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }());
        QVERIFY(draft.has_value());
        QVERIFY(draft->picture.startsWith(QLatin1String("drafts/pictures/")));
        const QString copy = dataDir->filePath(draft->picture);
        QVERIFY(QFile::exists(copy));

        // After a restart the picture is offered and put back into the editor.
        start(false);
        QSignalSpy offered(keeper.get(), &DraftKeeper::recoveryOffered);
        editor->load();
        QVERIFY(offered.wait(5000));
        QVERIFY(offered.first().at(0).value<DraftRecovery>().hasPicture());
        keeper->restore();
        QTRY_VERIFY_WITH_TIMEOUT(editor->hasPendingPicture(), 5000);
        QCOMPARE(editor->pendingPicture().bytes, picture.bytes);
        QCOMPARE(editor->pendingPicture().pixelSize, QSize(256, 256));

        // Reverting drops the picture, the draft and its copy.
        editor->revert();
        QVERIFY(!QFile::exists(path()));
        QVERIFY(!QFile::exists(copy));
    }

    void writeFailure_isReportedOnce_andTheEditKept()
    {
        // A file where the drafts folder should be: the folder cannot be made.
        QFile blocker(store().draftsDirectory());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        start();
        QSignalSpy problem(keeper.get(), &DraftKeeper::problem);
        editor->setValue(Field::Name, QStringLiteral("One"));
        keeper->flush();
        editor->setValue(Field::Name, QStringLiteral("Two"));
        keeper->flush();
        QCOMPARE(problem.size(), 1);
        QVERIFY(problem.first().at(0).toString().contains(QStringLiteral("could not be kept")));
        QCOMPARE(editor->value(Field::Name), QStringLiteral("Two"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    whop::test::isolateSettings();
    DraftKeeperTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_draft_keeper.moc"
