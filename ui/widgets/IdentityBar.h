#pragma once

#include <QPointer>
#include <QWidget>

#include "ui/dialogs/AddIdentityDialog.h"

class QAction;
class QToolButton;

namespace whop::app {
class AppSession;
}

namespace whop::ui {

class ElidingComboBox;

// The identity switcher of the main window: lists the demo and every identity (label,
// environment, kind), asks Save / Discard / Cancel before leaving unsaved edits.
class IdentityBar : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityBar(app::AppSession *session, QWidget *parent = nullptr);

    // The tool buttons show these actions (from the window's Identity menu), which open the
    // dialogs: one QAction each for the menu item and the button.
    void useActions(QAction *add, QAction *manage);
    void openAddDialog();
    void openManageDialog();
    AddIdentityDialog *addDialog() const { return m_addDialog; }
    // Switches as if the person picked `identityId` ("" = demo) in the list.
    void requestSwitch(const QString &identityId);

private:
    void rebuild();
    void selectCurrent();

    app::AppSession *m_session;
    ElidingComboBox *m_combo;
    QToolButton *m_add;
    QToolButton *m_manage;
    QPointer<AddIdentityDialog> m_addDialog;
    bool m_rebuilding = false;
};

} // namespace whop::ui
