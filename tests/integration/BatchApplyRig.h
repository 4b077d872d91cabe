#pragma once

// The fixture of tst_batch_apply.cpp and tst_batch_apply_undo.cpp: the overview and its batches.

#include "avatar/ImagePipeline.h"
#include "common/OverviewSeed.h"
#include "common/SandboxFixture.h"
#include "common/TestImages.h"
#include "common/TestSupport.h"
#include "overview/BatchRun.h"
#include "overview/OverviewModel.h"
#include "sandbox/SandboxFiles.h"

#include <QtTest>

#include <memory>

namespace whop::test {

// The sandbox seeded with the demo user's accounts (OverviewSeed.h), their overview and its
// model; batches run on it and show their results in the model.
class BatchApplyRig
{
protected:
    static inline const QString Target = QStringLiteral("Same Everywhere");
    static inline const QString User = sandbox::SandboxServer::DemoUserId;

    static QList<sandbox::RecordedRequest> patches(const sandbox::SandboxServer &server)
    {
        QList<sandbox::RecordedRequest> out;
        for (const auto &r : server.requests()) {
            if (r.method == "PATCH")
                out << r;
        }
        return out;
    }

    static overview::BatchChoices typedName(const QString &text)
    {
        overview::BatchChoices c;
        c[profile::Field::Name] = {true, overview::ValueSource::Typed, text, {}};
        return c;
    }

    SandboxFixture m_fx;
    std::unique_ptr<overview::AccountOverview> m_overview;
    std::unique_ptr<overview::OverviewModel> m_model;
    avatar::EncodedPicture m_picture;

    void open(bool apiKey, int rows)
    {
        m_overview = std::make_unique<overview::AccountOverview>(m_fx.client.get());
        m_overview->setRoute(useCredential(*m_fx.client, apiKey));
        m_model = std::make_unique<overview::OverviewModel>(m_overview.get());
        QVERIFY(loadList(*m_overview));
        m_overview->ensureLoaded(rowRange(0, rows - 1));
        QVERIFY(waitRowsSettled(*m_overview, rowRange(0, rows - 1)));
        QVERIFY(QTest::qWaitFor([&] { return m_overview->reference().has_value(); }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return m_overview->scheduler()->isIdle(); }, 5000));
        m_fx.server->clearRequests();
    }
    std::unique_ptr<overview::BatchRun>
    run(const overview::BatchPlan &plan,
        overview::BatchRun::Kind kind = overview::BatchRun::Kind::Apply,
        const avatar::EncodedPicture &picture = {})
    {
        auto batch =
            std::make_unique<overview::BatchRun>(m_overview.get(), plan.items, kind, picture);
        batch->showResultsIn(m_model.get());
        return batch;
    }
    static bool finish(overview::BatchRun &batch, int timeoutMs = 30000)
    {
        QSignalSpy finished(&batch, &overview::BatchRun::finished);
        if (!batch.isRunning())
            batch.start();
        return finished.count() > 0 || finished.wait(timeoutMs);
    }
    QString storedName(const QString &accountId) const
    {
        return m_fx.server->storedOverride(accountId, User).value("name").toString();
    }
    static void credentials()
    {
        QTest::addColumn<bool>("apiKey");
        QTest::newRow("user token") << false;
        QTest::newRow("API key") << true;
    }

    // For initTestCase(): the picture the batches attach.
    void preparePicture()
    {
        const QImage photo = photoLikeImage(800, 600);
        const auto loaded =
            avatar::loadPicture(avatar::PictureInput::fromImage(photo, QStringLiteral("me.jpg")));
        m_picture = avatar::renderPicture(loaded, avatar::centeredSquare(loaded.fullSize));
        QVERIFY(!m_picture.isNull());
    }
    // For init().
    void setUp()
    {
        m_fx.setUp();
        m_fx.server->files()->setProcessingDelayMs(0);
        seedOverviewOverrides(*m_fx.server);
    }
    // For cleanup().
    void tearDown()
    {
        m_model.reset();
        m_overview.reset();
        m_fx.tearDown();
    }
};

} // namespace whop::test
