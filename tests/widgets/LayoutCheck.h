#pragma once

// What a person would notice at a glance in a rendered window: a control cut off by its parent,
// two controls on top of each other, a caption wider than its label or button (unless it is
// shown elided, with the whole text as the tooltip). Used by tst_window_layout.

#include "ui/widgets/ElidingComboBox.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleOptionButton>
#include <QTextDocument>
#include <QToolButton>

namespace whop::test {

// "name (Class) at x,y w×h" for messages.
inline QString describe(const QWidget *w)
{
    const QRect g = w->geometry();
    return QStringLiteral("%1 (%2) at %3,%4 %5×%6")
        .arg(w->objectName().isEmpty() ? QStringLiteral("<unnamed>") : w->objectName(),
             QLatin1String(w->metaObject()->className()))
        .arg(g.x())
        .arg(g.y())
        .arg(g.width())
        .arg(g.height());
}

// The text a control shows, without mnemonic markers.
inline QString withoutMnemonic(const QString &text)
{
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        shown += text.at(i);
    }
    return shown;
}

// Why the text of `w` does not fit it (empty when it fits, or when it is shown elided and the
// whole text is in the tooltip).
inline QString textProblem(const QWidget *w)
{
    const bool elidedWithTip = !w->toolTip().isEmpty();
    if (auto *label = qobject_cast<const QLabel *>(w)) {
        if (label->text().isEmpty() || !label->pixmap().isNull())
            return {};
        const int m = label->margin();
        const QRect room = label->contentsRect().adjusted(m, m, -m, -m);
        QString text = label->text();
        QSize needed;
        if (label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
            QTextDocument doc;
            doc.setDefaultFont(label->font());
            doc.setDocumentMargin(0);
            doc.setHtml(text);
            if (label->wordWrap())
                doc.setTextWidth(room.width());
            needed = QSize(qCeil(label->wordWrap() ? room.width() : doc.idealWidth()),
                           qCeil(doc.size().height()));
        } else {
            if (label->buddy())
                text = withoutMnemonic(text);
            const QFontMetrics fm(label->font());
            const int flags = label->wordWrap() ? int(Qt::TextWordWrap) : 0;
            needed = fm.boundingRect(QRect(0, 0, label->wordWrap() ? room.width() : 100000, 100000),
                                     flags, text)
                         .size();
        }
        if (needed.width() > room.width() || needed.height() > room.height())
            return elidedWithTip ? QString()
                                 : QStringLiteral("text %1×%2 does not fit in %3×%4: \"%5\"")
                                       .arg(needed.width())
                                       .arg(needed.height())
                                       .arg(room.width())
                                       .arg(room.height())
                                       .arg(text);
        return {};
    }
    if (auto *button = qobject_cast<const QAbstractButton *>(w)) {
        const QString text = withoutMnemonic(button->text());
        if (text.isEmpty())
            return {};
        const int needed = QFontMetrics(button->font()).horizontalAdvance(text);
        int room = button->width() - 6; // a tool button's frame and margins
        if (auto *push = qobject_cast<const QPushButton *>(button)) {
            QStyleOptionButton option;
            option.initFrom(push);
            option.text = push->text();
            room =
                push->style()->subElementRect(QStyle::SE_PushButtonContents, &option, push).width();
        }
        if (needed > room && !elidedWithTip)
            return QStringLiteral("caption %1 px wide in %2 px: \"%3\"")
                .arg(needed)
                .arg(room)
                .arg(text);
        return {};
    }
    if (auto *combo = qobject_cast<const QComboBox *>(w)) {
        if (auto *eliding = qobject_cast<const ui::ElidingComboBox *>(combo))
            return eliding->isElided() && !elidedWithTip
                       ? QStringLiteral("elided without a tooltip: \"%1\"")
                             .arg(combo->currentText())
                       : QString();
        QStyleOptionComboBox option;
        option.initFrom(combo);
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        const int needed = QFontMetrics(combo->font()).horizontalAdvance(combo->currentText());
        if (needed > field.width() && !elidedWithTip)
            return QStringLiteral("current text %1 px wide in %2 px: \"%3\"")
                .arg(needed)
                .arg(field.width())
                .arg(combo->currentText());
    }
    return {};
}

