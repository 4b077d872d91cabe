#pragma once

#include "history/BatchRecovery.h"

#include <QDialog>

#include <functional>
#include <memory>

class QListWidget;

namespace Ui {
class InterruptedBatchDialog;
}

namespace whop::ui {

// After a batch was cut short (the editor was killed, crashed, or lost answers): which accounts
// received the change, which did not and which are still unknown (with why), as reading them
// again showed (history::BatchRecovery). Offers to finish (send it to those that did not receive
// it), to undo (restore those that did), to keep it as it is, or to leave it for later (asked
// again at the next start and available from History). Keyboard only: Enter does the main
// action (finish when some did not receive it), Escape leaves it for later.
class InterruptedBatchDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Answer
    {
        Later,
        Finish,
        Undo,
        Keep,
    };

    InterruptedBatchDialog(const history::InterruptedBatch &batch,
                           std::function<QString(const QString &)> titleOf,
                           QWidget *parent = nullptr);
    ~InterruptedBatchDialog() override;

    Answer answer() const { return m_answer; }
    // The accounts as listed, for tests and screen readers: received, not received, unknown.
    QStringList listed(int column) const;

private:
    void fill(QListWidget *list, const QStringList &accounts,
              const QHash<QString, QString> &why = {});
    void answerWith(Answer answer);

    std::unique_ptr<Ui::InterruptedBatchDialog> ui;
    std::function<QString(const QString &)> m_titleOf;
    Answer m_answer = Answer::Later;
};

} // namespace whop::ui
