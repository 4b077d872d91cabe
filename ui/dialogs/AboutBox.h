#pragma once

#include <QMessageBox>

namespace whop::ui {

// Help → About: name, version, the Qt and QtKeychain versions, licence and project link.
// Window-modal and without a nested event loop (QMessageBox::about would run one); Enter and
// Escape close it.
class AboutBox : public QMessageBox
{
    Q_OBJECT
public:
    static void openFor(QWidget *parent);

private:
    explicit AboutBox(QWidget *parent);
};

} // namespace whop::ui
