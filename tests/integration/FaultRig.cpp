#include "integration/FaultRig.h"

#include "common/OAuthSupport.h"
#include "common/TestSupport.h"
#include "profile/DraftKeeper.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace whop::test::faults {

namespace {
struct Tls
{
    QSslCertificate certificate;
    QSslKey key;
};
std::unique_ptr<Tls> &tls()
{
    static std::unique_ptr<Tls> made;
    return made;
}
} // namespace

const QSslCertificate &Rig::certificate()
{
    return tls()->certificate;
}

const QSslKey &Rig::key()
{
    return tls()->key;
}

Heartbeat::Heartbeat()
{
    m_timer.setInterval(5);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        const qint64 now = m_clock.elapsed();
        m_maxGap = std::max(m_maxGap, now - m_last);
        m_last = now;
    });
}

void Heartbeat::start()
{
    m_clock.start();
    m_last = 0;
    m_maxGap = 0;
    m_timer.start();
}

void Heartbeat::stop()
{
    m_timer.stop();
    m_maxGap = std::max(m_maxGap, m_clock.elapsed() - m_last);
}

bool containsAll(const QString &text, const QStringList &words, QString *missing)
{
    for (const QString &w : words) {
        if (!text.contains(w, Qt::CaseInsensitive)) {
            if (missing)
                *missing = w;
            return false;
        }
    }
    return true;
}

void Rig::start()
{
    // No draft of an earlier scenario may be offered back here.
    QVERIFY(openDemo());
    normal = client()->config();
    session->drafts()->setDebounceMs(20);
}

void Rig::stop()
{
    oauth.reset();
    faultMethod.clear();
    closeDemo();
    other.reset();
    raw.reset();
}

void Rig::useFaultTiming()
{
    api::ClientConfig c = client()->config();
    c.timeoutMs = 700;
    c.retry.baseDelayMs = 20;
    c.retry.maxDelayMs = 100;
    QVERIFY(client()->setConfig(c));
}

void Rig::setBaseUrl(const QUrl &url)
{
    api::ClientConfig c = client()->config();
    c.baseUrl = url;
    QString why;
    QVERIFY2(client()->setConfig(c, &why), qPrintable(why));
}

void Rig::setApiVersion(const QString &version)
{
    api::ClientConfig c = client()->config();
    c.apiVersion = version;
    QVERIFY(client()->setConfig(c));
}

void Rig::inject(sandbox::Fault fault, int count)
{
    fault.pathContains = QStringLiteral("/users/");
    fault.method = faultMethod;
    server()->injectFault(fault, count);
}

void Rig::useExpiredSignIn()
{
    auto settings = auth::OAuthSettings::forApiBase(server()->baseUrl());
    settings.clientId = session->demoBackend()->oauthClientId();
    const auth::Secret tokens = signInWith(session->networkAccessManager(), settings, *server());
    QVERIFY(!tokens.refreshToken.isEmpty());
    oauth = std::make_unique<auth::OAuthAuthenticator>(
        session->networkAccessManager(), settings, nullptr, QStringLiteral("idn_faults"), tokens);
    auth::RefreshBackoff::Settings quick;
    quick.firstDelayMs = 20;
    quick.maxDelayMs = 100;
    oauth->setBackoff(quick);
    client()->setToken({});
    client()->setAuthenticator(oauth.get());
    server()->advanceClock(3601); // the access token has expired at Whop
}

void Rig::injectToken(sandbox::Fault fault, int count)
{
    fault.pathContains = QStringLiteral("/oauth/token");
    server()->injectFault(fault, count);
}

void Rig::repair()
{
    client()->setAuthenticator(nullptr);
    oauth.reset();
    server()->clearFaults();
    QVERIFY(client()->setConfig(normal));
    client()->setToken(sandbox::SandboxServer::DemoToken);
}

void Rig::serveUnannouncedBody(qint64 bodyBytes)
{
    raw = std::make_unique<StreamingServer>(bodyBytes, "application/json");
    QVERIFY(raw->listen());
    setBaseUrl(raw->url(QStringLiteral("/api/v1")));
}

QString Rig::draftPath() const
{
    return session->drafts()->currentPath();
}

std::optional<profile::Draft> Rig::draftOnDisk() const
{
    QFile file(draftPath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return profile::parseDraft(file.readAll());
}

QString Rig::fieldErrorLabel(profile::Field field) const
{
    const auto *label = window->findChild<QLabel *>(profile::fieldKey(field) + "Error");
    return label && label->isVisibleTo(window.get()) ? label->text() : QString();
}

QString Rig::statusLine() const
{
    const auto *label = window->findChild<QLabel *>(QStringLiteral("statusLine"));
    return label ? label->text() : QString();
}

bool Rig::makeCertificate(QString *why)
{
    if (tls())
        return true;
    QTemporaryDir dir;
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem")),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *why = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    const auto certs = QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    if (certs.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("the generated certificate could not be read");
        return false;
    }
    auto made = std::make_unique<Tls>();
    made->certificate = certs.first();
    made->key = QSslKey(keyFile.readAll(), QSsl::Ec);
    if (made->key.isNull()) {
        *why = QStringLiteral("the generated key could not be read");
        return false;
    }
    tls() = std::move(made);
    return true;
}

} // namespace whop::test::faults
