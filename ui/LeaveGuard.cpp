#include "ui/LeaveGuard.h"

#include "profile/ProfileEditor.h"
#include "ui/Prompts.h"

#include <QPointer>
#include <QWidget>

namespace whop::ui {

void leaveProfile(QWidget *parent, profile::ProfileEditor *editor, const QString &question,
                  const std::function<void()> &proceed, const std::function<void()> &stay)
{
    if (!editor->isDirty()) {
        proceed();
        return;
    }
    QPointer<QWidget> guard(parent);
    auto answered = [guard, editor, proceed, stay](Prompts::Unsaved answer) {
        if (!guard) // the window went while the question was open
            return;
        switch (answer) {
        case Prompts::Unsaved::Cancel:
            stay();
            return;
        case Prompts::Unsaved::Discard:
            editor->revert();
            proceed();
            return;
        case Prompts::Unsaved::Save:
            stay();
            if (!editor->save())
                return;
            QObject::connect(
                editor, &profile::ProfileEditor::stateChanged, guard,
                [editor, proceed](profile::ProfileEditor::State state) {
                    // Leave only once the save went through; a failure keeps everything here.
                    if (state == profile::ProfileEditor::State::Ready && !editor->isDirty())
                        proceed();
                },
                Qt::SingleShotConnection);
            return;
        }
    };
    if (const auto now = Prompts::askUnsavedChanges(parent, question, answered))
        answered(*now);
}

} // namespace whop::ui
