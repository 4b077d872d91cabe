// Text that comes from outside (Whop's answers: names, bios, verification states, balances,
// error messages) is shown as it is written, never as markup: a label showing it must be plain
// text, or "<img src=…>" in a bio or an error message would be rendered (and fetched) by Qt's
// rich-text engine. The demo user is given markup in every field Whop sends, a save is refused
// with markup in the message, and every label of the window that shows any of it is checked.
#include "AppSession.h"
#include "DemoSession.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace whop;

namespace {
const QString Marker = QStringLiteral("<b>x</b>");
}

class OutsideTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void everyLabelShowingWhopsWords_isPlainText()
    {
        test::removeAppData();
        app::Options options;
        options.demo = true;
        auto session = test::makeSession(options);
        ui::MainWindow window(session.get());
        window.resize(820, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(session->editor(), &profile::ProfileEditor::loaded);
        session->start();
        QVERIFY(loaded.wait(10000));

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
                .arg(QStringLiteral("Refused ") + Marker)
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
    }
};

QTEST_MAIN(OutsideTextTest)
#include "tst_outside_text.moc"
