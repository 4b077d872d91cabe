// Entries of the identities file (identities.json): whop::auth::Identity::fromJson.
#include "FuzzInput.h"
#include "auth/Identity.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(whop::fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    const auto identity = whop::auth::Identity::fromJson(doc.object());
    if (!identity)
        return 0;
    (void)identity->displayText();
    (void)identity->apiBaseUrl();
    const auto back = whop::auth::Identity::fromJson(identity->toJson());
    WHOP_FUZZ_EXPECT(back.has_value());
    return 0;
}
