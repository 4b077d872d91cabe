// Text that comes from outside (Whop's answers: names, bios, verification states, balances,
// error messages) is shown as it is written, never as markup: a label showing it must be plain
// text, or "<img src=…>" in a bio or an error message would be rendered (and fetched) by Qt's
// rich-text engine. The demo user is given markup in every field Whop sends, a save is refused
// with markup in the message, and every label of the window that shows any of it is checked.
// Tooltips too: Qt renders one as rich text whenever it looks like markup, so each place that
// puts Whop's words (names, bios, ids, titles, messages) into a tooltip is given a hostile value,
// and what the tooltip shows must be that value, letter for letter.
#include "avatar/LogoCache.h"
#include "common/DemoWindow.h"
#include "common/SandboxFixture.h"
#include "common/TestSupport.h"
#include "overview/AccountOverview.h"
#include "overview/OverviewModel.h"
#include "sandbox/SandboxServer.h"
#include "session/AccountDirectory.h"
#include "ui/dialogs/AccountPickerDialog.h"
#include "ui/widgets/AccountFacts.h"
#include "ui/widgets/BatchPanel.h"
#include "ui/widgets/FieldComparison.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace whop;

namespace {
const QString Marker = QStringLiteral("<b>x</b>");
// Markup that would be drawn bold and make Qt load a picture if a tooltip took it as rich text.
const QString Hostile = QStringLiteral("<b>x</b><img src=\"file:///nonexistent/whop.png\">");
// An account id as a server could send it (the client takes any id it is given).
const QString HostileAccount = QStringLiteral("biz_") + Hostile;

// What a tooltip shows: QToolTip renders its text as rich text when Qt::mightBeRichText() says
// it looks like markup (QLabel's Qt::AutoText), else as it is.
QString shownToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}
} // namespace

class OutsideTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    // A bio written from right to left is shown from the right, as the name field shows a name:
    // its first line's letters end at the right edge. One in English starts at the left.
    void rightToLeftBio_isShownFromTheRight()
    {
        test::DemoWindow demo;
        QVERIFY(demo.openDemo(QSize(820, 600)));
        auto *bio = demo.window->findChild<QPlainTextEdit *>(QStringLiteral("bioEdit"));
        QVERIFY(bio);
        // Where the first line's letters are drawn: {leftmost, rightmost} column with ink.
        const auto inkOfFirstLine = [bio] {
            const QImage shot = bio->viewport()->grab().toImage();
            const int lines = bio->fontMetrics().lineSpacing() + 4;
            int left = shot.width(), right = -1;
            for (int y = 0; y < std::min(lines, shot.height()); ++y)
                for (int x = 0; x < shot.width(); ++x)
                    if (qGray(shot.pixel(x, y)) < 128) {
                        left = std::min(left, x);
                        right = std::max(right, x);
                    }
            return std::pair{left, right};
        };
        const int width = bio->viewport()->width();

        demo.session->editor()->setValue(profile::Field::Bio,
                                         QStringLiteral("שלום! אני יוצרת סרטוני הדרכה על Whop."));
        QTRY_COMPARE(bio->toPlainText().left(5), QStringLiteral("שלום!"));
        auto [left, right] = inkOfFirstLine();
        QVERIFY2(
            right > width - 20 && left > width / 3,
            qPrintable(QStringLiteral("ink from %1 to %2 of %3").arg(left).arg(right).arg(width)));

        demo.session->editor()->setValue(profile::Field::Bio, QStringLiteral("Short tutorials."));
        QTRY_COMPARE(bio->toPlainText(), QStringLiteral("Short tutorials."));
        std::tie(left, right) = inkOfFirstLine();
        QVERIFY2(
            left < 20 && right < width / 2,
            qPrintable(QStringLiteral("ink from %1 to %2 of %3").arg(left).arg(right).arg(width)));
    }

    void everyLabelShowingWhopsWords_isPlainText()
    {
        test::DemoWindow demo;
        QVERIFY(demo.openDemo(QSize(820, 600)));
        const auto &session = demo.session;
        ui::MainWindow &window = *demo.window;
        QSignalSpy loaded(session->editor(), &profile::ProfileEditor::loaded);

        // Whop's answer, with markup in every text it carries.
        sandbox::SandboxServer *server = test::sandboxOf(*session);
        QVERIFY(server);
        QJsonObject user = server->storedUser(QLatin1String(sandbox::SandboxServer::DemoUserId));
        user[QStringLiteral("name")] = QStringLiteral("Name ") + Marker;
        user[QStringLiteral("bio")] = QStringLiteral("Bio ") + Marker;
        user[QStringLiteral("verification")] = QJsonObject{
            {QStringLiteral("individual"), QJsonObject{{QStringLiteral("status"), Marker}}},
            {QStringLiteral("business"), QJsonObject{{QStringLiteral("status"), Marker}}}};
        user[QStringLiteral("balances")] =
            QJsonArray{QJsonObject{{QStringLiteral("symbol"), Marker},
                                   {QStringLiteral("amount"), QStringLiteral("1.00")}}};
        server->putUser(user);
        session->editor()->load();
        QVERIFY(loaded.wait(10000));

        // A refusal whose message carries markup, shown at the field it names.
        sandbox::Fault refusal;
        refusal.kind = sandbox::Fault::Kind::Status;
        refusal.status = 422;
        refusal.method = "PATCH";
        refusal.body =
            QStringLiteral("{\"error\":{\"type\":\"invalid_request_error\",\"code\":"
                           "\"invalid_parameter\",\"param\":\"bio\",\"message\":\"%1\"}}")
                .arg(QStringLiteral("Refused ") + Marker +
                     QStringLiteral(" because this bio says something that Whop does not accept "
                                    "in a bio, whatever the length of the field beside it"))
                .toUtf8();
        server->injectFault(refusal);
        session->editor()->setValue(profile::Field::Bio, QStringLiteral("Edited"));
        QSignalSpy refused(session->editor(), &profile::ProfileEditor::serverFieldError);
        QVERIFY(session->editor()->save());
        QVERIFY(refused.wait(10000));
        QCoreApplication::processEvents();

        QStringList shown, rich;
        for (const QLabel *label : window.findChildren<QLabel *>()) {
            if (!label->isVisibleTo(&window) || !label->text().contains(Marker))
                continue;
            shown << label->objectName();
            if (label->textFormat() != Qt::PlainText)
                rich << label->objectName();
        }
        qInfo("Whop's words shown in: %s", qPrintable(shown.join(QLatin1String(", "))));
        // The account panel's states and balances and the field's message show Whop's words.
        QVERIFY2(shown.size() >= 3, qPrintable(shown.join(QLatin1String(", "))));
        QVERIFY2(rich.isEmpty(),
                 qPrintable(QStringLiteral("shown as markup: ") + rich.join(QLatin1String(", "))));

        // Every tooltip of the window that carries Whop's words shows them as written (the
        // field's message is long enough to be cut short, so its tooltip holds all of it).
        QStringList tips;
        for (const QWidget *widget : window.findChildren<QWidget *>()) {
            if (!widget->toolTip().contains(QLatin1String("x</b>")) &&
                !widget->toolTip().contains(QLatin1String("x&lt;/b&gt;")))
                continue;
            tips << widget->objectName();
            QVERIFY2(shownToolTip(widget->toolTip()).contains(Marker),
                     qPrintable(widget->objectName() + QLatin1String(": ") +
                                shownToolTip(widget->toolTip())));
            // A screen reader reads the words, not the markup that keeps them plain.
            const QString described =
                QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget))
                    ->text(QAccessible::Description);
            QVERIFY2(!described.contains(QLatin1String("&lt;")) &&
                         !described.contains(QLatin1String("white-space")),
                     qPrintable(widget->objectName() + QLatin1String(": ") + described));
        }
        qInfo("Whop's words in the tooltips of: %s", qPrintable(tips.join(QLatin1String(", "))));
        QVERIFY2(!tips.isEmpty(), "the refusal's message was not cut short");
    }

    // The id beside the profile: cut short in the middle, the whole of it in the tooltip.
    void accountFacts_idTooltip_showsTheIdAsWritten()
    {
        ui::AccountFacts facts;
        api::User user;
        user.id = QStringLiteral("user_") + Hostile;
        facts.showUser(user, true);
        auto *id = facts.findChild<QLabel *>(QStringLiteral("idValue"));
        QVERIFY(id);
        QVERIFY(!id->toolTip().isEmpty()); // too wide for the panel
        QCOMPARE(shownToolTip(id->toolTip()), user.id);
    }

    // The dialogs that compare versions of a field (changed elsewhere, a recovered draft): a
    // long value is cut short on screen and whole in the tooltip.
    void fieldComparison_tooltips_showTheValuesAsWritten()
    {
        QWidget host;
        auto *grid = new QGridLayout(&host);
        ui::FieldComparison comparison(
            grid, {{QStringLiteral("Yours"), QStringLiteral("yours"), QStringLiteral("%1")},
                   {QStringLiteral("Whop"), QStringLiteral("theirs"), QStringLiteral("%1")}});
        const QString bio = QStringLiteral("Bio ") + Hostile + QStringLiteral("\n") +
                            QString(300, QLatin1Char('y'));
        comparison.addRow(QStringLiteral("name"), QStringLiteral("Name"),
                          {QStringLiteral("Name ") + Hostile, Hostile});
        comparison.addRow(QStringLiteral("bio"), QStringLiteral("Bio"), {bio, Hostile});
        comparison.finish();
        const QHash<QString, QString> expected{
            {QStringLiteral("yours_name"), QStringLiteral("Name ") + Hostile},
            {QStringLiteral("theirs_name"), Hostile},
            {QStringLiteral("yours_bio"), bio},
            {QStringLiteral("theirs_bio"), Hostile}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const auto *label = host.findChild<QLabel *>(it.key());
            QVERIFY2(label, qPrintable(it.key()));
            QCOMPARE(shownToolTip(label->toolTip()), it.value());
        }
    }

    // The account list of the Profile picker (an account whose id carries markup) and the batch
    // preview of All Accounts (a name with markup), listed and read by a real client.
    void accountTooltips_showIdsAndValuesAsWritten()
    {
        test::SandboxFixture fixture;
        fixture.setUp();
        fixture.server->addApiKey("hostile-key", HostileAccount);
        fixture.client->setToken("hostile-key");
        fixture.client->setRequiresAccount(true);

        // Profile → Profile in account…: the list's tooltip is the account's id.
        app::AccountDirectory directory(fixture.client.get());
        avatar::LogoCache logos(fixture.nam.get(), 32);
        ui::AccountPickerDialog picker(&directory, &logos);
        QSignalSpy listed(&directory, &app::AccountDirectory::finished);
        QVERIFY(listed.wait(10000));
        auto *list = picker.findChild<QListView *>(QStringLiteral("accountList"));
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(shownToolTip(list->model()->index(0, 0).data(Qt::ToolTipRole).toString()),
                 HostileAccount);

        // All Accounts: the batch preview says what each account's values are and become (the
        // client reads only accounts whose id looks like one, so the markup is in the name).
        const QString account = QStringLiteral("biz_OutsideText01");
        fixture.server->addApiKey("batch-key", account);
        fixture.server->putOverride(account, QLatin1String(sandbox::SandboxServer::DemoUserId),
                                    QJsonObject{{QStringLiteral("name"), Hostile}});
        fixture.client->setToken("batch-key");
        overview::AccountOverview overview(fixture.client.get());
        overview::OverviewRoute route;
        route.user = QLatin1String(sandbox::SandboxServer::DemoUserId);
        route.hasGlobal = false;
        route.referenceAccountId = account;
        overview.setRoute(route);
        overview::OverviewModel model(&overview);
        ui::BatchPanel panel;
        panel.bind(&overview, &model);
        overview.load();
        QTRY_COMPARE_WITH_TIMEOUT(overview.rowCount(), 1, 10000);
        panel.setSelection({0}, 0);
        panel.findChild<QCheckBox *>(QStringLiteral("nameCheck"))->setChecked(true);
        panel.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("New"));
        auto *preview = panel.findChild<QTreeWidget *>(QStringLiteral("previewList"));
        QVERIFY(preview);
        QTRY_COMPARE_WITH_TIMEOUT(preview->topLevelItemCount(), 1, 10000);
        const QTreeWidgetItem *line = preview->topLevelItem(0);
        QCOMPARE(shownToolTip(line->toolTip(0)), account);
        const QString change = shownToolTip(line->toolTip(1));
        QVERIFY2(change.contains(Hostile) && change.contains(QStringLiteral("New")),
                 qPrintable(change));
        QCOMPARE(change, line->text(1)); // the tooltip says what the line says, whole
        fixture.tearDown();
    }
};

QTEST_MAIN(OutsideTextTest)
#include "tst_outside_text.moc"
