#include "ui/widgets/ActionButton.h"

#include <QAbstractButton>
#include <QAction>

namespace whop::ui {

void bindButtonToAction(QAbstractButton *button, QAction *action)
{
    QObject::connect(button, &QAbstractButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QWidget::setEnabled);
    button->setEnabled(action->isEnabled());
}

} // namespace whop::ui
