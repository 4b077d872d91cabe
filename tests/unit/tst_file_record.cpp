#include "api/FileRecord.h"
#include "api/StorageUpload.h"

#include <QTest>

using whop::api::FileRecord;
using whop::api::parseFileRecord;

namespace {
// JSON written with single quotes, for readability in C++ string literals.
QByteArray j(const QByteArray &text)
{
    return QByteArray(text).replace('\'', '"');
}
std::optional<FileRecord> parse(const QByteArray &text, QString *why = nullptr)
{
    return parseFileRecord(j(text), why);
}
} // namespace

// The File schema read leniently (size as string, integer or null; url null until ready), and
// the headers an upload may carry.
class FileRecordTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createAnswer_givesTheUploadTarget()
    {
        const auto f =
            parse("{'id':'file_1','filename':'me.jpg','content_type':null,'size':null,'url':null,"
                  "'upload_status':'pending','visibility':'public',"
                  "'upload_url':'https://storage.example/up?sig=1',"
                  "'upload_headers':{'Content-Type':'image/jpeg','x-amz-acl':'public-read'}}");
        QVERIFY(f);
        QCOMPARE(f->id, QStringLiteral("file_1"));
        QCOMPARE(f->status, FileRecord::Status::Pending);
        QVERIFY(!f->size);
        QVERIFY(f->url.isEmpty());
        QCOMPARE(f->uploadUrl, QUrl(QStringLiteral("https://storage.example/up?sig=1")));
        QCOMPARE(f->uploadHeaders.size(), 2);
        QCOMPARE(f->uploadHeaders.first().first, QByteArray("Content-Type"));
        QCOMPARE(f->uploadHeaders.first().second, QByteArray("image/jpeg"));
    }

    void size_isAStringOrAnInteger_data()
    {
        QTest::addColumn<QByteArray>("size");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("decimal string (as the SDK types it)")
            << QByteArray("'48213'") << qint64(48213);
        QTest::newRow("integer") << QByteArray("48213") << qint64(48213);
        QTest::newRow("large") << QByteArray("5000000000") << qint64(5000000000);
    }
    void size_isAStringOrAnInteger()
    {
        QFETCH(QByteArray, size);
        QFETCH(qint64, expected);
        const auto f = parse(
            "{'id':'file_2','upload_status':'ready','url':'https://cdn.example/a.jpg','size':" +
            size + "}");
        QVERIFY(f);
        QVERIFY(f->isReady());
        QCOMPARE(f->size, std::optional<qint64>(expected));
        QCOMPARE(f->url.host(), QStringLiteral("cdn.example"));
    }

    // As Whop's official SDK reads them (@whop/sdk 0.0.42, src/lib/upload-file.ts,
    // normalizeUploadHeaders): a scalar becomes its text, a null is left out.
    void uploadHeaders_scalarsBecomeText_nullsAreLeftOut()
    {
        const auto f = parse("{'id':'file_5','upload_status':'pending',"
                             "'upload_headers':{'Content-Type':'image/png','x-amz-meta-width':1024,"
                             "'x-amz-meta-ratio':1.5,'x-amz-meta-big':5000000000,"
                             "'x-amz-meta-public':true,'x-amz-meta-private':false,"
                             "'x-amz-meta-none':null}}");
        QVERIFY(f);
        const QList<QPair<QByteArray, QByteArray>> expected{
            {"Content-Type", "image/png"},   {"x-amz-meta-big", "5000000000"},
            {"x-amz-meta-private", "false"}, {"x-amz-meta-public", "true"},
            {"x-amz-meta-ratio", "1.5"},     {"x-amz-meta-width", "1024"}};
        QCOMPARE(f->uploadHeaders, expected);
    }

    void headerOfAnotherType_isRefused_namingIt()
    {
        QString why;
        QVERIFY(!parse("{'id':'f','upload_status':'pending',"
                       "'upload_headers':{'x-amz-meta-size':{'w':1}}}",
                       &why));
        QCOMPARE(why, QStringLiteral("upload header 'x-amz-meta-size' is an object, not text"));
        QVERIFY(!parse("{'id':'f','upload_status':'pending','upload_headers':{'x-a':[1]}}", &why));
        QCOMPARE(why, QStringLiteral("upload header 'x-a' is an array, not text"));
    }

    void size_mayBeNull()
    {
        const auto f = parse("{'id':'file_6','upload_status':'processing','size':null}");
        QVERIFY(f);
        QVERIFY(!f->size);
    }

    void statuses()
    {
        const std::pair<const char *, FileRecord::Status> all[] = {
            {"pending", FileRecord::Status::Pending},
            {"processing", FileRecord::Status::Processing},
            {"ready", FileRecord::Status::Ready},
            {"failed", FileRecord::Status::Failed},
            {"quarantined", FileRecord::Status::Unknown}};
        for (const auto &[text, status] : all) {
            const auto f = parse(QByteArray("{'id':'file_3','upload_status':'") + text + "'}");
            QVERIFY(f);
            QCOMPARE(f->status, status);
            QCOMPARE(f->statusText, QLatin1String(text));
        }
    }

    void malformed_isRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("<html>");
        QTest::newRow("no id") << QByteArray("{'upload_status':'ready'}");
        QTest::newRow("no status") << QByteArray("{'id':'file_4'}");
        QTest::newRow("size of another type")
            << QByteArray("{'id':'f','upload_status':'ready','size':true}");
        QTest::newRow("negative size")
            << QByteArray("{'id':'f','upload_status':'ready','size':'-3'}");
        QTest::newRow("header an object") << QByteArray(
            "{'id':'f','upload_status':'pending','upload_headers':{'Content-Type':{'a':1}}}");
        QTest::newRow("header an array") << QByteArray(
            "{'id':'f','upload_status':'pending','upload_headers':{'Content-Type':['a']}}");
        QTest::newRow("url not a string")
            << QByteArray("{'id':'f','upload_status':'ready','url':7}");
    }
    void malformed_isRefusedWithAReason()
    {
        QFETCH(QByteArray, body);
        QString why;
        QVERIFY(!parse(body, &why));
        QVERIFY(!why.isEmpty());
    }

    void uploadHeaders_unsafeOnesAreRefused_data()
    {
        using Headers = whop::api::StorageUpload::HeaderList;
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QString>("named"); // what the message must name
        const auto with = [](const QByteArray &name, const QByteArray &value) {
            return Headers{{"Content-Type", "image/png"}, {name, value}};
        };
        QTest::newRow("Host") << with("Host", "evil.example") << QStringLiteral("“Host”");
        QTest::newRow("Content-Length")
            << with("content-length", "0") << QStringLiteral("“content-length”");
        QTest::newRow("Transfer-Encoding")
            << with("Transfer-Encoding", "chunked") << QStringLiteral("“Transfer-Encoding”");
        QTest::newRow("Connection")
            << with("Connection", "close") << QStringLiteral("“Connection”");
        QTest::newRow("Upgrade") << with("Upgrade", "h2c") << QStringLiteral("“Upgrade”");
        QTest::newRow("Expect") << with("Expect", "100-continue") << QStringLiteral("“Expect”");
        QTest::newRow("Authorization")
            << with("authorization", "Bearer leaked") << QStringLiteral("“authorization”");
        QTest::newRow("Proxy-Authorization")
            << with("Proxy-Authorization", "Basic eA==") << QStringLiteral("“Proxy-Authorization”");
        QTest::newRow("Cookie") << with("Cookie", "session=1") << QStringLiteral("“Cookie”");
        QTest::newRow("CR LF in a name")
            << with("X-A\r\nHost: evil", "1") << QStringLiteral("X-A\\x0d\\x0aHost: evil");
        QTest::newRow("CR LF in a value")
            << with("x-amz-meta-a", "1\r\nHost: evil") << QStringLiteral("“x-amz-meta-a”");
        QTest::newRow("LF in a value")
            << with("x-amz-meta-a", "1\nX: y") << QStringLiteral("“x-amz-meta-a”");
        QTest::newRow("NUL in a value")
            << with("x-amz-meta-a", QByteArray("a\0b", 3)) << QStringLiteral("“x-amz-meta-a”");
        QTest::newRow("space in a name") << with("X Amz", "1") << QStringLiteral("“X Amz”");
        QTest::newRow("colon in a name") << with("X:Amz", "1") << QStringLiteral("“X:Amz”");
        QTest::newRow("empty name") << with("", "1") << QStringLiteral("“”");
        QTest::newRow("non-ASCII name") << with("X-\xc3\xa9", "1") << QStringLiteral("invalid");
        QTest::newRow("huge value")
            << with("x-amz-meta-a", QByteArray(9000, 'a')) << QStringLiteral("“x-amz-meta-a”");
        Headers many;
        for (int i = 0; i < 40; ++i)
            many.append({"x-amz-meta-" + QByteArray::number(i), "1"});
        QTest::newRow("too many") << many << QStringLiteral("40");
    }
    void uploadHeaders_unsafeOnesAreRefused()
    {
        QFETCH(whop::api::StorageUpload::HeaderList, headers);
        QFETCH(QString, named);
        const QString problem = whop::api::StorageUpload::uploadHeaderProblem(headers);
        QVERIFY2(problem.contains(named), qPrintable(problem));
    }

    void uploadHeaders_whatStorageAsksForIsAccepted()
    {
        QCOMPARE(whop::api::StorageUpload::uploadHeaderProblem(
                     {{"Content-Type", "image/png"},
                      {"x-amz-acl", "public-read"},
                      {"x-amz-meta-owner", "user_1"},
                      {"Cache-Control", "public, max-age=31536000"},
                      {"x-amz-security-token", "IQoJb3JpZ2luX2VjE\tPadded"},
                      {"Content-Disposition", "inline; filename=\"me.png\""}}),
                 QString());
        QCOMPARE(whop::api::StorageUpload::uploadHeaderProblem({}), QString());
    }
};

QTEST_GUILESS_MAIN(FileRecordTest)
#include "tst_file_record.moc"
