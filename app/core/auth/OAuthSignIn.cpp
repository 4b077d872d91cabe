#include "auth/OAuthSignIn.h"

#include "auth/AuthLogging.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace whop::auth {

namespace {
constexpr qint64 MaxRequestBytes = 16 * 1024;
}

OAuthSignIn::OAuthSignIn(QNetworkAccessManager *nam, OAuthSettings settings, QObject *parent)
    : QObject(parent), m_nam(nam), m_settings(std::move(settings)), m_pkce(Pkce::generate()),
      m_state(randomUrlSafe(24))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(Failure::TimedOut,
             tr("No answer from the browser within %n minute(s), so the sign-in was stopped. "
                "Try again.",
                nullptr, qMax(1, m_settings.timeoutMs / 60000)));
    });
}

OAuthSignIn::~OAuthSignIn()
{
    stopListening();
    if (m_exchange)
        m_exchange->cancel();
}

bool OAuthSignIn::isListening() const
{
    return std::any_of(m_servers.cbegin(), m_servers.cend(),
                       [](const QTcpServer *server) { return server->isListening(); });
}

namespace {

SignInProblem problemOf(OAuthSettings::Problem problem)
{
    switch (problem) {
    case OAuthSettings::Problem::None:
        return SignInProblem::None;
    case OAuthSettings::Problem::NoClientId:
        return SignInProblem::NoClientId;
    case OAuthSettings::Problem::InsecureEndpoints:
        return SignInProblem::InsecureEndpoints;
    case OAuthSettings::Problem::BadRedirectUri:
        return SignInProblem::BadRedirectUri;
    }
    return SignInProblem::Other;
}

} // namespace

bool OAuthSignIn::start(QString *error)
{
    QString why;
    if (!m_settings.isUsable(&why)) {
        m_problem = problemOf(m_settings.problem());
        if (error)
            *error = why;
        return false;
    }
    if (!listen(error))
        return false;
    m_redirectUri = m_settings.redirectUri;
    m_redirectUri.setPort(m_servers.first()->serverPort());
    if (m_redirectUri.path().isEmpty())
        m_redirectUri.setPath(QStringLiteral("/"));

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_settings.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    query.addQueryItem(QStringLiteral("scope"), m_settings.scopes);
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    query.addQueryItem(QStringLiteral("nonce"), QString::fromLatin1(randomUrlSafe(16)));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    m_authorizeUrl = m_settings.authorizeUrl;
    m_authorizeUrl.setQuery(query);
    m_timeout.start(m_settings.timeoutMs);
    qCInfo(lcAuth) << "waiting for the browser on port" << m_servers.first()->serverPort();
    return true;
}

bool OAuthSignIn::listen(QString *error)
{
    const QString host = m_settings.redirectUri.host().toLower();
    QList<QHostAddress> addresses{QHostAddress::LocalHost};
    if (host == QLatin1String("::1"))
        addresses = {QHostAddress::LocalHostIPv6};
    else if (host == QLatin1String("localhost"))
        addresses << QHostAddress::LocalHostIPv6;
    auto port = quint16(qMax(0, m_settings.redirectUri.port(0)));
    for (const QHostAddress &address : std::as_const(addresses)) {
        auto *server = new QTcpServer(this);
        if (server->listen(address, port)) {
            port = server->serverPort(); // the second address listens on the first one's port
            connect(server, &QTcpServer::newConnection, this,
                    [this, server] { onConnection(server); });
            m_servers << server;
            continue;
        }
        const QAbstractSocket::SocketError socketError = server->serverError();
        const QString text = server->errorString();
        delete server;
        // A computer without IPv6 has no ::1: there `localhost` can only mean 127.0.0.1.
        if (address == QHostAddress::LocalHostIPv6 && !m_servers.isEmpty() &&
            socketError != QAbstractSocket::AddressInUseError)
            continue;
        stopListening();
        m_problem = socketError == QAbstractSocket::AddressInUseError ? SignInProblem::PortBusy
                                                                      : SignInProblem::Other;
        if (error)
            *error =
                m_problem == SignInProblem::PortBusy
                    ? tr("Port %1 on this computer is in use by another program, so the "
                         "browser could not come back to this app there.")
                          .arg(port)
                    : tr("Could not listen for the browser on port %1: %2").arg(port).arg(text);
        return false;
    }
    return true;
}

void OAuthSignIn::cancel()
{
    fail(Failure::Cancelled, tr("Sign-in cancelled."));
}

void OAuthSignIn::stopListening()
{
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
}

void OAuthSignIn::onConnection(QTcpServer *server)
{
    while (m_servers.contains(server) && server->hasPendingConnections()) {
        QTcpSocket *socket = server->nextPendingConnection();
        socket->setParent(this); // outlives the listener, which closes after the redirect
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            // Read the whole request head before answering: closing a socket with unread
            // input would reset the connection and the browser would never see the page.
            QByteArray head = socket->property("head").toByteArray() + socket->readAll();
            if (head.size() > MaxRequestBytes) {
                socket->abort();
                return;
            }
            socket->setProperty("head", head);
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end < 0 || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            // Only the request line matters: "GET /callback?code=...&state=... HTTP/1.1".
            const QList<QByteArray> parts = head.left(head.indexOf("\r\n")).split(' ');
            if (parts.size() != 3 || parts[0] != "GET") {
                respond(socket, 405, tr("Only the sign-in redirect is served here."));
                return;
            }
            onRedirect(socket, QUrl::fromEncoded(parts[1]));
        });
    }
}

