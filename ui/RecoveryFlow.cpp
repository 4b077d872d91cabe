#include "ui/RecoveryFlow.h"

#include "history/BatchRecovery.h"
#include "history/Restorer.h"
#include "session/AppSession.h"
#include "ui/RestoreRunner.h"
#include "ui/dialogs/InterruptedBatchDialog.h"

#include <QApplication>
#include <QTimer>

namespace whop::ui {

RecoveryFlow::RecoveryFlow(app::AppSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{}

RecoveryFlow::~RecoveryFlow() = default;

void RecoveryFlow::checkAtStart()
{
    const std::shared_ptr<journal::ChangeJournal> journal = m_session->journal();
    if (!journal || m_checked.contains(journal->path()))
        return;
    m_checked.insert(journal->path());
    start({});
}

void RecoveryFlow::check(const QString &batchId)
{
    start(batchId);
}

void RecoveryFlow::start(const QString &batchId)
{
    if (m_recovery && (m_recovery->isChecking() || m_dialog))
        return; // one question at a time
    if (m_recovery)
        m_recovery->deleteLater();
    m_recovery = new history::BatchRecovery(m_session->client(), m_session->journal(),
                                            restoreRouteOf(m_session), this);
    connect(m_recovery, &history::BatchRecovery::checked, this, [this, batchId] {
        const int found = int(m_recovery->batches().size());
        Q_EMIT checked(found);
        if (found > 0)
            offer(0);
        else if (!batchId.isEmpty())
            Q_EMIT status(tr("Every account of that batch is known now."));
    });
    if (!batchId.isEmpty())
        Q_EMIT status(tr("Reading the accounts of the batch again…"));
    m_recovery->check(batchId);
}

void RecoveryFlow::whenNoQuestion(std::function<void()> then)
{
    // One question at a time: a question already open (a draft offered back) is answered first.
    if (auto *open = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
        connect(
            open, &QDialog::finished, this,
            [this, then] { QTimer::singleShot(0, this, [this, then] { whenNoQuestion(then); }); },
            Qt::SingleShotConnection);
        return;
    }
    then();
}

void RecoveryFlow::offer(int index)
{
    whenNoQuestion([this, index] {
        if (!m_recovery || index >= m_recovery->batches().size())
            return;
        auto *dialog = new InterruptedBatchDialog(m_recovery->batches().at(index),
                                                  accountTitlesOf(m_session), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog = dialog;
        connect(dialog, &QDialog::finished, this, [this, dialog, index] {
            const InterruptedBatchDialog::Answer answer = dialog->answer();
            m_dialog.clear();
            history::BatchRecovery *recovery = m_recovery;
            // The identity may have changed meanwhile: its credential must not finish or undo
            // another identity's batch.
            const bool same = recovery && m_session->journal() == recovery->journal();
            if (answer != InterruptedBatchDialog::Answer::Later && !same) {
                Q_EMIT status(tr("Another identity is in use now: the batch was left as it is."));
            } else if (answer != InterruptedBatchDialog::Answer::Later) {
                recovery->recordLearnt(index);
                history::RestorePlan plan;
                if (answer == InterruptedBatchDialog::Answer::Finish)
                    plan = recovery->finishPlan(index);
                else if (answer == InterruptedBatchDialog::Answer::Undo)
                    plan = recovery->undoPlan(index);
                if (!plan.isEmpty()) {
                    Q_EMIT status(answer == InterruptedBatchDialog::Answer::Finish
                                      ? tr("Finishing the batch…")
                                      : tr("Undoing the batch…"));
                    runRestore(m_session, m_window, plan,
                               {[this](const QString &text) { Q_EMIT status(text); }, {}, {}});
                } else if (answer == InterruptedBatchDialog::Answer::Keep) {
                    Q_EMIT status(tr("The batch is kept as it is."));
                }
            }
            offer(index + 1);
        });
        dialog->open();
    });
}

} // namespace whop::ui
