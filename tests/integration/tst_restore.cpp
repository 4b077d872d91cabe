// Putting earlier values back (app/core/history/Restorer.h) against the sandbox on 127.0.0.1,
// from what the profile editor's saves left in the change journal: one field, one change, a
// picture this editor uploaded (the first file attached again), and a field changed elsewhere
// since, which is not overwritten unless the person chooses so. Each restore is journalled as a
// restore, with the profile read again before it.
#include "avatar/ImagePipeline.h"
#include "history/HistoryEntries.h"
#include "history/Restorer.h"
#include "integration/SafeSaveRig.h"
#include "journal/ChangeJournal.h"

using namespace whop;
using namespace whop::test;
using history::Restorer;
using journal::ChangeKind;
using profile::ConflictChoice;
using profile::Field;

class TestRestore : public SafeSaveRigTest
{
    Q_OBJECT

    void save()
    {
        QSignalSpy saved(rig.editor.get(), &profile::ProfileEditor::saved);
        QVERIFY(rig.editor->save());
        QVERIFY(saved.wait(15000));
    }
    // The newest change of the journal.
    journal::JournalChange newest(int n = 0) const
    {
        return journal::listChanges(rig.journal->read()).at(n);
    }
    history::RestoreRoute route() const
    {
        history::RestoreRoute r;
        r.user = rig.current == Mode::ApiKey ? QString() : QStringLiteral("me");
        r.origin = journal::originOf(rig.f.server->baseUrl());
        return r;
    }
    std::unique_ptr<Restorer> restorer(const history::RestorePlan &plan)
    {
        auto r = std::make_unique<Restorer>(rig.f.client.get(), plan);
        r->setJournal(rig.journal);
        return r;
    }
    static bool finish(Restorer &r)
    {
        QSignalSpy finished(&r, &Restorer::finished);
        if (!r.isRunning())
            r.start();
        return finished.count() > 0 || finished.wait(15000);
    }
    QString onWhop(Field f) { return profile::ProfileValues::fromUser(rig.onWhop()).value(f); }

private Q_SLOTS:
    void oneField_isPutBack_andTheOthersStay_data() { addModes(); }
    void oneField_isPutBack_andTheOthersStay()
    {
        QFETCH(Mode, mode);
        rig.startWithJournal(mode, QStringLiteral("idn_restore"));
        const QString bioBefore = rig.editor->value(Field::Bio);
        rig.editor->setValue(Field::Name, QStringLiteral("Name Saved"));
        rig.editor->setValue(Field::Bio, QStringLiteral("Bio saved, then put back"));
        save();
        const journal::JournalChange change = newest();
        QCOMPARE(change.fields().at(1).field, QStringLiteral("bio"));
        rig.f.server->clearRequests();

        auto r = restorer(history::planChangeRestore(change, 1, route()));
        QVERIFY(finish(*r));
        QCOMPARE(r->state(0), Restorer::State::Restored);
        // Read again first, then one PATCH with the bio alone, where the save went.
        QStringList order;
        for (const auto &request : rig.f.server->requests())
            order << QString::fromLatin1(request.method);
        QCOMPARE(order, QStringList({"GET", "PATCH"}));
        const auto patches = rig.sent("PATCH");
        QCOMPARE(onWhop(Field::Bio), bioBefore);
        QCOMPARE(onWhop(Field::Name), QStringLiteral("Name Saved"));
        QCOMPARE(QJsonDocument::fromJson(patches.first().body).object(),
                 QJsonObject({{"bio", bioBefore}}));
        rig.checkRouting();
        // Journalled as a restore, with what it showed before.
        const journal::JournalChange restore = newest();
        QCOMPARE(restore.intent.kind, ChangeKind::Restore);
        QCOMPARE(restore.status(), journal::ChangeStatus::Applied);
        QCOMPARE(restore.intent.sent, api::UserChanges{.bio = bioBefore});
        QCOMPARE(restore.intent.before,
                 api::UserChanges{.bio = QStringLiteral("Bio saved, then put back")});
        QCOMPARE(history::historyEntries(rig.journal->read()).first().change.intent.kind,
                 ChangeKind::Restore);
    }

    void oneChange_putsBackEveryField()
    {
        rig.startWithJournal(Mode::Override, QStringLiteral("idn_restore"));
        const profile::ProfileValues before = profile::ProfileValues::fromUser(rig.onWhop());
        rig.editor->setValue(Field::Name, QStringLiteral("Both Changed"));
        rig.editor->setValue(Field::Username, QStringLiteral("both-changed"));
        save();
        auto r = restorer(history::planChangeRestore(newest(), -1, route()));
        QVERIFY(finish(*r));
        QCOMPARE(r->state(0), Restorer::State::Restored);
        QCOMPARE(profile::ProfileValues::fromUser(rig.onWhop()), before);
        // Restoring again finds it there already: nothing is sent.
        rig.f.server->clearRequests();
        auto again = restorer(history::planChangeRestore(newest(1), -1, route()));
        QVERIFY(finish(*again));
        QCOMPARE(again->state(0), Restorer::State::AlreadyThere);
        QVERIFY(rig.sent("PATCH").isEmpty());
    }

