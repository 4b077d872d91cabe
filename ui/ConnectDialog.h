#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}
namespace whop::app {
class AppSession;
}

namespace whop::ui {

// Paste a user token: checked once against Whop, then kept in the keychain (or, when the
// keychain fails and the person says so, in memory for this session only).
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(app::AppSession *session, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    QString statusText() const;

private:
    void start(bool sessionOnly);
    QUrl chosenBaseUrl() const;
    void setWorking(bool working);

    std::unique_ptr<Ui::ConnectDialog> ui;
    app::AppSession *m_session;
};

} // namespace whop::ui
