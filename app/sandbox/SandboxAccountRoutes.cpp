// Who a bearer credential is, GET /accounts, and `account_id` on the users routes
// (docs/api/whop-api.md, "Users" and "Accounts").

#include "sandbox/SandboxMoney.h"
#include "sandbox/SandboxPrivate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace whop::sandbox {

using accounts::Caller;
using data::ApiError;
using http::Response;

namespace {

constexpr int MaxPageSize = 50;
constexpr const char *AccountIdSince = "2026-06-08"; // before: company_id

ApiError forbidden(const QString &message, const QString &code = "forbidden")
{
    return ApiError{403, "permission_error", code, message, {}, {}};
}

bool namesAccountId(const QString &version)
{
    const QStringList &all = data::supportedVersions();
    return all.indexOf(version) >= all.indexOf(QLatin1String(AccountIdSince));
}

} // namespace

Caller SandboxServer::Private::callerFor(const QByteArray &token)
{
    if (const auto it = oauthState.accessTokens.find(token); it != oauthState.accessTokens.end()) {
        if (it->expiresAtMs <= oauthState.now()) {
            oauthState.accessTokens.erase(it);
            tokens.remove(token);
            return {};
        }
        if (!tokens.contains(token)) // removeToken() or revoked
            return {};
        return Caller{Caller::Kind::User, it->userId, {}, it->scopes};
    }
    if (const QString userId = tokens.value(token); !userId.isEmpty())
        return Caller{Caller::Kind::User, userId, {}, {}};
    if (const auto key = accountStore.key(token)) {
        return Caller{
            key->app ? Caller::Kind::AppKey : Caller::Kind::AccountKey, {}, key->accountId, {}};
    }
    return {};
}

Response SandboxServer::Private::accounts_(const RecordedRequest &request, const Caller &caller)
{
    const QUrlQuery &query = request.query;
    if (query.hasQueryItem("first") && query.hasQueryItem("last"))
        return accounts::error(
            data::badRequest("invalid_pagination", "Use first or last, not both."));
    if (query.hasQueryItem("after") && query.hasQueryItem("before"))
        return accounts::error(
            data::badRequest("invalid_pagination", "Use after or before, not both."));
    const bool backwards = query.hasQueryItem("last") || query.hasQueryItem("before");
    const QString sizeName = backwards ? "last" : "first";
    const QString cursorName = backwards ? "before" : "after";

    qsizetype size = MaxPageSize;
    if (query.hasQueryItem(sizeName)) {
        bool ok = false;
        size = query.queryItemValue(sizeName).toInt(&ok);
        if (!ok || size < 1 || size > MaxPageSize) {
            return accounts::error(data::badRequest(
                "invalid_page_size",
                QString("%1 must be an integer from 1 to %2.").arg(sizeName).arg(MaxPageSize),
                sizeName));
        }
    }
    const QStringList ids = accountStore.visibleTo(caller);
    qsizetype begin = 0;
    qsizetype end = ids.size();
    if (query.hasQueryItem(cursorName)) {
        const auto at = accounts::indexOf(query.queryItemValue(cursorName, QUrl::FullyDecoded));
        if (!at || *at >= ids.size()) {
            return accounts::error(data::badRequest(
                "invalid_cursor", QString("%1 is not a cursor of this list.").arg(cursorName),
                cursorName));
        }
        if (backwards)
            end = *at;
        else
            begin = *at + 1;
    }
    if (backwards)
        begin = qMax<qsizetype>(0, end - size);
    else
        end = qMin(end, begin + size);

    QJsonArray data;
    for (qsizetype i = begin; i < end; ++i) {
        if (const auto account = accountStore.find(ids.at(i)))
            data.append(accountStore.render(*account, origin()));
    }
    const bool empty = begin >= end;
    const QJsonValue none(QJsonValue::Null);
    const QJsonObject pageInfo{
        {"start_cursor", empty ? none : QJsonValue(accounts::cursorFor(begin))},
        {"end_cursor", empty ? none : QJsonValue(accounts::cursorFor(end - 1))},
        {"has_next_page", end < ids.size()},
        {"has_previous_page", begin > 0}};
    return accounts::json(200, QJsonObject{{"data", data}, {"page_info", pageInfo}});
}

