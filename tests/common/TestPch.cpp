// The one source of whop_test_pch: the target exists to compile tests/common/TestPch.h once.
#include "TestPch.h"
