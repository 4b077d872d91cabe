#include "InheritedFields.h"

#include "AppSession.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>

namespace whop::ui {

using profile::Field;

InheritedFields::InheritedFields(app::AppSession *session, QGridLayout *form, QLineEdit *name,
                                 QLineEdit *username, QPlainTextEdit *bio)
    : QObject(form), m_session(session), m_name(name), m_username(username), m_bio(bio)
{
    const std::pair<Field, const char *> fields[] = {{Field::Name, "useGlobalName"},
                                                     {Field::Username, "useGlobalUsername"},
                                                     {Field::Bio, "useGlobalBio"}};
    int row = 1; // under each caption: rows 1, 3 and 5 of the form are free in column 0
    for (const auto &[field, objectName] : fields) {
        auto *button = new QToolButton(form->parentWidget());
        button->setObjectName(QLatin1String(objectName));
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->hide();
        form->addWidget(button, row, 0, Qt::AlignLeft | Qt::AlignTop);
        row += 2;
        m_buttons[int(field)] = button;
        connect(button, &QToolButton::clicked, this, [this, f = field] {
            m_session->editor()->setValue(f, m_session->inherited()->value(f));
        });
    }
    connect(session->inherited(), &profile::InheritedProfile::changed, this,
            &InheritedFields::update);
    connect(session->editor(), &profile::ProfileEditor::draftChanged, this,
            &InheritedFields::update);
    connect(session, &app::AppSession::modeChanged, this, &InheritedFields::update);
    update();
}

QToolButton *InheritedFields::button(Field field) const
{
    return m_buttons[int(field)];
}

void InheritedFields::update()
{
    auto *inherited = m_session->inherited();
    const bool available = inherited->isAvailable() && !m_session->mode().isGlobal();
    for (Field f : profile::AllFields) {
        const QString global = available ? inherited->value(f) : QString();
        QToolButton *button = m_buttons[int(f)];
        const QString shown = button->fontMetrics().elidedText(
            QString(global).replace(QLatin1Char('\n'), QLatin1Char(' ')), Qt::ElideRight, 140);
        // A '&' in the value is shown as itself, never taken for a mnemonic.
        button->setText(tr("Use global: %1")
                            .arg(shown.isEmpty() ? tr("(empty)")
                                                 : QString(shown).replace(QLatin1Char('&'),
                                                                          QStringLiteral("&&"))));
        button->setToolTip(tr("Use the global value: %1").arg(global));
        button->setAccessibleName(tr("Use global value for %1").arg(profile::fieldKey(f)));
        button->setVisible(available && profile::normalized(f, m_session->editor()->value(f)) !=
                                            profile::normalized(f, global));
    }
    m_name->setPlaceholderText(available ? tr("global: %1").arg(inherited->value(Field::Name))
                                         : tr("Your display name"));
    m_username->setPlaceholderText(available
                                       ? tr("global: %1").arg(inherited->value(Field::Username))
                                       : tr("letters, digits and hyphens"));
    m_bio->setPlaceholderText(available ? tr("global: %1").arg(inherited->value(Field::Bio))
                                        : tr("A few words about you"));
}

} // namespace whop::ui
