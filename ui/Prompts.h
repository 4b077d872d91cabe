#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace whop::ui {

// Every question the app asks goes through here, so widget tests can answer it
// (setNextAnswer) instead of a modal box waiting for a click.
class Prompts
{
public:
    enum class Unsaved
    {
        Save,
        Discard,
        Cancel
    };

    static Unsaved askUnsavedChanges(QWidget *parent, const QString &text);
    static bool confirm(QWidget *parent, const QString &title, const QString &text);

    static void setNextUnsavedAnswer(Unsaved answer) { s_nextUnsaved = answer; }
    static void setNextConfirmAnswer(bool answer) { s_nextConfirm = answer; }
    static int questionsAsked() { return s_asked; }

private:
    static inline std::optional<Unsaved> s_nextUnsaved;
    static inline std::optional<bool> s_nextConfirm;
    static inline int s_asked = 0;
};

} // namespace whop::ui
