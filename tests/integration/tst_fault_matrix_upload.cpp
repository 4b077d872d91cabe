// The fault matrix, picture part: a save with a new picture and edited fields, with a fault in
// each upload step (create the file, PUT the bytes to storage, poll until processed, PATCH the
// profile). The same four checks as tst_fault_matrix: responsive, a message naming the step and
// the problem, the draft (fields and picture, in the editor and on disk) intact, and the next
// attempt working once the fault is gone.
#include "common/TestPictures.h"
#include "common/TestSupport.h"
#include "integration/FaultRig.h"
#include "profile/DraftKeeper.h"
#include "sandbox/SandboxFiles.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace whop;
using namespace whop::test::faults;
using avatar::SaveStep;
using profile::Field;
using profile::ProfileEditor;
using sandbox::Fault;
using whop::test::makeFault;

namespace {

enum class Expect
{
    Fails,
    Recovers
};

struct UploadScenario
{
    SaveStep step;
    QString name;
    Fault fault;
    int count;
    bool shortTimeout;
    api::ErrorKind kind;
    QStringList words;
    Expect expect;
    sandbox::HeaderList uploadHeaders = {}; // more upload_headers from the create, if any
};

std::vector<UploadScenario> scenarios()
{
    constexpr int Always = 100;
    std::vector<UploadScenario> all;
    for (SaveStep step :
         {SaveStep::Create, SaveStep::Upload, SaveStep::Process, SaveStep::Update}) {
        const QString title = avatar::saveStepTitle(step);
        all.push_back({step,
                       title + QStringLiteral(": 500 forever"),
                       makeFault(Fault::Kind::Status, 500),
                       Always,
                       false,
                       api::ErrorKind::Server,
                       {title, QStringLiteral("500")},
                       Expect::Fails});
        all.push_back({step,
                       title + QStringLiteral(": 503, then success"),
                       makeFault(Fault::Kind::Status, 503),
                       1,
                       false,
                       api::ErrorKind::Server,
                       {},
                       Expect::Recovers});
        all.push_back({step,
                       title + QStringLiteral(": connection closed"),
                       makeFault(Fault::Kind::Drop, 200),
                       Always,
                       true,
                       api::ErrorKind::Offline,
                       {title, QStringLiteral("closed")},
                       Expect::Fails});
        all.push_back({step,
                       title + QStringLiteral(": timeout"),
                       makeFault(Fault::Kind::Delay, 200, 5000),
                       Always,
                       true,
                       api::ErrorKind::Timeout,
                       {title, QStringLiteral("in time")},
                       Expect::Fails});
    }
    // What the storage step takes no chances with (StorageUpload): an answer too large to
    // read, and upload_headers it must not send. Nothing is sent with such headers; Retry asks
    // Whop for a new upload.
    const QString upload = avatar::saveStepTitle(SaveStep::Upload);
    all.push_back({SaveStep::Upload,
                   upload + QStringLiteral(": an answer of 13 MB"),
                   makeFault(Fault::Kind::Huge, 200),
                   1,
                   false,
                   api::ErrorKind::BadResponse,
                   {upload, QStringLiteral("larger than 64 KB")},
                   Expect::Fails});
    const struct
    {
        const char *what;
        QByteArray name;
        QByteArray value;
        QStringList words;
    } headers[] = {
        {"Host",
         "Host",
         "storage.evil.example",
         {QStringLiteral("Host"), QStringLiteral("sets itself")}},
        {"Authorization",
         "Authorization",
         "Bearer whop-demo-token",
         {QStringLiteral("Authorization"), QStringLiteral("credential")}},
        {"a line break",
         "x-amz-meta-note",
         "a\r\nHost: storage.evil.example",
         {QStringLiteral("x-amz-meta-note"), QStringLiteral("line break")}},
    };
    for (const auto &h : headers) {
        all.push_back(
            {SaveStep::Upload,
             upload + QStringLiteral(": upload_headers with %1").arg(QLatin1String(h.what)),
             Fault{},
             0,
             false,
             api::ErrorKind::BadResponse,
             QStringList{upload, QStringLiteral("Nothing was sent")} + h.words,
             Expect::Fails,
             {{h.name, h.value}}});
    }
    return all;
}

avatar::EncodedPicture makePicture()
{
    QImage image(512, 512, QImage::Format_RGB32);
    image.fill(QColor(0x2e, 0x7d, 0x32));
    QPainter(&image).fillRect(128, 128, 256, 256, Qt::white);
    return test::pngPicture(image, QStringLiteral("fault-matrix.png"));
}

} // namespace

class UploadFaultTest : public QObject
{
    Q_OBJECT
    Rig rig;
    avatar::EncodedPicture picture = makePicture();

