#include "FileRecord.h"
#include "StorageUpload.h"

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
        QTest::newRow("decimal string (older versions)") << QByteArray("'48213'") << qint64(48213);
        QTest::newRow("integer (newer versions)") << QByteArray("48213") << qint64(48213);
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
        QTest::newRow("header not a string") << QByteArray(
            "{'id':'f','upload_status':'pending','upload_headers':{'Content-Type':5}}");
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

    void uploadHeaders_neverCarryACredential()
    {
        const auto kept =
            whop::api::StorageUpload::sanitizedHeaders({{"Content-Type", "image/png"},
                                                        {"authorization", "Bearer leaked"},
                                                        {"Cookie", "session=1"},
                                                        {"Proxy-Authorization", "Basic x"},
                                                        {"x-amz-acl", "public-read"}});
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).first, QByteArray("Content-Type"));
        QCOMPARE(kept.at(1).first, QByteArray("x-amz-acl"));
    }
};

QTEST_GUILESS_MAIN(FileRecordTest)
#include "tst_file_record.moc"
