#pragma once

#include "api/ApiError.h"
#include "api/AttemptLoop.h"
#include "api/Authenticator.h"
#include "api/ClientConfig.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace whop::api {

// One logical API request: its attempts, retries, timeout, redirects and its outcome. Emits
// exactly one of succeeded/failed, then deletes itself later. Untyped: it says only that the
// answer was a success (2xx) its body check accepted; a request whose answer carries a value is a
// Call<T> (Call.h), which parses the body into a T that the caller reads as a T.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        QByteArray verb; // GET, PATCH, POST
        QUrl url;
        QByteArray body; // JSON, for PATCH/POST
        QList<QPair<QByteArray, QByteArray>> extraHeaders;
    };

    ApiCall(QNetworkAccessManager *nam, const ClientConfig &config, const QByteArray &token,
            Spec spec, QObject *parent = nullptr, Authenticator *authenticator = nullptr);
    ~ApiCall() override;

    void start();
    // Instead of start(): reports `error` later, like any other outcome, without sending anything.
    void refuse(const ApiError &error);
    // Aborts whatever is running (an attempt or the wait before a retry); emits failed(Cancelled).
    void cancel();
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }
    const Spec &spec() const { return m_spec; }

Q_SIGNALS:
    void succeeded();
    void failed(const whop::api::ApiError &error);
    void retrying(int retryNumber, int delayMs, const whop::api::ApiError &reason);

protected:
    // Whether a 2xx body is usable (a Call<T> parses it here); false, with `error` saying why,
    // fails the call as a bad response. Any body is accepted by a call without a value.
    virtual bool acceptBody(const QByteArray &body, QString *error);

private:
    void sendAttempt();
    void onReplyFinished();
    void handleHttpAnswer(int status, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers);
    void failOrRetry(const ApiError &error);
    bool refreshAndResend();
    void finishWith(const ApiError &error);
    QNetworkRequest buildRequest() const;
    ApiError networkError(const QNetworkReply *reply) const;
    // Aborts the attempt once its answer is known to exceed maxResponseBytes.
    void abortIfTooLarge();

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
    QByteArray m_token;
    QPointer<Authenticator> m_authenticator;
    Spec m_spec;
    QUrl m_currentUrl;
    QByteArray m_currentVerb;
    AttemptLoop m_loop;
    QElapsedTimer m_elapsed;
    QStringList m_sslErrors;
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_refreshTried = false;
    bool m_finished = false;
};

} // namespace whop::api
