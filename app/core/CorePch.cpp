// The one source of whop_core_pch: the target exists to compile app/core/CorePch.h once.
#include "CorePch.h"
