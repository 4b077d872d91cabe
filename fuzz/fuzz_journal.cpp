// Change journal files left on disk by earlier runs (cut short, damaged, from other versions):
// whop::journal::parseJournal and what History and a restore read from it.
#include "FuzzInput.h"
#include "journal/JournalReader.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace whop::journal;
    const QByteArrayList lines = whop::fuzz::bytes(data, size).split('\n');
    const JournalContents contents = parseJournal(lines);
    WHOP_FUZZ_EXPECT(contents.changes.size() + contents.unreadableLines <= lines.size());
    const QList<JournalChange> listed = listChanges(contents);
    WHOP_FUZZ_EXPECT(listed.size() == contents.changes.size());
    for (const JournalChange &change : listed) {
        WHOP_FUZZ_EXPECT(!change.intent.id.isEmpty() && change.intent.at.isValid());
        // What is written back reads back the same.
        const QJsonObject json = change.intent.toJson();
        const auto again = Intent::fromJson(
            QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object());
        WHOP_FUZZ_EXPECT(again && again->toJson() == json);
        WHOP_FUZZ_EXPECT(change.fields().size() <= 4);
        (void)change.status();
        (void)decideArrival(change.intent, change.intent.sent, {});
    }
    for (auto it = contents.batches.cbegin(); it != contents.batches.cend(); ++it) {
        const BatchDelivery d = deliveryOf(contents, it.key());
        WHOP_FUZZ_EXPECT(d.batch.has_value());
        for (const QString &account : d.batch->accountIds)
            WHOP_FUZZ_EXPECT(d.received.contains(account) || d.notReceived.contains(account) ||
                             d.unknown.contains(account));
    }
    return 0;
}
