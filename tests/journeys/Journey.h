#pragma once

// Driving the app as a person does: every step is a key event delivered where the keyboard focus
// is (the keyboard grabber, the open pop-up, the focused widget of the active window), never a
// slot call or a button's click(); every check reads what is on screen (visible labels, buttons,
// fields, window titles). Used by the journey tests (tests/journeys/) and reusable by any widget
// test that wants to act through the keyboard.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStatusBar>
#include <QTest>
#include <QTextDocument>
#include <QWindow>

#include <functional>

namespace whop::journey {

// Default wait for something a person waits for (a reply from the local sandbox, a dialog).
constexpr int WaitMs = 20000;

// The widget a key pressed now reaches: the keyboard grabber, else the open pop-up (menu,
// combo box list), else the focused widget, else the active modal dialog, else the active
// window. Null when nothing has the keyboard: a key pressed then would go nowhere.
inline QWidget *keyTarget()
{
    if (QWidget *grabber = QWidget::keyboardGrabber())
        return grabber;
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup->focusWidget() ? popup->focusWidget() : popup;
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    return QApplication::activeWindow();
}

// Waits until some window has the keyboard. When the active window closes, a window manager
// gives the keyboard to the window below; the offscreen platform leaves none active, so this
// plays the window manager's part: the modal dialog still open, else the main window.
inline void activateWindowBelow()
{
    if (QApplication::activeWindow())
        return;
    QWidget *below = QApplication::activeModalWidget();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (!below && w->isVisible() && qobject_cast<QMainWindow *>(w))
            below = w;
    }
    if (below)
        below->activateWindow();
}

inline bool waitForKeyboard(int ms = WaitMs)
{
    if (keyTarget())
        return true;
    activateWindowBelow();
    return QTest::qWaitFor([] { return keyTarget() != nullptr; }, ms);
}

// Presses and releases `key` with `modifiers` where the keyboard is. False (with a warning) when
// nothing has the keyboard.
inline bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    if (!waitForKeyboard()) {
        qWarning("journey: no widget has the keyboard for key %x", int(key));
        return false;
    }
    QString text;
    if (!(modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        if (key >= Qt::Key_Space && key <= Qt::Key_AsciiTilde) {
            const auto c = QChar(int(key));
            text = (modifiers & Qt::ShiftModifier) ? QString(c.toUpper()) : QString(c.toLower());
        } else if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            text = QStringLiteral("\r");
        } else if (key == Qt::Key_Tab) {
            text = QStringLiteral("\t");
        } else if (key == Qt::Key_Escape) {
            text = QString(QChar(0x1b));
        }
    }
    QTest::sendKeyEvent(QTest::Click, keyTarget(), key, text, modifiers);
    return true;
}

// A shortcut as a person presses it, e.g. press(QKeySequence::Save) or
// press(QKeySequence("Ctrl+Shift+O")).
inline bool press(const QKeySequence &sequence)
{
    for (int i = 0; i < sequence.count(); ++i) {
        if (!press(sequence[i].key(), sequence[i].keyboardModifiers()))
            return false;
    }
    return true;
}

inline bool press(QKeySequence::StandardKey key)
{
    return press(QKeySequence(key));
}

// Types `text` one character at a time, each key going wherever the focus is at that moment.
// Line breaks are typed as Return.
inline bool type(const QString &text)
{
    for (const QChar c : text) {
        if (!waitForKeyboard())
            return false;
        if (c == QLatin1Char('\n')) {
            if (!press(Qt::Key_Return))
                return false;
            continue;
        }
        int key = Qt::Key_unknown;
        Qt::KeyboardModifiers modifiers = Qt::NoModifier;
        if (c.unicode() < 0x80 && c.isPrint()) {
            key = c.toUpper().unicode();
            if (c.isUpper())
                modifiers = Qt::ShiftModifier;
        }
        QTest::sendKeyEvent(QTest::Click, keyTarget(), Qt::Key(key), QString(c), modifiers);
    }
    return true;
}

// Pasting: `text` goes on the clipboard (as if copied in another program), then Ctrl+V.
inline bool paste(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    return press(QKeySequence::Paste);
}

// ---- What a person sees ----

// Whether `w` is on screen: shown, in a shown window, with nothing hiding it.
inline bool isOnScreen(const QWidget *w)
{
    return w && w->isVisible() && w->window()->isVisible() && !w->visibleRegion().isEmpty();
}

// The text `w` shows, as a person reads it (rich text as plain text, mnemonics without '&').
inline QString shownText(const QWidget *w)
{
    // A mnemonic's '&' is not shown; "&&" shows one '&'.
    auto plain = [](const QString &s) {
        QString shown;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s.at(i) == QLatin1Char('&') && i + 1 < s.size())
                ++i;
            shown += s.at(i);
        }
        return shown;
    };
    if (auto *label = qobject_cast<const QLabel *>(w)) {
        if (label->textFormat() == Qt::PlainText)
            return label->text();
        if (!Qt::mightBeRichText(label->text()))
            return label->buddy() ? plain(label->text()) : label->text();
        QTextDocument doc;
        doc.setHtml(label->text());
        return doc.toPlainText();
    }
    if (auto *button = qobject_cast<const QAbstractButton *>(w))
        return plain(button->text());
    if (auto *line = qobject_cast<const QLineEdit *>(w))
        return line->displayText();
    if (auto *edit = qobject_cast<const QPlainTextEdit *>(w))
        return edit->toPlainText();
    if (auto *combo = qobject_cast<const QComboBox *>(w))
        return combo->currentText();
    if (auto *box = qobject_cast<const QGroupBox *>(w))
        return plain(box->title());
    if (auto *view = qobject_cast<const QAbstractItemView *>(w)) // its current entry
        return view->currentIndex().data(Qt::DisplayRole).toString();
    return {};
}

