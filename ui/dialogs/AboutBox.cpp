#include "ui/dialogs/AboutBox.h"

#include "AppInfo.h"
#include "ui/Prompts.h"

namespace whop::ui {

AboutBox::AboutBox(QWidget *parent)
    : QMessageBox(QMessageBox::Information, tr("About %1").arg(QLatin1String(AppName)),
                  // No link: the project has no published home page yet (CMakeLists.txt).
                  tr("<h3>%1 %2</h3><p>Edit your Whop profile: display name, username, bio and "
                     "picture.</p><p>Qt %3 · QtKeychain %4</p><p>License: MIT</p>")
                      .arg(QLatin1String(AppName), QLatin1String(AppVersion),
                           QLatin1String(qVersion()), QLatin1String(QtKeychainVersion)),
                  QMessageBox::Close, parent)
{
    setObjectName(QStringLiteral("aboutBox"));
    setTextFormat(Qt::RichText); // our own text
    if (parent && !parent->windowIcon().isNull())
        setIconPixmap(parent->windowIcon().pixmap(64, 64));
    Prompts::nameIcon(this, tr("%1 logo").arg(QLatin1String(AppName)));
    setAttribute(Qt::WA_DeleteOnClose);
}

void AboutBox::openFor(QWidget *parent)
{
    (new AboutBox(parent))->open();
}

} // namespace whop::ui
