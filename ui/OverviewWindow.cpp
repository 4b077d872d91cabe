#include "ui/OverviewWindow.h"

#include "avatar/LogoCache.h"
#include "overview/AccountOverview.h"
#include "overview/OverviewFilterModel.h"
#include "overview/OverviewModel.h"
#include "session/AppSession.h"
#include "session/IdentityBinding.h"
#include "ui/widgets/BatchPanel.h"
#include "ui_OverviewWindow.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>

namespace whop::ui {

using overview::AccountOverview;
using overview::OverviewFilterModel;
using overview::OverviewModel;
using State = overview::OverviewRow::State;

namespace {

// The app's routing rules (AppSession::applyMode): a user token reads /users/me?account_id= and
// has a global profile; an API key reads /users/{id}?account_id= for the user chosen in the main
// window and compares with its own account.
overview::OverviewRoute routeOf(const app::AppSession *session)
{
    overview::OverviewRoute route;
    const auth::Identity *identity = session->activeIdentity();
    const bool apiKey = identity && identity->isApiKey();
    route.user = session->editor()->target().user;
    route.hasGlobal = !apiKey;
    if (apiKey) {
        route.user = session->mode().user;
        route.referenceAccountId = identity->accountId;
    }
    return route;
}

// Who the rows belong to: another identity or user means other accounts and other values.
QString whoFor(const app::AppSession *session)
{
    return QStringLiteral("%1|%2|%3")
        .arg(session->isDemo() ? QStringLiteral("demo") : session->activeIdentityId(),
             routeOf(session).user, session->baseUrl().toString());
}

} // namespace

OverviewWindow::OverviewWindow(app::AppSession *session, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::OverviewWindow>()), m_session(session),
      m_binding(new app::IdentityBinding(session, this)),
      m_logos(new avatar::LogoCache(session->networkAccessManager(), 48, this)),
      // Everything this window sends goes through its own client, bound to its identity.
      m_overview(new AccountOverview(m_binding->client(), this)),
      m_model(new OverviewModel(m_overview, m_logos, this)),
      m_filter(new OverviewFilterModel(m_overview, this))
{
    ui->setupUi(this);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_filter->setSourceModel(m_model);
    ui->accountTable->setModel(m_filter);
    ui->accountTable->setIconSize(QSize(24, 24));
    ui->accountTable->verticalHeader()->hide();
    ui->accountTable->verticalHeader()->setDefaultSectionSize(30);
    ui->accountTable->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {190, 130, 110, 160, 130, 150};
    for (int c = 0; c < int(std::size(widths)); ++c)
        ui->accountTable->setColumnWidth(c, widths[c]);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    ui->splitter->setSizes({700, 460});
    ui->batchPanel->bind(m_overview, m_model);
    // Batches record each change in the journal of the window's identity before sending it.
    m_overview->setJournalProvider(m_binding->journalProvider());
    ui->orderCombo->addItem(tr("List order"), int(OverviewFilterModel::Order::List));
    ui->orderCombo->addItem(tr("Differing from global first"),
                            int(OverviewFilterModel::Order::DiffersFirst));
    ui->loadProgress->hide();

    m_visibleTimer.setSingleShot(true);
    m_visibleTimer.setInterval(40); // rows flying past while scrolling fast are not read
    connect(&m_visibleTimer, &QTimer::timeout, this, &OverviewWindow::updateVisibleRows);
    connect(ui->accountTable->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &OverviewWindow::scheduleVisibleRows);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            &OverviewWindow::scheduleVisibleRows);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this,
            &OverviewWindow::scheduleVisibleRows);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &OverviewWindow::scheduleVisibleRows);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &OverviewWindow::scheduleVisibleRows);
    ui->accountTable->viewport()->installEventFilter(this);
    ui->filterEdit->installEventFilter(this);

    connect(ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        updateStatus();
    });
    connect(ui->orderCombo, &QComboBox::activated, this, [this] {
        m_filter->setOrder(OverviewFilterModel::Order(ui->orderCombo->currentData().toInt()));
    });
    connect(ui->accountTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OverviewWindow::onSelectionChanged);
    connect(ui->accountTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OverviewWindow::onSelectionChanged);
    connect(ui->reloadButton, &QPushButton::clicked, this, &OverviewWindow::reload);
    connect(ui->retryRowsButton, &QPushButton::clicked, this, &OverviewWindow::retryRows);
    connect(ui->closeButton, &QPushButton::clicked, this, &OverviewWindow::reject);
    auto *reloadKey = new QShortcut(QKeySequence::Refresh, this, this, &OverviewWindow::reload);
    reloadKey->setObjectName(QStringLiteral("reloadShortcut"));
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this, this, &OverviewWindow::retryRows);
    new QShortcut(QKeySequence::Find, this, this, [this] { ui->filterEdit->setFocus(); });

    connect(m_overview, &AccountOverview::listStateChanged, this, &OverviewWindow::updateStatus);
    connect(m_overview, &AccountOverview::rowChanged, this, &OverviewWindow::updateStatus);
    connect(m_overview, &AccountOverview::referenceChanged, this, &OverviewWindow::updateStatus);
    connect(m_overview->scheduler(), &overview::RequestScheduler::paused, this, [this](int ms) {
        m_rateWaitMs = ms;
        updateStatus();
    });
    connect(ui->batchPanel, &BatchPanel::applied, this, &OverviewWindow::onApplied);
    // Another user of the same identity in the main window: this window follows it. Another
    // identity: it stays with its own (IdentityBinding), and says so.
    connect(session, &app::AppSession::modeChanged, this, [this] {
        if (isVisible() && m_binding->isCurrent() && m_shownFor != whoFor(m_session))
            reload();
    });
    connect(m_binding, &app::IdentityBinding::changed, this, &OverviewWindow::updateIdentity);
    connect(m_binding, &app::IdentityBinding::ended, this, &OverviewWindow::onBindingEnded);
    updateIdentity();
}

