// Preferences: the rules of each setting, what is stored (and what is not), what is in effect
// for a run when the command line or the environment sets a value, and the session following a
// change at once.
#include "common/TestSupport.h"
#include "session/AppSession.h"
#include "session/CommandLine.h"
#include "session/PreferenceRules.h"
#include "session/Preferences.h"

#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace whop;
using namespace whop::app;

namespace {
Options parsed(QStringList args, const QProcessEnvironment &env = {})
{
    args.prepend(QStringLiteral("whop-profile-editor"));
    const auto r = parseCommandLine(args, env);
    Q_ASSERT(r.action == CommandLineResult::Action::Run);
    return r.options;
}
} // namespace

class PreferencesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QSettings().clear(); }

    void rules_data()
    {
        QTest::addColumn<int>("setting");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reasonMentions");
        const int id = int(Setting::OAuthClientId);
        const int uri = int(Setting::OAuthRedirectUri);
        const int scopes = int(Setting::OAuthScopes);
        const int version = int(Setting::ApiVersion);
        QTest::newRow("no client id") << id << QString() << true << QString();
        QTest::newRow("client id") << id << QStringLiteral("app_AbC123") << true << QString();
        QTest::newRow("client id without app_")
            << id << QStringLiteral("AbC123") << false << QStringLiteral("app_");
        QTest::newRow("client id with a space")
            << id << QStringLiteral("app_a b") << false << QStringLiteral("letters");
        QTest::newRow("redirect localhost")
            << uri << QStringLiteral("http://localhost:8765/callback") << true << QString();
        QTest::newRow("redirect empty: this computer's fixed one")
            << uri << QString() << true << QString();
        QTest::newRow("redirect any port")
            << uri << QStringLiteral("http://127.0.0.1:0/callback") << true << QString();
        QTest::newRow("redirect ipv6")
            << uri << QStringLiteral("http://[::1]:8765/cb") << true << QString();
        QTest::newRow("redirect https") << uri << QStringLiteral("https://localhost:8765/callback")
                                        << false << QStringLiteral("http://");
        QTest::newRow("redirect remote")
            << uri << QStringLiteral("http://example.com:8765/callback") << false
            << QStringLiteral("localhost");
        QTest::newRow("redirect without port") << uri << QStringLiteral("http://localhost/callback")
                                               << false << QStringLiteral("port");
        QTest::newRow("redirect without path")
            << uri << QStringLiteral("http://localhost:8765") << false << QStringLiteral("path");
        QTest::newRow("redirect with query")
            << uri << QStringLiteral("http://localhost:8765/cb?x=1") << false
            << QStringLiteral("?");
        QTest::newRow("scopes default")
            << scopes << QStringLiteral("openid profile user:profile:update") << true << QString();
        QTest::newRow("scopes minimal")
            << scopes << QStringLiteral("  user:profile:update ") << true << QString();
        QTest::newRow("scopes without update") << scopes << QStringLiteral("openid profile")
                                               << false << QStringLiteral("user:profile:update");
        QTest::newRow("scopes empty")
            << scopes << QStringLiteral("  ") << false << QStringLiteral("user:profile:update");
        QTest::newRow("scopes with a quote")
            << scopes << QStringLiteral("user:profile:update \"x\"") << false
            << QStringLiteral("quotes");
        QTest::newRow("version default")
            << version << QStringLiteral("2026-07-01") << true << QString();
        QTest::newRow("version with suffix")
            << version << QStringLiteral("2026-07-08-1") << true << QString();
        QTest::newRow("version unknown but well formed")
            << version << QStringLiteral("2030-01-01") << true << QString();
        QTest::newRow("version month 13")
            << version << QStringLiteral("2026-13-45") << false << QStringLiteral("no date");
        QTest::newRow("version 30 February")
            << version << QStringLiteral("2026-02-30") << false << QStringLiteral("2026-02-30");
        QTest::newRow("version 29 February of a leap year")
            << version << QStringLiteral("2028-02-29") << true << QString();
        QTest::newRow("version impossible with suffix")
            << version << QStringLiteral("2026-07-32-1") << false << QStringLiteral("no date");
        QTest::newRow("version words")
            << version << QStringLiteral("July") << false << QStringLiteral("2026-07-01");
    }
    void rules()
    {
        QFETCH(int, setting);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QFETCH(QString, reasonMentions);
        PreferenceValues v;
        switch (Setting(setting)) {
        case Setting::OAuthClientId:
            v.oauthClientId = value;
            break;
        case Setting::OAuthRedirectUri:
            v.oauthRedirectUri = value;
            break;
        case Setting::OAuthScopes:
            v.oauthScopes = value;
            break;
        case Setting::ApiVersion:
            v.apiVersion = value;
            break;
        case Setting::TimeoutSeconds:
            break;
        }
        QString why;
        QCOMPARE(v.check(Setting(setting), &why), valid);
        QCOMPARE(v.isValid(), valid);
        if (!valid)
            QVERIFY2(why.contains(reasonMentions), qPrintable(why));
    }

    void timeoutRule()
    {
        QString why;
        QVERIFY(rules::checkTimeoutSeconds(1));
        QVERIFY(rules::checkTimeoutSeconds(600));
        QVERIFY(!rules::checkTimeoutSeconds(0, &why));
        QCOMPARE(why, QStringLiteral("From 1 to 600 seconds."));
        QVERIFY(!rules::checkTimeoutSeconds(601));
    }

    void knownVersions_areWellFormed_andIncludeTheDefault()
    {
        const QStringList known = api::knownApiVersions();
        QVERIFY(known.contains(QLatin1String(api::DefaultApiVersion)));
        for (const QString &v : known)
            QVERIFY2(rules::checkApiVersion(v), qPrintable(v));
        QVERIFY(rules::isKnownApiVersion(QStringLiteral("2026-07-08-1")));
        QVERIFY(!rules::isKnownApiVersion(QStringLiteral("2030-01-01")));
    }

    void accountsAreCalledCompanies_beforeTheVersionOf20260608()
    {
        QCOMPARE(api::accountParameter(QStringLiteral("2025-01-01")), QStringLiteral("company_id"));
        QCOMPARE(api::accountParameter(QStringLiteral("2026-06-07")), QStringLiteral("company_id"));
        QCOMPARE(api::accountParameter(QStringLiteral("2026-06-08")), QStringLiteral("account_id"));
        QCOMPARE(api::accountParameter(QStringLiteral("2026-06-08-1")),
                 QStringLiteral("account_id"));
        QCOMPARE(api::accountParameter(QStringLiteral("2026-07-01")), QStringLiteral("account_id"));
        QVERIFY(rules::namesAccountsAsCompanies(QStringLiteral("2025-01-01")));
        QVERIFY(!rules::namesAccountsAsCompanies(QStringLiteral("2026-07-01")));
    }

    void anImpossibleStoredVersion_isNotUsed()
    {
        QSettings().setValue(Preferences::key(Setting::ApiVersion), QStringLiteral("2026-13-45"));
        const Preferences prefs(Options{});
        QCOMPARE(prefs.effective().apiVersion, QStringLiteral("2026-07-01"));
        QCOMPARE(prefs.sourceOf(Setting::ApiVersion), QStringLiteral("default"));
    }

    void nothingStored_givesTheDefaults()
    {
        const Preferences prefs(Options{});
        QCOMPARE(prefs.stored(), PreferenceValues{});
        QCOMPARE(prefs.effective(), PreferenceValues{});
        const PreferenceValues d;
        QCOMPARE(d.apiVersion, QStringLiteral("2026-07-01"));
        QCOMPARE(d.timeoutSeconds, 60);
        QVERIFY(d.oauthRedirectUri.isEmpty()); // this computer's fixed redirect URI
        QCOMPARE(d.oauthScopes, QStringLiteral("openid profile user:profile:update"));
        QVERIFY(d.oauthClientId.isEmpty());
        for (Setting s : Preferences::all())
            QCOMPARE(prefs.sourceOf(s), QStringLiteral("default"));
    }

    void store_persists_underTheDocumentedKeys_andAnnouncesTheChange()
    {
        Preferences prefs(Options{});
        QSignalSpy changed(&prefs, &Preferences::changed);
        PreferenceValues v;
        v.oauthClientId = QStringLiteral(" app_Mine42 ");
        v.oauthRedirectUri = QStringLiteral("http://localhost:8765/callback");
        v.oauthScopes = QStringLiteral("openid   user:profile:update");
        v.apiVersion = QStringLiteral("2026-07-08-1");
        v.timeoutSeconds = 15;
        QVERIFY(prefs.store(v));
        QCOMPARE(changed.size(), 1);

        const QSettings file;
        QCOMPARE(file.value(QStringLiteral("oauth/clientId")).toString(),
                 QStringLiteral("app_Mine42"));
        QCOMPARE(file.value(QStringLiteral("oauth/redirectUri")).toString(),
                 QStringLiteral("http://localhost:8765/callback"));
        QCOMPARE(file.value(QStringLiteral("oauth/scopes")).toString(),
                 QStringLiteral("openid user:profile:update"));
        QCOMPARE(file.value(QStringLiteral("network/apiVersion")).toString(),
                 QStringLiteral("2026-07-08-1"));
        QCOMPARE(file.value(QStringLiteral("network/timeoutSeconds")).toInt(), 15);

        // Another object (the next start) reads the same.
        const Preferences again(Options{});
        QCOMPARE(again.stored(), v.normalized());
        QCOMPARE(again.effective(), v.normalized());
        QCOMPARE(again.sourceOf(Setting::ApiVersion), QStringLiteral("settings"));

        QVERIFY(prefs.store(v)); // the same again: nothing changed
        QCOMPARE(changed.size(), 1);
    }

    void defaults_areNotWritten_soANewerPinReachesThePerson()
    {
        Preferences prefs(Options{});
        PreferenceValues v;
        v.apiVersion = QStringLiteral("2026-06-08");
        QVERIFY(prefs.store(v));
        QVERIFY(QSettings().contains(QStringLiteral("network/apiVersion")));
        QVERIFY(prefs.store(PreferenceValues{})); // Restore defaults, OK
        for (Setting s : Preferences::all())
            QVERIFY2(!QSettings().contains(Preferences::key(s)), qPrintable(Preferences::key(s)));
    }

    void invalidValues_areRefused_andNothingIsWritten()
    {
        Preferences prefs(Options{});
        QSignalSpy changed(&prefs, &Preferences::changed);
        PreferenceValues v;
        v.apiVersion = QStringLiteral("2026-07-08-1");
        v.oauthRedirectUri = QStringLiteral("https://evil.example/callback");
        QString why;
        QVERIFY(!prefs.store(v, &why));
        QVERIFY(why.contains(QStringLiteral("http://")));
        QVERIFY(QSettings().allKeys().isEmpty());
        QCOMPARE(changed.size(), 0);
    }

    void valuesEditedByHand_areShownAsTheyAre_butNotUsed()
    {
        QSettings file;
        file.setValue(QStringLiteral("network/apiVersion"), QStringLiteral("latest"));
        file.setValue(QStringLiteral("network/timeoutSeconds"), QStringLiteral("forever"));
        file.setValue(QStringLiteral("oauth/redirectUri"), QStringLiteral("https://x.org/cb"));
        const Preferences prefs(Options{});
        QCOMPARE(prefs.stored().apiVersion, QStringLiteral("latest"));
        QVERIFY(!prefs.stored().isValid());
        const PreferenceValues used = prefs.effective();
        QCOMPARE(used.apiVersion, QStringLiteral("2026-07-01"));
        QCOMPARE(used.timeoutSeconds, 60);
        QVERIFY(used.oauthRedirectUri.isEmpty()); // the fixed one
        QCOMPARE(prefs.sourceOf(Setting::ApiVersion), QStringLiteral("default"));
    }

    void commandLineAndEnvironment_winForTheRun_andSaySo()
    {
        PreferenceValues stored;
        stored.apiVersion = QStringLiteral("2026-06-08");
        stored.timeoutSeconds = 30;
        stored.oauthClientId = QStringLiteral("app_Stored");
        QVERIFY(Preferences(Options{}).store(stored));

        QProcessEnvironment env;
        env.insert(QStringLiteral("WHOP_API_VERSION"), QStringLiteral("2026-07-20"));
        const Preferences fromEnv(parsed({}, env));
        QCOMPARE(fromEnv.effective().apiVersion, QStringLiteral("2026-07-20"));
        QCOMPARE(fromEnv.overriddenBy(Setting::ApiVersion), QStringLiteral("WHOP_API_VERSION"));
        QCOMPARE(fromEnv.effective().timeoutSeconds, 30); // not overridden: the stored one
        QVERIFY(fromEnv.overriddenBy(Setting::TimeoutSeconds).isEmpty());
        QCOMPARE(fromEnv.sourceOf(Setting::TimeoutSeconds), QStringLiteral("settings"));

        const Preferences fromArgs(
            parsed({QStringLiteral("--api-version=2026-07-08-1"), QStringLiteral("--timeout=9"),
                    QStringLiteral("--oauth-client-id=app_Arg")},
                   env));
        const PreferenceValues used = fromArgs.effective();
        QCOMPARE(used.apiVersion, QStringLiteral("2026-07-08-1"));
        QCOMPARE(used.timeoutSeconds, 9);
        QCOMPARE(used.oauthClientId, QStringLiteral("app_Arg"));
        QCOMPARE(fromArgs.overriddenBy(Setting::ApiVersion), QStringLiteral("--api-version"));
        QCOMPARE(fromArgs.overriddenBy(Setting::TimeoutSeconds), QStringLiteral("--timeout"));
        QCOMPARE(fromArgs.overriddenBy(Setting::OAuthClientId),
                 QStringLiteral("--oauth-client-id"));
        QVERIFY(fromArgs.overriddenBy(Setting::OAuthScopes).isEmpty());
        // Only for the run: the file keeps what the person chose.
        QCOMPARE(fromArgs.stored(), stored);
        QCOMPARE(Preferences(Options{}).effective().apiVersion, QStringLiteral("2026-06-08"));
    }

    void session_readsThroughPreferences_andFollowsAChangeAtOnce()
    {
        PreferenceValues v;
        v.apiVersion = QStringLiteral("2026-06-08");
        v.timeoutSeconds = 20;
        v.oauthRedirectUri = QStringLiteral("http://localhost:8765/callback");
        v.oauthClientId = QStringLiteral("app_FromPrefs");
        QVERIFY(Preferences(Options{}).store(v));

        AppSession session(Options{}, nullptr, QProcessEnvironment{});
        QCOMPARE(session.client()->config().apiVersion, QStringLiteral("2026-06-08"));
        QCOMPARE(session.client()->config().timeoutMs, 20000);
        auth::OAuthSettings oauth = session.oauthSettingsFor(api::productionBaseUrl());
        QCOMPARE(oauth.clientId, QStringLiteral("app_FromPrefs"));
        QCOMPARE(oauth.redirectUri, QUrl(QStringLiteral("http://localhost:8765/callback")));

        v.apiVersion = QStringLiteral("2026-07-08-1");
        v.timeoutSeconds = 7;
        v.oauthClientId = QStringLiteral("app_Changed");
        QVERIFY(session.preferences()->store(v));
        QCOMPARE(session.client()->config().apiVersion, QStringLiteral("2026-07-08-1"));
        QCOMPARE(session.client()->config().timeoutMs, 7000);
        QCOMPARE(session.client()->config().baseUrl, api::productionBaseUrl());
        QCOMPARE(session.oauthSettingsFor(api::productionBaseUrl()).clientId,
                 QStringLiteral("app_Changed"));
        // An identity signed in earlier keeps the app that signed it in.
        auth::Identity earlier;
        earlier.kind = auth::IdentityKind::OAuthUser;
        earlier.oauthClientId = QStringLiteral("app_FromPrefs");
        QCOMPARE(session.oauthSettingsFor(api::productionBaseUrl(), &earlier).clientId,
                 QStringLiteral("app_FromPrefs"));
    }

    void session_withAnOverride_keepsItWhenPreferencesChange()
    {
        AppSession session(parsed({QStringLiteral("--api-version=2026-07-20")}), nullptr,
                           QProcessEnvironment{});
        PreferenceValues v;
        v.apiVersion = QStringLiteral("2026-06-08");
        QVERIFY(session.preferences()->store(v));
        QCOMPARE(session.client()->config().apiVersion, QStringLiteral("2026-07-20"));
    }

    void signInSettingsProblems_sayWhereToFixThem()
    {
        AppSession session(Options{}, nullptr, QProcessEnvironment{});
        QString why;
        auto problem = auth::SignInProblem::None;
        QVERIFY(!session.beginSignIn(api::productionBaseUrl(), &why, &problem));
        QVERIFY(why.contains(QStringLiteral("No OAuth client id")));
        QVERIFY2(why.contains(QStringLiteral("Set up sign-in…")), qPrintable(why));
        QCOMPARE(problem, auth::SignInProblem::NoClientId);
        QCOMPARE(auth::stepFixing(problem), auth::SetupStep::ClientId);
    }

    // Whop accepts only the redirect URIs an app registered, exactly (docs/api/whop-api.md,
    // "Sign-in"): the app's own one keeps its port from the first time on.
    void fixedRedirect_portIsChosenOnce_andKept()
    {
        Preferences prefs(Options{});
        QCOMPARE(prefs.redirectPort(), quint16(0));
        QVERIFY(prefs.usesFixedRedirect());
        const quint16 port = prefs.ensureRedirectPort();
        QVERIFY(port >= 49152);
        QCOMPARE(prefs.ensureRedirectPort(), port);
        QCOMPARE(prefs.redirectUri(),
                 QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(port)));
        QCOMPARE(QSettings().value(QStringLiteral("oauth/redirectPort")).toInt(), int(port));
        // The next start uses the same one, and Restore Defaults keeps it.
        Preferences next(Options{});
        QVERIFY(next.store(PreferenceValues{}));
        QCOMPARE(next.redirectPort(), port);
        QCOMPARE(next.redirectUri(), prefs.redirectUri());
    }

    void fixedRedirect_anotherPort_replacesTheKeptOne_andIsAnnounced()
    {
        Preferences prefs(Options{});
        const quint16 first = prefs.ensureRedirectPort();
        QSignalSpy changed(&prefs, &Preferences::changed);
        const quint16 second = prefs.chooseAnotherRedirectPort();
        QVERIFY(second >= 49152);
        QVERIFY(second != first);
        QCOMPARE(prefs.redirectPort(), second);
        QCOMPARE(Preferences(Options{}).redirectPort(), second);
        QCOMPARE(changed.size(), 1);
    }

    void aRegisteredRedirect_replacesTheFixedOne()
    {
        Preferences prefs(Options{});
        PreferenceValues v;
        v.oauthRedirectUri = QStringLiteral("http://localhost:8765/callback");
        QVERIFY(prefs.store(v));
        QVERIFY(!prefs.usesFixedRedirect());
        QCOMPARE(prefs.redirectUri(), QUrl(QStringLiteral("http://localhost:8765/callback")));
        QCOMPARE(prefs.redirectPort(), quint16(0)); // none chosen for nothing
        // Preferences' field for it asks for one: empty is no registered URI.
        QString why;
        QVERIFY(!rules::checkRedirectUri(QString(), &why));
        QVERIFY(why.contains(QStringLiteral("e.g.")));
    }

    void aSignIn_comesBackToTheFixedRedirect()
    {
        Options options;
        options.oauthClientId = QStringLiteral("app_Mine");
        AppSession session(options, nullptr, QProcessEnvironment{});
        const auth::OAuthSettings s = session.oauthSettingsFor(api::productionBaseUrl());
        QCOMPARE(s.redirectUri, session.preferences()->redirectUri());
        QCOMPARE(s.redirectUri.port(), int(session.preferences()->redirectPort()));
        QVERIFY(s.redirectUri.port() >= 49152);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    whop::test::isolateSettings();
    PreferencesTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_preferences.moc"
