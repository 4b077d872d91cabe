#include "api/ApiError.h"

#include "api/RetryPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace whop::api {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct ApiErrorTr
{
    Q_DECLARE_TR_FUNCTIONS(whop::api::ApiError)
};

ErrorKind kindForStatus(int status)
{
    switch (status) {
    case 400:
        return ErrorKind::BadRequest;
    case 401:
        return ErrorKind::Unauthorized;
    case 403:
        return ErrorKind::Forbidden;
    case 404:
        return ErrorKind::NotFound;
    case 408:
        return ErrorKind::Timeout;
    case 409:
        return ErrorKind::Conflict;
    case 422:
        return ErrorKind::Validation;
    case 429:
        return ErrorKind::RateLimited;
    default:
        break;
    }
    if (status >= 500 && status <= 599)
        return ErrorKind::Server;
    return ErrorKind::BadResponse;
}

// A short, single-line excerpt of a non-JSON body.
QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(400)).simplified();
    if (text.size() > 160)
        text = text.left(157) + QStringLiteral("...");
    return text;
}

QString fieldNamedIn(const QJsonObject &error, const QString &message)
{
    for (const auto key : {"param", "field", "attribute"}) {
        const QString value = error.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value.section(QLatin1Char('.'), -1);
    }
    // No explicit field: recognise the field a message names first.
    static const QRegularExpression re(
        QStringLiteral("\\b(username|name|bio|profile[_ ]picture)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(message);
    if (match.hasMatch())
        return match.captured(1).toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    return {};
}

QStringList versionsIn(const QJsonObject &root, const QJsonObject &error, const QString &message)
{
    QStringList versions;
    for (const QJsonObject &obj : {error, root}) {
        const QJsonArray list = obj.value(QLatin1String("supported_versions")).toArray();
        for (const auto &v : list) {
            if (v.isString())
                versions << v.toString();
        }
        if (!versions.isEmpty())
            return versions;
    }
    static const QRegularExpression re(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}(?:-\\d+)?\\b"));
    auto it = re.globalMatch(message);
    while (it.hasNext())
        versions << it.next().captured(0);
    return versions;
}

} // namespace

ApiError localError(ErrorKind kind, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

QString requestIdFrom(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    for (const auto &[name, value] : headers) {
        if (name.compare("x-request-id", Qt::CaseInsensitive) != 0 &&
            name.compare("request-id", Qt::CaseInsensitive) != 0)
            continue;
        const QString id = QString::fromLatin1(value.trimmed());
        if (plain.match(id).hasMatch())
            return id;
    }
    return {};
}

ApiError errorFromResponse(int httpStatus, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    ApiError e;
    e.httpStatus = httpStatus;
    e.kind = kindForStatus(httpStatus);
    e.requestId = requestIdFrom(headers);

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    QJsonObject root;
    QJsonObject error;
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        root = doc.object();
        const QJsonValue errValue = root.value(QLatin1String("error"));
        if (errValue.isObject()) {
            error = errValue.toObject();
        } else if (errValue.isString()) {
            // OAuth style: {error, error_description}
            e.code = errValue.toString();
            e.message = root.value(QLatin1String("error_description")).toString();
        }
        if (root.value(QLatin1String("message")).isString() && e.message.isEmpty())
            e.message = root.value(QLatin1String("message")).toString();
    }
    if (!error.isEmpty()) {
        e.code = error.value(QLatin1String("code")).toString();
        if (e.code.isEmpty())
            e.code = error.value(QLatin1String("type")).toString();
        e.message = error.value(QLatin1String("message")).toString();
    }
    if (e.message.isEmpty() && root.isEmpty())
        e.message = excerpt(body);

    if (httpStatus == 400) {
        // A refusal that names another parameter (company_id for an old version, say) is about
        // that parameter, even when its message mentions the version.
        const QString param = fieldNamedIn(error, QString());
        const bool namesOtherParam =
            !param.isEmpty() && !param.contains(QLatin1String("version"), Qt::CaseInsensitive);
        const bool aboutVersion =
            e.code.contains(QLatin1String("version"), Qt::CaseInsensitive) ||
            (!namesOtherParam &&
             (e.message.contains(QLatin1String("Api-Version-Date"), Qt::CaseInsensitive) ||
              e.message.contains(QLatin1String("API version"), Qt::CaseInsensitive)));
        if (aboutVersion) {
            e.kind = ErrorKind::UnknownVersion;
            e.supportedVersions = versionsIn(root, error, e.message);
        }
    }
    if (e.kind == ErrorKind::Validation || e.kind == ErrorKind::Conflict ||
        e.kind == ErrorKind::BadRequest) {
        e.field = fieldNamedIn(error, e.message);
        if (e.field.isEmpty() && e.kind == ErrorKind::Conflict &&
            e.code.contains(QLatin1String("username")))
            e.field = QStringLiteral("username");
    }
    QByteArray retryAfter;
    QByteArray retryAfterMs;
    for (const auto &[name, value] : headers) {
        if (name.compare("retry-after", Qt::CaseInsensitive) == 0)
            retryAfter = value;
        else if (name.compare("retry-after-ms", Qt::CaseInsensitive) == 0)
            retryAfterMs = value;
        else if (name.compare("x-should-retry", Qt::CaseInsensitive) == 0)
            e.retryHint = value.trimmed() == "true"    ? RetryHint::Retry
                          : value.trimmed() == "false" ? RetryHint::DontRetry
                                                       : RetryHint::None;
    }
    // The wait matters where a retry may follow: the retryable kinds, and any answer the server
    // says to retry.
    if (e.kind == ErrorKind::RateLimited || e.kind == ErrorKind::Server ||
        e.retryHint == RetryHint::Retry) {
        e.retryAfterMs = RetryPolicy::retryAfterMs(retryAfterMs, retryAfter, e.message,
                                                   QDateTime::currentDateTimeUtc());
        e.retryAfterSeconds = e.retryAfterMs < 0 ? -1 : (e.retryAfterMs + 999) / 1000;
    }
    return e;
}

QString ApiError::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::Offline:
        return QStringLiteral("offline");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Tls:
        return QStringLiteral("tls");
    case ErrorKind::BadRequest:
        return QStringLiteral("bad-request");
    case ErrorKind::UnknownVersion:
        return QStringLiteral("unknown-version");
    case ErrorKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::Validation:
        return QStringLiteral("validation");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate-limited");
    case ErrorKind::Server:
        return QStringLiteral("server");
    case ErrorKind::BadResponse:
        return QStringLiteral("bad-response");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::NotRecorded:
        return QStringLiteral("not-recorded");
    case ErrorKind::NoCredential:
        return QStringLiteral("no-credential");
    }
    return QStringLiteral("unknown");
}

