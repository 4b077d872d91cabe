// The sandbox's accounts: GET /accounts paging, per-account overrides on the users routes,
// and what user tokens, account API keys and app API keys may do (docs/api/whop-api.md, "Users",
// "Accounts"), through a real QNetworkAccessManager on 127.0.0.1.

#include "integration/SandboxTestHttp.h"
#include "sandbox/SandboxServer.h"

#include <QImage>
#include <QJsonArray>
#include <QSet>
#include <QtTest>

#include <memory>

using whop::sandbox::SandboxServer;
using whop::test::HttpResult;
using whop::test::SandboxHttp;

namespace {

const QByteArray Key = SandboxServer::DemoApiKey;
const QByteArray AppKey = SandboxServer::DemoAppApiKey;
const QString DemoAccount = SandboxServer::DemoAccountId;
const QString DemoUser = SandboxServer::DemoUserId;
const QString DemoBio = "I make short tutorials about building on Whop.\nNew videos every Tuesday.";

QStringList idsOf(const QJsonArray &data)
{
    QStringList ids;
    for (const QJsonValue &account : data)
        ids << account.toObject().value("id").toString();
    return ids;
}

} // namespace

class TestSandboxAccounts : public QObject, whop::test::SandboxHttpFixture
{
    Q_OBJECT

    // Every page of GET /accounts for `token`, following end_cursor; the pages' bodies.
    QList<QJsonObject> allPages(const QByteArray &token, int first = 0)
    {
        QList<QJsonObject> pages;
        QString after;
        for (int guard = 0; guard < 20; ++guard) {
            QUrlQuery query;
            if (first > 0)
                query.addQueryItem("first", QString::number(first));
            if (!after.isEmpty())
                query.addQueryItem("after", after);
            const HttpResult r = m_http->get("/accounts?" + query.toString(), token);
            if (r.status != 200)
                return pages;
            pages << r.json();
            const QJsonObject info = r.json().value("page_info").toObject();
            if (!info.value("has_next_page").toBool())
                break;
            after = info.value("end_cursor").toString();
        }
        return pages;
    }

    QStringList allIds(const QByteArray &token)
    {
        QStringList ids;
        for (const QJsonObject &page : allPages(token))
            ids += idsOf(page.value("data").toArray());
        return ids;
    }

private Q_SLOTS:
    void init() { startSandbox(); }
    void cleanup() { stopSandbox(); }

    // --- GET /accounts

    void accounts_userToken_threePagesFollowingEndCursor()
    {
        const QList<QJsonObject> pages = allPages(Demo);
        QCOMPARE(pages.size(), 3);
        const QList<int> sizes{50, 50, 20};
        QStringList ids;
        QSet<QString> titles;
        for (int i = 0; i < 3; ++i) {
            const QJsonArray data = pages[i].value("data").toArray();
            QCOMPARE(data.size(), sizes[i]);
            const QJsonObject info = pages[i].value("page_info").toObject();
            QCOMPARE(info.value("has_next_page").toBool(), i < 2);
            QCOMPARE(info.value("has_previous_page").toBool(), i > 0);
            QVERIFY(info.value("start_cursor").isString());
            QVERIFY(info.value("end_cursor").isString());
            for (const QJsonValue &value : data) {
                const QJsonObject account = value.toObject();
                QCOMPARE(account.keys(), QStringList({"id", "logo_url", "route", "title"}));
                QVERIFY(account.value("id").toString().startsWith("biz_"));
                QVERIFY(!account.value("title").toString().isEmpty());
                QCOMPARE(account.value("logo_url").toString(),
                         QString("http://127.0.0.1:%1/avatars/%2.png")
                             .arg(m_server->port())
                             .arg(account.value("id").toString()));
                titles.insert(account.value("title").toString());
            }
            ids += idsOf(data);
        }
        QCOMPARE(ids.size(), 120);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 120);
        QCOMPARE(titles.size(), 120);
        QCOMPARE(ids.first(), DemoAccount);
        QCOMPARE(pages[0].value("data").toArray().first().toObject().value("title").toString(),
                 "Demo Studio");
        QCOMPARE(ids, m_server->accountIdsOf(DemoUser));
        QVERIFY(!ids.contains("biz_Foreign001"));

