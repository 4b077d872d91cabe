// Every account the identity reaches is listed (All Accounts, and the Profile picker), up to a
// bound counted in accounts, not in pages: `first` is only the client's wish, and a server may
// answer with pages of its own size. Small pages must not cut the list short, one huge page must
// not let more through than the bound, and a list that is cut says so. Against a loopback server
// that pages its own way (the sandbox honours `first`), through a real client.
#include "api/WhopClient.h"
#include "avatar/LogoCache.h"
#include "common/TestSupport.h"
#include "overview/AccountOverview.h"
#include "session/AccountDirectory.h"
#include "session/AppSession.h"
#include "ui/OverviewWindow.h"
#include "ui/dialogs/AccountPickerDialog.h"

#include <QAbstractHttpServer>
#include <QApplication>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace whop;

namespace {

// GET /api/v1/accounts in pages of `pageSize` whatever `first` says, `total` accounts in all;
// anything else is a 404.
class PagingServer : public QAbstractHttpServer
{
public:
    PagingServer(int total, int pageSize) : m_total(total), m_pageSize(pageSize) {}
    bool listen()
    {
        auto *server = new QTcpServer(this);
        if (!server->listen(QHostAddress::LocalHost, 0))
            return false;
        bind(server);
        m_port = server->serverPort();
        return true;
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(m_port)); }
    int pagesServed() const { return m_pages; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        answer(socket, request.url());
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        answer(socket, request.url());
    }

private:
    void answer(QTcpSocket *socket, const QUrl &url)
    {
        int status = 404;
        QJsonObject body{{QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("not_found")},
                                      {QStringLiteral("message"), QStringLiteral("Not found")}}}};
        if (url.path().endsWith(QLatin1String("/accounts"))) {
            ++m_pages;
            const int from = QUrlQuery(url).queryItemValue(QStringLiteral("after")).toInt();
            const int to = std::min(m_total, from + m_pageSize);
            QJsonArray data;
            for (int i = from; i < to; ++i)
                data.append(QJsonObject{
                    {QStringLiteral("id"), QStringLiteral("biz_Paged%1").arg(i, 6, 10, QChar('0'))},
                    {QStringLiteral("title"), QStringLiteral("Account %1").arg(i)},
                    {QStringLiteral("route"), QStringLiteral("account-%1").arg(i)}});
            status = 200;
            body = {{QStringLiteral("data"), data},
                    {QStringLiteral("page_info"),
                     QJsonObject{{QStringLiteral("end_cursor"), QString::number(to)},
                                 {QStringLiteral("has_next_page"), to < m_total}}}};
        }
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        socket->write(QByteArray("HTTP/1.1 ") + QByteArray::number(status) +
                      (status == 200 ? " OK" : " Not Found") +
                      "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(json.size()) + "\r\n\r\n");
        socket->write(json);
    }

    int m_total;
    int m_pageSize;
    int m_pages = 0;
    quint16 m_port = 0;
};

} // namespace

class AccountListsTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<PagingServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<api::WhopClient> client;

    void serve(int total, int pageSize)
    {
        server = std::make_unique<PagingServer>(total, pageSize);
        QVERIFY(server->listen());
        nam = std::make_unique<QNetworkAccessManager>();
        api::ClientConfig config;
        config.baseUrl = server->baseUrl();
        client = std::make_unique<api::WhopClient>(nam.get(), config);
        client->setToken("any-token");
    }
    // All Accounts' list, loaded to its end.
    std::unique_ptr<overview::AccountOverview> overviewList()
    {
        auto list = std::make_unique<overview::AccountOverview>(client.get());
        list->load();
        if (!QTest::qWaitFor(
                [&] { return list->listState() != overview::AccountOverview::ListState::Loading; },
                120000))
            qWarning("the list did not finish");
        return list;
    }
    // The Profile picker's list, loaded to its end.
    std::unique_ptr<app::AccountDirectory> directoryList()
    {
        auto list = std::make_unique<app::AccountDirectory>(client.get());
        bool done = false;
        connect(list.get(), &app::AccountDirectory::finished, this, [&done] { done = true; });
        connect(list.get(), &app::AccountDirectory::failed, this, [&done] { done = true; });
        list->load();
        if (!QTest::qWaitFor([&] { return done; }, 120000))
            qWarning("the list did not finish");
        return list;
    }

private Q_SLOTS:
    void cleanup()
    {
        client.reset();
        nam.reset();
        server.reset();
    }

    // 210 accounts, one a page (more pages than an account list used to follow): every one is
    // listed, and nothing is said to be missing.
    void smallPages_listEveryAccount()
    {
        serve(210, 1);
        const auto overview = overviewList();
        QCOMPARE(overview->listState(), overview::AccountOverview::ListState::Loaded);
        QCOMPARE(overview->rowCount(), 210);
        QVERIFY(!overview->isCut());
        const auto directory = directoryList();
        QCOMPARE(directory->accounts().size(), 210);
        QVERIFY(!directory->isCut());
        QCOMPARE(server->pagesServed(), 2 * 210);
    }

    // One page far larger than the client asked for: no more accounts are taken than the bound,
    // and the list says it was cut.
    void oneHugePage_isCutAtTheBound()
    {
        constexpr int Bound = overview::AccountOverview::MaxAccounts;
        static_assert(Bound == app::AccountDirectory::MaxAccounts);
        serve(Bound + 5, Bound + 5);
        const auto overview = overviewList();
        QCOMPARE(overview->listState(), overview::AccountOverview::ListState::Loaded);
        QCOMPARE(overview->rowCount(), Bound);
        QVERIFY(overview->isCut());
        const auto directory = directoryList();
        QCOMPARE(directory->accounts().size(), Bound);
        QVERIFY(directory->isCut());
    }

    // Exactly the bound, over a few pages: nothing is missing, nothing is said.
    void exactlyTheBound_isNotCut()
    {
        constexpr int Bound = overview::AccountOverview::MaxAccounts;
        serve(Bound, Bound / 4);
        const auto overview = overviewList();
        QCOMPARE(overview->rowCount(), Bound);
        QVERIFY(!overview->isCut());
    }

    // What the person reads: the Profile picker and All Accounts say the list was cut.
    void aCutList_isSaidInBothWindows()
    {
        constexpr int Bound = overview::AccountOverview::MaxAccounts;
        serve(Bound + 1, 2 * Bound);
        const QString bound = QLocale().toString(Bound);

        app::AccountDirectory directory(client.get());
        avatar::LogoCache logos(nam.get(), 32);
        ui::AccountPickerDialog picker(&directory, &logos); // lists them at once
        QTRY_VERIFY_WITH_TIMEOUT(!directory.isLoading(), 120000);
        QVERIFY2(picker.statusText().contains(QStringLiteral("only the first %1").arg(bound)),
                 qPrintable(picker.statusText()));

        app::Options options;
        options.baseUrl = server->baseUrl();
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("WHOP_API_KEY"), QStringLiteral("any-key"));
        app::AppSession session(options, nullptr, environment);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(!session.mode().accountId.isEmpty(), 60000); // the key's
        app::ProfileMode mode = session.mode();
        mode.user = QStringLiteral("user_Someone01");
        session.setMode(mode);
        QWidget main;
        ui::OverviewWindow *window = ui::OverviewWindow::showFor(&session, &main);
        QTRY_VERIFY_WITH_TIMEOUT(
            window->statusText().contains(QStringLiteral("only the first %1").arg(bound)), 120000);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    whop::test::isolateSettings();
    AccountListsTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_account_lists.moc"
