#include "api/ErrorHistory.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

namespace whop::api {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QList<ErrorHistory::Entry> &store()
{
    static QList<ErrorHistory::Entry> list;
    return list;
}

} // namespace

QString ErrorHistory::operationOf(const QByteArray &verb, const QUrl &url)
{
    // The words of the paths this app calls (docs/api/openapi.yaml); anything else in a path is
    // an id, a username or a file name.
    static const QStringList fixed{
        QStringLiteral("api"),       QStringLiteral("v1"),       QStringLiteral("users"),
        QStringLiteral("me"),        QStringLiteral("accounts"), QStringLiteral("files"),
        QStringLiteral("oauth"),     QStringLiteral("token"),    QStringLiteral("revoke"),
        QStringLiteral("authorize"), QStringLiteral("userinfo")};
    QStringList parts;
    for (const QString &segment :
         url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts))
        parts << (fixed.contains(segment) ? segment : QStringLiteral("{id}"));
    static const QRegularExpression method(QStringLiteral("^[A-Z]{1,10}$"));
    const QString verbText = QString::fromLatin1(verb);
    return (method.match(verbText).hasMatch() ? verbText : QStringLiteral("?")) +
           QStringLiteral(" /") + parts.join(QLatin1Char('/'));
}

void ErrorHistory::record(const ApiError &error, const QByteArray &verb, const QUrl &url)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    Entry e;
    e.when = QDateTime::currentDateTimeUtc();
    e.operation = operationOf(verb, url);
    e.kind = error.kind;
    e.httpStatus = error.httpStatus;
    e.code = word.match(error.code).hasMatch() ? error.code : QString();
    e.requestId = error.requestId;
    const QMutexLocker lock(&mutex());
    store().append(e);
    while (store().size() > Capacity)
        store().removeFirst();
}

QList<ErrorHistory::Entry> ErrorHistory::entries()
{
    const QMutexLocker lock(&mutex());
    return store();
}

void ErrorHistory::clear()
{
    const QMutexLocker lock(&mutex());
    store().clear();
}

} // namespace whop::api
