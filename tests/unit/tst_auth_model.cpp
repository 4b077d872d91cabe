#include "api/ClientConfig.h"
#include "auth/Identity.h"
#include "auth/IdentityRegistry.h"
#include "auth/Secret.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace whop::auth;

class AuthModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pkce_matchesTheRfc7636Example()
    {
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const Pkce p = Pkce::generate();
        QVERIFY(p.verifier.size() >= 43 && p.verifier.size() <= 128);
        QCOMPARE(Pkce::challengeFor(p.verifier), p.challenge);
        QVERIFY(Pkce::generate().verifier != p.verifier);
    }

    void tokenResponse_isParsed_andExpiryCountsFromArrival()
    {
        const QDateTime now(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::utc());
        auto s =
            parseTokenResponse(R"({"access_token":"a","refresh_token":"r","token_type":"Bearer",
            "expires_in":3600,"id_token":"x"})",
                               now);
        QVERIFY(s);
        QCOMPARE(s->token, QByteArray("a"));
        QCOMPARE(s->refreshToken, QByteArray("r"));
        QCOMPARE(s->expiresAt, now.addSecs(3600));
        QVERIFY(!parseTokenResponse(R"({"refresh_token":"r"})", now));
        QVERIFY(!parseTokenResponse(R"({"access_token":"a","token_type":"mac"})", now));
        QVERIFY(!parseTokenResponse("<html>", now));
        QVERIFY(!parseTokenResponse(R"({"access_token":"a","expires_in":-5})", now)
                     ->expiresAt.isValid());
    }

    void secret_roundTripsAsOneEntry()
    {
        Secret s{"access", "refresh", QDateTime::fromSecsSinceEpoch(1800000000, QTimeZone::utc()),
                 QStringLiteral("https://api.whop.com")};
        const auto back = Secret::deserialize(s.serialize());
        QVERIFY(back);
        QCOMPARE(back->token, s.token);
        QCOMPARE(back->refreshToken, s.refreshToken);
        QCOMPARE(back->expiresAt, s.expiresAt);
        QCOMPARE(back->origin, s.origin);
        QVERIFY(!Secret::deserialize("plain-old-token"));
        QVERIFY(!Secret::deserialize(R"({"v":2,"token":"t"})"));
    }

    // Where a stored token may go: where it was added, whatever identities.json says later.
    void secret_isBoundToItsOrigin()
    {
        using whop::auth::Binding;
        using whop::auth::bindingOf;
        using whop::auth::originOf;
        QCOMPARE(originOf(QUrl(QStringLiteral("https://API.whop.com:443/api/v1?x=1"))),
                 QStringLiteral("https://api.whop.com"));
        QCOMPARE(originOf(QUrl(QStringLiteral("http://127.0.0.1:8080/api/v1"))),
                 QStringLiteral("http://127.0.0.1:8080"));
        Secret bound;
        bound.token = "t";
        bound.origin = QStringLiteral("https://api.whop.com");
        QCOMPARE(bindingOf(bound, whop::api::productionBaseUrl()), Binding::Bound);
        QCOMPARE(bindingOf(bound, QUrl(QStringLiteral("https://api.whop.com/api/v2"))),
                 Binding::Bound);
        QCOMPARE(bindingOf(bound, QUrl(QStringLiteral("https://evil.example/api/v1"))),
                 Binding::Elsewhere);
        QCOMPARE(bindingOf(bound, whop::api::sandboxBaseUrl()), Binding::Elsewhere);
        // An entry of an older version records no origin: Whop's own APIs take it over, a custom
        // address (or an earlier run's demo sandbox port) does not.
        Secret old;
        old.token = "t";
        const auto back = Secret::deserialize(R"({"v":1,"token":"t"})");
        QVERIFY(back && back->origin.isEmpty());
        QCOMPARE(bindingOf(old, whop::api::productionBaseUrl()), Binding::Adoptable);
        QCOMPARE(bindingOf(old, whop::api::sandboxBaseUrl()), Binding::Adoptable);
        QCOMPARE(bindingOf(old, QUrl(QStringLiteral("https://evil.example/api/v1"))),
                 Binding::Elsewhere);
        QCOMPARE(bindingOf(old, QUrl(QStringLiteral("http://127.0.0.1:41234/api/v1"))),
                 Binding::Elsewhere);
    }

    void identity_jsonRoundTrip_neverHoldsASecret()
    {
        Identity i;
        i.id = Identity::newId();
        i.kind = IdentityKind::AccountApiKey;
        i.environment = Environment::Custom;
        i.customBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/api/v1"));
        i.label = QStringLiteral("Studio key");
        i.accountId = QStringLiteral("biz_abc");
        const auto back = Identity::fromJson(i.toJson());
        QVERIFY(back);
        QCOMPARE(*back, i);
        QVERIFY(i.displayText().contains(QStringLiteral("Account API key")));
        QVERIFY(i.displayText().contains(QStringLiteral("127.0.0.1")));
        QJsonObject bad = i.toJson();
        bad.insert(QStringLiteral("base_url"), QStringLiteral("http://evil.example/api"));
        QVERIFY(!Identity::fromJson(bad)); // plain http to a remote host is never accepted
        bad = i.toJson();
        bad.insert(QStringLiteral("kind"), QStringLiteral("password"));
        QVERIFY(!Identity::fromJson(bad));

        // A browser sign-in remembers the app (client id) that signed it in.
        Identity signedIn;
        signedIn.id = Identity::newId();
        signedIn.kind = IdentityKind::OAuthUser;
        signedIn.oauthClientId = QStringLiteral("app_Signer1");
        const auto reread = Identity::fromJson(signedIn.toJson());
        QVERIFY(reread);
        QCOMPARE(reread->oauthClientId, QStringLiteral("app_Signer1"));
    }

    void registry_savesAtomically_andReloads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("identities.json"));
        IdentityRegistry registry(path);
        Identity i;
        i.id = Identity::newId();
        i.label = QStringLiteral("me");
        registry.upsert(i);
        registry.setCurrentId(i.id);
        Identity temp;
        temp.id = Identity::newId();
        temp.temporary = true;
        registry.upsert(temp);
        registry.setPreferences(i.id, {{QStringLiteral("mode"), QStringLiteral("global")}});

        IdentityRegistry reread(path);
        QVERIFY(reread.load());
        QCOMPARE(reread.identities().size(), 1); // the temporary one was never written
        QCOMPARE(reread.currentId(), i.id);
        QCOMPARE(reread.preferences(i.id).value(QStringLiteral("mode")).toString(),
                 QStringLiteral("global"));
        QVERIFY(reread.rename(i.id, QStringLiteral("  renamed ")));
        QVERIFY(!reread.rename(i.id, QStringLiteral("   ")));
        QVERIFY(reread.remove(i.id));
        QVERIFY(reread.currentId().isEmpty());
    }

    void registry_setsAsideCorruptOrFutureFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("corrupt") << QByteArray("{\"format\":1,\"identities\":[");
        QTest::newRow("future") << QByteArray(R"({"format":99,"identities":[]})");
        QTest::newRow("not an object") << QByteArray("[]");
    }
    void registry_setsAsideCorruptOrFutureFiles()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("identities.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        IdentityRegistry registry(path);
        QString problem;
        QVERIFY(!registry.load(&problem));
        QVERIFY(!problem.isEmpty());
        QVERIFY(registry.identities().isEmpty());
        QVERIFY(!QFile::exists(path));
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("identities.json.unreadable-*")});
        QCOMPARE(aside.size(), 1);
    }
};

QTEST_GUILESS_MAIN(AuthModelTest)
#include "tst_auth_model.moc"
