#include "auth/KeychainError.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace whop::auth {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
struct KeychainErrorTr
{
    Q_DECLARE_TR_FUNCTIONS(whop::auth::CredentialStore)
};
} // namespace

QString KeychainError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NoService:
        return KeychainErrorTr::tr(
            "No keychain is available to keep your token safe. Start a Secret Service "
            "provider (GNOME Keyring, KWallet or KeePassXC with Secret Service "
            "integration); in Flatpak, allow access to org.freedesktop.secrets. You can "
            "also keep the token for this session only.");
    case Kind::Locked:
        return KeychainErrorTr::tr(
            "The keychain is locked or refused access. Unlock it (for example in GNOME "
            "Keyring or KWallet) and try again, or keep the token for this session only.");
    case Kind::NotFound:
        return KeychainErrorTr::tr("No saved token was found in the keychain. Connect again.");
    case Kind::Other:
        return KeychainErrorTr::tr("The keychain reported a problem: %1").arg(detail);
    }
    return detail;
}

KeychainError classifyKeychainError(int code, const QString &errorString)
{
    KeychainError e;
    e.detail = errorString;
    const QString text = errorString.toLower();
    switch (static_cast<QKeychain::Error>(code)) {
    case QKeychain::NoError:
        e.kind = KeychainError::Kind::None;
        return e;
    case QKeychain::EntryNotFound:
        e.kind = KeychainError::Kind::NotFound;
        return e;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        e.kind = KeychainError::Kind::Locked;
        return e;
    case QKeychain::NoBackendAvailable:
        e.kind = KeychainError::Kind::NoService;
        return e;
    default:
        break;
    }
    // On Linux QtKeychain reports a missing Secret Service and a locked collection as
    // OtherError; the D-Bus and libsecret texts tell them apart.
    if (text.contains(QLatin1String("not provided by any .service")) ||
        text.contains(QLatin1String("serviceunknown")) ||
        text.contains(QLatin1String("no such interface")) ||
        text.contains(QLatin1String("was not provided")) ||
        text.contains(QLatin1String("cannot autolaunch")) ||
        text.contains(QLatin1String("unable to autolaunch")) ||
        text.contains(QLatin1String("no secret service")) ||
        text.contains(QLatin1String("could not connect")) ||
        text.contains(QLatin1String("not connected")) ||
        text.contains(QLatin1String("no backend")) || text.contains(QLatin1String("dbus")) ||
        text.contains(QLatin1String("d-bus")))
        e.kind = KeychainError::Kind::NoService;
    else if (text.contains(QLatin1String("lock")) || text.contains(QLatin1String("denied")) ||
             text.contains(QLatin1String("dismissed")) || text.contains(QLatin1String("cancel")))
        e.kind = KeychainError::Kind::Locked;
    else if (text.contains(QLatin1String("not found")) || text.contains(QLatin1String("no match")))
        e.kind = KeychainError::Kind::NotFound;
    else
        e.kind = KeychainError::Kind::Other;
    return e;
}

} // namespace whop::auth
