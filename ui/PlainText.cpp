#include "ui/PlainText.h"

#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextOption>
#include <QVariant>
#include <QWidget>

namespace whop::ui {

namespace {
// Marks a description that setPlainToolTip() set, so that it follows the tooltip.
constexpr const char *DescriptionFromToolTip = "whopDescriptionFromToolTip";
} // namespace

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // pre-wrap rather than Qt::convertFromPlainText's non-breaking spaces: a long bio wraps.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

void setPlainToolTip(QWidget *widget, const QString &text)
{
    if (widget->accessibleDescription().isEmpty() ||
        widget->property(DescriptionFromToolTip).toBool()) {
        widget->setAccessibleDescription(text);
        widget->setProperty(DescriptionFromToolTip, !text.isEmpty());
    }
    widget->setToolTip(plainToolTip(text));
}

void followTextDirection(QPlainTextEdit *edit)
{
    const auto follow = [edit] {
        QTextDocument *document = edit->document();
        const bool rightToLeft = edit->toPlainText().isRightToLeft();
        const Qt::LayoutDirection direction = rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
        QTextOption option = document->defaultTextOption();
        if (option.textDirection() == direction)
            return;
        option.setTextDirection(direction);
        option.setAlignment(rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
        document->setDefaultTextOption(option);
    };
    follow();
    QObject::connect(edit, &QPlainTextEdit::textChanged, edit, follow);
}

} // namespace whop::ui
