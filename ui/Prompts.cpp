#include "Prompts.h"

namespace whop::ui {

Prompts::Unsaved Prompts::askUnsavedChanges(QWidget *parent, const QString &text)
{
    ++s_asked;
    if (s_nextUnsaved)
        return *std::exchange(s_nextUnsaved, std::nullopt);
    QMessageBox box(QMessageBox::Warning, QObject::tr("Unsaved changes"), text,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Save);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return Unsaved::Save;
    case QMessageBox::Discard:
        return Unsaved::Discard;
    default:
        return Unsaved::Cancel;
    }
}

bool Prompts::confirm(QWidget *parent, const QString &title, const QString &text)
{
    ++s_asked;
    if (s_nextConfirm)
        return *std::exchange(s_nextConfirm, std::nullopt);
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

} // namespace whop::ui