// Every text on screen inside `root` (labels, buttons, fields, lists' current entries).
inline QStringList visibleTexts(const QWidget *root)
{
    QStringList texts;
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(const_cast<QWidget *>(root));
    for (const QWidget *w : std::as_const(all)) {
        if (!isOnScreen(w))
            continue;
        const QString text = shownText(w);
        if (!text.isEmpty())
            texts << text;
    }
    return texts;
}

inline bool showsText(const QWidget *root, const QString &text)
{
    if (!root || !root->isVisible())
        return false;
    const QStringList texts = visibleTexts(root);
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&](const QString &t) { return t.contains(text); });
}

// Waits until `root` shows `text` somewhere.
inline bool waitForText(const QWidget *root, const QString &text, int ms = WaitMs)
{
    QPointer<const QWidget> guard(root);
    return QTest::qWaitFor([&] { return guard && showsText(guard, text); }, ms);
}

// The visible label inside `root` whose text contains `text` (null when none).
inline QLabel *labelShowing(const QWidget *root, const QString &text)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (isOnScreen(label) && shownText(label).contains(text))
            return label;
    }
    return nullptr;
}

// The dialog in front: the active modal one, else the active window if it is a dialog.
inline QDialog *frontDialog()
{
    if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
        return modal;
    return qobject_cast<QDialog *>(QApplication::activeWindow());
}

// Waits for a dialog titled `title` (any dialog when empty) to be in front and to have the
// keyboard, as a person waits for it to come up before typing.
inline QDialog *waitForDialog(const QString &title = {}, int ms = WaitMs)
{
    QDialog *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            activateWindowBelow();
            QDialog *d = frontDialog();
            if (d && d->isVisible() && QApplication::activeWindow() == d &&
                (title.isEmpty() || d->windowTitle().contains(title)))
                found = d;
            return found != nullptr;
        },
        ms);
    return found;
}

// Waits until no dialog titled `title` is on screen.
inline bool waitForDialogGone(const QString &title, int ms = WaitMs)
{
    return QTest::qWaitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (qobject_cast<QDialog *>(w) && w->isVisible() &&
                    w->windowTitle().contains(title))
                    return false;
            }
            return true;
        },
        ms);
}

// What the status bar of `window` shows.
inline QString statusText(const QMainWindow *window)
{
    return visibleTexts(window->statusBar()).join(QLatin1Char(' '));
}

// The text of the focused widget (a field's content, a button's caption, a list's choice).
inline QString focusedText()
{
    return shownText(keyTarget());
}

// Presses Tab (or Shift+Tab) until the focused widget satisfies `wanted`, at most `maxPresses`
// times: how a person reaches a control without a shortcut.
inline bool tabUntil(const std::function<bool(QWidget *)> &wanted, int maxPresses = 30,
                     bool backwards = false)
{
    for (int i = 0; i <= maxPresses; ++i) {
        if (QWidget *w = keyTarget(); w && wanted(w))
            return true;
        if (!press(backwards ? Qt::Key_Backtab : Qt::Key_Tab,
                   backwards ? Qt::ShiftModifier : Qt::NoModifier))
            return false;
    }
    return false;
}

// Tabs to the button showing `caption` (mnemonic '&' ignored).
inline bool tabToButton(const QString &caption, int maxPresses = 30)
{
    return tabUntil(
        [&](QWidget *w) {
            auto *b = qobject_cast<QAbstractButton *>(w);
            return b && shownText(b) == caption;
        },
        maxPresses);
}

// With a combo box focused, presses Down (or Up) until it shows `text`, as a person does with a
// closed drop-down list.
inline bool chooseInFocusedCombo(const QString &text, int maxPresses = 20)
{
    auto *combo = qobject_cast<QComboBox *>(keyTarget());
    if (!combo)
        return false;
    press(Qt::Key_Home);
    for (int i = 0; i <= maxPresses; ++i) {
        if (combo->currentText().contains(text))
            return true;
        press(Qt::Key_Down);
    }
    return false;
}

// Opens the menu-bar menu with the mnemonic Alt+`menuKey`, then presses `itemKey` (the item's
// mnemonic), as a person does with Alt+I, A.
inline bool useMenu(Qt::Key menuKey, Qt::Key itemKey)
{
    if (!press(menuKey, Qt::AltModifier))
        return false;
    if (!QTest::qWaitFor([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()); },
                         WaitMs))
        return false;
    return press(itemKey);
}

} // namespace whop::journey