// Why `w` is smaller than it needs to be (empty when it is not): a layout squeezed it below its
// minimum size, as Qt's layouts reckon it (qSmartMinSize: the explicit minimum, else the minimum
// size hint, else the size hint for a policy that does not shrink; a leaf's height for its width
// when it has one). A squeezed text box shows fewer lines than it was given room for; a squeezed
// button or label is clipped.
inline QString squeezeProblem(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (!parent || !parent->layout() || parent->layout()->indexOf(const_cast<QWidget *>(w)) < 0) {
        // Only what a layout placed; a child of a layout inside the parent's layout counts too.
        bool laidOut = false;
        if (parent && parent->layout()) {
            for (const QLayout *l : parent->layout()->findChildren<QLayout *>())
                laidOut = laidOut || l->indexOf(const_cast<QWidget *>(w)) >= 0;
        }
        if (!laidOut)
            return {};
    }
    const QSizePolicy policy = w->sizePolicy();
    const auto least = [](int explicitMin, QSizePolicy::Policy p, int minHint, int hint) {
        if (explicitMin > 0)
            return explicitMin;
        if (p == QSizePolicy::Ignored)
            return 0;
        return (p & QSizePolicy::ShrinkFlag) ? minHint : hint;
    };
    const QSize minHint = w->minimumSizeHint();
    const QSize hint = w->sizeHint();
    const int width =
        least(w->minimumWidth(), policy.horizontalPolicy(), minHint.width(), hint.width());
    int height =
        least(w->minimumHeight(), policy.verticalPolicy(), minHint.height(), hint.height());
    // A leaf's height for its width (a wrapped text's lines); a container's is what its layout
    // would like, not what it needs: its children are checked themselves.
    if (w->hasHeightForWidth() && !w->layout() && policy.verticalPolicy() != QSizePolicy::Ignored)
        height = std::max(w->minimumHeight(), w->heightForWidth(w->width()));
    if (w->width() < width || w->height() < height)
        return QStringLiteral("squeezed to %1×%2, below its minimum %3×%4")
            .arg(w->width())
            .arg(w->height())
            .arg(std::max(width, 0))
            .arg(std::max(height, 0));
    return {};
}

// Widgets whose children are their own business: the parts of a combo box, a line edit, a
// scroll area (its contents scroll), or `opaque` (e.g. the picture, whose badge lies on it).
inline bool isComposite(const QWidget *w, const QList<const QWidget *> &opaque)
{
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QAbstractScrollArea *>(w) || opaque.contains(w);
}

// Every problem a person would see in `root` as laid out now: visible children outside their
// parent, visible siblings overlapping, texts that do not fit (see textProblem), controls
// squeezed below their minimum (see squeezeProblem).
inline QStringList layoutProblems(const QWidget *root, const QList<const QWidget *> &opaque = {})
{
    QStringList problems;
    QList<const QWidget *> parents{root};
    while (!parents.isEmpty()) {
        const QWidget *parent = parents.takeFirst();
        QList<const QWidget *> shown;
        for (QObject *o : parent->children()) {
            auto *w = qobject_cast<QWidget *>(o);
            if (!w || w->isWindow() || !w->isVisible())
                continue;
            shown << w;
            if (!parent->rect().contains(w->geometry()))
                problems << QStringLiteral("%1 is cut off by %2 (%3×%4)")
                                .arg(describe(w), describe(parent))
                                .arg(parent->width())
                                .arg(parent->height());
            if (const QString why = textProblem(w); !why.isEmpty())
                problems << QStringLiteral("%1: %2").arg(describe(w), why);
            else if (const QString squeezed = squeezeProblem(w); !squeezed.isEmpty())
                problems << QStringLiteral("%1: %2").arg(describe(w), squeezed);
            if (!isComposite(w, opaque))
                parents << w;
        }
        for (qsizetype i = 0; i < shown.size(); ++i) {
            for (qsizetype j = i + 1; j < shown.size(); ++j) {
                if (shown[i]->geometry().intersects(shown[j]->geometry()))
                    problems << QStringLiteral("%1 overlaps %2")
                                    .arg(describe(shown[i]), describe(shown[j]));
            }
        }
    }
    return problems;
}

} // namespace whop::test
