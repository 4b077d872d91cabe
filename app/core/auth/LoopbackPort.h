#pragma once

#include <QtGlobal>

namespace whop::auth {

// The loopback port of the sign-in's redirect URI. Whop compares redirect URIs exactly
// (docs/api/whop-api.md, "Sign-in"), so the app listens on one port the person registers once,
// chosen from the dynamic range (49152-65535, RFC 6335, 6) and kept in the settings.
inline constexpr quint16 FirstDynamicPort = 49152;
inline constexpr quint16 LastDynamicPort = 65535;

// Whether a listener can be opened on 127.0.0.1:`port` now (nothing else listens there).
bool isLoopbackPortFree(quint16 port);
// A port of the dynamic range that is free now and is not `avoid`; 0 when none was found.
quint16 pickLoopbackPort(quint16 avoid = 0);

} // namespace whop::auth
