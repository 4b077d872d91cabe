// TlsWarmup loads Qt's TLS backend on another thread: afterwards the UI thread finds it loaded.
#include "api/TlsWarmup.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTest>

class TlsWarmupTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notStarted_isNotDone_andDestroysAtOnce()
    {
        whop::api::TlsWarmup idle;
        QVERIFY(!idle.isDone());
    }
    void start_loadsTheBackend_once()
    {
        whop::api::TlsWarmup warmup;
        warmup.start();
        warmup.start(); // a second call changes nothing
        QTRY_VERIFY_WITH_TIMEOUT(warmup.isDone(), 20000);
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(!QSslSocket::activeBackend().isEmpty());
        QVERIFY(QSslSocket::isProtocolSupported(QSsl::TlsV1_2OrLater));
    }
};

QTEST_GUILESS_MAIN(TlsWarmupTest)
#include "tst_tls_warmup.moc"
