#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace whop::test {

// Plays the browser in a sign-in: opens the authorize URL, follows the sandbox's redirect to
// the app's loopback listener (optionally rewriting it first), and returns what the tab shows.
struct BrowserVisit
{
    int authorizeStatus = 0;
    QUrl redirect; // where the sandbox sent the browser
    int callbackStatus = 0;
    QByteArray page; // what the app's listener answered
    QByteArray contentType;
};

inline QNetworkReply *getAndWait(QNetworkAccessManager &nam, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        (void)done.wait(10000);
    return reply;
}

inline BrowserVisit visit(const QUrl &authorizeUrl, const std::function<QUrl(QUrl)> &rewrite = {})
{
    QNetworkAccessManager nam;
    BrowserVisit v;
    QNetworkReply *first = getAndWait(nam, authorizeUrl);
    v.authorizeStatus = first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    v.redirect = authorizeUrl.resolved(
        first->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
    first->deleteLater();
    if (v.redirect.isEmpty() || v.authorizeStatus != 302)
        return v;
    const QUrl target = rewrite ? rewrite(v.redirect) : v.redirect;
    QNetworkReply *second = getAndWait(nam, target);
    v.callbackStatus = second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    v.page = second->readAll();
    v.contentType = second->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    second->deleteLater();
    return v;
}

} // namespace whop::test
