// What a screen reader gets from the main window's form, account panel and tool bars: values read
// as values (described by their captions, never renamed), field messages as the field's
// description while they show, buttons named as they read, the user field's problem in words,
// counts in plural forms, images with a text alternative, and the tool bar's "»" button named.
// (That a description change is announced is Qt's part: QWidget::setAccessibleDescription sends
// QAccessible::DescriptionChanged; the AT-SPI audit hears it.)
#include "common/DemoWindow.h"
#include "common/TestSupport.h"
#include "sandbox/SandboxServer.h"
#include "ui/dialogs/AccountPickerDialog.h"
#include "ui/widgets/ModeBar.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace whop;
using profile::Field;

namespace {

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

QString withoutMnemonic(QString text)
{
    return text.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

} // namespace

class FormAccessibilityTest : public QObject, test::DemoWindow
{
    Q_OBJECT

    template <typename T = QWidget> T *child(const char *name) const
    {
        auto *w = window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    ui::ModeBar *modeBar() const { return window->findChild<ui::ModeBar *>(); }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        QVERIFY(openDemo());
    }
    void cleanup() { closeDemo(); }

    void valueLabels_readTheirValue_describedByTheirCaption()
    {
        const std::pair<const char *, const char *> rows[] = {{"idCaption", "idValue"},
                                                              {"createdCaption", "createdValue"},
                                                              {"kycCaption", "kycValue"},
                                                              {"kybCaption", "kybValue"},
                                                              {"totalCaption", "totalValue"},
                                                              {"balancesCaption", "balancesValue"},
                                                              {"earningsCaption", "earningsValue"}};
        for (const auto &[caption, value] : rows) {
            auto *label = child<QLabel>(value);
            QVERIFY2(label->accessibleName().isEmpty(), value);
            QCOMPARE(label->accessibleDescription(), child<QLabel>(caption)->text());
            QCOMPARE(accessibleName(label), label->text());
        }
        QCOMPARE(accessibleName(child("idValue")),
                 QLatin1String(sandbox::SandboxServer::DemoUserId));
    }

    void counters_andMessages_readWhatTheyShow()
    {
        session->editor()->setValue(Field::Username, QStringLiteral("has space"));
        for (const char *name : {"nameCounter", "usernameCounter", "bioCounter", "nameError",
                                 "usernameError", "bioError"}) {
            auto *label = child<QLabel>(name);
            QVERIFY2(label->accessibleName().isEmpty(), name);
            QCOMPARE(accessibleName(label), label->text());
        }
        QCOMPARE(accessibleName(child("usernameCounter")), QStringLiteral("9/42"));
        QCOMPARE(child("usernameCounter")->accessibleDescription(),
                 QStringLiteral("Username length"));
    }

    void fieldMessage_isTheFieldsDescription_announced_andClearedWhenItGoes()
    {
        auto *field = child<QLineEdit>("usernameEdit");
        auto *message = child<QLabel>("usernameError");
        QVERIFY(field->accessibleDescription().isEmpty());

        session->editor()->setValue(Field::Username, QStringLiteral("has space"));
        QVERIFY(message->isVisible());
        QCOMPARE(field->accessibleDescription(), message->text());

        session->editor()->setValue(Field::Username, QStringLiteral("has-hyphen"));
        QVERIFY(message->isHidden());
        QVERIFY(field->accessibleDescription().isEmpty());
    }

    void useGlobal_isNamedAsItReads_withTheWholeValueInItsDescription()
    {
        QSignalSpy loaded(session->editor(), &profile::ProfileEditor::loaded);
        modeBar()->requestAccount(QLatin1String(sandbox::SandboxServer::DemoAccountId),
                                  QStringLiteral("Demo Studio"));
        QVERIFY(loaded.wait(10000));
        auto *use = child<QToolButton>("useGlobalName");
        QTRY_VERIFY_WITH_TIMEOUT(use->isVisible(), 10000);
        QVERIFY(use->accessibleName().isEmpty());
        QCOMPARE(accessibleName(use), withoutMnemonic(use->text()));
        const QString global = session->inherited()->value(Field::Name);
        QVERIFY(use->accessibleDescription().contains(global));
    }

    void apiKeyUser_problemIsShownInWords_andIsTheFieldsDescription()
    {
        // The user field is the API keys'; its words are checked here without one.
        auto *user = child<QLineEdit>("userToEdit");
        auto *problem = child<QLabel>("userProblem");
        modeBar()->requestUser(QStringLiteral("not a user!"));
        QVERIFY(!problem->text().isEmpty());
        QVERIFY(problem->text().contains(QStringLiteral("user id")));
        QCOMPARE(user->accessibleDescription(), problem->text());
        QVERIFY(user->styleSheet().isEmpty()); // said in words, not only in red
        // Corrected: the words go.
        QTest::keyClick(user, Qt::Key_U);
        QVERIFY(problem->isHidden());
        QVERIFY(user->accessibleDescription().isEmpty());
    }

    void picker_countsInAPluralForm_andLogosHaveATextAlternative()
    {
        auto *picker = modeBar()->openPicker();
        QTRY_VERIFY_WITH_TIMEOUT(picker->statusText().endsWith(QStringLiteral("accounts.")), 10000);
        const int count = int(session->accounts()->accounts().size());
        QVERIFY(count > 1);
        QCOMPARE(picker->statusText(), QStringLiteral("%1 accounts.").arg(count));
        // One account: the singular (the English catalog's plural forms).
        QCOMPARE(QCoreApplication::translate("whop::ui::AccountPickerDialog", "%n account(s).",
                                             nullptr, 1),
                 QStringLiteral("1 account."));
        auto *list = picker->findChild<QListView *>(QStringLiteral("accountList"));
        const QModelIndex first = list->model()->index(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!first.data(Qt::DecorationRole).isNull(), 10000);
        const QString title =
            first.data(Qt::DisplayRole).toString().section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(first.data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Logo of %1").arg(title));
        picker->reject();
    }

    void avatar_hasATextAlternative()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>("avatar")->pixmap().isNull(), 10000);
        QCOMPARE(accessibleName(child("avatar")), QStringLiteral("Profile picture"));
    }

    void toolbarOverflowButton_isNamed()
    {
        // The "»" button a tool bar shows when the window is too narrow for its controls.
        const auto bars = window->findChildren<QToolBar *>();
        QCOMPARE(bars.size(), 2);
        for (auto *bar : bars) {
            auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
            QVERIFY(more);
            QCOMPARE(accessibleName(more), QStringLiteral("More controls"));
            QVERIFY(!more->toolTip().isEmpty());
        }
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    FormAccessibilityTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_form_accessibility.moc"
