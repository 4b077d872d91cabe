#include "FieldState.h"

#include "AppStyle.h"
#include "ProfileEditor.h"
#include "ProfileRules.h"
#include "ui_MainWindow.h"

#include <QCoreApplication>

namespace whop::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("whop::ui::MainWindow", text);
}

void showCounter(QLabel *label, int count, int limit)
{
    label->setText(limit > 0    ? QStringLiteral("%1/%2").arg(count).arg(limit)
                   : count == 1 ? tr("1 character")
                                : tr("%1 characters").arg(count));
    const bool over = limit > 0 && count > limit;
    if (label->property("overLimit").toBool() != over)
        showAsAlert(label, over, true);
    label->setProperty("overLimit", over);
}

} // namespace

void showFieldState(Ui::MainWindow &ui, const profile::ProfileEditor &editor)
{
    using profile::Field;
    const auto &d = editor.draft();
    auto count = [](Field field, const QString &text) {
        return profile::characterCount(profile::normalized(field, text));
    };
    showCounter(ui.nameCounter, count(Field::Name, d.name), profile::MaxNameLength);
    showCounter(ui.usernameCounter, count(Field::Username, d.username), profile::MaxUsernameLength);
    showCounter(ui.bioCounter, count(Field::Bio, d.bio), 0);

    const std::pair<Field, QLabel *> errors[] = {{Field::Name, ui.nameError},
                                                 {Field::Username, ui.usernameError},
                                                 {Field::Bio, ui.bioError}};
    for (const auto &[field, label] : errors) {
        const QString text = editor.fieldError(field);
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }
}

} // namespace whop::ui
