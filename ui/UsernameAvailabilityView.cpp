#include "ui/UsernameAvailabilityView.h"

#include "ui/widgets/FieldMessage.h"

#include <QLineEdit>

namespace whop::ui {

using profile::UsernameAvailability;

UsernameAvailabilityView::UsernameAvailabilityView(profile::UsernameChecker *checker,
                                                   FieldMessage *line, QLineEdit *field)
    : QObject(line), m_line(line)
{
    line->setField(field);
    line->setAlert(false);
    connect(checker, &profile::UsernameChecker::statusChanged, this,
            &UsernameAvailabilityView::show);
    connect(field, &QLineEdit::editingFinished, checker, &profile::UsernameChecker::checkNow);
    show(checker->status());
}

QString UsernameAvailabilityView::textFor(const profile::UsernameStatus &status)
{
    const QString &name = status.candidate;
    if (name.isEmpty())
        return {}; // nothing typed: nothing checked, nothing to say (never "“” is taken")
    switch (status.availability) {
    case UsernameAvailability::None:
    case UsernameAvailability::Waiting:
        return {};
    case UsernameAvailability::Checking:
        return tr("Checking whether “%1” is free…").arg(name);
    case UsernameAvailability::Available:
        return tr("“%1” is available.").arg(name);
    case UsernameAvailability::Yours:
        return tr("“%1” is your current username.").arg(name);
    case UsernameAvailability::Taken:
        return tr("“%1” is taken.").arg(name);
    case UsernameAvailability::Unknown:
        break;
    }
    if (status.reason == api::ErrorKind::RateLimited)
        return tr("Could not check “%1” just now (too many checks); Whop will tell when you save.")
            .arg(name);
    if (status.reason == api::ErrorKind::BadRequest)
        return tr("“%1” cannot be checked in advance; Whop will tell when you save.").arg(name);
    return tr("Could not check whether “%1” is free; Whop will tell when you save.").arg(name);
}

void UsernameAvailabilityView::show(const profile::UsernameStatus &status)
{
    m_line->setAlert(status.availability == UsernameAvailability::Taken);
    m_line->setMessage(textFor(status));
}

} // namespace whop::ui
