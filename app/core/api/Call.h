#pragma once

#include "api/ApiCall.h"

#include <QMetaObject>

#include <functional>
#include <optional>
#include <utility>

namespace whop::api {

// Turns a successful body into a value; nullopt (and `error`) means "bad response".
template <class T>
using Parser = std::function<std::optional<T>(const QByteArray &body, QString *error)>;

// An ApiCall whose answer is a T: the parser writes into the call, and succeeded() is emitted
// only once result() holds the parsed value. The compiler checks what a caller reads; there is
// no untyped value to unwrap as the wrong type.
template <class T> class Call : public ApiCall
{
public:
    Call(QNetworkAccessManager *nam, const ClientConfig &config, const QByteArray &token, Spec spec,
         Parser<T> parser, QObject *parent = nullptr, Authenticator *authenticator = nullptr)
        : ApiCall(nam, config, token, std::move(spec), parent, authenticator),
          m_parser(std::move(parser))
    {}

    // The parsed answer; valid from succeeded() until the call is deleted (later, after it).
    const T &result() const { return m_result; }

    // Calls `f(const T &)` on success, in `context`'s thread, and not once `context` is gone.
    template <class F> QMetaObject::Connection onSucceeded(const QObject *context, F &&f)
    {
        return QObject::connect(
            this, &ApiCall::succeeded, context,
            [this, f = std::forward<F>(f)]() mutable { f(std::as_const(m_result)); });
    }

protected:
    bool acceptBody(const QByteArray &body, QString *error) override
    {
        std::optional<T> value = m_parser(body, error);
        if (!value)
            return false;
        m_result = std::move(*value);
        return true;
    }

private:
    Parser<T> m_parser;
    T m_result{};
};

} // namespace whop::api
