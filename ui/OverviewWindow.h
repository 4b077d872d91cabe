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
}
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
class OverviewWindow : public QDialog
{
    Q_OBJECT
public:
    OverviewWindow(app::AppSession *session, QWidget *parent = nullptr);
    ~OverviewWindow() override;

    // The window of `parent`, made on first use, shown, raised and started afresh.
    static OverviewWindow *showFor(app::AppSession *session, QWidget *parent);

    // Reads everything again, with the session's current identity and user.
    void reload();

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

    std::unique_ptr<Ui::OverviewWindow> ui;
    app::AppSession *m_session;
    avatar::LogoCache *m_logos;
    overview::AccountOverview *m_overview;
    overview::OverviewModel *m_model;
    overview::OverviewFilterModel *m_filter;
    QTimer m_visibleTimer;
    int m_rateWaitMs = 0;
    QString m_shownFor; // the identity and user the rows were read for
};

} // namespace whop::ui
