// What the keychain hands back for an identity: whop::auth::Secret::deserialize.
#include "FuzzInput.h"
#include "auth/Secret.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto secret = whop::auth::Secret::deserialize(whop::fuzz::bytes(data, size));
    if (!secret)
        return 0;
    const auto back = whop::auth::Secret::deserialize(secret->serialize());
    WHOP_FUZZ_EXPECT(back && back->token == secret->token &&
                     back->refreshToken == secret->refreshToken);
    return 0;
}
