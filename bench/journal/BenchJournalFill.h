#pragma once

// The journal the benchmarks load: `changes` answered changes, one in ten from a batch over 10
// accounts, one in fifty lost and later decided (bench_journal, bench_history).

#include "common/JournalSamples.h"
#include "journal/ChangeJournal.h"
#include "journal/JournalFile.h"

namespace whop::bench {

// A journal of `changes` answered changes: one in ten from a batch over 10 accounts, one in
// fifty lost and later decided.
inline void fill(const std::shared_ptr<journal::ChangeJournal> &j, int changes,
                 const QString &userId = {})
{
    QByteArrayList lines;
    QString batch;
    for (int n = 0; n < changes; ++n) {
        if (n % 100 == 0) {
            journal::BatchRecord b;
            b.id = journal::newId("bat_");
            b.at = QDateTime::currentDateTimeUtc();
            b.label = QStringLiteral("name “Batch %1” — 10 accounts").arg(n);
            for (int a = 0; a < 10; ++a)
                b.accountIds << QStringLiteral("biz_Account%1").arg(a);
            batch = b.id;
            lines << test::lineOf(b.toJson());
        }
        const bool inBatch = n % 100 < 10;
        journal::Intent i =
            test::sampleIntent(n, inBatch ? QStringLiteral("biz_Account%1").arg(n % 10) : QString(),
                               inBatch ? batch : QString());
        i.id = journal::newId("chg_");
        i.at = QDateTime::currentDateTimeUtc();
        i.identityId = j->identityId();
        if (!userId.isEmpty())
            i.userId = userId;
        lines << test::lineOf(i.toJson());
        if (n % 50 == 7) {
            journal::Outcome lost = journal::failedOutcome(
                i.id, api::localError(api::ErrorKind::Timeout, QStringLiteral("no answer")));
            lost.at = i.at;
            lines << test::lineOf(lost.toJson());
            journal::Outcome decided;
            decided.entryId = i.id;
            decided.at = i.at;
            decided.result = journal::Outcome::Result::Resolved;
            decided.applied = true;
            decided.held = i.sent;
            lines << test::lineOf(decided.toJson());
        } else {
            journal::Outcome o = journal::appliedOutcome(i.id, i.sent, test::sampleAnswer(i));
            o.at = i.at;
            lines << test::lineOf(o.toJson());
        }
    }
    if (!journal::JournalFile(j->path()).rewrite(lines, nullptr))
        qFatal("could not write %s", qPrintable(j->path()));
}

} // namespace whop::bench
