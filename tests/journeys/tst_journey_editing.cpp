// Editing with the keyboard in the demo: name and bio then Ctrl+S (one PATCH with exactly those
// fields, "Saved"), an invalid username (Save unavailable, Ctrl+S sends nothing, the message at
// the field), and a new picture (Ctrl+Shift+O, the path typed, Enter, framed with the arrow
// keys, Enter, Ctrl+S).
#include "avatar/PictureUploader.h"
#include "common/TestImages.h"
#include "journeys/JourneyApp.h"
#include "sandbox/SandboxFiles.h"
#include "ui/dialogs/CropDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QTemporaryDir>

using namespace whop;
using namespace whop::journey;

class EditingJourney : public JourneyTest
{
    Q_OBJECT
    QTemporaryDir pictures;

    static QList<sandbox::RecordedRequest> patches(JourneyApp &app)
    {
        return requestsWith(*app.demoServer(), "PATCH");
    }

private Q_SLOTS:
    void initTestCase()
    {
        JourneyTest::initTestCase();
        QVERIFY(pictures.isValid());
        ui::CropDialog::setSettleDelayMs(0);
    }

    void nameAndBio_CtrlS_sendsOnePatchWithExactlyThem_andSaysSaved()
    {
        JourneyApp app(demo());
        QVERIFY(app.waitUntilReady());
        QVERIFY(press(Qt::Key_N, Qt::AltModifier)); // &Name
        QCOMPARE(keyTarget(), app.field<QWidget>("nameEdit"));
        press(QKeySequence::SelectAll);
        type(QStringLiteral("Ada Lovelace"));
        QVERIFY(press(Qt::Key_B, Qt::AltModifier)); // &Bio
        press(QKeySequence::SelectAll);
        type(QStringLiteral("Counting engines.\nSecond line ✓"));
        QVERIFY(app.window->windowTitle().contains(QStringLiteral("*")) ||
                app.window->isWindowModified());
        QVERIFY(press(QKeySequence::Save));

        QTRY_VERIFY_WITH_TIMEOUT(app.status().contains(QStringLiteral("Saved")), WaitMs);
        const auto sent = patches(app);
        QCOMPARE(sent.size(), 1);
        const QJsonObject body = jsonBody(sent.first());
        QCOMPARE(body.keys(), (QStringList{QStringLiteral("bio"), QStringLiteral("name")}));
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(body.value(QStringLiteral("bio")).toString(),
                 QStringLiteral("Counting engines.\nSecond line ✓"));
        QCOMPARE(shownText(app.field<QLineEdit>("nameEdit")), QStringLiteral("Ada Lovelace"));
        QVERIFY(!app.field<QWidget>("saveButton")->isEnabled()); // nothing left to save
        QVERIFY(app.bannerShown().isEmpty());
    }

    void invalidUsername_SaveUnavailable_CtrlSSendsNothing_andTheMessageIsAtTheField()
    {
        JourneyApp app(demo());
        QVERIFY(app.waitUntilReady());
        QVERIFY(press(Qt::Key_U, Qt::AltModifier)); // &Username
        auto *username = app.field<QLineEdit>("usernameEdit");
        QCOMPARE(keyTarget(), username);
        press(QKeySequence::SelectAll);
        type(QStringLiteral("not valid!"));

        auto *save = app.field<QWidget>("saveButton");
        QVERIFY(!save->isEnabled());
        QVERIFY(press(QKeySequence::Save));
        QVERIFY(press(Qt::Key_S, Qt::AltModifier)); // &Save: a disabled button takes no key
        // The message sits right under the field, above the bio.
        QLabel *message = labelShowing(app.window.get(), QStringLiteral("letters, digits"));
        QVERIFY2(message, qPrintable(visibleTexts(app.window.get()).join(QLatin1String(" | "))));
        auto underTheField = [&] { // once laid out, as it is painted: the next thing below it
            const QRect field = username->geometry();
            const QRect at = message->geometry();
            return at.left() == field.left() && at.top() >= field.bottom() &&
                   at.bottom() < app.field<QWidget>("bioEdit")->geometry().top();
        };
        QTRY_VERIFY(underTheField());
        QCOMPARE(keyTarget(), username); // still there to correct

        // Corrected, Save is there again; the one request sent is this save's.
        press(QKeySequence::SelectAll);
        type(QStringLiteral("now-valid"));
        QVERIFY(save->isEnabled());
        QVERIFY(labelShowing(app.window.get(), QStringLiteral("letters, digits")) == nullptr);
        press(QKeySequence::Save);
        QTRY_VERIFY_WITH_TIMEOUT(app.status().contains(QStringLiteral("Saved")), WaitMs);
        const auto sent = patches(app);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(jsonBody(sent.first()),
                 (QJsonObject{{QStringLiteral("username"), QStringLiteral("now-valid")}}));
    }

    void picture_chosenTypedFramedAndSaved_allByKeys()
    {
        const QString path = pictures.filePath(QStringLiteral("portrait.jpg"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(test::encodeImage(test::photoLikeImage(1600, 1200), "jpeg"));
        }
        JourneyApp app(demo());
        QVERIFY(app.waitUntilReady());
        app.demoServer()->files()->setProcessingDelayMs(0);
        avatar::PictureUploader::Timing timing;
        timing.firstPollMs = 20;
        app.session->editor()->uploader()->setTiming(timing);

        QVERIFY(press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)));
        QDialog *files = waitForDialog(QStringLiteral("Choose a Profile Picture"));
        QVERIFY(files);
        // What a person on Linux sees is Qt's own file dialog or the platform's; both take a
        // typed path. Under the offscreen platform it is Qt's, with the focus in its name field.
        QVERIFY(qobject_cast<QFileDialog *>(files));
        QVERIFY(qobject_cast<QLineEdit *>(keyTarget()));
        type(path);
        QVERIFY(press(Qt::Key_Return));

        QDialog *crop = waitForDialog(QStringLiteral("Frame Your Picture"));
        QVERIFY(crop);
        auto *view = crop->findChild<QWidget *>(QStringLiteral("cropView"));
        QCOMPARE(keyTarget(), view);
        press(Qt::Key_Plus); // zoom in, then move the frame
        press(Qt::Key_Right);
        press(Qt::Key_Right);
        press(Qt::Key_Up);
        QVERIFY(waitForText(crop, QStringLiteral("pixels")));
        QVERIFY(press(Qt::Key_Return)); // Use Picture
        QVERIFY(waitForDialogGone(QStringLiteral("Frame Your Picture")));
        QTRY_VERIFY_WITH_TIMEOUT(app.status().contains(QStringLiteral("uploaded when you save")),
                                 WaitMs);

        QVERIFY(waitForKeyboard());
        QVERIFY(press(QKeySequence::Save));
        QTRY_VERIFY_WITH_TIMEOUT(app.status().contains(QStringLiteral("Saved")), WaitMs);
        const auto sent = patches(app);
        QCOMPARE(sent.size(), 1);
        const QJsonObject body = jsonBody(sent.first());
        QCOMPARE(body.keys(), QStringList{QStringLiteral("profile_picture")});
        QVERIFY(!body.value(QStringLiteral("profile_picture"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString()
                     .isEmpty());
    }
};

int main(int argc, char **argv)
{
    return runJourney<EditingJourney>(argc, argv);
}
// moc of the shared base class (JourneyApp.h), here rather than in a file of its own.
#include "moc_JourneyApp.cpp"
#include "tst_journey_editing.moc"
