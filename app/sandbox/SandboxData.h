#pragma once

// The sandbox's data model: seeded users, the per-version User shapes, the rules of
// PATCH /users/{id} (UserUpdate) and the generated avatar pictures.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace whop::sandbox::data {

// Api-Version-Date values, oldest first.
const QStringList &supportedVersions();
inline constexpr const char *UnversionedDefault = "2025-01-01";
// From this version on, the self view carries a nested `balance` object (SandboxData.cpp says
// why this one).
bool usesNestedBalance(const QString &version);

// An error answer, rendered as the ErrorEnvelope of docs/api/openapi.yaml.
struct ApiError
{
    int status = 0; // 0: no error
    QString type;
    QString code;
    QString message;
    QString param;     // omitted when empty
    QJsonObject extra; // merged into the "error" object
    bool isError() const { return status != 0; }
};
QByteArray errorBody(const ApiError &error);
ApiError badRequest(const QString &code, const QString &message, const QString &param = {});
ApiError unprocessable(const QString &code, const QString &message, const QString &param);

// The User as the API answers it for `version`. `selfView` is true when the caller is
// the viewed user; otherwise the self-only fields are null or empty.
QJsonObject renderUser(const QJsonObject &stored, const QString &version, bool selfView);

// Users in their latest (2026-07-20) shape, keyed by id.
class UserStore
{
public:
    // `origin` is http://127.0.0.1:<port>, used for the seeded pictures.
    void seed(const QString &origin);
    QJsonObject find(const QString &idOrUsername) const; // id, else username (ignoring case)
    void put(const QJsonObject &user);
    // Points every sandbox avatar URL from `oldOrigin` to `newOrigin`.
    void rebaseAvatars(const QString &oldOrigin, const QString &newOrigin);
    // Validates a UserUpdate body and applies it to `userId` (all or nothing).
    ApiError applyUpdate(const QString &userId, const QByteArray &body, const QString &origin);

private:
    ApiError validateFields(const QString &userId, const QJsonObject &update) const;
    QHash<QString, QJsonObject> m_users;
};

struct SeedUser
{
    const char *id;
    const char *token;
};
// The tokens registered at construction: each acts as the user with that id.
QList<SeedUser> seedTokens();

// {"url": "<origin>/avatars/<name>.png"}: a picture the sandbox draws for `name`.
QJsonObject generatedPicture(const QString &origin, const QString &name);

// A 256x256 PNG: the initials of `label` on the colour of `name` (avatar::InitialsFace, the face
// the app shows for a profile without a picture).
QByteArray avatarPng(const QString &name, const QString &label);

} // namespace whop::sandbox::data
