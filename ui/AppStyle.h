#pragma once

#include <QProxyStyle>

namespace whop::ui {

// The platform's style, with one start-up cost removed: the menu bar and tool bar ask for
// their "extension" arrow icon when they are created, and Qt then probes every image-format
// plugin (loading libtiff, libwebp, ...) to read a PNG it already knows. Here that icon is
// read as PNG directly.
class AppStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

// Shows `widget`'s text in the alert colour (bold too, if asked), or as the style draws it. Done
// through the palette and font: a style sheet would have Qt re-polish the widget each time.
void showAsAlert(QWidget *widget, bool alert, bool bold = false);

} // namespace whop::ui
