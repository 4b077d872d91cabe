// Offering a leftover draft back in the window: what differs, Restore / Discard, a choice per
// field Whop changed meanwhile, and a damaged draft set aside with a message.
#include "common/DemoWindow.h"
#include "common/TestSupport.h"
#include "profile/DraftKeeper.h"
#include "sandbox/SandboxServer.h"
#include "ui/Prompts.h"
#include "ui/dialogs/DraftRecoveryDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace whop;
using profile::Draft;
using profile::DraftRecovery;
using profile::Field;
using profile::FieldChoice;
using ui::DraftRecoveryDialog;

class DraftRecoveryTest : public QObject, test::DemoWindow
{
    Q_OBJECT

    static Draft leftover()
    {
        Draft d;
        d.identityKey = QStringLiteral("demo");
        d.profileKey = QStringLiteral("me");
        d.userId = QLatin1String(sandbox::SandboxServer::DemoUserId);
        d.savedAt = QDateTime::currentDateTimeUtc();
        // The name was "Old Name" when the edit started; the demo sandbox says "Demo Creator".
        d.base.name = QStringLiteral("Old Name");
        d.base.username = QStringLiteral("demo-creator");
        d.edits.insert(Field::Name, QStringLiteral("My Unsaved Name"));
        d.edits.insert(Field::Username, QStringLiteral("my-new-handle"));
        return d;
    }
    static DraftRecovery recovery()
    {
        return profile::recoveryFor(leftover(), {QStringLiteral("Demo Creator"),
                                                 QStringLiteral("demo-creator"), QString()});
    }
    template <typename T> static T *child(QWidget *parent, const QString &name)
    {
        auto *w = parent->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }
    // A session whose data directory already holds `bytes` (unless null) as the demo draft.
    void startWithDraftFile(const QByteArray &bytes)
    {
        createSession();
        if (!bytes.isNull()) {
            const auto &store = session->drafts()->store();
            QDir().mkpath(store.draftsDirectory());
            QFile file(store.pathFor(QStringLiteral("demo"), QStringLiteral("me")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        QVERIFY(showWindow());
        QVERIFY(startSession());
    }
    DraftRecoveryDialog *openDialog()
    {
        DraftRecoveryDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                dialog = window->findChild<DraftRecoveryDialog *>();
                return dialog && dialog->isVisible();
            },
            5000);
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

private Q_SLOTS:
    void init() { whop::test::removeAppData(); }
    void cleanup() { closeDemo(); }

    void dialog_showsWhatDiffers_andFlagsTheFieldWhopChanged()
    {
        DraftRecoveryDialog dialog(recovery());
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("draft_name"))->text(),
                 QStringLiteral("My Unsaved Name"));
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("server_name"))->text(),
                 QStringLiteral("Demo Creator"));
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("draft_username"))->text(),
                 QStringLiteral("my-new-handle"));
        // Only the name changed on Whop since the draft's base: only it asks for a choice.
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("conflict_name")));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("conflict_username")));
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("choice_name")));
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("choice_username")));
        QVERIFY(!child<QLabel>(&dialog, QStringLiteral("conflictNote"))->isHidden());
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (w->objectName().isEmpty())
                continue;
            if (qobject_cast<QComboBox *>(w) || qobject_cast<QPushButton *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            // A label showing a value is read as its text: an accessible name would hide it.
            if (w->objectName().startsWith(QStringLiteral("draft_")) ||
                w->objectName().startsWith(QStringLiteral("server_"))) {
                QVERIFY2(w->accessibleName().isEmpty(), qPrintable(w->objectName()));
                QVERIFY2(!w->accessibleDescription().isEmpty(), qPrintable(w->objectName()));
            }
        }
        // The default keeps the draft; the person can take Whop's version instead.
        QCOMPARE(dialog.answer().choices.value(Field::Name), FieldChoice::Draft);
        auto *choice = child<QComboBox>(&dialog, QStringLiteral("choice_name"));
        choice->setCurrentIndex(choice->findData(int(FieldChoice::Server)));
        QCOMPARE(dialog.answer().choices.value(Field::Name), FieldChoice::Server);
        QVERIFY(dialog.answer().restore);
    }

    void restore_withAChoicePerField_fillsTheForm()
    {
        startWithDraftFile(profile::serializeDraft(leftover()));
        DraftRecoveryDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *choice = child<QComboBox>(dialog, QStringLiteral("choice_name"));
        choice->setCurrentIndex(choice->findData(int(FieldChoice::Server)));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("restoreButton")),
                          Qt::LeftButton);
        auto *name = child<QLineEdit>(window.get(), QStringLiteral("nameEdit"));
        auto *username = child<QLineEdit>(window.get(), QStringLiteral("usernameEdit"));
        QTRY_COMPARE(username->text(), QStringLiteral("my-new-handle"));
        QCOMPARE(name->text(), QStringLiteral("Demo Creator")); // Whop's version, as chosen
        QVERIFY(session->editor()->isDirty());
    }

    void discard_removesTheDraft()
    {
        startWithDraftFile(profile::serializeDraft(leftover()));
        DraftRecoveryDialog *dialog = openDialog();
        QVERIFY(dialog);
        const QString path = session->drafts()->currentPath();
        QVERIFY(QFile::exists(path));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("discardButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!QFile::exists(path));
        QCOMPARE(child<QLineEdit>(window.get(), QStringLiteral("nameEdit"))->text(),
                 QStringLiteral("Demo Creator"));
        QVERIFY(!session->editor()->isDirty());
    }

    void testSeam_answersWithoutADialog()
    {
        ui::Prompts::setNextAnswer(DraftRecoveryDialog::Answer{true, {}});
        const int before = DraftRecoveryDialog::timesOffered();
        startWithDraftFile(profile::serializeDraft(leftover()));
        QTRY_COMPARE(child<QLineEdit>(window.get(), QStringLiteral("nameEdit"))->text(),
                     QStringLiteral("My Unsaved Name"));
        QCOMPARE(DraftRecoveryDialog::timesOffered(), before + 1);
        QVERIFY(!window->findChild<DraftRecoveryDialog *>());
    }

    void damagedDraft_isSetAside_withAMessage_andTheAppStarts()
    {
        startWithDraftFile("{\"format\": 1, \"kind\": \"whop-profile-editor/dra");
        QTRY_VERIFY(window->bannerText().contains(QStringLiteral("could not be read")));
        QVERIFY(window->bannerText().contains(QStringLiteral(".corrupt-")));
        QVERIFY(!window->findChild<DraftRecoveryDialog *>());
        QCOMPARE(child<QLineEdit>(window.get(), QStringLiteral("nameEdit"))->text(),
                 QStringLiteral("Demo Creator"));
        QVERIFY(child<QLineEdit>(window.get(), QStringLiteral("nameEdit"))->isEnabled());
    }

    void closingWithDiscard_removesTheDraft()
    {
        startWithDraftFile({});
        auto *name = child<QLineEdit>(window.get(), QStringLiteral("nameEdit"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral(" Jr"));
        session->drafts()->flush();
        const QString path = session->drafts()->currentPath();
        QVERIFY(QFile::exists(path));
        ui::Prompts::setNextAnswer(ui::Prompts::Unsaved::Discard);
        QVERIFY(window->close());
        QVERIFY(!QFile::exists(path));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    DraftRecoveryTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_draft_recovery.moc"
