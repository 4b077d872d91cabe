#include "ui/Browser.h"

#include <QDesktopServices>

namespace whop::ui {

bool Browser::open(const QUrl &url)
{
    if (s_opener)
        return s_opener(url);
    return QDesktopServices::openUrl(url);
}

} // namespace whop::ui
