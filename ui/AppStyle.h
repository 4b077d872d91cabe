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

} // namespace whop::ui
