#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace whop::app {

// Where the editor's compiled translations (whop-profile-editor_<lang>.qm) are looked for: beside
// an installed program (../share/whop-profile-editor/translations), in a build tree (the same
// layout), and next to the program on Windows and in a macOS bundle.
QStringList translationDirectories();

// Installs the editor's translation and Qt's own (standard dialogs and buttons) for `locale`'s
// UI languages (on Linux these follow LANGUAGE, LC_ALL, LC_MESSAGES and LANG). Returns the
// language that was loaded ("de", "pt_BR", …), or an empty string when the editor speaks English.
QString installTranslations(QCoreApplication *app, const QLocale &locale = QLocale::system(),
                            const QStringList &directories = translationDirectories());

} // namespace whop::app