        // The recorded sequence: no cursor first, then each page's end_cursor.
        const auto records = m_server->requests();
        QCOMPARE(records.size(), 3);
        QVERIFY(!records[0].query.hasQueryItem("after"));
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(records[i].query.queryItemValue("after", QUrl::FullyDecoded),
                     pages[i - 1].value("page_info").toObject().value("end_cursor").toString());
        }
    }

    void accounts_titlesMakeAFilterMeaningful()
    {
        QStringList titles;
        for (const QJsonObject &page : allPages(Demo))
            for (const QJsonValue &account : page.value("data").toArray())
                titles << account.toObject().value("title").toString();
        const qsizetype fitness = titles.filter("fitness", Qt::CaseInsensitive).size();
        QVERIFY2(fitness > 1 && fitness < 30, QByteArray::number(fitness).constData());
        QVERIFY(titles.contains("Acme Fitness"));
    }

    void accounts_smallerPages()
    {
        const QList<QJsonObject> pages = allPages(Demo, 40);
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages.last().value("data").toArray().size(), 40);
        QCOMPARE(pages.last().value("page_info").toObject().value("has_next_page").toBool(), false);
    }

    void accounts_badPaging_is400_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("first=51") << "first=51";
        QTest::newRow("first=0") << "first=0";
        QTest::newRow("first=ten") << "first=ten";
        QTest::newRow("bad cursor") << "after=not-a-cursor";
        QTest::newRow("first and last") << "first=5&last=5";
    }
    void accounts_badPaging_is400()
    {
        QFETCH(QString, query);
        const HttpResult r = m_http->get("/accounts?" + query, Demo);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.apiError().value("message").toString().isEmpty());
    }

    void accounts_backwards()
    {
        const QJsonObject first = m_http->get("/accounts?first=10", Demo).json();
        const QString cursor = first.value("page_info").toObject().value("end_cursor").toString();
        const QJsonObject back =
            m_http->get("/accounts?last=3&before=" + QUrl::toPercentEncoding(cursor), Demo).json();
        QCOMPARE(idsOf(back.value("data").toArray()),
                 idsOf(first.value("data").toArray()).mid(6, 3));
        QCOMPARE(back.value("page_info").toObject().value("has_previous_page").toBool(), true);
    }

    void accounts_apiKey_listsItsAccountAndConnected()
    {
        const QStringList ids = allIds(Key);
        QCOMPARE(ids.size(), 5);
        QCOMPARE(ids.first(), DemoAccount);
    }

    void accounts_appKey_listsTheInstallations()
    {
        QCOMPARE(allIds(AppKey), m_server->accountIdsOf(DemoUser));
    }

    void accounts_otherUser_seesOnlyTheirs()
    {
        QCOMPARE(allIds("alice-token"), QStringList({"biz_Foreign001", DemoAccount}));
        QCOMPARE(m_server->accountIdsOf("alice"), QStringList({"biz_Foreign001", DemoAccount}));
    }

    void accounts_needCredentialAndKnownVersion()
    {
        QCOMPARE(m_http->get("/accounts", {}).status, 401);
        QCOMPARE(m_http->get("/accounts", "nope").status, 401);
        QCOMPARE(m_http->get("/accounts", Demo, "1999-01-01").status, 400);
    }

    void accounts_logoIsAPng()
    {
        const QJsonObject first = m_http->get("/accounts?first=1", Demo).json();
        const QString logo =
            first.value("data").toArray().first().toObject().value("logo_url").toString();
        const HttpResult r = m_http->getUrl(QUrl(logo));
        QCOMPARE(r.status, 200);
        QCOMPARE(QImage::fromData(r.body, "PNG").size(), QSize(256, 256));
    }

    // --- Users with a user token and account_id

    void userToken_getWithAccount_showsTheOverrideMerged()
    {
        const HttpResult r = m_http->get("/users/me?account_id=" + DemoAccount, Demo);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("name").toString(), "Demo at Studio");
        QCOMPARE(r.json().value("bio").toString(), DemoBio); // not overridden: inherited
        QCOMPARE(r.json().value("username").toString(), "demo-creator");
        QCOMPARE(m_http->get("/users/me", Demo).json().value("name").toString(), "Demo Creator");
    }

    void userToken_patchWithAccount_updatesTheOverrideOnly()
    {
        const QString path = "/users/me?account_id=biz_Studio007";
        const HttpResult r = m_http->patch(path, {{"bio", "Only here"}}, Demo);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("bio").toString(), "Only here");
        QCOMPARE(r.json().value("name").toString(), "Demo Creator");
        QCOMPARE(m_server->storedOverride("biz_Studio007", DemoUser),
                 QJsonObject({{"bio", "Only here"}}));
        QCOMPARE(m_server->storedUser(DemoUser).value("bio").toString(), DemoBio);
        QCOMPARE(m_http->get(path, Demo).json().value("bio").toString(), "Only here");
        QCOMPARE(m_http->get("/users/me", Demo).json().value("bio").toString(), DemoBio);

        // And the global profile changes without touching the override.
        QCOMPARE(m_http->patch("/users/me", {{"name", "Global Name"}}, Demo).status, 200);
        QCOMPARE(m_server->storedOverride("biz_Studio007", DemoUser),
                 QJsonObject({{"bio", "Only here"}}));
        QCOMPARE(m_http->get(path, Demo).json().value("name").toString(), "Global Name");
        QCOMPARE(m_server->storedOverride(DemoAccount, DemoUser),
                 QJsonObject({{"name", "Demo at Studio"}}));
    }

    void userToken_patchWithAccount_validatesAsBefore()
    {
        const HttpResult r =
            m_http->patch("/users/me?account_id=" + DemoAccount, {{"username", "bad name!"}}, Demo);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.apiError().value("param").toString(), "username");
        QCOMPARE(m_server->storedOverride(DemoAccount, DemoUser),
                 QJsonObject({{"name", "Demo at Studio"}}));
        QCOMPARE(m_http->patch("/users/me?account_id=" + DemoAccount, {{"username", "alice"}}, Demo)
                     .status,
                 409);
    }

    void userToken_foreignOrUnknownAccount_isRefused()
    {
        for (const QByteArray method : {"GET", "PATCH"}) {
            const QString path = "/users/me?account_id=biz_Foreign001";
            const HttpResult r = method == "GET" ? m_http->get(path, Demo)
                                                 : m_http->patch(path, {{"bio", "x"}}, Demo);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.apiError().value("message").toString(),
                     "You have no rights on this account.");
        }
        QCOMPARE(m_server->storedOverride("biz_Foreign001", DemoUser), QJsonObject());
        QCOMPARE(m_http->get("/users/me?account_id=biz_NoSuchThing", Demo).status, 404);
    }

    void userToken_patchOtherUserInAccount_is403()
    {
        const HttpResult r =
            m_http->patch("/users/alice?account_id=" + DemoAccount, {{"bio", "x"}}, Demo);
        QCOMPARE(r.status, 403);
    }

    void accountParameter_followsTheVersion()
    {
        HttpResult r = m_http->get("/users/me?company_id=" + DemoAccount, Demo, "2025-01-01");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("name").toString(), "Demo at Studio");
        r = m_http->get("/users/me?account_id=" + DemoAccount, Demo, "2025-01-01");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), "unknown_parameter");
        r = m_http->get("/users/me?company_id=" + DemoAccount, Demo, "2026-06-08");
        QCOMPARE(r.status, 400);
        QCOMPARE(m_http->get("/users/me?account_id=" + DemoAccount, Demo, "2026-06-08").status,
                 200);
    }

    // --- API keys

    void apiKey_onUsersMe_is403_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("account key") << Key;
        QTest::newRow("app key") << AppKey;
    }
    void apiKey_onUsersMe_is403()
    {
        QFETCH(QByteArray, key);
        for (const HttpResult &r :
             {m_http->get("/users/me", key), m_http->patch("/users/me", {{"bio", "x"}}, key),
              m_http->patch("/users/me?account_id=" + DemoAccount, {{"bio", "x"}}, key)}) {
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), "forbidden");
            QCOMPARE(r.apiError().value("message").toString(),
                     "API keys cannot use /users/me; use /users/{id}?account_id=...");
        }
    }

    void apiKey_patchWithoutAccountId_is400()
    {
        const HttpResult r = m_http->patch("/users/" + DemoUser, {{"bio", "x"}}, Key);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), "missing_account_id");
        QCOMPARE(r.apiError().value("message").toString(),
                 "account_id is required for API key callers");
        QCOMPARE(m_server->storedUser(DemoUser).value("bio").toString(), DemoBio);
    }

    void apiKey_patchWithAccountId_updatesTheOverrideOnly()
    {
        const QJsonObject global = m_server->storedUser(DemoUser);
        const HttpResult r = m_http->patch("/users/" + DemoUser + "?account_id=" + DemoAccount,
                                           {{"bio", "Key bio"}}, Key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("bio").toString(), "Key bio");
        QCOMPARE(r.json().value("name").toString(), "Demo at Studio");
        QVERIFY(r.json().value("balance").isNull() || r.json().value("total_usd").isNull());
        QCOMPARE(m_server->storedOverride(DemoAccount, DemoUser),
                 QJsonObject({{"name", "Demo at Studio"}, {"bio", "Key bio"}}));
        QCOMPARE(m_server->storedUser(DemoUser), global);
        const HttpResult read = m_http->get("/users/demo-creator?account_id=" + DemoAccount, Key);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json().value("bio").toString(), "Key bio");
    }

    void apiKey_reach_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("account");
        QTest::addColumn<int>("status");
        QTest::newRow("own") << Key << DemoAccount << 200;
        QTest::newRow("connected") << Key << "biz_Studio002" << 200;
        QTest::newRow("not connected") << Key << "biz_Studio050" << 403;
        QTest::newRow("foreign") << Key << "biz_Foreign001" << 403;
        QTest::newRow("app: installed") << AppKey << "biz_Studio050" << 200;
        QTest::newRow("app: foreign") << AppKey << "biz_Foreign002" << 403;
    }
    void apiKey_reach()
    {
        QFETCH(QByteArray, key);
        QFETCH(QString, account);
        QFETCH(int, status);
        const QString path = "/users/" + DemoUser + "?account_id=" + account;
        QCOMPARE(m_http->get(path, key).status, status);
        QCOMPARE(m_http->patch(path, {{"name", "Via key"}}, key).status, status);
        QCOMPARE(m_server->storedOverride(account, DemoUser).value("name").toString(),
                 status == 200 ? "Via key" : "");
    }

    void apiKey_getWithoutAccount_isTheGlobalOtherView()
    {
        const HttpResult r = m_http->get("/users/" + DemoUser, Key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("name").toString(), "Demo Creator");
        QVERIFY(r.json().value("total_usd").isNull());
    }

    void apiKey_addedAndRemoved()
    {
        m_server->addApiKey("foreign-key", "biz_Foreign001");
        QCOMPARE(allIds("foreign-key"), QStringList({"biz_Foreign001"}));
        QCOMPARE(
            m_http->patch("/users/alice?account_id=biz_Foreign001", {{"bio", "hi"}}, "foreign-key")
                .status,
            200);
        QCOMPARE(m_server->storedOverride("biz_Foreign001", "user_Alice0000001"),
                 QJsonObject({{"bio", "hi"}}));
        m_server->removeToken("foreign-key");
        QCOMPARE(m_http->get("/accounts", "foreign-key").status, 401);
    }
};

QTEST_MAIN(TestSandboxAccounts)
#include "tst_sandbox_accounts.moc"
