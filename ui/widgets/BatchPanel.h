#pragma once

#include "history/Restorer.h"
#include "overview/BatchRun.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QWidget;

namespace Ui {
class BatchPanel;
}

namespace whop::ui {

class PicturePicker;

// "Change the selected accounts": per field a value (typed, from the global profile or from the
// current account), an optional new picture, the preview of exactly what each account receives,
// then Apply with progress, Cancel, per-account results, Retry Failed and Undo. The logic is in
// app/core/overview (planBatch, BatchRun); this only binds it to widgets.
class BatchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BatchPanel(QWidget *parent = nullptr);
    ~BatchPanel() override;

    void bind(overview::AccountOverview *overview, overview::OverviewModel *model);
    // The selected rows and the current one, as rows of the overview.
    void setSelection(const QList<int> &rows, int currentRow);
    // Resets choices and results (the window opened again, or another identity).
    void clear();

    // A batch, or its undo (a restore), is under way.
    bool isRunning() const
    {
        return (m_run && m_run->isRunning()) || (m_restore && m_restore->isRunning());
    }
    // Off: nothing can be applied, retried or undone any more (the window's identity was removed
    // or must sign in again); what was done stays listed.
    void setSendingAllowed(bool allowed);
    bool isSendingAllowed() const { return m_sendingAllowed; }
    overview::BatchRun *run() const { return m_run.get(); }
    // The undo of the last batch, once started.
    history::Restorer *undoRun() const { return m_restore.get(); }
    const overview::BatchPlan &plan() const { return m_plan; }

public Q_SLOTS:
    void apply();
    void cancel();
    void retryFailed();
    // Puts back what the last batch changed, as a restore of that batch (history::Restorer):
    // each account is read again first, and one changed elsewhere since is left to the person's
    // choice (SaveConflictDialog) instead of being overwritten.
    void undo();

Q_SIGNALS:
    // A batch finished; these accounts were changed.
    void applied(const QStringList &accountIds);
    void statusMessage(const QString &text);

private:
    struct FieldRow
    {
        profile::Field field;
        QCheckBox *check;
        QComboBox *source;
        QWidget *editor;
        QString accountId; // the account a "from the current account" value is taken from
    };
    void userChanged();
    void replanSoon();
    void replan();
    overview::BatchChoices choices() const;
    void onSourceChosen(FieldRow &row);
    void startRun(std::unique_ptr<overview::BatchRun> run);
    void showItems();
    void updateItem(int index);
    void syncButtons();
    void onFinished();
    QString fieldValueText(const FieldRow &row) const;
    void startRestore(history::RestorePlan plan);
    void showRestoreItems();
    void updateRestoreItem(int index);
    void onRestoreFinished();

    std::unique_ptr<Ui::BatchPanel> ui;
    QPointer<overview::AccountOverview> m_overview;
    QPointer<overview::OverviewModel> m_model;
    PicturePicker *m_picker;
    QList<FieldRow> m_fields;
    QList<int> m_rows;
    int m_currentRow = -1;
    overview::BatchPlan m_plan;
    avatar::EncodedPicture m_picture;
    std::unique_ptr<overview::BatchRun> m_run;
    std::unique_ptr<history::Restorer> m_restore; // the undo of m_run
    bool m_replanQueued = false;
    bool m_showingResults = false; // the list shows the last batch's results, not the preview
    bool m_sendingAllowed = true;
};

} // namespace whop::ui
