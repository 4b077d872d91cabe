#pragma once

#include "session/Notice.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace whop::ui {

// The message strip above the form (after KDE's KMessageWidget): shows one notice at a time,
// coloured by its kind, with a button named for what its action does and a close button. It
// holds the notice it shows; what to do on the action is left to the window.
class NoticeBanner : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    void showNotice(const app::Notice &notice);
    void clear();
    const app::Notice &notice() const { return m_notice; }
    // The message while the banner is on screen, else empty.
    QString text() const;

    // The caption of an action's button, e.g. "Retry".
    static QString actionText(app::Notice::Action action);

Q_SIGNALS:
    void actionTriggered(whop::app::Notice::Action action);
    void dismissed();

private:
    void applyColours();

    app::Notice m_notice;
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_secondAction;
    QToolButton *m_close;
};

} // namespace whop::ui
