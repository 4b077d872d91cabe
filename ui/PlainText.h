#pragma once

#include <QString>

class QPlainTextEdit;
class QWidget;

namespace whop::ui {

// A tooltip that shows `text` exactly as written. Qt renders a tooltip as rich text whenever it
// merely looks like markup (Qt::mightBeRichText), so a name, bio, title, id or message from Whop
// holding "<b>x</b>" would be drawn bold, and "<img src=…>" would be loaded. Everything from
// outside that becomes a tooltip goes through this: escaped, and made rich text on purpose, it is
// shown as plain text (spaces and line breaks kept, long lines wrapped). Empty for empty text, so
// that no empty tooltip appears.
QString plainToolTip(const QString &text);

// Sets plainToolTip(`text`) on `widget`. Qt also reads a widget's tooltip out as its accessible
// description when it has none of its own: such a widget is given `text` itself as description,
// so that a screen reader reads the words, never the markup around them.
void setPlainToolTip(QWidget *widget, const QString &text);

// Lays `edit`'s text out and aligns it in the text's own direction, now and whenever it changes: a
// bio written in Hebrew or Arabic reads from the right, as a QLineEdit shows a name by itself
// (QPlainTextEdit keeps the window's direction and aligns left whatever the text, Qt 6.4). The
// first letter with a direction decides, as in a QLineEdit.
void followTextDirection(QPlainTextEdit *edit);

} // namespace whop::ui
