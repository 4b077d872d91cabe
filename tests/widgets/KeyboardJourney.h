#pragma once

// A person at the keyboard: key events go only where the keyboard goes (the focused widget, or
// the active window when nothing has focus), and what the test learns it reads off the screen
// (labels, lists, which widget has focus). No slot is called and nothing is clicked.

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
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
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = keyTarget();
        QVERIFY2(target, "nothing can take a key press");
        QTest::keyClick(target, key, modifiers);
    }
    static void type(const QString &text)
    {
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
