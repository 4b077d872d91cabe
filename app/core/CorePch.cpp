// The one source of whop_core_pch: the target exists to compile app/core/CorePch.h once (it is
// force-included into this file like into every logic library's).
