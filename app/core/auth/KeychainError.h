#pragma once

#include <QMetaType>
#include <QString>

namespace whop::auth {

// Why the OS secret store could not do what was asked, in the terms a person can act on.
struct KeychainError
{
    enum class Kind
    {
        None,
        NoService, // no Secret Service / keychain is running or reachable
        Locked,    // the keyring is locked, or access was denied
        NotFound,  // no entry under that key
        Other,
    };
    Kind kind = Kind::None;
    QString detail; // QtKeychain's own text, for the curious; never contains the secret

    bool isError() const { return kind != Kind::None; }
    QString userMessage() const; // what happened and what to do
};

// Classifies QtKeychain's (often generic) error into the kinds above.
KeychainError classifyKeychainError(int qtKeychainError, const QString &errorString);

} // namespace whop::auth

Q_DECLARE_METATYPE(whop::auth::KeychainError)
