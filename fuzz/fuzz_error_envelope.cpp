// Error answers: whop::api::errorFromResponse and the message shown to the person.
// Input: one byte choosing the HTTP status, then "<Retry-After header>\n<body>".
#include "ApiError.h"
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int statuses[] = {400, 401, 403, 404, 408, 409, 422, 429,
                                   500, 502, 503, 504, 418, 451, 599, 302};
    if (size == 0)
        return 0;
    const int status = statuses[data[0] % (sizeof statuses / sizeof *statuses)];
    const auto [retryAfter, body] = whop::fuzz::splitLine(whop::fuzz::bytes(data + 1, size - 1));
    const whop::api::ApiError e =
        whop::api::errorFromResponse(status, body, {{"Retry-After", retryAfter}});
    WHOP_FUZZ_EXPECT(e.isError());
    WHOP_FUZZ_EXPECT(e.httpStatus == status);
    WHOP_FUZZ_EXPECT(!e.userMessage().isEmpty());
    WHOP_FUZZ_EXPECT(!whop::api::ApiError::kindName(e.kind).isEmpty());
    WHOP_FUZZ_EXPECT(e.retryAfterSeconds >= -1);
    return 0;
}
