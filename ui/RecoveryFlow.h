#pragma once

#include "ui/dialogs/InterruptedBatchDialog.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QWidget;

namespace whop::app {
class AppSession;
}

namespace whop::ui {

// After a crash, the truth: at the first load of each identity in a run, the change journal is
// searched for batches whose outcome is not fully known (history::BatchRecovery); their accounts
// are read again and each such batch is offered with InterruptedBatchDialog, one after the
// other, once no other question is on screen. Finish and Undo run as restores (RestoreRunner.h).
// History offers the same for one batch (check()).
class RecoveryFlow : public QObject
{
    Q_OBJECT
public:
    RecoveryFlow(app::AppSession *session, QWidget *window);
    ~RecoveryFlow() override;

    // Looks for interrupted batches of the identity in use, once per identity in this run.
    void checkAtStart();
    // Reads batch `batchId` again and offers it.
    void check(const QString &batchId);

    // The question on screen, if any (tests).
    InterruptedBatchDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    // A line for the status bar.
    void status(const QString &text);
    // The reads are done; `batches` were found (0: nothing to offer).
    void checked(int batches);

private:
    void start(const QString &batchId);
    void offer(int index);
    void whenNoQuestion(std::function<void()> then);

    app::AppSession *m_session;
    QWidget *m_window;
    QPointer<history::BatchRecovery> m_recovery;
    QPointer<InterruptedBatchDialog> m_dialog;
    QSet<QString> m_checked; // journals (identities) looked at in this run
};

} // namespace whop::ui
