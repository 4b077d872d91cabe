// GET /accounts pages: whop::api::parseAccountsPage.
#include "FuzzInput.h"
#include "api/Account.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto page = whop::api::parseAccountsPage(whop::fuzz::bytes(data, size), &error);
    if (!page) {
        WHOP_FUZZ_EXPECT(!error.isEmpty());
        return 0;
    }
    for (const whop::api::Account &a : page->accounts)
        WHOP_FUZZ_EXPECT(!a.id.isEmpty()); // entries without an id (or a text title) are skipped
    return 0;
}
