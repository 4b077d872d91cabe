#pragma once

// The fixture of tst_picture_upload.cpp and tst_picture_upload_retry.cpp: an editor with a picture.

#include "avatar/ImagePipeline.h"
#include "common/SandboxFixture.h"
#include "common/TestImages.h"
#include "common/TestSupport.h"
#include "profile/ProfileEditor.h"
#include "sandbox/SandboxFiles.h"

#include <QElapsedTimer>

#include <memory>

namespace whop::test {

// An editor on the demo profile against the sandbox, with a photo set as its new picture, and a
// journal of what the API and the storage host answered, in order and when.
class PictureUploadRig
{
protected:
    SandboxFixture f;
    std::unique_ptr<profile::ProfileEditor> editor;
    avatar::EncodedPicture picture;
    QStringList journal; // "METHOD path" in the order both servers answered
    QList<qint64> journalTimes;
    QElapsedTimer clock;

    sandbox::SandboxFiles *files() { return f.server->files(); }
    QList<sandbox::RecordedRequest> api(const QByteArray &method, const QString &pathPart = {})
    {
        QList<sandbox::RecordedRequest> out;
        for (const auto &r : f.server->requests()) {
            if (r.method == method && r.path.contains(pathPart))
                out << r;
        }
        return out;
    }
    QList<sandbox::RecordedRequest> puts()
    {
        QList<sandbox::RecordedRequest> out;
        for (const auto &r : files()->storageRequests()) {
            if (r.method == "PUT")
                out << r;
        }
        return out;
    }
    int count(const QString &prefix) const
    {
        int n = 0;
        for (const QString &line : journal)
            n += line.startsWith(prefix);
        return n;
    }
    void useFastTiming()
    {
        avatar::PictureUploader::Timing timing;
        timing.firstPollMs = 20;
        timing.maxPollMs = 60;
        editor->uploader()->setTiming(timing);
    }
    bool saveAndWait()
    {
        QSignalSpy saved(editor.get(), &profile::ProfileEditor::saved);
        if (!editor->save())
            return false;
        return saved.wait(15000);
    }
    void saveAndExpectFailure(avatar::SaveStep step)
    {
        QVERIFY(editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(editor->state() == profile::ProfileEditor::State::Ready, 15000);
        QVERIFY(editor->lastError().isError());
        QCOMPARE(editor->failedStep(), step);
        QVERIFY(editor->hasPendingPicture());
        QVERIFY(editor->canSave());
        QVERIFY2(editor->errorText().startsWith(avatar::saveStepTitle(step)),
                 qPrintable(editor->errorText()));
    }
    sandbox::Fault fault(sandbox::Fault::Kind kind, int status, const char *method,
                         const QString &path = {})
    {
        sandbox::Fault x = makeFault(kind, status);
        x.method = method;
        x.pathContains = path;
        return x;
    }

    // For initTestCase(): the picture every test saves.
    void preparePicture()
    {
        const QImage photo = photoLikeImage(1600, 1200);
        const avatar::LoadedPicture loaded =
            avatar::loadPicture(avatar::PictureInput::fromImage(photo, QStringLiteral("me.jpg")));
        picture = avatar::renderPicture(loaded, avatar::centeredSquare(loaded.fullSize));
        QVERIFY(!picture.isNull());
    }
    // For init(): `context` ends the journal's connections.
    void setUp(QObject *context)
    {
        f.setUp();
        files()->setProcessingDelayMs(0);
        editor = std::make_unique<profile::ProfileEditor>(f.client.get());
        QSignalSpy loaded(editor.get(), &profile::ProfileEditor::loaded);
        editor->load();
        QVERIFY(loaded.wait(5000));
        f.server->clearRequests();
        journal.clear();
        journalTimes.clear();
        clock.start();
        QObject::connect(f.server.get(), &sandbox::SandboxServer::requestHandled, context,
                         [this](int i) {
                             const auto r = f.server->requests().value(i);
                             journal << QString::fromLatin1(r.method) + ' ' + r.path;
                             journalTimes << clock.elapsed();
                         });
        QObject::connect(files(), &sandbox::SandboxFiles::storageRequestHandled, context,
                         [this](int i) {
                             const auto r = files()->storageRequests().value(i);
                             journal << QString::fromLatin1(r.method) + " storage" + r.path;
                             journalTimes << clock.elapsed();
                         });
        useFastTiming();
        editor->setPicture(picture);
    }
    // For cleanup().
    void tearDown()
    {
        editor.reset();
        f.tearDown();
    }
};

} // namespace whop::test
