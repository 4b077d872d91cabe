#pragma once

#include <QUrl>

#include <functional>

namespace whop::ui {

// Opens the system browser. Tests replace the opener to drive the URL themselves.
class Browser
{
public:
    static bool open(const QUrl &url);
    static void setOpener(std::function<bool(const QUrl &)> opener)
    {
        s_opener = std::move(opener);
    }

private:
    static inline std::function<bool(const QUrl &)> s_opener;
};

} // namespace whop::ui
