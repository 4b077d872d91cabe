#include "ui/DemoActions.h"

#include "session/AppSession.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

#include <memory>

namespace whop::ui {

void installDemoActions(QWidget *window, app::AppSession *session, const app::Options &options)
{
    // In no menu: it is a way to stage a conflict, not a feature of the editor.
    auto *action = new QAction(
        QCoreApplication::translate("whop::ui::DemoActions", "Demo: change this profile elsewhere"),
        window);
    action->setObjectName(QStringLiteral("actionDemoChangeElsewhere"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_E));
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, session,
                     [session] { session->changeProfileElsewhere(); });
    window->addAction(action);

    if (!options.demoChangedElsewhere)
        return;
    // Once: at the first edit after the profile is on screen (the draft then differs from the
    // snapshot the change will be compared with).
    profile::ProfileEditor *editor = session->editor();
    auto *once = new QObject(session); // the connection lives as long as this
    auto done = std::make_shared<bool>(false);
    QObject::connect(editor, &profile::ProfileEditor::draftChanged, once,
                     [session, editor, once, done] {
                         if (*done || !editor->hasSnapshot() || !editor->isDirty())
                             return;
                         *done = session->changeProfileElsewhere();
                         if (*done)
                             once->deleteLater();
                     });
}

} // namespace whop::ui
