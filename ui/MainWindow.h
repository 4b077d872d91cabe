#pragma once

#include "profile/ProfileEditor.h"
#include "ui/Prompts.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QProgressBar;

namespace Ui {
class MainWindow;
}

namespace whop::app {
class AppSession;
}
namespace whop::avatar {
class ImageFetcher;
}

namespace whop::ui {

class HistoryDialog;
class IdentityBar;
class RecoveryFlow;
class WindowCommands;

// The editor window. It only binds widgets to the ProfileEditor view-model of the session.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(app::AppSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The message currently shown in the banner (empty when hidden); for tests.
    QString bannerText() const;
    IdentityBar *identityBar() const { return m_identityBar; }
    WindowCommands *commands() const { return m_commands; }
    // Batches cut short by a crash, offered at the first load of each identity.
    RecoveryFlow *recovery() const { return m_recovery; }
    // Profile → History… (Ctrl+H).
    HistoryDialog *openHistory();

Q_SIGNALS:
    // The profile is on screen (first time after a load); the launch benchmark waits for it.
    void profileShown();
    // The first paint has begun (emitted before the window paints itself): work for another
    // thread can start now, while the children paint.
    void firstPaintStarted();
    // The window has been painted once; work that can wait starts after this.
    void firstPainted();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void bindEditor();
    void syncState();
    void showSnapshot();
    void discardEdits();
    void answerClose(Prompts::Unsaved answer);
    void updateTitle();
    void requestPicture();

    std::unique_ptr<Ui::MainWindow> ui;
    app::AppSession *m_session;
    profile::ProfileEditor *m_editor;
    avatar::ImageFetcher *m_fetcher;
    QLabel *m_statusLabel;
    QProgressBar *m_busy;
    IdentityBar *m_identityBar;
    WindowCommands *m_commands;
    RecoveryFlow *m_recovery;
    QUrl m_shownPicture;
    bool m_closeAfterSave = false;
    bool m_askingToClose = false;
    bool m_profileShown = false;
    bool m_watchingScreen = false;
    bool m_painted = false;
};

} // namespace whop::ui
