#pragma once

#include "ui/dialogs/DraftRecoveryDialog.h"

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>
#include <vector>

class QWidget;

namespace whop::ui {

// Every question the app asks and every file it asks for goes through here: window-modal boxes and
// dialogs answered without a nested event loop (the caller carries on in a callback), and one
// seam for tests and the demo's script, setNextAnswer(), as KeePassXC's MessageBox::setNextAnswer:
// the next question of the answer's kind is answered with it at once instead of being shown.
class Prompts
{
public:
    enum class Unsaved
    {
        Save,
        Discard,
        Cancel
    };

    // A yes/no question's scripted answer (confirm()).
    enum class Confirm
    {
        Yes,
        No
    };
    // A file chooser's scripted answer: the file chosen (chooseFile()).
    struct FileName
    {
        QString path;
    };
    // What setNextAnswer() takes: an answer to the unsaved-changes question, to a yes/no question,
    // to the offer of a leftover draft (DraftRecoveryDialog::offer) or to a file chooser.
    using Answer = std::variant<Unsaved, Confirm, DraftRecoveryDialog::Answer, FileName>;

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

    // A file chooser for an existing file (Enter opens, Escape cancels), named `objectName`:
    // `caption` as its title, `filters` as its types, starting in `folder`; `chosen` runs with the
    // file's path once one is chosen, at once when scripted.
    static void chooseFile(QWidget *parent, const QString &objectName, const QString &caption,
                           const QString &folder, const QStringList &filters,
                           std::function<void(const QString &)> chosen);

    // For tests and the demo's script: the next question of `answer`'s kind is answered with it
    // instead of being shown (one answer of each kind waits; a second replaces the first).
    static void setNextAnswer(const Answer &answer);
    // The answer waiting for a question of kind T, taken (for the questions asked outside this
    // class: DraftRecoveryDialog::offer).
    template <class T> static std::optional<T> takeNextAnswer()
    {
        for (auto it = s_next.begin(); it != s_next.end(); ++it) {
            if (const T *answer = std::get_if<T>(&*it)) {
                T taken = *answer;
                s_next.erase(it);
                return taken;
            }
        }
        return std::nullopt;
    }
    static int questionsAsked() { return s_asked; }

private:
    static inline std::vector<Answer> s_next;
    static inline int s_asked = 0;
};

} // namespace whop::ui
