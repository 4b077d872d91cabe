#include "UsernameAvailabilityView.h"

#include "AppStyle.h"

#include <QLabel>
#include <QLineEdit>

namespace whop::ui {

using profile::UsernameAvailability;

UsernameAvailabilityView::UsernameAvailabilityView(profile::UsernameChecker *checker, QLabel *label,
                                                   QLineEdit *field)
    : QObject(label), m_label(label), m_field(field)
{
    label->setTextFormat(Qt::PlainText); // the candidate is what was typed
    label->setWordWrap(false);
    // Never wider than the form gives it (a 42-character name must not widen the window), and
    // its line stays reserved while hidden.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->setMinimumHeight(label->fontMetrics().height());
    label->hide();
    connect(checker, &profile::UsernameChecker::statusChanged, this,
            &UsernameAvailabilityView::show);
    connect(field, &QLineEdit::editingFinished, checker, &profile::UsernameChecker::checkNow);
    show(checker->status());
}

QString UsernameAvailabilityView::textFor(const profile::UsernameStatus &status)
{
    const QString &name = status.candidate;
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
    const QString text = textFor(status);
    m_label->setText(text);
    m_label->setToolTip(text);
    m_label->setVisible(!text.isEmpty());
    const bool taken = status.availability == UsernameAvailability::Taken;
    if (m_label->property("taken").toBool() != taken) {
        showAsAlert(m_label, taken);
        m_label->setProperty("taken", taken);
    }
    if (m_field->accessibleDescription() != text)
        m_field->setAccessibleDescription(text);
}

} // namespace whop::ui
