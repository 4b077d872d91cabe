// SaveConflictDialog on its own: what it shows for every kind of conflict (three fields and the
// picture, whose two other versions it fetches from the sandbox), the keyboard (Tab order, arrow
// keys, Enter, Escape) and the answer it gives. Keys go only where the focus is.
//
// With WHOP_SCREENSHOT_DIR set, the dialog is also saved there as a PNG file.
#include "common/TestSupport.h"
#include "journeys/Journey.h"
#include "sandbox/SandboxServer.h"
#include "ui/dialogs/SaveConflictDialog.h"

#include <QComboBox>
#include <QDir>
#include <QNetworkAccessManager>
#include <QPushButton>

using namespace whop;
using namespace whop::test;
using namespace whop::journey;
using profile::ConflictChoice;
using profile::Field;
using ui::SaveConflictDialog;

class SaveConflictDialogTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> server;
    QNetworkAccessManager nam;

    profile::SaveConflict everything() const
    {
        profile::SaveConflict c;
        c.fields << profile::FieldConflict{Field::Name, "Demo Creator", "Demo (web)", "Demo Here"}
                 << profile::FieldConflict{Field::Username, "demo-creator", "demo-web", "demo-here"}
                 << profile::FieldConflict{Field::Bio, "Old bio", "",
                                           "A bio typed here,\nover two lines."};
        const QString origin = server->baseUrl().toString(QUrl::RemovePath);
        c.picture = profile::PictureConflict{QUrl(origin + "/avatars/user_DemoCreator01.png"),
                                             QUrl(origin + "/avatars/user_Alice0000001.png")};
        c.taken << Field::Name; // not realistic beside a name conflict, but shows the note
        return c;
    }
    static QImage yourPicture()
    {
        QImage image(128, 128, QImage::Format_RGB32);
        image.fill(QColor(40, 120, 200));
        return image;
    }
    template <typename T> static T *in(QWidget *dialog, const QString &name)
    {
        auto *w = dialog->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(server->listenLocal(0));
    }
    void cleanupTestCase() { server.reset(); }

    void showsEveryVersion_andThePictures()
    {
        SaveConflictDialog dialog(everything(), yourPicture(), &nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(in<QLabel>(&dialog, "original_name")->text(), QStringLiteral("Demo Creator"));
        QCOMPARE(in<QLabel>(&dialog, "theirs_name")->text(), QStringLiteral("Demo (web)"));
        QCOMPARE(in<QLabel>(&dialog, "yours_name")->text(), QStringLiteral("Demo Here"));
        QCOMPARE(in<QLabel>(&dialog, "theirs_bio")->text(), QStringLiteral("(empty)"));
        QCOMPARE(in<QLabel>(&dialog, "yours_bio")->textFormat(), Qt::PlainText);
        // Values are read as their text; the column is their description.
        QVERIFY(in<QLabel>(&dialog, "theirs_name")->accessibleName().isEmpty());
        QVERIFY(!in<QLabel>(&dialog, "theirs_name")->accessibleDescription().isEmpty());
        // Text fields can go back to before; a picture cannot (only its URL is known).
        QCOMPARE(in<QComboBox>(&dialog, "choice_bio")->count(), 3);
        QCOMPARE(in<QComboBox>(&dialog, "choice_picture")->count(), 2);
        QVERIFY(!in<QLabel>(&dialog, "yours_picture")->pixmap().isNull());
        // The other two pictures come from Whop (here the sandbox), without a credential.
        QTRY_VERIFY_WITH_TIMEOUT(!in<QLabel>(&dialog, "original_picture")->pixmap().isNull() &&
                                     !in<QLabel>(&dialog, "theirs_picture")->pixmap().isNull(),
                                 WaitMs);
        for (const auto &r : server->requests())
            QVERIFY(!r.hasHeader("Authorization"));
        QVERIFY(shownText(in<QLabel>(&dialog, "takenNote")).contains(QStringLiteral("Name")));
        const QString dir = qEnvironmentVariable("WHOP_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("conflict-all.png"))));
    }

    void keyboard_tabThroughChoices_arrowsChoose_enterSaves()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        std::optional<SaveConflictDialog::Answer> answer;
        SaveConflictDialog::offer(&window, everything(), yourPicture(), nullptr,
                                  [&](const SaveConflictDialog::Answer &a) { answer = a; });
        auto *dialog = qobject_cast<SaveConflictDialog *>(waitForDialog());
        QVERIFY(dialog);
        // Focus starts at the first choice; Tab walks the choices, then Save, then Back.
        QStringList order;
        for (int i = 0; i < 6; ++i) {
            order << keyTarget()->objectName();
            press(Qt::Key_Tab);
        }
        QCOMPARE(order, QStringList({"choice_name", "choice_username", "choice_bio",
                                     "choice_picture", "saveButton", "backButton"}));
        QCOMPARE(keyTarget()->objectName(), QStringLiteral("choice_name"));
        press(Qt::Key_Tab); // username: keep yours
        press(Qt::Key_Tab); // bio: as before
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        QCOMPARE(in<QComboBox>(dialog, "choice_bio")->currentText(),
                 QStringLiteral("As before you edited"));
        press(Qt::Key_Tab); // picture: theirs
        press(Qt::Key_Down);
        press(Qt::Key_Return); // Enter saves, even from a choice
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), WaitMs);
        QVERIFY(answer->save);
        QCOMPARE(answer->choices.value(Field::Name), ConflictChoice::Yours);
        QCOMPARE(answer->choices.value(Field::Username), ConflictChoice::Yours);
        QCOMPARE(answer->choices.value(Field::Bio), ConflictChoice::Original);
        QCOMPARE(answer->picture, ConflictChoice::Theirs);
    }

    void escape_goesBackWithoutSaving_andAgainStartsClean()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        std::optional<SaveConflictDialog::Answer> answer;
        const auto done = [&](const SaveConflictDialog::Answer &a) { answer = a; };
        SaveConflictDialog::offer(&window, everything(), {}, nullptr, done);
        QPointer dialog = qobject_cast<SaveConflictDialog *>(waitForDialog());
        QVERIFY(dialog);
        press(Qt::Key_Down); // a choice made, then abandoned
        press(Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), WaitMs);
        QVERIFY(!answer->save);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, WaitMs); // deleted on close

        answer.reset();
        SaveConflictDialog::offer(&window, everything(), {}, nullptr, done);
        dialog = qobject_cast<SaveConflictDialog *>(waitForDialog());
        QVERIFY(dialog);
        QCOMPARE(in<QComboBox>(dialog, "choice_name")->currentText(), QStringLiteral("Yours"));
        press(Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), WaitMs);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    SaveConflictDialogTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_save_conflict_dialog.moc"
