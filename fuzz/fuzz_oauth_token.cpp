// OAuth token endpoint answers: whop::auth::parseTokenResponse.
#include "FuzzInput.h"
#include "auth/Secret.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    QString error;
    const auto secret = whop::auth::parseTokenResponse(whop::fuzz::bytes(data, size), now, &error);
    if (!secret) {
        WHOP_FUZZ_EXPECT(!error.isEmpty());
        return 0;
    }
    WHOP_FUZZ_EXPECT(!secret->token.isEmpty());
    // What is kept in the keychain reads back the same.
    const auto back = whop::auth::Secret::deserialize(secret->serialize());
    WHOP_FUZZ_EXPECT(back && back->token == secret->token &&
                     back->refreshToken == secret->refreshToken);
    return 0;
}
