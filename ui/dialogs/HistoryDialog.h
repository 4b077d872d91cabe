#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class QTreeView;

namespace Ui {
class HistoryDialog;
}
namespace whop::app {
class AppSession;
}
namespace whop::history {
class HistoryModel;
class Restorer;
} // namespace whop::history

namespace whop::ui {

// Profile → History… (Ctrl+H): the changes this editor sent, from the change journal of the
// identity in use, newest first: for the profile on screen, or for every profile. Each with its
// fields before → after, when (in the person's locale) and its outcome; a batch is one row that
// opens to its accounts. Filter by text and by outcome; Restore puts back the value before of
// the selected field, change, account or whole batch (history::Restorer: read again first, ask
// about what changed elsewhere). Enter restores the selected row after confirming; Escape
// closes. Not modal.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(app::AppSession *session, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    // The window of `parent`, made on first use, shown, raised and read afresh.
    static HistoryDialog *showFor(app::AppSession *session, QWidget *parent);

    // Reads the journal again.
    void reload();
    history::HistoryModel *model() const { return m_model; }
    QTreeView *tree() const;
    QString statusText() const;

public Q_SLOTS:
    // Restores the selected row, after confirming.
    void restoreSelected();

Q_SIGNALS:
    // "Check interrupted batch…": the batch to read again and offer to finish or undo.
    void checkBatchRequested(const QString &batchId);
    // A line for the main window's status bar.
    void status(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged();
    void updateStatus();
    void setStatus(const QString &text);

    std::unique_ptr<Ui::HistoryDialog> ui;
    app::AppSession *m_session;
    history::HistoryModel *m_model;
    QPointer<history::Restorer> m_restorer;
    QString m_note; // the last restore's outcome, beside the counts
};

} // namespace whop::ui
