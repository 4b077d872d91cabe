#include "ui/dialogs/InterruptedBatchDialog.h"

#include "history/HistoryText.h"
#include "ui/TallEnough.h"
#include "ui_InterruptedBatchDialog.h"

#include <QPushButton>

namespace whop::ui {

using history::HistoryText;

InterruptedBatchDialog::InterruptedBatchDialog(const history::InterruptedBatch &batch,
                                               std::function<QString(const QString &)> titleOf,
                                               QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::InterruptedBatchDialog>()),
      m_titleOf(std::move(titleOf))
{
    ui->setupUi(this);
    keepTallEnough(this);
    const history::HistoryEntry &entry = batch.entry;
    const int total = int(entry.accounts.size());
    const QString what =
        entry.batch && !entry.batch->label.isEmpty() ? entry.batch->label : entry.batchId;
    const journal::ChangeKind kind = entry.batch ? entry.batch->kind : journal::ChangeKind::Batch;
    ui->intro->setText(tr("The editor stopped before it knew the outcome of “%1” (%2, sent on "
                          "%3), meant for %n account(s). Reading them again shows:",
                          nullptr, total)
                           .arg(what, HistoryText::kind(kind, true), HistoryText::when(entry.at)));
    ui->receivedCaption->setText(tr("&Received it (%n):", nullptr, int(batch.received.size())));
    ui->notReceivedCaption->setText(
        tr("&Did not receive it (%n):", nullptr, int(batch.notReceived.size())));
    ui->unknownCaption->setText(tr("Still u&nknown (%n):", nullptr, int(batch.unknown.size())));
    for (QLabel *caption : {ui->receivedCaption, ui->notReceivedCaption, ui->unknownCaption})
        caption->buddy()->setAccessibleName(QString(caption->text()).remove(QLatin1Char('&')));
    fill(ui->receivedList, batch.received);
    fill(ui->notReceivedList, batch.notReceived);
    fill(ui->unknownList, batch.unknown, batch.whyUnknown);

    // Finishing an undo needs what it was putting back (the batch it undoes).
    const bool canFinish = !batch.notReceived.isEmpty() &&
                           (kind == journal::ChangeKind::Batch || batch.undone.has_value());
    const bool canUndo = !batch.received.isEmpty();
    ui->finishButton->setText(
        tr("&Finish: Send to %n Account(s)", nullptr, int(batch.notReceived.size())));
    ui->undoButton->setText(tr("&Undo on %n Account(s)", nullptr, int(batch.received.size())));
    ui->finishButton->setVisible(canFinish);
    ui->undoButton->setVisible(canUndo);
    ui->keepButton->setVisible(canUndo || !batch.notReceived.isEmpty());
    for (QPushButton *b : {ui->finishButton, ui->undoButton, ui->keepButton, ui->leaveButton})
        b->setAccessibleName(QString(b->text()).remove(QLatin1Char('&')));

    QStringList notes;
    if (batch.undoneAt.isValid())
        notes << tr("An undo of this batch was already sent on %1.")
                     .arg(HistoryText::when(batch.undoneAt));
    if (!batch.unknown.isEmpty())
        notes << tr("The accounts still unknown are neither finished nor undone: this question "
                    "comes back at the next start, and from History, until they can be read.");
    if (canUndo)
        notes << tr("Undo reads each account again first: one changed elsewhere since is not "
                    "overwritten unless you choose so.");
    ui->note->setText(notes.join(QLatin1Char(' ')));
    ui->note->setVisible(!notes.isEmpty());

    // Enter does the main action: finish what did not arrive; with nothing to finish, keep what
    // the reads learnt; with nothing learnt, leave it for later.
    QPushButton *main = canFinish                           ? ui->finishButton
                        : ui->keepButton->isVisibleTo(this) ? ui->keepButton
                                                            : ui->leaveButton;
    main->setDefault(true);
    main->setFocus(Qt::OtherFocusReason);
    connect(ui->finishButton, &QPushButton::clicked, this, [this] { answerWith(Answer::Finish); });
    connect(ui->undoButton, &QPushButton::clicked, this, [this] { answerWith(Answer::Undo); });
    connect(ui->keepButton, &QPushButton::clicked, this, [this] { answerWith(Answer::Keep); });
    connect(ui->leaveButton, &QPushButton::clicked, this, &QDialog::reject);
}

InterruptedBatchDialog::~InterruptedBatchDialog() = default;

void InterruptedBatchDialog::fill(QListWidget *list, const QStringList &accounts,
                                  const QHash<QString, QString> &why)
{
    for (const QString &id : accounts) {
        QString text = HistoryText::profile(id, m_titleOf ? m_titleOf(id) : QString());
        if (why.contains(id))
            text += QStringLiteral(" — ") + why.value(id);
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, id);
        item->setToolTip(text);
    }
    if (list->count() > 0)
        list->setCurrentRow(0);
}

QStringList InterruptedBatchDialog::listed(int column) const
{
    const QListWidget *list = column == 0   ? ui->receivedList
                              : column == 1 ? ui->notReceivedList
                                            : ui->unknownList;
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        ids << list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void InterruptedBatchDialog::answerWith(Answer answer)
{
    m_answer = answer;
    accept();
}

} // namespace whop::ui