void OAuthSignIn::respond(QTcpSocket *socket, int status, const QString &text)
{
    const QByteArray body = text.toUtf8() + '\n';
    const QByteArray reason = status == 200   ? "OK"
                              : status == 404 ? "Not Found"
                              : status == 405 ? "Method Not Allowed"
                              : status == 409 ? "Conflict"
                                              : "Bad Request";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                  QByteArray::number(body.size()) +
                  "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void OAuthSignIn::onRedirect(QTcpSocket *socket, const QUrl &target)
{
    if (target.path() != m_redirectUri.path()) {
        // Browsers also ask for /favicon.ico; the listener stays for the real redirect.
        respond(socket, 404, tr("Not found."));
        return;
    }
    if (m_redirected || m_done) {
        respond(socket, 409, tr("This sign-in has already been answered. You can close this tab."));
        return;
    }
    const QUrlQuery query(target);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state.toLatin1() != m_state) {
        // Not the answer to this sign-in (a stale tab, another program): said and ignored, so it
        // cannot end the sign-in the person is doing.
        qCInfo(lcAuth) << "ignored a redirect that does not belong to this sign-in";
        respond(socket, 400,
                tr("This answer does not belong to the sign-in in progress and was ignored. "
                   "You can close this tab."));
        return;
    }
    m_redirected = true;
    stopListening(); // one use only
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (!error.isEmpty() || code.isEmpty()) {
        respond(socket, 400, tr("Sign-in was not completed. You can close this tab."));
        const SignInProblem problem = problemFromAuthorizeError(
            error, query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded));
        const QString refused = refusal(problem, error);
        fail(Failure::Denied,
             !refused.isEmpty() ? refused
                                : tr("Whop did not sign you in (%1).")
                                      .arg(error.isEmpty() ? tr("no authorization code") : error),
             problem == SignInProblem::None ? SignInProblem::Other : problem);
        return;
    }
    respond(socket, 200,
            tr("Signed in to Whop Profile Editor. You can close this tab and return to the app."));
    Q_EMIT exchanging();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    form.addQueryItem(QStringLiteral("client_id"), m_settings.clientId);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(m_pkce.verifier));
    m_exchange = requestTokens(m_nam, m_settings.tokenUrl, form, this);
    m_exchange->onSucceeded(this, [this](const Secret &tokens) {
        if (m_done)
            return;
        m_done = true;
        m_timeout.stop();
        Q_EMIT succeeded(tokens);
    });
    connect(m_exchange, &api::ApiCall::failed, this, &OAuthSignIn::onExchangeFailed);
}

void OAuthSignIn::onExchangeFailed(const api::ApiError &e)
{
    if (e.kind == api::ErrorKind::Cancelled)
        return;
    const SignInProblem problem = problemFromTokenError(e);
    if (const QString refused = refusal(problem, e.code); !refused.isEmpty()) {
        fail(Failure::Exchange, refused, problem);
        return;
    }
    // The code is single-use and was sent once: after a lost answer the way on is a new
    // sign-in, not a second try with the same code.
    const bool lost = e.kind == api::ErrorKind::Offline || e.kind == api::ErrorKind::Timeout ||
                      e.kind == api::ErrorKind::Server || e.kind == api::ErrorKind::BadResponse;
    fail(Failure::Exchange,
         lost ? tr("The sign-in could not be completed: %1 Sign in again.").arg(e.userMessage())
              : tr("Whop refused the sign-in: %1")
                    .arg(e.message.isEmpty() ? e.userMessage() : e.message),
         problem);
}

QString OAuthSignIn::refusal(SignInProblem problem, const QString &code) const
{
    switch (problem) {
    case SignInProblem::ClientNotPublic:
        return tr("Whop refused the sign-in (%1): it expects a client secret from your Whop app, "
                  "and this editor has none, as no desktop app can keep one. Your app's client "
                  "type must be Public; Set up sign-in… shows where.")
            .arg(code);
    case SignInProblem::RedirectMismatch:
        return tr("Whop refused the sign-in (%1): the redirect URI %2 is not registered with "
                  "your Whop app exactly as written. Set up sign-in… shows what to register.")
            .arg(code, m_redirectUri.toString());
    case SignInProblem::ScopeMissing:
        return tr("Whop refused the sign-in (%1): your Whop app may not ask for the scopes %2. "
                  "Set up sign-in… shows where to allow them.")
            .arg(code, m_settings.scopes);
    default:
        return {};
    }
}

void OAuthSignIn::fail(Failure failure, const QString &message, SignInProblem problem)
{
    if (m_done)
        return;
    m_done = true;
    m_problem = problem;
    m_timeout.stop();
    stopListening();
    if (m_exchange)
        m_exchange->cancel();
    qCInfo(lcAuth) << "sign-in ended:" << failure << int(problem);
    Q_EMIT failed(failure, message);
}

} // namespace whop::auth
