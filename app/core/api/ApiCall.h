#pragma once

#include "ApiError.h"
#include "AttemptLoop.h"
#include "Authenticator.h"
#include "ClientConfig.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariant>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace whop::api {

// Turns a successful body into a value; an invalid QVariant plus `error` means "bad response".
using ResponseParser = std::function<QVariant(const QByteArray &body, QString *error)>;

// One logical API request: its attempts, retries, timeout, redirects and the typed outcome.
// Emits exactly one of succeeded/failed, then deletes itself later.
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
        ResponseParser parser;
    };

    ApiCall(QNetworkAccessManager *nam, const ClientConfig &config, const QByteArray &token,
            Spec spec, QObject *parent = nullptr, Authenticator *authenticator = nullptr);
    ~ApiCall() override;

    void start();
    // Aborts whatever is running (an attempt or the wait before a retry); emits failed(Cancelled).
    void cancel();
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }
    const Spec &spec() const { return m_spec; }

Q_SIGNALS:
    void succeeded(const QVariant &result);
    void failed(const whop::api::ApiError &error);
    void retrying(int retryNumber, int delayMs, const whop::api::ApiError &reason);

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
