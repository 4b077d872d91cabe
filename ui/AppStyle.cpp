#include "ui/AppStyle.h"

#include "ui/Colours.h"

#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QWidget>

namespace whop::ui {

namespace {

// A "»" chevron pair (pointing right, or down when vertical), drawn rather than read from a
// file: reading Qt's own PNG makes QImageReader load every image-format plugin at start-up.
QPixmap chevrons(int size, bool vertical, const QColor &color)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, size / 10.0 + 0.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    if (vertical) {
        p.translate(size, 0);
        p.rotate(90);
    }
    const qreal s = size;
    for (qreal x : {0.25 * s, 0.5 * s}) {
        QPainterPath path;
        path.moveTo(x, 0.3 * s);
        path.lineTo(x + 0.2 * s, 0.5 * s);
        path.lineTo(x, 0.7 * s);
        p.drawPath(path);
    }
    return pixmap;
}

} // namespace

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                             const QWidget *widget) const
{
    if (icon != SP_ToolBarHorizontalExtensionButton && icon != SP_ToolBarVerticalExtensionButton)
        return QProxyStyle::standardIcon(icon, option, widget);
    const bool vertical = icon == SP_ToolBarVerticalExtensionButton;
    const QColor color =
        (widget ? widget->palette() : standardPalette()).color(QPalette::WindowText);
    QIcon result;
    for (int size : {16, 32})
        result.addPixmap(chevrons(size, vertical, color));
    return result;
}

void showAsAlert(QWidget *widget, bool alert, bool bold)
{
    if (!alert) {
        widget->setPalette(QPalette()); // inherit again
        widget->setFont(QFont());
        return;
    }
    // The inherited palette decides the shade: a red that reads on this window and field.
    QPalette palette = widget->parentWidget() ? widget->parentWidget()->palette() : QPalette();
    palette.setColor(QPalette::WindowText, toneText(Tone::Error, palette.color(QPalette::Window)));
    palette.setColor(QPalette::Text, toneText(Tone::Error, palette.color(QPalette::Base)));
    widget->setPalette(palette);
    QFont font = widget->font();
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace whop::ui