QString ApiError::userMessage() const
{
    const QString detail = message.isEmpty() ? QString() : QLatin1Char(' ') + message;
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Offline:
        return ApiErrorTr::tr(
                   "Could not reach Whop. Check your internet connection and try again.") +
               detail;
    case ErrorKind::Timeout:
        return ApiErrorTr::tr("Whop did not answer in time. Try again in a moment.");
    case ErrorKind::Tls:
        return ApiErrorTr::tr(
                   "The secure connection to the server could not be verified, so nothing was "
                   "sent.") +
               detail;
    case ErrorKind::BadRequest:
        return ApiErrorTr::tr("Whop refused the request as invalid.") + detail;
    case ErrorKind::UnknownVersion:
        return ApiErrorTr::tr("Whop does not support the API version this app asked for. Supported "
                              "versions: %1. Choose one in Preferences (Network).")
            .arg(supportedVersions.isEmpty() ? ApiErrorTr::tr("not listed")
                                             : supportedVersions.join(QStringLiteral(", ")));
    case ErrorKind::Unauthorized:
        return ApiErrorTr::tr(
                   "Whop did not accept your sign-in (it may have expired, or belong to another "
                   "environment). Connect again.") +
               detail;
    case ErrorKind::Forbidden:
        return ApiErrorTr::tr("You do not have permission to do this: the token lacks the "
                              "user:profile:update scope or has no rights here.") +
               detail;
    case ErrorKind::NotFound:
        return ApiErrorTr::tr("Whop could not find that user.") + detail;
    case ErrorKind::Conflict:
    case ErrorKind::Validation:
        return message.isEmpty() ? ApiErrorTr::tr("Whop refused a value in the form.") : message;
    case ErrorKind::RateLimited:
        if (retryAfterSeconds > 0)
            return retryAfterSeconds == 1
                       ? ApiErrorTr::tr("Too many requests. Try again in 1 second.")
                       : ApiErrorTr::tr("Too many requests. Try again in %n second(s).", nullptr,
                                        int(retryAfterSeconds));
        return ApiErrorTr::tr("Too many requests. Wait a moment and try again.");
    case ErrorKind::Server:
        return ApiErrorTr::tr("Whop had a problem on its side (HTTP %1). Try again later.")
            .arg(httpStatus);
    case ErrorKind::BadResponse:
        return ApiErrorTr::tr("Whop sent an answer this app could not understand.") + detail;
    case ErrorKind::Cancelled:
        return ApiErrorTr::tr("Cancelled.");
    case ErrorKind::NotRecorded:
        return ApiErrorTr::tr("Your change was not sent because it could not be recorded first: %1")
            .arg(message);
    case ErrorKind::NoCredential:
        return message;
    }
    return message;
}

} // namespace whop::api
