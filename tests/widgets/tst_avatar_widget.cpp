#include "avatar/InitialsFace.h"
#include "common/DemoWindow.h"
#include "common/SandboxFixture.h"
#include "common/TestImages.h"
#include "common/TestSupport.h"
#include "sandbox/SandboxFiles.h"
#include "ui/PictureController.h"
#include "ui/Prompts.h"
#include "ui/dialogs/CropDialog.h"
#include "ui/widgets/AvatarWidget.h"
#include "ui/widgets/CropView.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QTemporaryDir>

using namespace whop;
using namespace whop::test;
using sandbox::Fault;
using ui::AvatarWidget;
using ui::CropDialog;

// The picture from the person's side: choose (click, drop, paste), frame, see it as a draft
// with its badge, save with progress, and the server's picture afterwards.
class AvatarWidgetTest : public QObject, test::DemoWindow
{
    Q_OBJECT
    QTemporaryDir dir;

    AvatarWidget *avatar() { return window->findChild<AvatarWidget *>(QStringLiteral("avatar")); }
    profile::ProfileEditor *editor() { return session->editor(); }
    CropDialog *dialog() { return window->findChild<CropDialog *>(QStringLiteral("cropDialog")); }
    template <typename T> T *in(QWidget *parent, const char *name)
    {
        auto *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }
    QString photoFile()
    {
        return writeFile(QStringLiteral("holiday.jpg"),
                         withExifOrientation(encodeImage(photoLikeImage(1800, 1200), "jpeg"), 6));
    }
    int fileRequests()
    {
        int n = 0;
        for (const auto &r : server()->requests())
            n += r.path.contains(QLatin1String("/files"));
        return n + int(server()->files()->storageRequests().size());
    }
    // Waits for the crop dialog and its first encoded result.
    CropDialog *waitForDialog()
    {
        if (!QTest::qWaitFor([this] { return dialog() && dialog()->isVisible(); }, 10000))
            return nullptr;
        QSignalSpy ready(dialog(), &CropDialog::resultReady);
        if (dialog()->isPreparing() && !ready.wait(10000))
            return nullptr;
        return dialog();
    }
    void chooseAndUse()
    {
        ui::Prompts::setNextAnswer(ui::Prompts::FileName{photoFile()});
        QTest::mouseClick(avatar(), Qt::LeftButton);
        CropDialog *d = waitForDialog();
        QVERIFY(d);
        QTest::mouseClick(in<QPushButton>(d, "usePictureButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor()->hasPendingPicture(), 10000);
    }

private Q_SLOTS:
    void initTestCase() { CropDialog::setSettleDelayMs(0); }
    void init()
    {
        QVERIFY(openDemo());
        server()->files()->setProcessingDelayMs(0);
        avatar::PictureUploader::Timing timing;
        timing.firstPollMs = 20;
        editor()->uploader()->setTiming(timing);
        QTRY_VERIFY_WITH_TIMEOUT(!avatar()->pixmap().isNull(), 5000);
    }
    void cleanup() { closeDemo(); }

    void avatar_isNamedForTestsAndScreenReaders()
    {
        QCOMPARE(avatar()->accessibleName(), QStringLiteral("Profile picture"));
        QVERIFY(!avatar()->isBadgeShown());
        QVERIFY(!in<QProgressBar>(avatar(), "pictureProgress")->isVisible());
    }

    void click_choosesAFile_framesIt_andTheDraftShowsItWithABadge()
    {
        const int before = fileRequests();
        ui::Prompts::setNextAnswer(ui::Prompts::FileName{photoFile()});
        QTest::mouseClick(avatar(), Qt::LeftButton);
        CropDialog *d = waitForDialog();
        QVERIFY(d);
        QVERIFY(in<QLabel>(d, "resultInfo")->text().contains(QStringLiteral("1024 × 1024")));
        QVERIFY(in<QLabel>(d, "resultInfo")->text().contains(QStringLiteral("JPEG")));
        QVERIFY(!in<QLabel>(d, "roundPreview")->pixmap().isNull());
        QVERIFY(!in<QLabel>(d, "squarePreview")->pixmap().isNull());
        // EXIF orientation 6: the 1800 x 1200 stored picture stands upright.
        QCOMPARE(d->view()->crop(), QRectF(0, 300, 1200, 1200));
        QTest::mouseClick(in<QPushButton>(d, "usePictureButton"), Qt::LeftButton);
        QTRY_VERIFY(editor()->hasPendingPicture());
        QCOMPARE(editor()->pendingPicture().pixelSize, QSize(1024, 1024));
        QVERIFY(avatar()->isBadgeShown());
        QVERIFY(!avatar()->pendingImage().isNull());
        QVERIFY(window->isWindowModified());
        QVERIFY(in<QPushButton>(window.get(), "saveButton")->isEnabled());
        QCOMPARE(fileRequests(), before); // nothing sent before Save

        QTest::mouseClick(in<QPushButton>(window.get(), "revertButton"), Qt::LeftButton);
        QVERIFY(!editor()->hasPendingPicture());
        QVERIFY(!avatar()->isBadgeShown());
        QVERIFY(avatar()->pendingImage().isNull());
        QVERIFY(!window->isWindowModified());
    }

    void cropDialog_zoomsAndPansWithTheKeyboard_andCancelKeepsNothing()
    {
        ui::Prompts::setNextAnswer(ui::Prompts::FileName{photoFile()});
        QTest::keyClick(avatar(), Qt::Key_Space);
        CropDialog *d = waitForDialog();
        QVERIFY(d);
        ui::CropView *view = d->view();
        const QRectF start = view->crop();
        auto *slider = in<QSlider>(d, "zoomSlider");
        QCOMPARE(slider->value(), 0);
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->crop().width() < start.width());
        QCOMPARE(view->crop().center(), start.center()); // zooms about the middle
        QVERIFY(slider->value() > 0);
        const QRectF zoomed = view->crop();
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(view->crop().x() > zoomed.x());
        QTest::keyClick(view, Qt::Key_Up);
        QVERIFY(view->crop().y() < zoomed.y());
        // A 960 px crop (1200 / 1.25) gives a 960 px square: never scaled up.
        QTRY_VERIFY_WITH_TIMEOUT(
            in<QLabel>(d, "resultInfo")->text().contains(QStringLiteral("960 × 960")), 10000);
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(view->crop(), start);
        slider->setValue(100);
        QVERIFY(std::abs(view->zoom() - view->maxZoom()) < 0.05);
        QTest::mouseClick(in<QPushButton>(d, "cancelCrop"), Qt::LeftButton);
        QTRY_VERIFY(!dialog());
        QVERIFY(!editor()->hasPendingPicture());
    }

    void droppingAFile_opensTheCropDialog()
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(photoFile())});
        const QPoint at = avatar()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(avatar(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(avatar(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(waitForDialog());
    }

    void pastingImageData_opensTheCropDialog()
    {
        auto *mime = new QMimeData;
        mime->setData(QStringLiteral("image/png"), encodeImage(photoLikeImage(600, 600), "png"));
        QGuiApplication::clipboard()->setMimeData(mime);
        avatar()->setFocus();
        QTest::keyClick(avatar(), Qt::Key_V, Qt::ControlModifier);
        CropDialog *d = waitForDialog();
        QVERIFY(d);
        QVERIFY(in<QLabel>(d, "resultInfo")->text().contains(QStringLiteral("600 × 600")));
    }

    void refusedPicture_saysWhy_andSendsNothing()
    {
        const int before = fileRequests();
        ui::Prompts::setNextAnswer(ui::Prompts::FileName{
            writeFile(QStringLiteral("tiny.png"), encodeImage(photoLikeImage(100, 100), "png"))});
        QTest::mouseClick(avatar(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window->bannerText().isEmpty(), 5000);
        QVERIFY(window->bannerText().contains(QStringLiteral("tiny.png")));
        QVERIFY(window->bannerText().contains(QStringLiteral("128")));
        QVERIFY(!dialog());
        QVERIFY(!editor()->hasPendingPicture());
        QCOMPARE(fileRequests(), before);
    }

    void save_showsUploadProgress_thenTheServersPictureFetchedFresh()
    {
        chooseAndUse();
        Fault slow = makeFault(Fault::Kind::Delay);
        slow.method = "PUT";
        slow.delayMs = 800;
        server()->files()->injectStorageFault(slow, 1);
        auto *bar = in<QProgressBar>(avatar(), "pictureProgress");
        QTest::mouseClick(in<QPushButton>(window.get(), "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->value() == 100, 5000);
        QVERIFY(!avatar()->isBadgeShown()); // the progress replaces it meanwhile
        QVERIFY(in<QLabel>(window.get(), "statusLine")->text().contains(QStringLiteral("100%")));
        QSignalSpy saved(editor(), &profile::ProfileEditor::saved);
        QVERIFY(saved.wait(10000));
        QVERIFY(!bar->isVisible());
        QVERIFY(!avatar()->isBadgeShown());
        // The avatar ends on the server's picture, downloaded from the URL it returned.
        QTRY_VERIFY_WITH_TIMEOUT(avatar()->pendingImage().isNull(), 5000);
        QVERIFY(!avatar()->pixmap().isNull());
        const QString id = server()->files()->fileIds().first();
        const auto fetched = [&] {
            const auto all = server()->files()->storageRequests(); // one copy for both ends
            return std::any_of(all.cbegin(), all.cend(), [&](const sandbox::RecordedRequest &r) {
                return r.method == "GET" && r.path.contains(id) && r.responseStatus == 200;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(fetched(), 5000);
        QVERIFY(!window->isWindowModified());
    }

    void failedUpload_bannerNamesTheStep_andRetryResumes()
    {
        chooseAndUse();
        Fault refused = makeFault(Fault::Kind::Status, 403);
        refused.method = "PUT";
        server()->files()->injectStorageFault(refused, 1);
        QTest::mouseClick(in<QPushButton>(window.get(), "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window->bannerText().isEmpty(), 10000);
        QVERIFY2(window->bannerText().startsWith(QStringLiteral("Uploading the picture failed")),
                 qPrintable(window->bannerText()));
        QVERIFY(avatar()->isBadgeShown());
        QSignalSpy saved(editor(), &profile::ProfileEditor::saved);
        auto *retry = in<QPushButton>(window.get(), "bannerAction");
        QCOMPARE(retry->text(), QStringLiteral("Retry"));
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QVERIFY(!avatar()->isBadgeShown());
    }

    // What a screen reader is told about the picture follows what is shown, in every change: the
    // server's picture, a new one not saved yet, back to the server's, none on Whop (the face:
    // initials on the user's colour), one that cannot be loaded (the face, greyed).
    void description_followsWhatIsShown()
    {
        const auto description = [this] { return avatar()->accessibleDescription(); };
        const auto reload = [this] {
            QSignalSpy loaded(editor(), &profile::ProfileEditor::loaded);
            editor()->load();
            return loaded.wait(10000);
        };
        QCOMPARE(avatar()->shown(), AvatarWidget::Shown::Picture);
        QVERIFY2(description().startsWith(QStringLiteral("Picture shown.")),
                 qPrintable(description()));
        QVERIFY2(!description().contains(QStringLiteral("No picture")), qPrintable(description()));

        chooseAndUse();
        QVERIFY2(description().startsWith(QStringLiteral("A new picture.")),
                 qPrintable(description()));
        QVERIFY(description().contains(QStringLiteral("Not saved yet.")));
        QTest::mouseClick(in<QPushButton>(window.get(), "revertButton"), Qt::LeftButton);
        QVERIFY2(description().startsWith(QStringLiteral("Picture shown.")),
                 qPrintable(description()));

        // The picture removed on Whop: the face, and the description says which initials.
        const QString id = QLatin1String(sandbox::SandboxServer::DemoUserId);
        QJsonObject user = server()->storedUser(id);
        user.insert(QStringLiteral("profile_picture"), QJsonValue::Null);
        server()->putUser(user);
        QVERIFY(reload());
        QCOMPARE(avatar()->shown(), AvatarWidget::Shown::NoPicture);
        QVERIFY(avatar()->pixmap().isNull());
        QCOMPARE(avatar()->face().initials, QStringLiteral("DC")); // Demo Creator
        QCOMPARE(avatar()->face().background, avatar::faceColour(id));
        QCOMPARE(description(), QStringLiteral("No picture: initials DC shown. Click, drop or "
                                               "paste to choose a new picture."));

        // A new picture that cannot be fetched: the face, greyed, and said so.
        Fault missing = makeFault(Fault::Kind::Status, 404);
        missing.method = "GET";
        missing.pathContains = QStringLiteral("/avatars/");
        server()->injectFault(missing, 10);
        QVERIFY(server()->changeElsewhere(id, {{"profile_picture", true}}));
        QVERIFY(reload());
        QTRY_COMPARE_WITH_TIMEOUT(avatar()->shown(), AvatarWidget::Shown::Unavailable, 10000);
        QVERIFY2(description().startsWith(
                     QStringLiteral("The picture could not be loaded: initials DC shown.")),
                 qPrintable(description()));

        // It can be fetched again: the picture, and the description follows.
        server()->clearFaults();
        QVERIFY(server()->changeElsewhere(id, {{"profile_picture", true}}));
        QVERIFY(reload());
        QTRY_COMPARE_WITH_TIMEOUT(avatar()->shown(), AvatarWidget::Shown::Picture, 10000);
        QVERIFY2(description().startsWith(QStringLiteral("Picture shown.")),
                 qPrintable(description()));
        QCOMPARE(avatar()->accessibleName(), QStringLiteral("Profile picture"));
    }

    void closingWithOnlyANewPicture_asksFirst()
    {
        chooseAndUse();
        const int asked = ui::Prompts::questionsAsked();
        ui::Prompts::setNextAnswer(ui::Prompts::Unsaved::Cancel);
        QVERIFY(!window->close());
        QCOMPARE(ui::Prompts::questionsAsked(), asked + 1);
        QVERIFY(editor()->hasPendingPicture());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    AvatarWidgetTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_avatar_widget.moc"
