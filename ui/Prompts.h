#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace whop::ui {

// Every question the app asks goes through here: window-modal boxes answered without a nested
// event loop (the caller carries on in a callback), and a seam for widget tests
// (setNextUnsavedAnswer / setNextConfirmAnswer) that answers at once instead.
class Prompts
{
public:
    enum class Unsaved
    {
        Save,
        Discard,
        Cancel
    };

    // Save / Discard / Cancel about unsaved edits; Enter saves, Escape cancels. A scripted
    // answer is returned at once (and `answered` is not called); otherwise the box opens and
    // `answered` runs when the person has chosen.
    static std::optional<Unsaved> askUnsavedChanges(QWidget *parent, const QString &text,
                                                    std::function<void(Unsaved)> answered);
    // A yes/no question whose yes is `confirmText` (e.g. "Remove"); `confirmed` runs only on
    // yes, at once when scripted. Enter confirms, Escape declines.
    static void confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &confirmText, std::function<void()> confirmed);

    // A message box's icon is a picture: it gets a name saying what it means (question, warning,
    // …) for screen readers, or `name` when given (an application icon, say).
    static void nameIcon(QMessageBox *box, const QString &name = {});

    static void setNextUnsavedAnswer(Unsaved answer) { s_nextUnsaved = answer; }
    static void setNextConfirmAnswer(bool answer) { s_nextConfirm = answer; }
    static int questionsAsked() { return s_asked; }

private:
    static inline std::optional<Unsaved> s_nextUnsaved;
    static inline std::optional<bool> s_nextConfirm;
    static inline int s_asked = 0;
};

} // namespace whop::ui
