#pragma once

// The editor of one kind of profile against the sandbox, for the safe-save, username check,
// journal and restore tests: a user token on the global profile, a user token on an account's
// override, or an account API key; with a draft keeper writing to a fresh folder, a change journal
// when asked for, and the means to change the profile "elsewhere". SafeSaveRigTest is the base of
// those tests: it sets the rig up and tears it down around each test.

#include "common/SandboxFixture.h"
#include "common/TestImages.h"
#include "common/TestSupport.h"
#include "journal/ChangeJournal.h"
#include "profile/DraftKeeper.h"
#include "profile/ProfileEditor.h"
#include "sandbox/SandboxFiles.h"

#include <QTemporaryDir>

namespace whop::test {

enum class Mode
{
    UserToken,
    Override,
    ApiKey
};

inline void addModes()
{
    QTest::addColumn<Mode>("mode");
    QTest::newRow("user token") << Mode::UserToken;
    QTest::newRow("override mode") << Mode::Override;
    QTest::newRow("API key") << Mode::ApiKey;
}

struct SafeSaveRig
{
    static inline const QString DemoUser = QLatin1String(sandbox::SandboxServer::DemoUserId);
    static inline const QString Studio = QLatin1String(sandbox::SandboxServer::DemoAccountId);

    SandboxFixture f;
    Mode current = Mode::UserToken;
    std::unique_ptr<QTemporaryDir> dataDir;
    std::unique_ptr<profile::ProfileEditor> editor;
    std::unique_ptr<profile::DraftKeeper> keeper;
    std::unique_ptr<QTemporaryDir> journalDir;
    // What the editor records its saves in (startWithJournal); replaceable, the editor asks for it
    // at each save.
    std::shared_ptr<journal::ChangeJournal> journal;

    void setUp()
    {
        f.setUp();
        f.server->files()->setProcessingDelayMs(0);
    }
    void tearDown()
    {
        keeper.reset();
        editor.reset();
        f.tearDown();
        journal.reset();
    }

    QString account() const { return current == Mode::UserToken ? QString() : Studio; }

    // The editor of `mode`'s profile, loaded, with a draft keeper writing to a fresh folder.
    void start(Mode mode)
    {
        current = mode;
        if (mode == Mode::ApiKey) {
            f.client->setToken(sandbox::SandboxServer::DemoApiKey);
            f.client->setRequiresAccount(true);
        }
        dataDir = std::make_unique<QTemporaryDir>();
        editor = std::make_unique<profile::ProfileEditor>(f.client.get());
        api::UserTarget target;
        target.user = mode == Mode::ApiKey ? DemoUser : QStringLiteral("me");
        target.accountId = account();
        editor->setTarget(target);
        keeper = std::make_unique<profile::DraftKeeper>(editor.get(),
                                                        profile::DraftStore(dataDir->path()));
        keeper->setIdentityKeyProvider([] { return QStringLiteral("tests"); });
        keeper->setDebounceMs(10);
        QSignalSpy loaded(editor.get(), &profile::ProfileEditor::loaded);
        editor->load();
        QVERIFY(loaded.wait(5000));
        f.server->clearRequests();
    }

    // start(mode), and the editor records its saves in a journal of `identityId`'s in a fresh
    // folder.
    void startWithJournal(Mode mode, const QString &identityId)
    {
        start(mode);
        journalDir = std::make_unique<QTemporaryDir>();
        journal = std::make_shared<journal::ChangeJournal>(identityId, journalDir->path());
        editor->setJournalProvider([this] { return journal; });
    }

    // Someone elsewhere changes this profile (the global one, or the account's override).
    void changeElsewhere(const QJsonObject &fields)
    {
        QVERIFY(f.server->changeElsewhere(DemoUser, fields, account()));
    }
    // The profile as Whop shows it in this mode, read the way the editor reads it.
    api::User onWhop()
    {
        const auto got = waitFor(f.client->retrieveUser(editor->target()));
        return got.value;
    }

    QList<sandbox::RecordedRequest> sent(const QByteArray &method) const
    {
        QList<sandbox::RecordedRequest> out;
        for (const auto &r : f.server->requests()) {
            if (r.method == method && r.path.contains(QStringLiteral("/users/")))
                out << r;
        }
        return out;
    }

    // Every users request of the save goes where the load went: same path and account.
    void checkRouting()
    {
        const QString path = QStringLiteral("/api/v1/users/") + editor->target().user;
        for (const auto &r : f.server->requests()) {
            if (!r.path.contains(QStringLiteral("/users/")))
                continue;
            QCOMPARE(r.path, path);
            QCOMPARE(r.query.queryItemValue(QStringLiteral("account_id")), account());
        }
    }

    profile::Draft draftOnDisk()
    {
        keeper->flush();
        QFile file(keeper->currentPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return profile::parseDraft(file.readAll()).value_or(profile::Draft{});
    }

    bool saveAndWait()
    {
        QSignalSpy saved(editor.get(), &profile::ProfileEditor::saved);
        return editor->save() && saved.wait(10000);
    }

    // Saves and waits until the save stopped at a conflict; returns it.
    profile::SaveConflict saveIntoConflict()
    {
        QSignalSpy conflicts(editor.get(), &profile::ProfileEditor::conflictFound);
        if (!editor->save() || !conflicts.wait(10000))
            return {};
        return conflicts.first().at(0).value<profile::SaveConflict>();
    }

    avatar::EncodedPicture picture()
    {
        const auto loaded = avatar::loadPicture(
            avatar::PictureInput::fromImage(photoLikeImage(400, 300), QStringLiteral("me.jpg")));
        return avatar::renderPicture(loaded, avatar::centeredSquare(loaded.fullSize));
    }
};

// The base of the tests that use the rig: settings of their own; the rig set up before each test
// and torn down after it.
class SafeSaveRigTest : public QObject
{
    Q_OBJECT

protected:
    SafeSaveRig rig;

protected Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init() { rig.setUp(); }
    void cleanup() { rig.tearDown(); }
};

} // namespace whop::test
