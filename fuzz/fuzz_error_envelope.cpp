// Error answers: whop::api::errorFromResponse and the message shown to the person.
// Input: one byte choosing the HTTP status (its low 4 bits) and x-should-retry (absent, "true"
// or "false", from the others), then "<Retry-After header>\n<body>"; the Retry-After text is
// also sent as retry-after-ms.
#include "FuzzInput.h"
#include "api/ApiError.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int statuses[] = {400, 401, 403, 404, 408, 409, 422, 429,
                                   500, 502, 503, 504, 418, 451, 599, 302};
    if (size == 0)
        return 0;
    const int status = statuses[data[0] % (sizeof statuses / sizeof *statuses)];
    const auto [retryAfter, body] = whop::fuzz::splitLine(whop::fuzz::bytes(data + 1, size - 1));
    QList<QPair<QByteArray, QByteArray>> headers{{"Retry-After", retryAfter},
                                                 {"retry-after-ms", retryAfter}};
    if (const int hint = (data[0] >> 4) % 3; hint > 0)
        headers.append(
            qMakePair(QByteArray("x-should-retry"), QByteArray(hint == 1 ? "true" : "false")));
    const whop::api::ApiError e = whop::api::errorFromResponse(status, body, headers);
    WHOP_FUZZ_EXPECT(e.isError());
    WHOP_FUZZ_EXPECT(e.httpStatus == status);
    WHOP_FUZZ_EXPECT(!e.userMessage().isEmpty());
    WHOP_FUZZ_EXPECT(!whop::api::ApiError::kindName(e.kind).isEmpty());
    WHOP_FUZZ_EXPECT(e.retryAfterSeconds >= -1);
    WHOP_FUZZ_EXPECT(e.retryAfterMs >= -1);
    WHOP_FUZZ_EXPECT((e.retryAfterMs < 0) == (e.retryAfterSeconds < 0));
    return 0;
}
