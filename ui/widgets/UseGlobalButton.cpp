#include "ui/widgets/UseGlobalButton.h"

#include <QTextDocument>

namespace whop::ui {

namespace {
// The most of the value the caption shows: the button leaves room for the field's message.
constexpr int ShownValueWidth = 140;
} // namespace

UseGlobalButton::UseGlobalButton(QWidget *parent) : QToolButton(parent)
{
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    hide();
}

QString UseGlobalButton::captionFor(int valueWidth) const
{
    const QString oneLine = QString(m_value).replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString shown =
        fontMetrics().elidedText(oneLine, Qt::ElideRight, std::max(valueWidth, 0));
    if (m_value.isEmpty())
        return tr("Use global: %1").arg(tr("(empty)"));
    // A '&' in the value is shown as itself, never taken for a mnemonic.
    return tr("Use global: %1")
        .arg(shown.isEmpty() ? QString(QChar(0x2026))
                             : QString(shown).replace(QLatin1Char('&'), QStringLiteral("&&")));
}

int UseGlobalButton::padding() const
{
    // What the style adds around the caption, measured on the caption shown now.
    return QToolButton::sizeHint().width() -
           fontMetrics().size(Qt::TextShowMnemonic, text()).width();
}

QSize UseGlobalButton::sizeHint() const
{
    const QString full = captionFor(ShownValueWidth);
    return {fontMetrics().size(Qt::TextShowMnemonic, full).width() + padding(),
            QToolButton::sizeHint().height()};
}

QSize UseGlobalButton::minimumSizeHint() const
{
    const QString least = captionFor(0);
    return {fontMetrics().size(Qt::TextShowMnemonic, least).width() + padding(),
            QToolButton::sizeHint().height()};
}

void UseGlobalButton::setGlobalValue(const QString &fieldName, const QString &value)
{
    m_value = value;
    const QString detail = value.isEmpty()
                               ? tr("Use the global profile's %1: empty").arg(fieldName)
                               : tr("Use the global profile's %1: %2").arg(fieldName, value);
    setToolTip(Qt::convertFromPlainText(detail)); // the value came from Whop: never markup
    setAccessibleDescription(detail);
    showCaption();
    updateGeometry();
}

void UseGlobalButton::showCaption()
{
    // The longest value that fits the width the button was given, up to ShownValueWidth.
    const QString full = captionFor(ShownValueWidth);
    QString caption = full;
    const int room = width() - padding();
    if (isVisible() && fontMetrics().size(Qt::TextShowMnemonic, full).width() > room) {
        const int prefix = fontMetrics().size(Qt::TextShowMnemonic, captionFor(0)).width() -
                           fontMetrics().horizontalAdvance(QChar(0x2026));
        caption = captionFor(std::min(room - prefix, ShownValueWidth));
    }
    if (caption != text())
        setText(caption);
}

void UseGlobalButton::showEvent(QShowEvent *event)
{
    QToolButton::showEvent(event);
    showCaption(); // its width may have been settled while it was hidden
}

void UseGlobalButton::resizeEvent(QResizeEvent *event)
{
    QToolButton::resizeEvent(event);
    showCaption();
}

} // namespace whop::ui
