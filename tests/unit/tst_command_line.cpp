#include "api/ClientConfig.h"
#include "session/CommandLine.h"

#include <QTest>

using namespace whop::app;
using Action = CommandLineResult::Action;

namespace {
CommandLineResult parse(QStringList args, const QProcessEnvironment &env = {})
{
    args.prepend(QStringLiteral("whop-profile-editor"));
    return parseCommandLine(args, env);
}
} // namespace

class CommandLineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noArguments_runWithDefaults()
    {
        const auto r = parse({});
        QCOMPARE(r.action, Action::Run);
        QVERIFY(!r.options.demo);
        QVERIFY(r.options.baseUrl.isEmpty());
        QCOMPARE(r.options.user, QStringLiteral("me"));
    }

    void help_and_version_exitWithZero()
    {
        auto r = parse({QStringLiteral("--help")});
        QCOMPARE(r.action, Action::Exit);
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--demo", "--base-url", "--api-version", "--user", "--timeout",
                                   "--version", "WHOP_BASE_URL", "WHOP_API_VERSION"})
            QVERIFY2(r.output.contains(QLatin1String(option)), option);
        r = parse({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.output.startsWith(QStringLiteral("whop-profile-editor ")));
    }

    void badInput_exitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")};
        QTest::newRow("missing value") << QStringList{QStringLiteral("--base-url")};
        QTest::newRow("http to remote host") << QStringList{
            QStringLiteral("--base-url"), QStringLiteral("http://api.whop.com/api/v1")};
        QTest::newRow("not a url")
            << QStringList{QStringLiteral("--base-url"), QStringLiteral("::")};
        QTest::newRow("ftp") << QStringList{QStringLiteral("--base-url=ftp://x.org")};
        QTest::newRow("bad version") << QStringList{QStringLiteral("--api-version=July")};
        QTest::newRow("bad user") << QStringList{QStringLiteral("--user"), QStringLiteral("a/b")};
        QTest::newRow("timeout zero") << QStringList{QStringLiteral("--timeout=0")};
        QTest::newRow("timeout text") << QStringList{QStringLiteral("--timeout=soon")};
        QTest::newRow("demo with base url")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--base-url=https://x.org")};
        QTest::newRow("changed-elsewhere demo with base url") << QStringList{
            QStringLiteral("--demo-changed-elsewhere"), QStringLiteral("--base-url=https://x.org")};
    }
    void badInput_exitsWithTwo()
    {
        QFETCH(QStringList, args);
        const auto r = parse(args);
        QCOMPARE(r.action, Action::Exit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.output.contains(QStringLiteral("--help")));
    }

    void demoChangedElsewhere_isADemo_andInTheHelp()
    {
        const auto r = parse({QStringLiteral("--demo-changed-elsewhere")});
        QCOMPARE(r.action, Action::Run);
        QVERIFY(r.options.demo);
        QVERIFY(r.options.demoChangedElsewhere);
        QVERIFY(!parse({QStringLiteral("--demo")}).options.demoChangedElsewhere);
        QVERIFY(parse({QStringLiteral("--help")})
                    .output.contains(QStringLiteral("--demo-changed-elsewhere")));
    }

    void goodValues_areTaken()
    {
        const auto r = parse({QStringLiteral("--base-url=http://127.0.0.1:8080/api/v1"),
                              QStringLiteral("--api-version=2026-07-08-1"),
                              QStringLiteral("--user=user_abc"), QStringLiteral("--timeout=5")});
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/api/v1")));
        QCOMPARE(r.options.apiVersion, QStringLiteral("2026-07-08-1"));
        QCOMPARE(r.options.user, QStringLiteral("user_abc"));
        QCOMPARE(r.options.timeoutSeconds, 5);
        // Where each came from, for Preferences to say ("Set by --timeout for this run").
        QCOMPARE(r.options.baseUrlFrom, QStringLiteral("--base-url"));
        QCOMPARE(r.options.apiVersionFrom, QStringLiteral("--api-version"));
        QCOMPARE(r.options.timeoutFrom, QStringLiteral("--timeout"));
        QVERIFY(r.options.oauthClientIdFrom.isEmpty());
    }

    void oauthClientId_isCheckedLikeInPreferences_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("app id") << QStringLiteral("app_AbC123") << true;
        QTest::newRow("with _ and -") << QStringLiteral("app_a-b_c") << true;
        QTest::newRow("no prefix") << QStringLiteral("AbC123") << false;
        QTest::newRow("prefix only") << QStringLiteral("app_") << false;
        QTest::newRow("space inside") << QStringLiteral("app_a b") << false;
        QTest::newRow("slash") << QStringLiteral("app_a/b") << false;
    }
    void oauthClientId_isCheckedLikeInPreferences()
    {
        QFETCH(QString, id);
        QFETCH(bool, accepted);
        const auto r = parse({QStringLiteral("--oauth-client-id"), id});
        QCOMPARE(r.action == Action::Run, accepted);
        if (accepted) {
            QCOMPARE(r.options.oauthClientId, id);
            QCOMPARE(r.options.oauthClientIdFrom, QStringLiteral("--oauth-client-id"));
        }
    }

    void environment_isHonoured_andOptionsWin()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("WHOP_API_VERSION"), QStringLiteral("2026-06-08"));
        env.insert(QStringLiteral("WHOP_BASE_URL"),
                   QStringLiteral("https://sandbox-api.whop.com/api/v1"));
        auto r = parse({}, env);
        QCOMPARE(r.options.apiVersion, QStringLiteral("2026-06-08"));
        QCOMPARE(r.options.apiVersionFrom, QStringLiteral("WHOP_API_VERSION"));
        QCOMPARE(r.options.baseUrl, whop::api::sandboxBaseUrl());
        QCOMPARE(r.options.baseUrlFrom, QStringLiteral("WHOP_BASE_URL"));
        r = parse({QStringLiteral("--api-version=2026-07-20")}, env);
        QCOMPARE(r.options.apiVersion, QStringLiteral("2026-07-20"));
        QCOMPARE(r.options.apiVersionFrom, QStringLiteral("--api-version"));
        env.insert(QStringLiteral("WHOP_API_VERSION"), QStringLiteral("nonsense"));
        QCOMPARE(parse({}, env).exitCode, 2);
    }

    void baseUrlRules()
    {
        using whop::api::isAcceptableBaseUrl;
        QVERIFY(isAcceptableBaseUrl(QUrl(QStringLiteral("https://api.whop.com/api/v1"))));
        QVERIFY(isAcceptableBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/api/v1"))));
        QVERIFY(isAcceptableBaseUrl(QUrl(QStringLiteral("http://[::1]:9/api/v1"))));
        QVERIFY(isAcceptableBaseUrl(QUrl(QStringLiteral("http://localhost/api/v1"))));
        QVERIFY(!isAcceptableBaseUrl(QUrl(QStringLiteral("http://10.0.0.1/api/v1"))));
        QVERIFY(!isAcceptableBaseUrl(QUrl(QStringLiteral("http://127.0.0.1.evil.com/x"))));
        QVERIFY(!isAcceptableBaseUrl(QUrl(QStringLiteral("https://u:p@api.whop.com/"))));
        QVERIFY(whop::api::isSameOrigin(QUrl(QStringLiteral("https://a.com/x")),
                                        QUrl(QStringLiteral("https://A.com:443/y"))));
        QVERIFY(!whop::api::isSameOrigin(QUrl(QStringLiteral("https://a.com/x")),
                                         QUrl(QStringLiteral("https://a.com:8443/x"))));
        QVERIFY(!whop::api::isSameOrigin(QUrl(QStringLiteral("https://a.com/x")),
                                         QUrl(QStringLiteral("http://a.com/x"))));
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_command_line.moc"