std::optional<Response> SandboxServer::Private::accountUsers_(const RecordedRequest &request,
                                                              const QString &idSegment,
                                                              const Caller &caller,
                                                              const QString &version)
{
    const bool me = idSegment == QLatin1String("me");
    const bool patch = request.method == "PATCH";
    if (me && caller.isKey()) {
        return accounts::error(
            forbidden("API keys cannot use /users/me; use /users/{id}?account_id=..."));
    }
    if (patch && !caller.hasScope(oauth::UpdateScope)) {
        return accounts::error(
            forbidden(QString("This token lacks the scope %1.").arg(oauth::UpdateScope),
                      "insufficient_scope"));
    }

    // The query parameter naming the account: account_id from 2026-06-08, company_id before.
    const QString param = namesAccountId(version) ? "account_id" : "company_id";
    const QString otherParam = namesAccountId(version) ? "company_id" : "account_id";
    const QUrlQuery &query = request.query;
    if (!query.hasQueryItem(param) && query.hasQueryItem(otherParam)) {
        return accounts::error(data::badRequest(
            "unknown_parameter",
            QString("Api-Version-Date %1 names this parameter %2 (account_id from %3, company_id "
                    "before).")
                .arg(version, param, AccountIdSince),
            otherParam));
    }
    const QString accountId = query.queryItemValue(param, QUrl::FullyDecoded).trimmed();
    if (accountId.isEmpty()) {
        if (caller.isKey() && patch) {
            return accounts::error(
                data::badRequest("missing_account_id",
                                 QString("%1 is required for API key callers").arg(param), param));
        }
        if (query.hasQueryItem(param)) {
            return accounts::error(
                data::badRequest("invalid_account_id", QString("%1 is empty.").arg(param), param));
        }
        return std::nullopt; // the global profile, as without accounts
    }

    const auto account = accountStore.find(accountId);
    if (!account) {
        return accounts::error({404,
                                "invalid_request_error",
                                "not_found",
                                QString("Account '%1' was not found.").arg(accountId),
                                param,
                                {}});
    }
    if (caller.kind == Caller::Kind::User && !accountStore.isMember(accountId, caller.userId))
        return accounts::error(forbidden("You have no rights on this account."));
    if (caller.isKey() && !accountStore.reaches(caller, accountId))
        return accounts::error(forbidden("This API key has no rights on this account."));

    const QJsonObject target = users.find(me ? caller.userId : idSegment);
    if (target.isEmpty()) {
        return accounts::error({404,
                                "invalid_request_error",
                                "not_found",
                                QString("User '%1' was not found.").arg(idSegment),
                                "id",
                                {}});
    }
    const QString targetId = target.value("id").toString();
    const bool self = caller.kind == Caller::Kind::User && targetId == caller.userId;
    if (!patch) {
        const QJsonObject merged =
            accounts::merged(target, accountStore.override_(accountId, targetId));
        QJsonObject shown = data::renderUser(merged, version, self);
        if (self) {
            if (const ApiError e = data::addBalanceHistory(&shown, merged, request.query);
                e.isError())
                return accounts::error(e);
        }
        return accounts::json(200, shown);
    }
    if (caller.kind == Caller::Kind::User && !self)
        return accounts::error(forbidden("This credential cannot update that user."));

    // Same rules as a global update (checked against every user), kept in the override only.
    // An uploaded picture must be ready and belong to the caller (the key's account for keys).
    const QString owner = caller.isKey() ? caller.accountId : caller.userId;
    if (const ApiError e = files->checkAttach(request.body, owner); e.isError())
        return accounts::error(e);
    data::UserStore scratch = users;
    if (const ApiError e = scratch.applyUpdate(targetId, request.body, origin()); e.isError())
        return accounts::error(e);
    files->applyAttach(request.body, scratch, targetId); // the uploaded file's own URL
    const QJsonObject updated = scratch.find(targetId);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QJsonObject fields = accountStore.override_(accountId, targetId);
    for (const QString &key : accounts::overrideFields()) {
        if (body.contains(key))
            fields.insert(key, updated.value(key));
    }
    accountStore.putOverride(accountId, targetId, fields);
    return accounts::json(200, data::renderUser(accounts::merged(target, fields), version, self));
}

} // namespace whop::sandbox
