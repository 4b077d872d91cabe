// POST /files and GET /files/{id} answers: whop::api::parseFileRecord.
#include "FuzzInput.h"
#include "api/FileRecord.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto file = whop::api::parseFileRecord(whop::fuzz::bytes(data, size), &error);
    if (!file) {
        WHOP_FUZZ_EXPECT(!error.isEmpty());
        return 0;
    }
    WHOP_FUZZ_EXPECT(!file->id.isEmpty());
    WHOP_FUZZ_EXPECT(!file->size || *file->size >= 0);
    for (const auto &header : file->uploadHeaders)
        WHOP_FUZZ_EXPECT(!header.first.isNull() && !header.second.isNull()); // text, never null
    (void)file->isReady();
    return 0;
}
