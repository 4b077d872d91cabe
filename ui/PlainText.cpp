#include "ui/PlainText.h"

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

} // namespace whop::ui
