#include "ui/dialogs/AccountPickerDialog.h"

#include "avatar/LogoCache.h"
#include "session/AccountDirectory.h"
#include "ui/AppStyle.h"
#include "ui/PlainText.h"
#include "ui_AccountPickerDialog.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace whop::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;
constexpr int LogoRole = Qt::UserRole + 3;
constexpr int TitleRole = Qt::UserRole + 4;
} // namespace

AccountPickerDialog::AccountPickerDialog(app::AccountDirectory *directory, avatar::LogoCache *logos,
                                         QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::AccountPickerDialog>()), m_directory(directory),
      m_logos(logos), m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    ui->accountList->setModel(m_proxy);
    ui->accountList->setIconSize(QSize(32, 32));
    ui->accountIdError->hide();
    ui->filter->installEventFilter(this);
    QPushButton *open = ui->buttons->button(QDialogButtonBox::Open);
    open->setObjectName(QStringLiteral("openButton"));
    open->setDefault(true); // Enter in the id field opens what was typed
    ui->accountList->installEventFilter(this);

    connect(ui->filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!ui->accountList->currentIndex().isValid() && m_proxy->rowCount() > 0)
            ui->accountList->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(ui->accountList, &QListView::activated, this, &AccountPickerDialog::choose);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &AccountPickerDialog::choose);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->accountId, &QLineEdit::textChanged, this, &AccountPickerDialog::validate);

    connect(directory, &app::AccountDirectory::pageLoaded, this, [this](int count) {
        ui->status->setText(tr("Loading accounts… %1 so far.").arg(count));
        fill();
    });
    connect(directory, &app::AccountDirectory::finished, this, [this] {
        fill();
        if (m_directory->isCut()) {
            ui->status->setText(tr("Whop has more accounts: only the first %1 are listed. Type "
                                   "the id of another one below.")
                                    .arg(QLocale().toString(app::AccountDirectory::MaxAccounts)));
            return;
        }
        ui->status->setText(
            m_directory->accounts().isEmpty()
                ? tr("No accounts. You can still type an account id below.")
                : tr("%n account(s).", nullptr, int(m_directory->accounts().size())));
    });
    connect(directory, &app::AccountDirectory::failed, this, [this](const api::ApiError &e) {
        ui->status->setText(tr("The accounts could not be listed: %1 You can still type an "
                               "account id below.")
                                .arg(e.userMessage()));
    });
    connect(logos, &avatar::LogoCache::logoReady, this, [this](const QUrl &url) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QStandardItem *item = m_model->item(row);
            if (item->data(LogoRole).toUrl() == url)
                showLogo(item);
        }
    });
    fill();
    ui->status->setText(tr("Loading accounts…"));
    directory->load();
    ui->filter->setFocus();
}

AccountPickerDialog::~AccountPickerDialog() = default;

int AccountPickerDialog::visibleCount() const
{
    return m_proxy->rowCount();
}

QString AccountPickerDialog::statusText() const
{
    return ui->status->text();
}

void AccountPickerDialog::fill()
{
    const auto &accounts = m_directory->accounts();
    for (int i = m_model->rowCount(); i < accounts.size(); ++i) {
        const api::Account &a = accounts.at(i);
        auto *item = new QStandardItem(QStringLiteral("%1\n%2").arg(a.title, a.id));
        item->setData(a.id, IdRole);
        item->setData(QStringLiteral("%1 %2").arg(a.title, a.id), SearchRole);
        item->setData(a.logoUrl, LogoRole);
        item->setData(a.title.isEmpty() ? a.id : a.title, TitleRole); // never an empty name
        item->setToolTip(plainToolTip(a.id));
        if (m_logos->contains(a.logoUrl))
            showLogo(item);
        else
            m_logos->request(a.logoUrl);
        m_model->appendRow(item);
    }
    if (!ui->accountList->currentIndex().isValid() && m_proxy->rowCount() > 0)
        ui->accountList->setCurrentIndex(m_proxy->index(0, 0));
}

void AccountPickerDialog::showLogo(QStandardItem *item) const
{
    item->setIcon(QIcon(QPixmap::fromImage(m_logos->logo(item->data(LogoRole).toUrl()))));
    // The logo's text alternative, read after the row's title and id.
    item->setData(tr("Logo of %1").arg(item->data(TitleRole).toString()),
                  Qt::AccessibleDescriptionRole);
}

bool AccountPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the list chooses the current account once (the view would also pass the key
    // on to the dialog's default button).
    if (watched == ui->accountList && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            choose();
            return true;
        }
    }
    if (watched == ui->filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown ||
            key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(ui->accountList, event);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            choose();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AccountPickerDialog::validate()
{
    const QString typed = ui->accountId->text().trimmed();
    const bool bad = !typed.isEmpty() && !api::isAccountId(typed);
    ui->accountIdError->setText(bad ? tr("An account id is biz_ followed by letters and digits.")
                                    : QString());
    showAsAlert(ui->accountIdError, true);
    ui->accountIdError->setVisible(bad);
}

void AccountPickerDialog::choose()
{
    const QString typed = ui->accountId->text().trimmed();
    if (!typed.isEmpty()) {
        if (!api::isAccountId(typed)) {
            validate();
            ui->accountId->setFocus();
            return;
        }
        const api::Account *known = m_directory->find(typed);
        m_chosen = known ? *known : api::Account{typed, typed, {}, {}};
        accept();
        return;
    }
    const QModelIndex index = ui->accountList->currentIndex();
    if (!index.isValid())
        return;
    const api::Account *account = m_directory->find(index.data(IdRole).toString());
    if (!account)
        return;
    m_chosen = *account;
    accept();
}

} // namespace whop::ui
