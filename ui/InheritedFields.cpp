#include "ui/InheritedFields.h"

#include "session/AppSession.h"
#include "ui/widgets/UseGlobalButton.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace whop::ui {

using profile::Field;

InheritedFields::InheritedFields(app::AppSession *session, const Widgets &widgets, QObject *parent)
    : QObject(parent), m_session(session), m_widgets(widgets)
{
    for (Field field : profile::AllFields) {
        connect(button(field), &UseGlobalButton::clicked, this, [this, field] {
            m_session->editor()->setValue(field, m_session->inherited()->value(field));
        });
    }
    connect(session->inherited(), &profile::InheritedProfile::changed, this,
            &InheritedFields::update);
    connect(session->editor(), &profile::ProfileEditor::draftChanged, this,
            &InheritedFields::update);
    connect(session, &app::AppSession::modeChanged, this, &InheritedFields::update);
    update();
}

UseGlobalButton *InheritedFields::button(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_widgets.useName;
    case Field::Username:
        return m_widgets.useUsername;
    case Field::Bio:
        return m_widgets.useBio;
    }
    return m_widgets.useName;
}

void InheritedFields::update()
{
    auto *inherited = m_session->inherited();
    const bool available = inherited->isAvailable() && !m_session->mode().isGlobal();
    const QString names[] = {tr("name"), tr("username"), tr("bio")};
    for (Field f : profile::AllFields) {
        const QString global = available ? inherited->value(f) : QString();
        UseGlobalButton *use = button(f);
        use->setGlobalValue(names[int(f)], global);
        use->setVisible(available && profile::normalized(f, m_session->editor()->value(f)) !=
                                         profile::normalized(f, global));
    }
    m_widgets.name->setPlaceholderText(
        available ? tr("global: %1").arg(inherited->value(Field::Name)) : tr("Your display name"));
    m_widgets.username->setPlaceholderText(
        available ? tr("global: %1").arg(inherited->value(Field::Username))
                  : tr("letters, digits and hyphens"));
    m_widgets.bio->setPlaceholderText(available ? tr("global: %1").arg(inherited->value(Field::Bio))
                                                : tr("A few words about you"));
}

} // namespace whop::ui