    void aPictureUploadedHere_isAttachedAgain()
    {
        rig.startWithJournal(Mode::UserToken, QStringLiteral("idn_restore"));
        const auto picture = [](int w, int h) {
            const auto loaded = avatar::loadPicture(
                avatar::PictureInput::fromImage(photoLikeImage(w, h), QStringLiteral("p.jpg")));
            return avatar::renderPicture(loaded, avatar::centeredSquare(loaded.fullSize));
        };
        rig.editor->setPicture(picture(800, 600));
        save();
        const QString first = *newest().intent.sent.pictureFileId;
        const QUrl firstUrl = rig.onWhop().pictureUrl;
        rig.editor->setPicture(picture(640, 640));
        save();
        const journal::JournalChange second = newest();
        QVERIFY(*second.intent.sent.pictureFileId != first);
        // The journal knows the picture before: the file this editor uploaded first.
        QCOMPARE(second.intent.before.pictureFileId, std::optional<QString>(first));
        QVERIFY(rig.onWhop().pictureUrl != firstUrl);

        rig.f.server->clearRequests();
        auto r = restorer(history::planChangeRestore(second, -1, route()));
        QVERIFY(finish(*r));
        QCOMPARE(r->state(0), Restorer::State::Restored);
        const auto patches = rig.sent("PATCH");
        QCOMPARE(patches.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(patches.first().body).object(),
                 QJsonObject({{"profile_picture", QJsonObject{{"id", first}}}}));
        // The sandbox shows the first file attached again.
        const QJsonObject stored = rig.f.server->storedUser(SafeSaveRig::DemoUser);
        const QString url = stored.value("profile_picture").toObject().value("url").toString();
        QVERIFY2(url.contains(QStringLiteral("/objects/%1/").arg(first)), qPrintable(url));
        QCOMPARE(journal::bareUrl(rig.onWhop().pictureUrl), journal::bareUrl(firstUrl));
    }

    void aFieldChangedElsewhereSince_isNotOverwritten_andWhopsIsKeptWhenChosen_data()
    {
        addModes();
    }
    void aFieldChangedElsewhereSince_isNotOverwritten_andWhopsIsKeptWhenChosen()
    {
        QFETCH(Mode, mode);
        rig.startWithJournal(mode, QStringLiteral("idn_restore"));
        const QString a = rig.editor->value(Field::Bio);
        rig.editor->setValue(Field::Bio, QStringLiteral("B: written by the editor"));
        rig.editor->setValue(Field::Name, QStringLiteral("Name Also Saved"));
        save();
        const journal::JournalChange change = newest();
        rig.changeElsewhere({{"bio", "C: changed on the web since"}});
        rig.f.server->clearRequests();

        auto r = restorer(history::planChangeRestore(change, -1, route()));
        QSignalSpy asked(r.get(), &Restorer::conflictsFound);
        QSignalSpy finished(r.get(), &Restorer::finished);
        r->start();
        QVERIFY(asked.wait(15000));
        QCOMPARE(finished.count(), 0);
        // Nothing was sent: the choice is the person's, field by field.
        QVERIFY(rig.sent("PATCH").isEmpty());
        QCOMPARE(r->conflicts(), QList<int>{0});
        const profile::SaveConflict &c = r->conflict(0);
        QCOMPARE(c.fields.size(), 1);
        QCOMPARE(c.fields.first().field, Field::Bio);
        QCOMPARE(c.fields.first().original, QStringLiteral("B: written by the editor"));
        QCOMPARE(c.fields.first().theirs, QStringLiteral("C: changed on the web since"));
        QCOMPARE(c.fields.first().yours, a);
        // Whop's bio kept, the name (not changed elsewhere) put back.
        r->resolve({{0, {{Field::Bio, ConflictChoice::Theirs}}}});
        QVERIFY(finished.wait(15000));
        QCOMPARE(r->state(0), Restorer::State::Restored);
        QCOMPARE(onWhop(Field::Bio), QStringLiteral("C: changed on the web since"));
        QCOMPARE(onWhop(Field::Name), *change.intent.before.name);
        const auto patches = rig.sent("PATCH");
        QCOMPARE(patches.size(), 1);
        QVERIFY(!QJsonDocument::fromJson(patches.first().body).object().contains("bio"));
    }

    void aFieldChangedElsewhere_isPutBackWhenThePersonChoosesSo()
    {
        rig.startWithJournal(Mode::UserToken, QStringLiteral("idn_restore"));
        const QString a = rig.editor->value(Field::Bio);
        rig.editor->setValue(Field::Bio, QStringLiteral("B"));
        save();
        rig.changeElsewhere({{"bio", "C"}});
        auto r = restorer(history::planChangeRestore(newest(), -1, route()));
        QSignalSpy asked(r.get(), &Restorer::conflictsFound);
        r->start();
        QVERIFY(asked.wait(15000));
        r->resolve({{0, {{Field::Bio, ConflictChoice::Yours}}}});
        QVERIFY(finish(*r));
        QCOMPARE(r->state(0), Restorer::State::Restored);
        QCOMPARE(onWhop(Field::Bio), a);
    }

    void keepingWhopsForEverything_sendsNothing()
    {
        rig.startWithJournal(Mode::UserToken, QStringLiteral("idn_restore"));
        rig.editor->setValue(Field::Bio, QStringLiteral("B"));
        save();
        rig.changeElsewhere({{"bio", "C"}});
        rig.f.server->clearRequests();
        auto r = restorer(history::planChangeRestore(newest(), -1, route()));
        QSignalSpy asked(r.get(), &Restorer::conflictsFound);
        r->start();
        QVERIFY(asked.wait(15000));
        r->keepTheirs();
        QVERIFY(finish(*r));
        QCOMPARE(r->state(0), Restorer::State::KeptTheirs);
        QVERIFY(rig.sent("PATCH").isEmpty());
        QCOMPARE(onWhop(Field::Bio), QStringLiteral("C"));
    }
};

QTEST_GUILESS_MAIN(TestRestore)
// moc of the shared base class (SafeSaveRig.h), here rather than in a file of its own.
#include "moc_SafeSaveRig.cpp"
#include "tst_restore.moc"
