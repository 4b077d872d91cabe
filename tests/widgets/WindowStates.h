#pragma once

// The main window in the states a person meets it in, reached the way the app reaches them (a
// first run, the demo, a pasted user token, an API key with a user, an account's profile, every
// field refused, a save that meets changes made elsewhere, a picture on its way up, a profile
// without a picture, the longest values Whop allows, a right-to-left name), for
// tst_window_layout, which renders and checks each. Every state runs on its own sandboxes: a
// state may change the profiles it shows.

#include "common/DemoWindow.h"
#include "common/SandboxFixture.h"
#include "common/TestPictures.h"
#include "common/TestSupport.h"
#include "profile/ProfileRules.h"
#include "sandbox/SandboxFiles.h"
#include "sandbox/SandboxServer.h"
#include "ui/dialogs/SaveConflictDialog.h"
#include "ui/widgets/AvatarWidget.h"
#include "ui/widgets/ModeBar.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QToolButton>

namespace whop::test {

class WindowStates
{
public:
    // The states, in the order tst_window_layout renders them; each name is also the PNG's.
    static QStringList names()
    {
        return {QStringLiteral("first-run"),  QStringLiteral("demo"),
                QStringLiteral("user-token"), QStringLiteral("api-key-user"),
                QStringLiteral("override"),   QStringLiteral("errors"),
                QStringLiteral("conflict"),   QStringLiteral("busy"),
                QStringLiteral("no-picture"), QStringLiteral("longest"),
                QStringLiteral("rtl")};
    }

    ui::MainWindow *window() const { return m_demo.window.get(); }
    app::AppSession *session() const { return m_demo.session.get(); }
    sandbox::SandboxServer *whop() const { return m_whop.get(); }
    // The save conflict's dialog, in the "conflict" state.
    ui::SaveConflictDialog *conflictDialog() const
    {
        return m_demo.window ? m_demo.window->findChild<ui::SaveConflictDialog *>() : nullptr;
    }
    template <typename T = QWidget> T *child(const char *name) const
    {
        auto *w = m_demo.window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    void close()
    {
        m_demo.closeDemo();
        m_whop.reset();
    }

    // The window shown at the size it opens with (as main() shows it), the session not started.
    void open(const app::Options &options, const QProcessEnvironment &environment = {})
    {
        m_demo.closeDemo();
        removeAppData();
        QSettings().clear(); // no identity or profile chosen in an earlier state
        m_demo.createSession(options, environment);
        QVERIFY(m_demo.showWindow());
    }

    // Goes to the state `name` (one of names()); fails the test when it cannot.
    void reach(const QString &name)
    {
        close();
        m_whop = std::make_unique<sandbox::SandboxServer>(); // "Whop" for tokens and keys
        QVERIFY(m_whop->listenLocal(0));
        if (name == QLatin1String("first-run"))
            firstRun();
        else if (name == QLatin1String("demo"))
            demo();
        else if (name == QLatin1String("user-token"))
            userToken("alice-token", Alice, {});
        else if (name == QLatin1String("api-key-user"))
            apiKeyWithUser();
        else if (name == QLatin1String("override"))
            overrideMode();
        else if (name == QLatin1String("errors"))
            everyFieldInError();
        else if (name == QLatin1String("conflict"))
            conflict();
        else if (name == QLatin1String("busy"))
            busy();
        else if (name == QLatin1String("no-picture"))
            userToken("taken-token", TakenName, {}, false); // Taken Name has no picture
        else if (name == QLatin1String("longest"))
            longestValues();
        else if (name == QLatin1String("rtl"))
            userToken("alice-token", Alice, rightToLeft());
        else
            QFAIL(qPrintable(QStringLiteral("no state %1").arg(name)));
    }

    // The longest values Whop takes: 100 characters of name, 42 of username; a bio of some 740
    // characters; in wide letters.
    static QJsonObject longest()
    {
        const QString name = QStringLiteral( // 100 characters
            "Wilhelmina Maximiliane Wolkenstein-Waldburg-Zeil von Hohenberg-Wartenstein und "
            "Württemberg-Weißenfel");
        const QString username = QStringLiteral("wilhelmina-maximiliane-wolkenstein-waldbur");
        QString bio;
        for (int i = 0; i < 12; ++i)
            bio += QStringLiteral("Workshops, Webinare und Wochenend-Werkstätten für Wagemutige. ");
        return {{"name", name}, {"username", username}, {"bio", bio}};
    }
    // A name and a bio written from right to left.
    static QJsonObject rightToLeft()
    {
        return {{"name", QStringLiteral("مريم الحسيني")},
                {"bio", QStringLiteral("שלום! אני יוצרת סרטוני הדרכה קצרים על Whop.")}};
    }

private:
    static constexpr const char *Alice = "user_Alice0000001";    // alice-token
    static constexpr const char *TakenName = "user_TakenName01"; // taken-token, no picture

    void waitForPicture()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>("avatar")->pixmap().isNull(), 10000);
    }
    void start()
    {
        QSignalSpy loaded(m_demo.session->editor(), &profile::ProfileEditor::loaded);
        m_demo.session->start();
        QVERIFY(loaded.wait(10000));
    }
    sandbox::SandboxServer *demoServer() const { return sandboxOf(*m_demo.session); }

