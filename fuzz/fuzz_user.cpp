// GET/PATCH /users answers: whop::api::parseUser.
#include "FuzzInput.h"
#include "api/User.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto user = whop::api::parseUser(whop::fuzz::bytes(data, size), &error);
    if (!user) {
        WHOP_FUZZ_EXPECT(!error.isEmpty()); // a refusal says why
        return 0;
    }
    WHOP_FUZZ_EXPECT(!user->id.isEmpty()); // the username may be empty text, never missing
    (void)user->displayName();
    (void)user->bioText();
    if (user->balanceHistory) {
        for (const auto &point : user->balanceHistory->points)
            WHOP_FUZZ_EXPECT(point.time > -100'000'000'000 && point.time < 100'000'000'000);
    }
    return 0;
}
