#pragma once

// A person at the keyboard: key events go only where the keyboard goes (the focused widget, or
// the active window when nothing has focus), and what the test learns it reads off the screen
// (labels, lists, which widget has focus). No slot is called and nothing is clicked.

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMainWindow>
#include <QTest>
#include <QTreeWidget>
#include <QWidget>

namespace whop::test {

class KeyboardJourney
{
public:
    // Where a key press goes now.
    static QWidget *keyTarget()
    {
        if (QWidget *w = QApplication::focusWidget())
            return w;
        if (QWidget *modal = QApplication::activeModalWidget())
            return modal;
        return QApplication::activeWindow();
    }
    static QString focusName()
    {
        const QWidget *w = QApplication::focusWidget();
        return w ? w->objectName() : QString();
    }
    // How long a person waits for something (the local sandbox's answer, a dialog).
    static constexpr int WaitMs = 15000;

    // When a dialog closes, a window manager gives the keyboard back to the window below; the
    // offscreen platform leaves no window active, so this plays that part.
    static void activateWindowBelow()
    {
        if (keyTarget())
            return;
        QWidget *below = QApplication::activeModalWidget();
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (!below && w->isVisible() && qobject_cast<QMainWindow *>(w))
                below = w;
        }
        if (!below)
            return;
        below->activateWindow();
        (void)QTest::qWaitForWindowActive(below, WaitMs);
    }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        activateWindowBelow();
        QWidget *target = keyTarget();
        QVERIFY2(target, "nothing can take a key press");
        QTest::keyClick(target, key, modifiers);
    }
    static void type(const QString &text)
    {
        activateWindowBelow();
        QWidget *target = keyTarget();
        QVERIFY2(target, "nothing can take typing");
        QTest::keyClicks(target, text);
    }
    // Presses Tab until the widget named `objectName` has focus; false after `maxPresses`.
    static bool tabTo(const QString &objectName, int maxPresses = 40)
    {
        for (int i = 0; i < maxPresses; ++i) {
            if (focusName() == objectName)
                return true;
            QWidget *target = keyTarget();
            if (!target)
                return false;
            QTest::keyClick(target, Qt::Key_Tab);
        }
        return focusName() == objectName;
    }
    // On screen: shown, in a shown window, and not all of it covered.
    static bool isOnScreen(const QWidget *w)
    {
        return w && w->isVisible() && w->window()->isVisible() && !w->visibleRegion().isEmpty();
    }
    // The text `label` shows; empty when it is not on screen.
    static QString shown(const QLabel *label)
    {
        return isOnScreen(label) ? label->text() : QString();
    }
    // Waits for a dialog of type T in front of everything, with the keyboard.
    template <typename T> static T *waitForDialog(int ms = WaitMs)
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
    // What a label in `window` shows.
    static QString textOf(const QWidget *window, const QString &objectName)
    {
        const auto *label = window->findChild<QLabel *>(objectName);
        return label ? label->text() : QString();
    }
    // The lines a tree or list shows, each line's columns joined by " | ".
    static QStringList linesOf(const QTreeWidget *tree)
    {
        QStringList lines;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QStringList columns;
            for (int c = 0; c < tree->columnCount(); ++c)
                columns << tree->topLevelItem(i)->text(c);
            lines << columns.join(QStringLiteral(" | "));
        }
        return lines;
    }
};

} // namespace whop::test
