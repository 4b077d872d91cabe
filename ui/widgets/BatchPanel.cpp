#include "ui/widgets/BatchPanel.h"

#include "overview/OverviewModel.h"
#include "ui/PicturePicker.h"
#include "ui/PlainText.h"
#include "ui_BatchPanel.h"

#include <QHeaderView>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTimer>

namespace whop::ui {

using overview::BatchRun;
using overview::ValueSource;
using profile::Field;
using ItemState = BatchRun::ItemState;

namespace {
constexpr int MaxPreviewLines = 500; // the list stays quick; the summary counts them all

QString editorText(QWidget *editor)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return text->toPlainText();
    return {};
}
} // namespace

BatchPanel::BatchPanel(QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::BatchPanel>()), m_picker(new PicturePicker(this))
{
    ui->setupUi(this);
    followTextDirection(ui->bioEdit);
    m_fields = {{Field::Name, ui->nameCheck, ui->nameSource, ui->nameEdit, {}},
                {Field::Username, ui->usernameCheck, ui->usernameSource, ui->usernameEdit, {}},
                {Field::Bio, ui->bioCheck, ui->bioSource, ui->bioEdit, {}}};
    for (FieldRow &row : m_fields) {
        row.source->addItem(tr("Type a value"), int(ValueSource::Typed));
        row.source->addItem(tr("From the global profile"), int(ValueSource::Global));
        row.source->addItem(tr("From the current account"), int(ValueSource::Account));
        FieldRow *r = &row;
        connect(row.check, &QCheckBox::toggled, this, &BatchPanel::userChanged);
        connect(row.source, &QComboBox::activated, this, [this, r] { onSourceChosen(*r); });
        if (auto *line = qobject_cast<QLineEdit *>(row.editor))
            connect(line, &QLineEdit::textEdited, this, [this, r] {
                r->check->setChecked(true);
                userChanged();
            });
        if (auto *text = qobject_cast<QPlainTextEdit *>(row.editor))
            connect(text, &QPlainTextEdit::textChanged, this, [this, r] {
                if (r->editor->hasFocus())
                    r->check->setChecked(true);
                userChanged();
            });
    }
    ui->previewList->header()->setStretchLastSection(true);
    ui->previewList->setColumnWidth(0, 150);
    ui->previewList->setColumnWidth(1, 220);
    ui->batchProgress->hide();
    ui->cancelButton->hide();
    connect(ui->pictureCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_picture.isNull())
            m_picker->chooseFile();
        userChanged();
    });
    connect(ui->choosePictureButton, &QPushButton::clicked, m_picker, &PicturePicker::chooseFile);
    connect(m_picker, &PicturePicker::chosen, this, [this](const avatar::EncodedPicture &p) {
        m_picture = p;
        ui->pictureThumb->setPixmap(QPixmap::fromImage(
            p.preview.scaled(32, 32, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        ui->pictureCheck->setChecked(true);
        userChanged();
    });
    connect(m_picker, &PicturePicker::message, this, &BatchPanel::statusMessage);
    connect(ui->applyButton, &QPushButton::clicked, this, &BatchPanel::apply);
    connect(ui->cancelButton, &QPushButton::clicked, this, &BatchPanel::cancel);
    connect(ui->retryFailedButton, &QPushButton::clicked, this, &BatchPanel::retryFailed);
    connect(ui->undoButton, &QPushButton::clicked, this, &BatchPanel::undo);
    // The bio takes Enter for new lines: Ctrl+Enter applies from anywhere in the panel.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this, this, &BatchPanel::apply);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
    syncButtons();
}

BatchPanel::~BatchPanel() = default;

void BatchPanel::bind(overview::AccountOverview *overview, overview::OverviewModel *model)
{
    m_overview = overview;
    m_model = model;
    // A row read meanwhile (selected, or the one a value is taken from) changes the preview.
    connect(overview, &overview::AccountOverview::rowChanged, this, [this] {
        if (!isRunning())
            replanSoon();
    });
    connect(overview, &overview::AccountOverview::referenceChanged, this, &BatchPanel::replanSoon);
    connect(overview, &overview::AccountOverview::reset, this, &BatchPanel::clear);
}

void BatchPanel::clear()
{
    if (m_run && m_run->isRunning())
        m_run->cancel();
    if (m_restore && m_restore->isRunning())
        m_restore->cancel();
    m_restore.reset();
    m_run.reset();
    m_rows.clear();
    m_currentRow = -1;
    m_picture = {};
    ui->pictureThumb->clear();
    ui->pictureCheck->setChecked(false);
    for (FieldRow &row : m_fields) {
        row.check->setChecked(false);
        row.source->setCurrentIndex(0);
        row.accountId.clear();
        if (auto *line = qobject_cast<QLineEdit *>(row.editor))
            line->clear();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(row.editor))
            text->clear();
    }
    ui->batchStatus->clear();
    ui->batchProgress->hide();
    if (m_model)
        m_model->clearResults();
    replan();
}

void BatchPanel::setSelection(const QList<int> &rows, int currentRow)
{
    m_rows = rows;
    m_currentRow = currentRow;
    if (m_overview)
        m_overview->ensureLoaded(rows); // the preview needs what each one shows now
    userChanged();
}

void BatchPanel::onSourceChosen(FieldRow &row)
{
    const auto source = ValueSource(row.source->currentData().toInt());
    row.accountId.clear();
    if (source == ValueSource::Account && m_overview && m_currentRow >= 0) {
        row.accountId = m_overview->row(m_currentRow).account.id;
        m_overview->ensureLoaded({m_currentRow});
    }
    row.editor->setEnabled(source == ValueSource::Typed);
    row.check->setChecked(true);
    userChanged();
}

overview::BatchChoices BatchPanel::choices() const
{
    overview::BatchChoices c;
    for (const FieldRow &row : m_fields) {
        c[row.field] = {row.check->isChecked(), ValueSource(row.source->currentData().toInt()),
                        editorText(row.editor), row.accountId};
    }
    c.picture = ui->pictureCheck->isChecked() && !m_picture.isNull();
    return c;
}

QString BatchPanel::fieldValueText(const FieldRow &row) const
{
    if (!m_overview)
        return {};
    const int source = m_overview->indexOf(row.accountId);
    QString title = source >= 0 ? m_overview->row(source).account.title : QString();
    if (title.isEmpty()) // an account without a title: its id, never an empty name
        title = row.accountId;
    return tr("%1 from “%2”").arg(row.check->text().remove(QLatin1Char('&')), title);
}

void BatchPanel::userChanged()
{
    // The results of the last batch stay in the table; the list goes back to the preview.
    m_showingResults = false;
    replanSoon();
}

void BatchPanel::replanSoon()
{
    if (m_replanQueued)
        return;
    m_replanQueued = true;
    QTimer::singleShot(0, this, &BatchPanel::replan);
}

void BatchPanel::replan()
{
    m_replanQueued = false;
    if (isRunning())
        return;
    const bool hasGlobal = m_overview && m_overview->route().hasGlobal;
    QStringList notes;
    for (FieldRow &row : m_fields) {
        // An API key cannot read the global profile: that source is offered disabled, with why.
        if (auto *model = qobject_cast<QStandardItemModel *>(row.source->model()))
            model->item(1)->setEnabled(hasGlobal);
        if (row.check->isChecked() &&
            ValueSource(row.source->currentData().toInt()) == ValueSource::Account)
            notes << fieldValueText(row);
    }
    if (!hasGlobal)
        notes << tr("An API key cannot read your global profile, so “From the global profile” "
                    "is not available.");
    if (ui->pictureCheck->isChecked())
        notes << tr("The picture is uploaded once, and the same file is attached to every "
                    "account that changes.");
    ui->sourceNote->setText(notes.join(QLatin1Char('\n')));
    ui->sourceNote->setVisible(!notes.isEmpty());
    ui->selectionLabel->setText(m_rows.isEmpty()
                                    ? tr("Select accounts in the list (Shift+arrows, Ctrl+A).")
                                    : tr("%n account(s) selected.", nullptr, int(m_rows.size())));

    m_plan =
        m_overview ? overview::planBatch(*m_overview, m_rows, choices()) : overview::BatchPlan{};
    if (!m_showingResults)
        showItems();
    QStringList summary;
    if (!m_plan.problem.isEmpty())
        summary << m_plan.problem;
    else if (choices().isEmpty())
        summary << tr("Choose what to change.");
    else {
        summary << tr("%n account(s) will change.", nullptr, int(m_plan.items.size()));
        if (!m_plan.unchanged.isEmpty())
            summary << tr("%n already show(s) these values: nothing is sent to them.", nullptr,
                          int(m_plan.unchanged.size()));
        if (!m_plan.notReady.isEmpty())
            summary << tr("Reading %n account(s)…", nullptr, int(m_plan.notReady.size()));
        if (!m_plan.unreadable.isEmpty())
            summary << tr("%n could not be read: retry them first (Ctrl+R).", nullptr,
                          int(m_plan.unreadable.size()));
    }
    ui->planSummary->setText(summary.join(QLatin1Char(' ')));
    ui->applyButton->setText(
        m_plan.items.isEmpty() ? tr("&Apply")
                               : tr("&Apply to %n Account(s)", nullptr, int(m_plan.items.size())));
    syncButtons();
}

void BatchPanel::showItems()
{
    ui->previewList->clear();
    if (m_showingResults && m_restore) { // the undo: what each account gets back
        showRestoreItems();
        return;
    }
    const QList<overview::BatchItem> &items =
        m_showingResults && m_run ? m_run->items() : m_plan.items;
    QList<QTreeWidgetItem *> lines;
    for (int i = 0; i < items.size() && i < MaxPreviewLines; ++i) {
        auto *line = new QTreeWidgetItem(
            {items.at(i).account.title, overview::describeItem(items.at(i)), QString()});
        line->setToolTip(0, plainToolTip(items.at(i).account.id));
        line->setToolTip(1, plainToolTip(overview::describeItem(items.at(i))));
        lines << line;
    }
    ui->previewList->addTopLevelItems(lines);
    if (m_showingResults && m_run) {
        for (int i = 0; i < lines.size(); ++i)
            updateItem(i);
    }
}

void BatchPanel::updateItem(int index)
{
    if (!m_run || !m_showingResults || index >= ui->previewList->topLevelItemCount())
        return;
    QTreeWidgetItem *line = ui->previewList->topLevelItem(index);
    const QString text = m_run->outcomeText(index);
    line->setText(2, text);
    line->setToolTip(2, plainToolTip(text));
}

void BatchPanel::startRun(std::unique_ptr<BatchRun> run)
{
    m_restore.reset();
    m_run = std::move(run);
    m_showingResults = true;
    m_run->showResultsIn(m_model);
    connect(m_run.get(), &BatchRun::itemChanged, this, &BatchPanel::updateItem);
    connect(m_run.get(), &BatchRun::progress, this, [this](int, int total) {
        // Answered accounts: after a cancel the bar shows how far it got, not a full bar.
        ui->batchProgress->setMaximum(total);
        ui->batchProgress->setValue(m_run->count(ItemState::Applied) +
                                    m_run->count(ItemState::Failed));
        ui->batchStatus->setText(m_run->summary());
    });
    connect(m_run.get(), &BatchRun::finished, this, &BatchPanel::onFinished);
    if (auto *uploader = m_run->uploader()) {
        connect(uploader, &avatar::PictureUploader::stepChanged, this, [this](avatar::SaveStep s) {
            if (s != avatar::SaveStep::None)
                ui->batchStatus->setText(avatar::saveStepTitle(s) + QChar(0x2026));
        });
    }
    ui->batchProgress->setRange(0, m_run->total());
    ui->batchProgress->setValue(0);
    ui->batchProgress->show();
    m_run->start();
    showItems();
    syncButtons();
    ui->cancelButton->setFocus();
}

void BatchPanel::setSendingAllowed(bool allowed)
{
    m_sendingAllowed = allowed;
    syncButtons();
}

void BatchPanel::apply()
{
    if (isRunning() || !m_sendingAllowed || !m_overview || !m_plan.canApply())
        return;
    const bool picture = std::any_of(m_plan.items.begin(), m_plan.items.end(),
                                     [](const overview::BatchItem &i) { return i.picture; });
    startRun(std::make_unique<BatchRun>(m_overview, m_plan.items, BatchRun::Kind::Apply,
                                        picture ? m_picture : avatar::EncodedPicture{}));
}

void BatchPanel::cancel()
{
    if (!isRunning())
        return;
    if (m_restore && m_restore->isRunning())
        m_restore->cancel();
    else
        m_run->cancel();
    if (isRunning())
        ui->batchStatus->setText(tr("Cancelling: waiting for the answers to what was already "
                                    "sent…"));
    syncButtons();
}

void BatchPanel::retryFailed()
{
    if (!m_run || isRunning() || !m_sendingAllowed)
        return;
    m_showingResults = true;
    showItems();
    m_run->retryFailed();
    ui->batchProgress->show();
    syncButtons();
}

void BatchPanel::onFinished()
{
    QString text = m_run->summary();
    if (m_run->count(ItemState::Failed) > 0)
        text += QLatin1Char(' ') + tr("Where an answer was lost, the account was read again and "
                                      "shows what it holds now. Retry Failed sends again.");
    if (m_run->kind() == BatchRun::Kind::Apply && m_run->hasPicture() &&
        m_run->count(ItemState::Applied) > 0)
        text += QLatin1Char(' ') + tr("Undo puts back names, usernames and bios, and an earlier "
                                      "picture only where this editor had set it (Whop gives no "
                                      "file for a picture set elsewhere).");
    ui->batchStatus->setText(text);
    QStringList changed;
    for (int i = 0; i < m_run->total(); ++i) {
        if (m_run->state(i) == ItemState::Applied)
            changed << m_run->items().at(i).account.id;
    }
    replan(); // what is left to change now (the list keeps the results)
    Q_EMIT statusMessage(text);
    if (!changed.isEmpty())
        Q_EMIT applied(changed);
    if (ui->undoButton->isEnabled() && (ui->cancelButton->hasFocus() || !focusWidget()))
        ui->undoButton->setFocus();
}

void BatchPanel::syncButtons()
{
    const bool running = isRunning();
    ui->changeGroup->setEnabled(!running && m_sendingAllowed);
    ui->applyButton->setEnabled(!running && m_sendingAllowed && m_plan.canApply());
    ui->cancelButton->setVisible(running);
    const bool cancelling = m_restore && m_restore->isRunning() ? m_restore->isCancelling()
                                                                : m_run && m_run->isCancelling();
    ui->cancelButton->setEnabled(running && !cancelling);
    // Once undone, the batch is not sent again (the undo is what the accounts got last).
    const bool failed = m_run && !running && !m_restore &&
                        (m_run->count(ItemState::Failed) + m_run->count(ItemState::NotSent)) > 0;
    ui->retryFailedButton->setEnabled(failed && m_sendingAllowed);
    ui->undoButton->setEnabled(m_run && !running && !m_restore && m_sendingAllowed &&
                               m_run->kind() == BatchRun::Kind::Apply &&
                               m_run->count(ItemState::Applied) > 0);
    for (const FieldRow &row : m_fields)
        row.editor->setEnabled(ValueSource(row.source->currentData().toInt()) ==
                               ValueSource::Typed);
}

} // namespace whop::ui
