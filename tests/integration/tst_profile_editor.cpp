#include "common/SandboxFixture.h"
#include "common/TestSupport.h"
#include "profile/ProfileEditor.h"

using namespace whop;
using namespace whop::test;
using profile::Field;
using profile::ProfileEditor;
using sandbox::Fault;

class ProfileEditorTest : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    std::unique_ptr<ProfileEditor> editor;

    void loadEditor()
    {
        editor = std::make_unique<ProfileEditor>(f.client.get());
        QSignalSpy loaded(editor.get(), &ProfileEditor::loaded);
        editor->load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(editor->state(), ProfileEditor::State::Ready);
        f.server->clearRequests();
    }
    int patchCount() const
    {
        int n = 0;
        for (const auto &r : f.server->requests())
            n += r.method == "PATCH";
        return n;
    }

private Q_SLOTS:
    void init()
    {
        f.setUp();
        loadEditor();
    }
    void cleanup()
    {
        editor.reset();
        f.tearDown();
    }

    void load_fillsSnapshotAndDraft()
    {
        QCOMPARE(editor->snapshot().username, QStringLiteral("demo-creator"));
        QCOMPARE(editor->value(Field::Name), QStringLiteral("Demo Creator"));
        QVERIFY(!editor->isDirty());
        QVERIFY(!editor->canSave());
    }

    void save_sendsOnlyTheChangedField_andAdoptsTheServerAnswer()
    {
        editor->setValue(Field::Name, QStringLiteral("  Demo Person  "));
        QCOMPARE(editor->dirtyFields(), QList<Field>{Field::Name});
        QSignalSpy saved(editor.get(), &ProfileEditor::saved);
        QVERIFY(editor->save());
        QVERIFY(saved.wait(5000));
        QCOMPARE(patchCount(), 1);
        QCOMPARE(jsonOf(f.server->requests().last().body),
                 QJsonObject({{QStringLiteral("name"), QStringLiteral("Demo Person")}}));
        QCOMPARE(editor->snapshot().displayName(), QStringLiteral("Demo Person"));
        QCOMPARE(editor->value(Field::Name), QStringLiteral("Demo Person"));
        QVERIFY(!editor->isDirty());
        QCOMPARE(f.server->storedUser(QStringLiteral("me")).isEmpty(), true); // "me" is not an id
        QCOMPARE(f.server->storedUser(QLatin1String(sandbox::SandboxServer::DemoUserId))
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Demo Person"));
    }

    void nothingChanged_sendsNothing()
    {
        editor->setValue(
            Field::Bio,
            editor->value(Field::Bio).replace(QLatin1Char('\n'), QStringLiteral("\r\n")));
        QVERIFY(!editor->isDirty());
        QVERIFY(!editor->save());
        QTest::qWait(50);
        QCOMPARE(patchCount(), 0);
    }

    void neverTwoSavesInFlight()
    {
        Fault slow = makeFault(Fault::Kind::Delay);
        slow.delayMs = 300;
        f.server->injectFault(slow, 1);
        editor->setValue(Field::Bio, QStringLiteral("one"));
        QVERIFY(editor->save());
        QVERIFY(!editor->save());
        editor->setValue(Field::Bio, QStringLiteral("two"));
        QVERIFY(!editor->save());
        QSignalSpy saved(editor.get(), &ProfileEditor::saved);
        QVERIFY(saved.wait(5000));
        QCOMPARE(patchCount(), 1);
    }

    void invalidField_blocksSave()
    {
        editor->setValue(Field::Username, QStringLiteral("no spaces allowed"));
        QVERIFY(!editor->fieldError(Field::Username).isEmpty());
        QVERIFY(!editor->canSave());
        QVERIFY(!editor->save());
        editor->setValue(Field::Name, QString(101, QLatin1Char('n')));
        editor->setValue(Field::Username, QStringLiteral("fine-now"));
        QVERIFY(!editor->fieldError(Field::Name).isEmpty());
        QVERIFY(!editor->canSave());
    }

    void conflict_isShownBesideTheField_andTheDraftStays()
    {
        editor->setValue(Field::Username, QStringLiteral("taken-name"));
        editor->setValue(Field::Bio, QStringLiteral("keep me"));
        QSignalSpy fieldError(editor.get(), &ProfileEditor::serverFieldError);
        QVERIFY(editor->save());
        QVERIFY(fieldError.wait(5000));
        QCOMPARE(fieldError.first().at(0).value<Field>(), Field::Username);
        QVERIFY(editor->fieldError(Field::Username).contains(QStringLiteral("taken")));
        QVERIFY(!editor->lastError().isError()); // not a banner error
        QCOMPARE(editor->value(Field::Username), QStringLiteral("taken-name"));
        QCOMPARE(editor->value(Field::Bio), QStringLiteral("keep me"));
        QVERIFY(editor->isDirty());
        // Editing the field clears the server's complaint.
        editor->setValue(Field::Username, QStringLiteral("taken-name2"));
        QVERIFY(editor->fieldError(Field::Username).isEmpty());
    }

    void failedSave_keepsTheDraft_andTheNextSaveWorks()
    {
        f.server->injectFault(makeFault(Fault::Kind::Status, 500), 3);
        editor->setValue(Field::Bio, QStringLiteral("survives"));
        QSignalSpy error(editor.get(), &ProfileEditor::errorChanged);
        QVERIFY(editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(editor->state() == ProfileEditor::State::Ready, 10000);
        QCOMPARE(editor->lastError().kind, api::ErrorKind::Server);
        QCOMPARE(editor->value(Field::Bio), QStringLiteral("survives"));
        QVERIFY(editor->canSave());
        QSignalSpy saved(editor.get(), &ProfileEditor::saved);
        QVERIFY(editor->save());
        QVERIFY(saved.wait(5000));
        QVERIFY(!editor->lastError().isError());
    }

    void cancel_keepsTheDraft()
    {
        Fault slow = makeFault(Fault::Kind::Delay);
        slow.delayMs = 2000;
        f.server->injectFault(slow, 1);
        editor->setValue(Field::Name, QStringLiteral("Cancelled Name"));
        QVERIFY(editor->save());
        editor->cancel();
        QTRY_COMPARE(editor->state(), ProfileEditor::State::Ready);
        QCOMPARE(editor->lastError().kind, api::ErrorKind::Cancelled);
        QCOMPARE(editor->value(Field::Name), QStringLiteral("Cancelled Name"));
        QVERIFY(editor->canSave());
    }

    void revert_returnsToTheSnapshot()
    {
        editor->setValue(Field::Name, QStringLiteral("x"));
        editor->revert();
        QVERIFY(!editor->isDirty());
        QCOMPARE(editor->value(Field::Name), QStringLiteral("Demo Creator"));
    }

    void reload_keepsEdits_andTakesServerChangesElsewhere()
    {
        editor->setValue(Field::Bio, QStringLiteral("my unsaved bio"));
        QJsonObject stored =
            f.server->storedUser(QLatin1String(sandbox::SandboxServer::DemoUserId));
        stored.insert(QStringLiteral("name"), QStringLiteral("Changed Elsewhere"));
        f.server->putUser(stored);
        QSignalSpy loaded(editor.get(), &ProfileEditor::loaded);
        editor->load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(editor->value(Field::Name), QStringLiteral("Changed Elsewhere"));
        QCOMPARE(editor->value(Field::Bio), QStringLiteral("my unsaved bio"));
    }

    void failedLoad_reportsTheError()
    {
        f.server->injectFault(makeFault(Fault::Kind::Malformed), 1);
        editor->load();
        QTRY_COMPARE(editor->state(), ProfileEditor::State::Ready);
        QCOMPARE(editor->lastError().kind, api::ErrorKind::BadResponse);
        QCOMPARE(editor->snapshot().username, QStringLiteral("demo-creator")); // still there
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    whop::test::isolateSettings();
    ProfileEditorTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_profile_editor.moc"
