#include "ui/dialogs/HistoryDialog.h"

#include "history/HistoryModel.h"
#include "history/HistoryText.h"
#include "history/Restorer.h"
#include "session/AppSession.h"
#include "ui/Prompts.h"
#include "ui/RestoreRunner.h"
#include "ui_HistoryDialog.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace whop::ui {

using history::HistoryModel;
using Kind = HistoryModel::Node::Kind;

namespace {

constexpr int AnyOutcome = -1;

// The plan for what `node` stands for.
history::RestorePlan planFor(const HistoryModel::Node &node, const history::RestoreRoute &route)
{
    switch (node.kind) {
    case Kind::Field:
        return history::planChangeRestore(*node.change, node.field, route);
    case Kind::Account:
        return history::planChangeRestore(*node.change, -1, route);
    case Kind::Entry:
        if (node.change)
            return history::planChangeRestore(*node.change, -1, route);
        return history::planBatchRestore(*node.entry, route);
    case Kind::None:
        break;
    }
    return {};
}

} // namespace

HistoryDialog::HistoryDialog(app::AppSession *session, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::HistoryDialog>()), m_session(session),
      m_model(new HistoryModel(this))
{
    ui->setupUi(this);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_model->setAccountTitles(accountTitlesOf(session));
    ui->historyTree->setModel(m_model);
    const int widths[] = {172, 80, 170, 240};
    for (int c = 0; c < int(std::size(widths)); ++c)
        ui->historyTree->setColumnWidth(c, widths[c]);
    ui->historyTree->header()->setStretchLastSection(true);

    ui->outcomeCombo->addItem(tr("Any outcome"), AnyOutcome);
    for (history::Outcome o :
         {history::Outcome::Applied, history::Outcome::Refused, history::Outcome::Unknown,
          history::Outcome::Arrived, history::Outcome::DidNotArrive, history::Outcome::NotSent})
        ui->outcomeCombo->addItem(history::HistoryText::outcome(o), int(o));

    connect(ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setTextFilter(text);
        updateStatus();
    });
    connect(ui->outcomeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int o = ui->outcomeCombo->currentData().toInt();
        m_model->setOutcomeFilter(o == AnyOutcome ? std::nullopt
                                                  : std::optional(history::Outcome(o)));
        updateStatus();
    });
    connect(ui->everyProfileCheck, &QCheckBox::toggled, this, &HistoryDialog::reload);
    connect(ui->historyTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryDialog::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryDialog::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            ui->historyTree->setCurrentIndex(m_model->index(0, 0));
        onCurrentChanged();
    });
    connect(ui->restoreButton, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(ui->checkButton, &QPushButton::clicked, this, [this] {
        const HistoryModel::Node n = m_model->node(ui->historyTree->currentIndex());
        if (n.entry && HistoryModel::isOpen(*n.entry))
            Q_EMIT checkBatchRequested(n.entry->batchId);
    });
    // Enter in the filter goes to the list (it restores nothing); Down too.
    ui->filterEdit->installEventFilter(this);
    // Accounts are named once the identity's account list is read (ids until then).
    connect(session->accounts(), &app::AccountDirectory::finished, this,
            [this] { m_model->setAccountTitles(accountTitlesOf(m_session)); });
    // Another identity or profile in the main window: this window follows it.
    connect(session, &app::AppSession::modeChanged, this, [this] {
        if (isVisible())
            reload();
    });
}

HistoryDialog::~HistoryDialog() = default;

HistoryDialog *HistoryDialog::showFor(app::AppSession *session, QWidget *parent)
{
    auto *window = parent->findChild<HistoryDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!window)
        window = new HistoryDialog(session, parent);
    window->reload();
    window->show();
    window->raise();
    window->activateWindow();
    window->ui->filterEdit->setFocus();
    return window;
}

QTreeView *HistoryDialog::tree() const
{
    return ui->historyTree;
}

QString HistoryDialog::statusText() const
{
    return ui->historyStatus->text();
}

void HistoryDialog::reload()
{
    app::AccountDirectory *accounts = m_session->accounts();
    if (accounts->accounts().isEmpty() && !accounts->isLoading())
        accounts->load();
    const std::shared_ptr<journal::ChangeJournal> journal = m_session->journal();
    journal::ChangeFilter filter;
    if (!ui->everyProfileCheck->isChecked()) {
        const profile::ProfileEditor *editor = m_session->editor();
        filter.accountId = editor->target().accountId;
        if (editor->hasSnapshot())
            filter.userId = editor->snapshot().id;
    }
    m_model->setEntries(journal ? history::historyEntries(journal->read(), filter)
                                : QList<history::HistoryEntry>());
    updateStatus();
}

