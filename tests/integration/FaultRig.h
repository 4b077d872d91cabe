#pragma once

// The fault matrix's test rig: a real AppSession in demo mode (its in-process sandbox) with a real
// MainWindow (DemoWindow.h), a heartbeat that measures how long the event loop was ever blocked,
// and the helpers the scenarios use to break things and to put them right again.

#include "auth/OAuthAuthenticator.h"
#include "common/DemoWindow.h"
#include "common/SandboxFixture.h"
#include "common/StreamingServer.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <memory>

namespace whop::test::faults {

// Ticks every few milliseconds and remembers the longest gap between two ticks.
class Heartbeat
{
public:
    Heartbeat();
    void start();
    void stop();
    qint64 maxGapMs() const { return m_maxGap; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
};

// The longest the event loop may be blocked during a scenario. Generous: the point is to catch a
// blocking call (a wait, a synchronous lookup, reading 13 MB), not to benchmark.
inline constexpr qint64 MaxBlockedMs = 750;

struct Rig : DemoWindow
{
    std::unique_ptr<sandbox::SandboxServer> other;   // another host (redirect) or the TLS host
    std::unique_ptr<StreamingServer> raw;            // answers 200 and streams without a length
    std::unique_ptr<auth::OAuthAuthenticator> oauth; // a browser sign-in the client uses
    api::ClientConfig normal;                        // the client's config after the first load
    // The method inject() aims at: a save's PATCH, or its re-read (GET); empty: any.
    QByteArray faultMethod;
    // The scenarios of the whole test program, for its summary line: how many ran, how many
    // passed, and the event loop's longest pause over all of them (noteGap()).
    int run = 0;
    int passed = 0;
    qint64 longestGapMs = 0;

    // Fresh data directory, session and window; the first load has happened when it returns.
    void start();
    void stop();

    profile::ProfileEditor *editor() const { return session->editor(); }
    api::WhopClient *client() const { return session->client(); }

    // Short per-attempt timeout and backoff, so that timeouts and retries take a second or two.
    void useFaultTiming();
    void setBaseUrl(const QUrl &url);
    void setApiVersion(const QString &version);
    // Faults only for the profile requests (not the avatar picture the window fetches), and only
    // for faultMethod when set.
    void inject(sandbox::Fault fault, int count);
    // The client acts as a browser sign-in (OAuth) whose access token Whop no longer takes, so
    // the next request has to renew it; the renewal backs off in milliseconds, not seconds.
    void useExpiredSignIn();
    // Faults for the token endpoint only.
    void injectToken(sandbox::Fault fault, int count);
    // The fault is gone: the sandbox behaves, the config and token (the demo's user token, not a
    // sign-in a scenario added) are as before.
    void repair();

    // A server that answers every request with 200, no Content-Length, and `bodyBytes` of JSON
    // text streamed as fast as the client takes it; the client is pointed at it.
    void serveUnannouncedBody(qint64 bodyBytes);

    QString draftPath() const;
    // The draft file parsed; nullopt when there is none or it does not parse.
    std::optional<profile::Draft> draftOnDisk() const;
    QString fieldErrorLabel(profile::Field field) const; // the text beside a field, if shown
    QString statusLine() const;

    // Makes a self-signed certificate for 127.0.0.1 with the openssl command; false if it cannot.
    static bool makeCertificate(QString *why);
    // What makeCertificate() made (made on first use, not before QApplication exists).
    static const QSslCertificate &certificate();
    static const QSslKey &key();

    void noteGap(const Heartbeat &heartbeat)
    {
        longestGapMs = std::max(longestGapMs, heartbeat.maxGapMs());
    }
};

// Every word of `words` appears in `text` (ignoring case); `missing` gets the first that does not.
bool containsAll(const QString &text, const QStringList &words, QString *missing);

} // namespace whop::test::faults