    void firstRun()
    {
        open({}); // no identity yet, no --demo: the demo with the banner that says how to get in
        start();
        QVERIFY(!m_demo.window->bannerText().isEmpty());
        waitForPicture();
    }
    void demo()
    {
        app::Options options;
        options.demo = true;
        open(options);
        start();
        waitForPicture();
    }
    // A pasted user token on "Whop", after `changes` were made there to its profile.
    void userToken(const char *token, const char *userId, const QJsonObject &changes,
                   bool picture = true)
    {
        open({});
        start();
        const QString user = QLatin1String(userId);
        if (!changes.isEmpty())
            QVERIFY(m_whop->changeElsewhere(user, changes));
        m_demo.session->identityService()->addPasted(auth::IdentityKind::UserToken,
                                                     m_whop->baseUrl(), token, true);
        QTRY_VERIFY_WITH_TIMEOUT(m_demo.session->editor()->snapshot().id == user, 10000);
        if (picture) {
            waitForPicture();
        } else { // the face instead: initials on the user's colour
            auto *avatar = child<ui::AvatarWidget>("avatar");
            QCOMPARE(avatar->shown(), ui::AvatarWidget::Shown::NoPicture);
            QVERIFY(!avatar->face().initials.isEmpty());
        }
    }
    void longestValues()
    {
        userToken("alice-token", Alice, longest());
        const api::User &shown = m_demo.session->editor()->snapshot();
        QCOMPARE(shown.displayName().size(), profile::MaxNameLength);
        QCOMPARE(shown.username.size(), profile::MaxUsernameLength);
    }
    void apiKeyWithUser()
    {
        // An account API key from the environment, on a "Whop" at a custom address: the
        // identity's and the profile's texts are at their longest.
        app::Options options;
        options.baseUrl = m_whop->baseUrl();
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("WHOP_API_KEY"),
                           QLatin1String(sandbox::SandboxServer::DemoApiKey));
        open(options, environment);
        m_demo.session->start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_demo.session->mode().accountId.isEmpty(), 10000);
        QSignalSpy loaded(m_demo.session->editor(), &profile::ProfileEditor::loaded);
        m_demo.window->findChild<ui::ModeBar *>()->requestUser(
            QLatin1String(sandbox::SandboxServer::DemoUserId));
        QVERIFY(loaded.wait(10000));
        waitForPicture();
    }
    void overrideMode()
    {
        demo();
        QSignalSpy loaded(m_demo.session->editor(), &profile::ProfileEditor::loaded);
        m_demo.window->findChild<ui::ModeBar *>()->requestAccount(
            QLatin1String(sandbox::SandboxServer::DemoAccountId), QStringLiteral("Demo Studio"));
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(child<QToolButton>("useGlobalName")->isVisible(), 10000);
        waitForPicture();
    }
    void everyFieldInError()
    {
        using profile::Field;
        using sandbox::Fault;
        demo();
        auto *editor = m_demo.session->editor();
        // Whop refuses the bio…
        Fault refused = makeFault(Fault::Kind::Status, 422);
        refused.method = "PATCH";
        refused.body = R"({"error":{"type":"invalid_request_error","code":"invalid_parameter",)"
                       R"("message":"Bio must not contain links to other platforms.",)"
                       R"("param":"bio"}})";
        demoServer()->injectFault(refused, 1);
        editor->setValue(Field::Bio, QStringLiteral("Find me at example.com"));
        QSignalSpy refusedField(editor, &profile::ProfileEditor::serverFieldError);
        QVERIFY(editor->save());
        QVERIFY(refusedField.wait(10000));
        // …then name and username are typed wrong…
        editor->setValue(Field::Name, QString(101, QLatin1Char('a')));
        editor->setValue(Field::Username, QStringLiteral("has space"));
        // …and a reload fails: the banner says so, with Retry.
        Fault down = makeFault(Fault::Kind::Status, 503);
        down.method = "GET";
        down.pathContains = QStringLiteral("/users/");
        down.headers = {{"Retry-After", "0"}};
        demoServer()->injectFault(down, 3);
        editor->load();
        QTRY_VERIFY_WITH_TIMEOUT(m_demo.window->bannerText().contains(QStringLiteral("503")),
                                 20000);
        for (const char *name : {"nameError", "usernameError", "bioError"})
            QVERIFY2(child<QLabel>(name)->isVisible(), name);
    }
    // A save that finds the same fields changed on Whop meanwhile: the window with the question.
    void conflict()
    {
        demo();
        QVERIFY(demoServer()->changeElsewhere(
            QLatin1String(sandbox::SandboxServer::DemoUserId),
            {{"name", "Name From The Web"}, {"bio", "Bio written on the web."}}));
        m_demo.session->editor()->setValue(profile::Field::Name, QStringLiteral("Name Typed Here"));
        m_demo.session->editor()->setValue(profile::Field::Bio, QStringLiteral("Bio typed here."));
        QVERIFY(m_demo.session->editor()->save());
        QTRY_VERIFY_WITH_TIMEOUT(conflictDialog() && conflictDialog()->isVisible(), 10000);
        QVERIFY(QTest::qWaitForWindowExposed(conflictDialog()));
    }
    // A save with a new picture, held at its upload: progress on the picture, Cancel shown.
    void busy()
    {
        demo();
        QImage square(512, 512, QImage::Format_RGB32);
        square.fill(QColor(0x2e, 0x7d, 0x32));
        m_demo.session->editor()->setPicture(pngPicture(square, QStringLiteral("green.png")));
        sandbox::Fault held = makeFault(sandbox::Fault::Kind::Delay);
        held.method = "PUT";
        held.delayMs = 600000; // longer than the test: the upload is still under way when seen
        demoServer()->files()->injectStorageFault(held, 1);
        QVERIFY(m_demo.session->editor()->save());
        auto *bar = child<QProgressBar>("pictureProgress");
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->value() == 100, 10000);
        QVERIFY(child<QWidget>("cancelButton")->isVisible());
    }

    std::unique_ptr<sandbox::SandboxServer> m_whop;
    DemoWindow m_demo;
};

} // namespace whop::test
