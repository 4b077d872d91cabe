#pragma once

// In-process accessibility checks on a window's widgets, as Qt's accessibility layer presents
// them (the same interfaces the AT-SPI bridge serves to screen readers). The AT-SPI audit
// (tests/accessibility) checks the running program from outside; these run in any widget test.
//
//   hides-text    a label whose accessible name differs from the text it shows
//   button-name   a button whose accessible name differs from its visible text
//   unnamed       a control that takes focus with no accessible name
//   combo-label   a combo box with no label (buddy) naming it: on Linux its name is its value
//   image         a picture with no text alternative
//   mnemonic      two visible controls of one window answering the same Alt+letter

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStringList>
#include <QTextDocumentFragment>
#include <QWidget>

namespace whop::test {

// Text as the screen shows it: no mnemonic markers, no markup.
inline QString shownText(QString text, bool rich = false)
{
    if (rich || Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.simplified();
}

inline QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).simplified() : QString();
}

// The mnemonic letter of a text ("&Save" → "s"), or an empty string.
inline QString mnemonicOf(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&([^&\\s])"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

inline QString describe(QWidget *w)
{
    return QStringLiteral("%1 “%2”").arg(QLatin1String(w->metaObject()->className()),
                                         w->objectName().isEmpty() ? accessibleName(w)
                                                                   : w->objectName());
}

// Every problem in `top`'s visible widgets, one line each; empty when there is none.
inline QStringList accessibilityProblems(QWidget *top)
{
    QStringList problems;
    auto problem = [&](const QString &rule, QWidget *w, const QString &detail) {
        problems << QStringLiteral("[%1] %2: %3").arg(rule, describe(w), detail);
    };
    QHash<QString, QWidget *> mnemonics;
    auto claim = [&](const QString &letter, QWidget *w) {
        if (letter.isEmpty())
            return;
        if (QWidget *other = mnemonics.value(letter)) {
            problem(
                QStringLiteral("mnemonic"), w,
                QStringLiteral("Alt+%1 also belongs to %2").arg(letter.toUpper(), describe(other)));
            return;
        }
        mnemonics.insert(letter, w);
    };
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(top) || w->window() != top)
            continue;
        // Parts of item views and of combo boxes are the view's own business.
        if (qobject_cast<QAbstractItemView *>(w->parentWidget()) ||
            (w->parentWidget() && qobject_cast<QComboBox *>(w->parentWidget())))
            continue;
        if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : menuBar->actions())
                if (a->isVisible())
                    claim(mnemonicOf(a->text()), menuBar);
            continue;
        }
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString shown = shownText(label->text(), label->textFormat() == Qt::RichText);
            if (!label->pixmap().isNull() && shown.isEmpty() && accessibleName(w).isEmpty())
                problem(QStringLiteral("image"), w, QStringLiteral("a picture without a name"));
            // A label used as a control (the picture) may be named for its purpose, as long as
            // what it shows is still announced, as its description.
            if (!shown.isEmpty() && !label->accessibleName().isEmpty() &&
                label->accessibleName().simplified() != shown &&
                !label->accessibleDescription().contains(shown))
                problem(QStringLiteral("hides-text"), w,
                        QStringLiteral("announced as “%1” while it shows “%2”")
                            .arg(label->accessibleName(), shown));
            if (label->buddy() && label->buddy()->isVisibleTo(top))
                claim(mnemonicOf(label->text()), w);
            continue;
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            const QString shown = shownText(button->text());
            const QString name = accessibleName(w);
            // A symbol (×, +, −) is no text to read out: such a button is named for its purpose.
            const bool symbol = !shown.contains(QRegularExpression(QStringLiteral("\\w")));
            if (!shown.isEmpty() && !symbol && name != shown)
                problem(QStringLiteral("button-name"), w,
                        QStringLiteral("announced as “%1” while it shows “%2”").arg(name, shown));
            if ((shown.isEmpty() || symbol) && name.isEmpty())
                problem(QStringLiteral("unnamed"), w, QStringLiteral("a button without a name"));
            claim(mnemonicOf(button->text()), w);
            continue;
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            bool labelled = !combo->accessibleDescription().isEmpty();
            for (QLabel *l : top->findChildren<QLabel *>())
                labelled = labelled || (l->buddy() == combo && l->isVisibleTo(top));
            if (!labelled)
                problem(
                    QStringLiteral("combo-label"), w,
                    QStringLiteral("only its value “%1” is announced").arg(combo->currentText()));
            continue;
        }
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && accessibleName(w).isEmpty())
            problem(QStringLiteral("unnamed"), w, QStringLiteral("takes focus but has no name"));
    }
    return problems;
}

} // namespace whop::test