bool HistoryDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->filterEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            ui->historyTree->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void HistoryDialog::setStatus(const QString &text)
{
    m_note = text;
    updateStatus();
    Q_EMIT status(text);
}

void HistoryDialog::updateStatus()
{
    const profile::ProfileEditor *editor = m_session->editor();
    QString scope = ui->everyProfileCheck->isChecked()
                        ? tr("Every profile.")
                        : tr("This profile: %1.")
                              .arg(history::HistoryText::profile(
                                  editor->target().accountId,
                                  accountTitlesOf(m_session)(editor->target().accountId)));
    QString text = m_model->entryCount() == 0
                       ? tr("No changes recorded yet.")
                       : tr("%1 of %n change(s) shown.", nullptr, m_model->entryCount())
                             .arg(m_model->shownCount());
    text = scope + QLatin1Char(' ') + text;
    if (!m_note.isEmpty())
        text += QLatin1Char(' ') + m_note;
    ui->historyStatus->setText(text);
}

void HistoryDialog::onCurrentChanged()
{
    const QModelIndex current = ui->historyTree->currentIndex();
    const HistoryModel::Node n = m_model->node(current);
    ui->detailsText->setPlainText(current.data(HistoryModel::DetailsRole).toString());
    QString text = tr("&Restore…");
    switch (n.kind) {
    case Kind::Field:
        text = tr("&Restore This Field…");
        break;
    case Kind::Account:
        text = tr("&Restore This Account…");
        break;
    case Kind::Entry:
        text = n.change ? tr("&Restore This Change…") : tr("&Restore This Batch…");
        break;
    case Kind::None:
        break;
    }
    ui->restoreButton->setText(text);
    ui->restoreButton->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    ui->restoreButton->setEnabled(!m_restorer && m_model->isRestorable(current));
    ui->checkButton->setEnabled(n.entry && HistoryModel::isOpen(*n.entry));
}

void HistoryDialog::restoreSelected()
{
    if (m_restorer)
        return;
    const QModelIndex current = ui->historyTree->currentIndex();
    const HistoryModel::Node n = m_model->node(current);
    if (n.kind == Kind::None)
        return;
    const history::RestorePlan plan = planFor(n, restoreRouteOf(m_session));
    if (plan.isEmpty()) {
        setStatus(plan.notPossible.isEmpty()
                      ? tr("Nothing to put back: this change did not change anything.")
                      : tr("Nothing to put back. %1").arg(plan.notPossible.join(QLatin1Char(' '))));
        return;
    }
    QStringList lines;
    if (plan.targets.size() == 1) {
        const history::RestoreTarget &t = plan.targets.first();
        lines << tr("Put back on %1:")
                     .arg(history::HistoryText::profile(t.accountId(),
                                                        accountTitlesOf(m_session)(t.accountId())));
        for (const history::RestoreField &f : t.fields)
            lines << QStringLiteral("• %1 → %2")
                         .arg(history::HistoryText::fieldCaption(profile::fieldKey(f.field)),
                              history::HistoryText::quoted(f.wanted));
        if (!t.pictureFileId.isEmpty())
            lines << tr("• the earlier picture set here");
    } else {
        lines << tr("Put back the values before on %n account(s).", nullptr,
                    int(plan.targets.size()));
    }
    for (const QString &why : plan.notPossible)
        lines << tr("Not put back: %1").arg(why);
    lines << tr("Each profile is read again first: a field changed elsewhere since is not "
                "overwritten unless you choose so.");
    Prompts::confirm(this, tr("Restore"), lines.join(QLatin1Char('\n')), tr("Restore"),
                     [this, plan] {
                         runRestore(m_session, this, plan,
                                    {[this](const QString &t) { setStatus(t); },
                                     [this](history::Restorer *r) {
                                         m_restorer = r;
                                         onCurrentChanged();
                                     },
                                     [this](history::Restorer *) {
                                         m_restorer.clear();
                                         reload();
                                     }});
                     });
}

} // namespace whop::ui
