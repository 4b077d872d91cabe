// The one source of whop_test_pch: the target exists to compile tests/common/TestPch.h once (it
// is force-included into this file like into every test's).