OverviewWindow::~OverviewWindow() = default;

OverviewWindow *OverviewWindow::showFor(app::AppSession *session, QWidget *parent)
{
    // The window of the identity in use; another identity's stays as it is.
    OverviewWindow *window = nullptr;
    for (auto *w : parent->findChildren<OverviewWindow *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (w->m_binding->isCurrent())
            window = w;
    }
    if (!window)
        window = new OverviewWindow(session, parent);
    if (!window->isVisible()) {
        // Opened again: it starts clean, with what Whop has now.
        window->ui->filterEdit->clear();
        window->ui->orderCombo->setCurrentIndex(0);
        window->m_filter->setOrder(OverviewFilterModel::Order::List);
        window->reload();
    }
    window->show();
    window->raise();
    window->activateWindow();
    window->ui->accountTable->setFocus();
    return window;
}

BatchPanel *OverviewWindow::batchPanel() const
{
    return ui->batchPanel;
}

QTableView *OverviewWindow::table() const
{
    return ui->accountTable;
}

QString OverviewWindow::statusText() const
{
    return ui->loadStatus->text();
}

void OverviewWindow::reload()
{
    if (ui->batchPanel->isRunning() || m_binding->hasEnded())
        return; // a batch's rows stay as they are until it ends; a gone identity reads nothing
    // While the main window uses another identity, the route stays the one this window's
    // identity was shown with.
    const overview::OverviewRoute route =
        m_binding->isCurrent() ? routeOf(m_session) : m_overview->route();
    m_overview->setRoute(route);
    if (m_binding->isCurrent())
        m_shownFor = whoFor(m_session);
    if (route.hasGlobal) {
        ui->routeNote->setText(tr("“inherits: …” means the account shows your global profile's "
                                  "value; other values are the account's own."));
    } else {
        QString account = m_binding->identity().accountTitle;
        if (account.isEmpty())
            account = route.referenceAccountId;
        // Never an empty name: what is not known yet (the user, the key's account) is said so.
        const QString why =
            route.user.isEmpty()
                ? tr("An API key cannot read a user's global profile, so an account's own values "
                     "cannot be told from inherited ones.")
                : tr("An API key cannot read %1's global profile, so an account's own values "
                     "cannot be told from inherited ones.")
                      .arg(route.user);
        const QString reference =
            account.isEmpty()
                ? tr("Accounts are compared with the key's own account, which is not known yet.")
                : tr("Accounts are compared with the key's own account “%1”.").arg(account);
        ui->routeNote->setText(why + QLatin1Char(' ') + reference);
    }
    ui->orderCombo->setItemText(1, route.hasGlobal ? tr("Differing from global first")
                                                   : tr("Differing from the key's account first"));
    if (!route.isValid()) {
        m_overview->cancel();
        ui->loadStatus->setText(tr("An API key edits a user inside each account: enter the user "
                                   "(user_… or a username) in the main window first."));
        return;
    }
    m_overview->load();
    scheduleVisibleRows();
}

void OverviewWindow::reject()
{
    if (ui->batchPanel->isRunning()) {
        ui->batchPanel->cancel();
        return;
    }
    m_overview->cancel();
    QDialog::reject();
    if (m_binding->hasEnded())
        deleteLater(); // never shown again: the main window opens a new one
}

void OverviewWindow::closeEvent(QCloseEvent *event)
{
    if (ui->batchPanel->isRunning()) {
        ui->batchPanel->cancel(); // what was sent is answered and listed; then it can close
        event->ignore();
        return;
    }
    m_overview->cancel();
    QDialog::closeEvent(event);
    if (m_binding->hasEnded())
        deleteLater();
}

