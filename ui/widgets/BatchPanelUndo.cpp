// BatchPanel's Undo: a restore of the batch just run (history::Restorer), shown in the same
// list and result column as the batch itself.
#include "ui/widgets/BatchPanel.h"

#include "overview/OverviewModel.h"
#include "ui/dialogs/SaveConflictDialog.h"
#include "ui_BatchPanel.h"

#include <QTextDocument>

namespace whop::ui {

namespace {
constexpr int MaxRestoreLines = 500; // as the preview: the list stays quick
} // namespace

void BatchPanel::showRestoreItems()
{
    QList<QTreeWidgetItem *> lines;
    for (int i = 0; i < m_restore->total() && i < MaxRestoreLines; ++i) {
        const QString id = m_restore->plan().targets.at(i).accountId();
        const int row = m_overview ? m_overview->indexOf(id) : -1;
        auto *line = new QTreeWidgetItem(
            {row >= 0 ? m_overview->row(row).account.title : id, m_restore->describe(i), {}});
        line->setToolTip(0, id);
        line->setToolTip(1, Qt::convertFromPlainText(m_restore->describe(i)));
        lines << line;
    }
    ui->previewList->addTopLevelItems(lines);
    for (int i = 0; i < lines.size(); ++i)
        updateRestoreItem(i);
}

void BatchPanel::undo()
{
    if (!m_run || isRunning() || !m_sendingAllowed || !m_overview || m_restore)
        return;
    const std::shared_ptr<journal::ChangeJournal> journal = m_overview->journal();
    history::RestorePlan plan =
        history::planBatchUndo(*m_run, m_overview->route(), [journal](const QUrl &picture) {
            return journal ? journal->knownPictureFileId(picture) : QString();
        });
    if (plan.isEmpty()) {
        ui->batchStatus->setText(plan.notPossible.join(QLatin1Char(' ')));
        return;
    }
    startRestore(std::move(plan));
}

void BatchPanel::startRestore(history::RestorePlan plan)
{
    const QStringList notPossible = plan.notPossible;
    m_restore = std::make_unique<history::Restorer>(m_overview->client(), std::move(plan));
    m_restore->setJournal(m_overview->journal());
    const QPointer<overview::AccountOverview> overview(m_overview);
    SaveConflictDialog::attach(
        m_restore.get(), window(), m_overview->client()->networkAccessManager(),
        [overview](const QString &id) {
            const int row = overview ? overview->indexOf(id) : -1;
            return row >= 0 ? overview->row(row).account.title : QString();
        },
        [this](const QString &text) { ui->batchStatus->setText(text); });
    connect(m_restore.get(), &history::Restorer::targetChanged, this,
            &BatchPanel::updateRestoreItem);
    connect(m_restore.get(), &history::Restorer::restored, this,
            [this](int i, const api::User &user) {
                if (m_overview)
                    m_overview->setShown(m_restore->plan().targets.at(i).accountId(), user);
            });
    connect(m_restore.get(), &history::Restorer::finished, this, &BatchPanel::onRestoreFinished);
    m_showingResults = true;
    showItems();
    ui->batchStatus->setText(
        tr("Reading each account again before putting its values back…") +
        (notPossible.isEmpty() ? QString() : QLatin1Char(' ') + notPossible.join(' ')));
    m_restore->start();
    syncButtons();
}

void BatchPanel::updateRestoreItem(int index)
{
    if (!m_restore)
        return;
    using State = history::Restorer::State;
    const State state = m_restore->state(index);
    const QString text = m_restore->outcomeText(index);
    if (m_model) {
        const auto result = state == State::Restored || state == State::AlreadyThere
                                ? overview::OverviewModel::ResultState::Applied
                            : state == State::Failed ? overview::OverviewModel::ResultState::Failed
                            : state == State::KeptTheirs || state == State::NotSent
                                ? overview::OverviewModel::ResultState::NotSent
                                : overview::OverviewModel::ResultState::Pending;
        m_model->setResult(m_restore->plan().targets.at(index).accountId(), result,
                           QStringLiteral("%1: %2").arg(text, m_restore->describe(index)));
    }
    if (!m_showingResults || index >= ui->previewList->topLevelItemCount())
        return;
    QTreeWidgetItem *line = ui->previewList->topLevelItem(index);
    line->setText(2, text);
    line->setToolTip(2, Qt::convertFromPlainText(text));
}

void BatchPanel::onRestoreFinished()
{
    const QString text = m_restore->summary();
    ui->batchStatus->setText(text);
    // Those left as Whop has them show what that is now.
    QStringList changed;
    QStringList reread;
    for (int i = 0; i < m_restore->total(); ++i) {
        const QString id = m_restore->plan().targets.at(i).accountId();
        if (m_restore->state(i) == history::Restorer::State::Restored)
            changed << id;
        else
            reread << id;
    }
    if (m_overview && !reread.isEmpty())
        m_overview->reload(reread);
    replan();
    Q_EMIT statusMessage(text);
    if (!changed.isEmpty())
        Q_EMIT applied(changed);
    syncButtons();
}

} // namespace whop::ui