    void inject(const UploadScenario &s)
    {
        rig.server()->files()->setExtraUploadHeaders(s.uploadHeaders);
        if (s.count == 0)
            return;
        Fault f = s.fault;
        switch (s.step) {
        case SaveStep::Upload:
            rig.server()->files()->injectStorageFault(f, s.count);
            return;
        case SaveStep::Create:
            f.method = "POST";
            f.pathContains = QStringLiteral("/files");
            break;
        case SaveStep::Process:
            f.method = "GET";
            f.pathContains = QStringLiteral("/files/");
            break;
        default:
            f.method = "PATCH";
            f.pathContains = QStringLiteral("/users/");
            break;
        }
        rig.server()->injectFault(f, s.count);
    }

    void checkDraftIntact(const QString &name)
    {
        QCOMPARE(rig.editor()->value(Field::Name), name);
        QVERIFY(rig.editor()->hasPendingPicture());
        QCOMPARE(rig.editor()->pendingPicture().bytes, picture.bytes);
        rig.session->drafts()->flush();
        const auto onDisk = rig.draftOnDisk();
        QVERIFY(onDisk.has_value());
        QCOMPARE(onDisk->edits.value(Field::Name), name);
        QVERIFY(!rig.session->drafts()->store().picturePath(*onDisk).isEmpty());
    }

    void checkSaved(const QString &name)
    {
        const QJsonObject stored =
            rig.server()->storedUser(QLatin1String(sandbox::SandboxServer::DemoUserId));
        QCOMPARE(stored.value(QStringLiteral("name")).toString(), name);
        QVERIFY(!rig.server()->files()->fileIds().isEmpty());
        QVERIFY(!rig.editor()->isDirty());
        rig.session->drafts()->flush();
        QVERIFY(!QFile::exists(rig.draftPath()));
        QVERIFY(QDir(rig.session->drafts()->store().dataDirectory() +
                     QStringLiteral("/drafts/pictures"))
                    .isEmpty()); // the kept copy of the picture went with the draft
    }

private Q_SLOTS:
    void init()
    {
        rig.start();
        rig.server()->files()->setProcessingDelayMs(0);
        avatar::PictureUploader::Timing timing;
        timing.firstPollMs = 20;
        timing.maxPollMs = 60;
        rig.editor()->uploader()->setTiming(timing);
    }
    void cleanup()
    {
        rig.server()->files()->clearStorageFaults();
        rig.server()->files()->setExtraUploadHeaders({});
        rig.stop();
    }
    void cleanupTestCase()
    {
        std::printf("fault matrix (picture upload steps): %d scenarios, %d passed\n", rig.run,
                    rig.passed);
        std::fflush(stdout);
    }

    void uploadStep_data()
    {
        QTest::addColumn<int>("index");
        const auto all = scenarios();
        for (int i = 0; i < int(all.size()); ++i)
            QTest::newRow(qPrintable(all.at(i).name)) << i;
    }
    void uploadStep()
    {
        QFETCH(int, index);
        const UploadScenario s = scenarios().at(index);
        ++rig.run;
        auto *editor = rig.editor();
        const QString name = QStringLiteral("Upload Fault %1").arg(index);
        editor->setValue(Field::Name, name);
        editor->setPicture(picture);
        checkDraftIntact(name);
        if (QTest::currentTestFailed())
            return;

        if (s.shortTimeout)
            rig.useFaultTiming();
        inject(s);
        QSignalSpy saved(editor, &ProfileEditor::saved);
        Heartbeat heartbeat;
        heartbeat.start();
        QVERIFY(editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(editor->state() == ProfileEditor::State::Ready, 30000);
        heartbeat.stop();
        QVERIFY2(heartbeat.maxGapMs() < MaxBlockedMs,
                 qPrintable(QStringLiteral("blocked %1 ms").arg(heartbeat.maxGapMs())));

        if (s.expect == Expect::Recovers) {
            QVERIFY2(!saved.isEmpty(), qPrintable(editor->errorText()));
            checkSaved(name);
            ++rig.passed;
            return;
        }
        QVERIFY(saved.isEmpty());
        QCOMPARE(editor->lastError().kind, s.kind);
        QCOMPARE(editor->failedStep(), s.step);
        QString missing;
        QVERIFY2(containsAll(editor->errorText(), s.words, &missing),
                 qPrintable(QStringLiteral("'%1' not in: %2").arg(missing, editor->errorText())));
        QVERIFY2(containsAll(rig.window->bannerText(), s.words, &missing),
                 qPrintable(QStringLiteral("'%1' not in the banner: %2")
                                .arg(missing, rig.window->bannerText())));
        checkDraftIntact(name);
        if (QTest::currentTestFailed())
            return;

        rig.server()->files()->clearStorageFaults();
        rig.server()->files()->setExtraUploadHeaders({});
        rig.repair();
        QVERIFY(editor->save());
        QVERIFY2(saved.wait(20000), qPrintable(editor->errorText()));
        checkSaved(name);
        ++rig.passed;
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    UploadFaultTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_fault_matrix_upload.moc"
