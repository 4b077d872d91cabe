// The Undo of a batch is a restore of that batch (history::planBatchUndo, history::Restorer),
// against the sandbox on 127.0.0.1: every account is read again first; one whose bio was changed
// on the web since the batch is not overwritten but left to the person's choice, while the others
// get their values before back; and the undo of a batch that replaced a picture this editor had
// set puts that picture back.
#include "history/Restorer.h"
#include "integration/BatchApplyRig.h"

using namespace whop;
using history::Restorer;
using overview::BatchChoices;
using overview::ValueSource;
using profile::ConflictChoice;
using profile::Field;
using ItemState = overview::BatchRun::ItemState;

class TestBatchUndoRestore : public QObject, test::BatchApplyRig
{
    Q_OBJECT

    QString shownBio(const QString &accountId)
    {
        auto *call = m_fx.client->retrieveUser(m_overview->route().target(accountId));
        QSignalSpy done(call, &api::ApiCall::succeeded);
        if (!done.wait(5000))
            return QStringLiteral("(not read)");
        return call->result().bioText();
    }

private Q_SLOTS:
    void initTestCase() { preparePicture(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void undo_leavesAnAccountChangedElsewhere_toThePerson_andRestoresTheOthers_data()
    {
        credentials();
    }
    void undo_leavesAnAccountChangedElsewhere_toThePerson_andRestoresTheOthers()
    {
        QFETCH(bool, apiKey);
        open(apiKey, 6);
        QStringList before;
        for (int i = 0; i < 6; ++i)
            before << m_overview->row(i).shown.values.bio;
        BatchChoices c;
        c[Field::Bio] = {true, ValueSource::Typed, QStringLiteral("B: the batch's bio"), {}};
        auto batch = run(overview::planBatch(*m_overview, test::rowRange(0, 5), c));
        QVERIFY(finish(*batch));
        QCOMPARE(batch->count(ItemState::Applied), 6);
        const QString changed = m_overview->row(2).account.id;
        QVERIFY(
            m_fx.server->changeElsewhere(User, {{"bio", "C: changed on the web since"}}, changed));
        m_fx.server->clearRequests();

        Restorer undo(m_fx.client.get(), history::planBatchUndo(*batch, m_overview->route()));
        QCOMPARE(undo.total(), 6);
        QSignalSpy asked(&undo, &Restorer::conflictsFound);
        QSignalSpy finished(&undo, &Restorer::finished);
        undo.start();
        QVERIFY(asked.wait(15000));
        // The others have their bio back already; that one is untouched and asked about.
        QCOMPARE(undo.conflicts(), QList<int>{2});
        QCOMPARE(undo.conflict(2).fields.first().theirs,
                 QStringLiteral("C: changed on the web since"));
        QCOMPARE(undo.conflict(2).fields.first().original, QStringLiteral("B: the batch's bio"));
        QCOMPARE(undo.conflict(2).fields.first().yours, before.at(2));
        for (int i = 0; i < 6; ++i) {
            const QString id = m_overview->row(i).account.id;
            QCOMPARE(shownBio(id),
                     i == 2 ? QStringLiteral("C: changed on the web since") : before.at(i));
        }
        int patchesTo2 = 0;
        for (const auto &r : patches(*m_fx.server))
            patchesTo2 += r.query.queryItemValue(
                              api::accountParameter(m_fx.client->config().apiVersion)) == changed;
        QCOMPARE(patchesTo2, 0);
        QCOMPARE(patches(*m_fx.server).size(), 5);
        // Keeping Whop's: nothing more is sent.
        undo.keepTheirs();
        QVERIFY(finished.count() > 0 || finished.wait(5000));
        QCOMPARE(undo.count(Restorer::State::Restored), 5);
        QCOMPARE(undo.state(2), Restorer::State::KeptTheirs);
        QCOMPARE(patches(*m_fx.server).size(), 5);
        QCOMPARE(shownBio(changed), QStringLiteral("C: changed on the web since"));
        QVERIFY2(undo.summary().startsWith("5 accounts restored, 1 kept as changed on Whop"),
                 qPrintable(undo.summary()));
    }

    void undo_putsBackTheValueBeforeWhereThePersonChoosesSo()
    {
        open(false, 3);
        const QString before = m_overview->row(1).shown.values.bio;
        BatchChoices c;
        c[Field::Bio] = {true, ValueSource::Typed, QStringLiteral("B"), {}};
        auto batch = run(overview::planBatch(*m_overview, test::rowRange(0, 2), c));
        QVERIFY(finish(*batch));
        const QString changed = m_overview->row(1).account.id;
        QVERIFY(m_fx.server->changeElsewhere(User, {{"bio", "C"}}, changed));
        Restorer undo(m_fx.client.get(), history::planBatchUndo(*batch, m_overview->route()));
        QSignalSpy asked(&undo, &Restorer::conflictsFound);
        QSignalSpy finished(&undo, &Restorer::finished);
        undo.start();
        QVERIFY(asked.wait(15000));
        undo.resolve({{1, {{Field::Bio, ConflictChoice::Yours}}}});
        QVERIFY(finished.wait(15000));
        QCOMPARE(undo.count(Restorer::State::Restored), 3);
        QCOMPARE(shownBio(changed), before);
    }

    void undo_putsBackAPictureThisEditorHadSet()
    {
        open(false, 2);
        // A first batch sets a picture on both (this editor's file), a second replaces it.
        BatchChoices c;
        c.picture = true;
        auto first = run(overview::planBatch(*m_overview, test::rowRange(0, 1), c),
                         overview::BatchRun::Kind::Apply, m_picture);
        QVERIFY(finish(*first));
        QCOMPARE(first->count(ItemState::Applied), 2);
        const QUrl firstPicture = first->after(0).pictureUrl;
        const QString firstFile = first->uploader()->fileId();
        auto second = run(overview::planBatch(*m_overview, test::rowRange(0, 1), c),
                          overview::BatchRun::Kind::Apply, m_picture);
        QVERIFY(finish(*second));
        QVERIFY(second->after(0).pictureUrl != firstPicture);

        // The journal would name the file; here the test does.
        Restorer undo(m_fx.client.get(),
                      history::planBatchUndo(*second, m_overview->route(), [&](const QUrl &url) {
                          return url == firstPicture ? firstFile : QString();
                      }));
        QCOMPARE(undo.total(), 2);
        QSignalSpy finished(&undo, &Restorer::finished);
        undo.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(undo.count(Restorer::State::Restored), 2);
        for (int i = 0; i < 2; ++i) {
            auto *call = m_fx.client->retrieveUser(
                m_overview->route().target(m_overview->row(i).account.id));
            QSignalSpy read(call, &api::ApiCall::succeeded);
            QVERIFY(read.wait(5000));
            QCOMPARE(call->result().pictureUrl, firstPicture);
        }
    }
};

QTEST_MAIN(TestBatchUndoRestore)
#include "tst_batch_undo_restore.moc"
