#pragma once

#include <QDialog>
#include <QTimer>

#include <memory>

class QTableView;

namespace Ui {
class OverviewWindow;
}
namespace whop::app {
class AppSession;
class IdentityBinding;
} // namespace whop::app
namespace whop::avatar {
class LogoCache;
}
namespace whop::overview {
class AccountOverview;
class OverviewFilterModel;
class OverviewModel;
} // namespace whop::overview

namespace whop::ui {

class BatchPanel;

// Every account the identity reaches, with the profile each one shows, and the batch panel that
// applies one change to many of them. Opened from the main window (Profile → All Accounts…,
// Ctrl+Shift+A); not modal. Rows are read as they scroll into view.
//
// A window belongs to the identity the main window used when it was opened (IdentityBinding):
// its rows, reads, batches, retries and undo use that identity's credential and base URL and its
// change journal, whatever the main window switches to; its title and a line at the top name
// it. After a switch it stays open (a running batch goes on) and the main window's All Accounts
// opens another window for the identity in use there. When its identity is removed or must
// sign in again, it sends nothing more and says why; what was done stays listed.
class OverviewWindow : public QDialog
{
    Q_OBJECT
public:
    OverviewWindow(app::AppSession *session, QWidget *parent = nullptr);
    ~OverviewWindow() override;

    // The window of `parent` for the session's identity in use, made on first use, shown,
    // raised and (when it was closed) started afresh.
    static OverviewWindow *showFor(app::AppSession *session, QWidget *parent);

    // Reads everything again with the window's identity (and, while the main window uses that
    // identity, the user chosen there).
    void reload();

    app::IdentityBinding *binding() const { return m_binding; }
    // The line naming the window's identity (and why nothing is sent, once it has ended).
    QString identityText() const;
    overview::AccountOverview *overview() const { return m_overview; }
    overview::OverviewFilterModel *filterModel() const { return m_filter; }
    BatchPanel *batchPanel() const;
    QTableView *table() const;
    QString statusText() const;

public Q_SLOTS:
    // Escape: cancels a batch that is running; otherwise closes.
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleVisibleRows();
    void updateVisibleRows();
    void updateStatus();
    void onSelectionChanged();
    void retryRows();
    void onApplied(const QStringList &accountIds);
    void updateIdentity();
    void onBindingEnded();

    std::unique_ptr<Ui::OverviewWindow> ui;
    app::AppSession *m_session;
    app::IdentityBinding *m_binding;
    avatar::LogoCache *m_logos;
    overview::AccountOverview *m_overview;
    overview::OverviewModel *m_model;
    overview::OverviewFilterModel *m_filter;
    QTimer m_visibleTimer;
    int m_rateWaitMs = 0;
    QString m_shownFor; // the identity and user the rows were read for
};

} // namespace whop::ui