bool OverviewWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->accountTable->viewport() && event->type() == QEvent::Resize)
        scheduleVisibleRows();
    if (watched == ui->filterEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_PageDown) {
            ui->accountTable->setFocus(Qt::TabFocusReason);
            if (!ui->accountTable->currentIndex().isValid() && m_filter->rowCount() > 0)
                ui->accountTable->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void OverviewWindow::scheduleVisibleRows()
{
    if (!m_visibleTimer.isActive())
        m_visibleTimer.start();
}

void OverviewWindow::updateVisibleRows()
{
    QTableView *table = ui->accountTable;
    if (!table->isVisible() || m_filter->rowCount() == 0) {
        m_filter->setVisibleRange(-1, -1);
        return;
    }
    const int first = table->rowAt(0);
    int last = table->rowAt(table->viewport()->height() - 1);
    if (last < 0)
        last = m_filter->rowCount() - 1;
    m_filter->setVisibleRange(first, first < 0 ? -1 : last);
}

void OverviewWindow::updateStatus()
{
    const int total = m_overview->rowCount();
    const int loaded = m_overview->count(State::Loaded);
    const int failed = m_overview->count(State::Failed);
    const int waiting = m_overview->count(State::Queued) + m_overview->count(State::Loading);
    QStringList parts;
    switch (m_overview->listState()) {
    case AccountOverview::ListState::Loading:
        parts << tr("Listing accounts… %n so far.", nullptr, total);
        break;
    case AccountOverview::ListState::Failed:
        parts << tr("The accounts could not be listed: %1 Reload (F5) tries again.")
                     .arg(m_overview->listError().userMessage());
        break;
    default:
        parts << tr("%n account(s).", nullptr, total);
        if (m_overview->isCut())
            parts << tr("Whop has more accounts: only the first %1 are listed.")
                         .arg(QLocale().toString(AccountOverview::MaxAccounts));
        break;
    }
    if (m_filter->filterText().size() > 0)
        parts << tr("%n shown.", nullptr, m_filter->rowCount());
    if (loaded + waiting > 0)
        parts << tr("%1 of %2 read.").arg(loaded).arg(total);
    if (failed > 0)
        parts << tr("%n could not be read (Ctrl+R retries).", nullptr, failed);
    if (m_overview->route().hasGlobal && m_overview->referenceState() == State::Failed)
        parts << tr("The global profile could not be read: %1")
                     .arg(m_overview->globalError().userMessage());
    if (m_overview->scheduler()->isPaused() && m_rateWaitMs > 0)
        parts << tr("Whop asked to slow down: waiting %1 s.")
                     .arg(QLocale().toString(m_rateWaitMs / 1000.0, 'f', 1));
    ui->loadStatus->setText(parts.join(QLatin1Char(' ')));
    const bool busy = m_overview->listState() == AccountOverview::ListState::Loading || waiting > 0;
    ui->loadProgress->setVisible(busy);
    if (m_overview->listState() == AccountOverview::ListState::Loading) {
        ui->loadProgress->setRange(0, 0);
    } else {
        ui->loadProgress->setRange(0, loaded + failed + waiting);
        ui->loadProgress->setValue(loaded + failed);
    }
    ui->retryRowsButton->setEnabled(!m_binding->hasEnded() &&
                                    (failed > 0 || m_overview->referenceState() == State::Failed));
}

void OverviewWindow::onSelectionChanged()
{
    QList<int> proxyRows;
    for (const QModelIndex &index : ui->accountTable->selectionModel()->selectedRows())
        proxyRows << index.row();
    std::sort(proxyRows.begin(), proxyRows.end());
    const QModelIndex current = ui->accountTable->currentIndex();
    const QList<int> currentRow =
        m_filter->sourceRows(current.isValid() ? QList<int>{current.row()} : QList<int>{});
    ui->batchPanel->setSelection(m_filter->sourceRows(proxyRows),
                                 currentRow.isEmpty() ? -1 : currentRow.first());
}

void OverviewWindow::retryRows()
{
    if (!m_binding->hasEnded())
        m_overview->retryFailed();
}

void OverviewWindow::onApplied(const QStringList &accountIds)
{
    // The main window shows one of these accounts: it follows, unless the person is editing or
    // it shows another identity.
    if (!m_binding->isCurrent())
        return;
    const QString shown = m_session->mode().accountId;
    if (!shown.isEmpty() && accountIds.contains(shown) && !m_session->editor()->isDirty() &&
        !m_session->editor()->isBusy())
        m_session->editor()->load();
}

QString OverviewWindow::identityText() const
{
    return ui->identityLine->text();
}

void OverviewWindow::updateIdentity()
{
    const QString name = m_binding->name();
    setWindowTitle(tr("All Accounts — %1").arg(name));
    QString text = tr("Identity: %1. Everything this window reads and sends uses it.").arg(name);
    if (m_binding->hasEnded())
        text = tr("Identity: %1.").arg(name) + QLatin1Char(' ') + m_binding->endReason();
    else if (!m_binding->isCurrent())
        text += QLatin1Char(' ') +
                tr("The main window now uses another identity; this window stays with this one. "
                   "All Accounts in the main window (Ctrl+Shift+A) opens a window for the other.");
    ui->identityLine->setText(text);
    ui->identityLine->setAccessibleDescription(text);
}

void OverviewWindow::onBindingEnded()
{
    updateIdentity();
    // What was sent is answered and listed; nothing more is sent (the client refuses it too).
    if (ui->batchPanel->isRunning())
        ui->batchPanel->cancel();
    else
        m_overview->cancel();
    ui->batchPanel->setSendingAllowed(false);
    ui->reloadButton->setEnabled(false);
    ui->retryRowsButton->setEnabled(false);
    if (!isVisible())
        deleteLater();
}

} // namespace whop::ui
