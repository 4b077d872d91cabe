// Draft files left on disk by an earlier run: whop::profile::parseDraft.
#include "FuzzInput.h"
#include "profile/Draft.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace whop::profile;
    DraftProblem problem = DraftProblem::None;
    QString detail;
    const auto draft = parseDraft(whop::fuzz::bytes(data, size), &problem, &detail);
    if (!draft) {
        WHOP_FUZZ_EXPECT(problem != DraftProblem::None && !detail.isEmpty());
        return 0;
    }
    WHOP_FUZZ_EXPECT(problem == DraftProblem::None);
    WHOP_FUZZ_EXPECT(draft->picture.isEmpty() || isSafeRelativePath(draft->picture));
    // What is written back reads back the same.
    const auto again = parseDraft(serializeDraft(*draft));
    WHOP_FUZZ_EXPECT(again && *again == *draft);
    const DraftRecovery r = recoveryFor(*draft, draft->base);
    WHOP_FUZZ_EXPECT(r.fields.size() <= draft->edits.size());
    return 0;
}
