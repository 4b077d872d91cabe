#pragma once

#include "api/Account.h"

#include <QDialog>

class QStandardItem;

#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class AccountPickerDialog;
}
namespace whop::app {
class AccountDirectory;
}
namespace whop::avatar {
class LogoCache;
}

namespace whop::ui {

// Picks the account whose profile to edit: every page of GET /accounts, with logos, a filter
// box (arrow keys move in the list while typing), or an id typed by hand.
class AccountPickerDialog : public QDialog
{
    Q_OBJECT
public:
    AccountPickerDialog(app::AccountDirectory *directory, avatar::LogoCache *logos,
                        QWidget *parent = nullptr);
    ~AccountPickerDialog() override;

    api::Account chosenAccount() const { return m_chosen; }
    int visibleCount() const;
    QString statusText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    void showLogo(QStandardItem *item) const;
    void choose();
    void validate();

    std::unique_ptr<Ui::AccountPickerDialog> ui;
    app::AccountDirectory *m_directory;
    avatar::LogoCache *m_logos;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    api::Account m_chosen;
};

} // namespace whop::ui
