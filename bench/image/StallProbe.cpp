#include "StallProbe.h"

#include "avatar/ImagePipeline.h"
#include "profile/ProfileEditor.h"
#include "sandbox/SandboxFiles.h"
#include "sandbox/SandboxServer.h"
#include "ui/dialogs/CropDialog.h"
#include "ui/widgets/CropView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstdio>

int runStallProbe(const QString &picturePath, int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    using namespace whop;

    // The server lives on its own thread, like a remote one: its work is not the UI's.
    QThread serverThread;
    serverThread.start();
    sandbox::SandboxServer *server = nullptr;
    QObject anchor;
    anchor.moveToThread(&serverThread);
    QMetaObject::invokeMethod(
        &anchor,
        [&server] {
            server = new sandbox::SandboxServer;
            server->listenLocal(0);
            server->files()->setProcessingDelayMs(300);
        },
        Qt::BlockingQueuedConnection);

    QNetworkAccessManager nam;
    api::ClientConfig config;
    config.baseUrl = server->baseUrl();
    api::WhopClient client(&nam, config);
    client.setToken(sandbox::SandboxServer::DemoToken);
    profile::ProfileEditor editor(&client);
    QEventLoop loop; // the bench's own driver, not product code
    QObject::connect(&editor, &profile::ProfileEditor::loaded, &loop, &QEventLoop::quit);
    editor.load();
    loop.exec();

    // The heartbeat: the longest gap between ticks is the longest the UI thread was busy.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 maxGap = 0;
    qint64 ticks = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        maxGap = std::max(maxGap, now - last);
        last = now;
        ++ticks;
    });
    clock.start();
    heartbeat.start(5);

    qint64 uploaded = 0;
    qint64 progressEvents = 0;
    QObject::connect(&editor, &profile::ProfileEditor::uploadProgress,
                     [&](qint64 sent, qint64) { uploaded = sent, ++progressEvents; });
    QFutureWatcher<avatar::LoadedPicture> loading;
    std::unique_ptr<ui::CropDialog> dialog;
    QObject::connect(&loading, &QFutureWatcherBase::finished, [&] {
        dialog = std::make_unique<ui::CropDialog>(loading.result());
        dialog->show();
        // Zoom and pan a little, as a person framing the picture would.
        for (int i = 0; i < 3; ++i)
            QTimer::singleShot(60 * (i + 1), dialog.get(), [&] {
                QTest::keyClick(dialog->view(), Qt::Key_Plus);
                QTest::keyClick(dialog->view(), Qt::Key_Left);
            });
        QTimer::singleShot(400, dialog.get(), [&] { dialog->accept(); });
        QObject::connect(dialog.get(), &QDialog::accepted, [&] {
            editor.setPicture(dialog->result());
            editor.save();
        });
    });
    QObject::connect(&editor, &profile::ProfileEditor::saved, &loop, &QEventLoop::quit);
    QObject::connect(&editor, &profile::ProfileEditor::errorChanged, &loop,
                     [&](const api::ApiError &e) {
                         if (e.isError())
                             loop.quit();
                     });
    const qint64 started = clock.elapsed();
    loading.setFuture(avatar::loadPictureAsync(avatar::PictureInput::fromFile(picturePath)));
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    loop.exec();
    heartbeat.stop();
    const bool ok = !editor.lastError().isError() && !editor.hasPendingPicture();

    std::printf("stall %s: %s, %.1f s from choosing to saved, %lld heartbeats, longest UI-thread "
                "gap %.1f ms (%lld bytes uploaded in %lld progress steps)\n",
                qPrintable(picturePath), ok ? "saved" : "FAILED",
                (clock.elapsed() - started) / 1000.0, ticks, maxGap / 1e6, uploaded,
                progressEvents);
    QMetaObject::invokeMethod(
        &anchor, [&server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return ok ? 0 : 1;
}
