// Picture files: the row-by-row PNG decoder, whop::avatar::decodePngReduced (libpng under it;
// the longjmp out of it and the reducing thread are ours).
#include "FuzzInput.h"
#include "avatar/PngReducer.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(whop::fuzz::bytes(data, size));
    buffer.open(QIODevice::ReadOnly);
    const QSize target(7, 5);
    const auto reduced = whop::avatar::decodePngReduced(&buffer, target);
    using Status = whop::avatar::ReducedPng::Status;
    WHOP_FUZZ_EXPECT((reduced.status == Status::Done) == !reduced.image.isNull());
    WHOP_FUZZ_EXPECT(reduced.status != Status::Done || reduced.image.size() == target);
    WHOP_FUZZ_EXPECT(reduced.status != Status::Corrupt || !reduced.error.isEmpty());
    return 0;
}
