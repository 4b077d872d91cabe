#pragma once

// A small keyboard-only driver for journey-style widget tests: every step is a key event sent
// where a person's key press would go (the open pop-up, the focused widget, the active dialog),
// never a slot call or a click(); every check reads what is on screen. (A shared helper for this
// is being built in tests/journeys/; until it lands this one serves tst_journey_safe_save.)

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMainWindow>
#include <QPointer>
#include <QTest>

namespace whop::test::keys {

inline constexpr int WaitMs = 15000;

// Where a key pressed now goes; null when nothing has the keyboard.
inline QWidget *target()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup->focusWidget() ? popup->focusWidget() : popup;
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    return QApplication::activeWindow();
}

// When a dialog closes, a window manager gives the keyboard back to the window below; the
// offscreen platform leaves no window active, so this plays that part.
inline QWidget *targetAfterWaiting()
{
    if (QWidget *to = target())
        return to;
    QWidget *below = QApplication::activeModalWidget();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (!below && w->isVisible() && qobject_cast<QMainWindow *>(w))
            below = w;
    }
    if (!below)
        return nullptr;
    below->activateWindow();
    (void)QTest::qWaitForWindowActive(below, WaitMs);
    return target();
}

// Presses `key` there. False when nothing has the keyboard.
inline bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *to = targetAfterWaiting();
    if (!to)
        return false;
    QTest::keyClick(to, key, modifiers);
    return true;
}

// Types `text` (ASCII) one key at a time, each where the focus is at that moment.
inline bool type(const QString &text)
{
    for (const QChar c : text) {
        QWidget *to = targetAfterWaiting();
        if (!to)
            return false;
        QTest::keyClick(to, c.toLatin1());
    }
    return true;
}

// Shown now: the widget, its window, and some of it not covered.
inline bool isOnScreen(const QWidget *w)
{
    return w && w->isVisible() && w->window()->isVisible() && !w->visibleRegion().isEmpty();
}

// The text a label shows, or empty when it is not on screen.
inline QString shown(const QLabel *label)
{
    return isOnScreen(label) ? label->text() : QString();
}

// Waits for a dialog of type T in front, with the keyboard.
template <typename T> T *waitForDialog(int ms = WaitMs)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            found = qobject_cast<T *>(QApplication::activeModalWidget());
            return found && found->isVisible() && QApplication::activeWindow() == found;
        },
        ms);
    return found;
}

} // namespace whop::test::keys
