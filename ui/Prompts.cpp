#include "ui/Prompts.h"

#include <QLabel>
#include <QPushButton>

namespace whop::ui {

void Prompts::nameIcon(QMessageBox *box, const QString &name)
{
    auto *icon = box->findChild<QLabel *>(QStringLiteral("qt_msgboxex_icon_label"));
    if (!icon)
        return;
    QString text = name;
    if (text.isEmpty()) {
        switch (box->icon()) {
        case QMessageBox::Question:
            text = QMessageBox::tr("Question");
            break;
        case QMessageBox::Warning:
            text = QMessageBox::tr("Warning");
            break;
        case QMessageBox::Critical:
            text = QMessageBox::tr("Error");
            break;
        case QMessageBox::Information:
        case QMessageBox::NoIcon:
            text = QMessageBox::tr("Information");
            break;
        }
    }
    icon->setAccessibleName(text);
}

std::optional<Prompts::Unsaved> Prompts::askUnsavedChanges(QWidget *parent, const QString &text,
                                                           std::function<void(Unsaved)> answered)
{
    ++s_asked;
    if (s_nextUnsaved)
        return std::exchange(s_nextUnsaved, std::nullopt);
    auto *box =
        new QMessageBox(QMessageBox::Warning, QObject::tr("Unsaved changes"), text,
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    nameIcon(box);
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QDialog::finished, box, [box, answered = std::move(answered)] {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Save:
            answered(Unsaved::Save);
            return;
        case QMessageBox::Discard:
            answered(Unsaved::Discard);
            return;
        default: // Cancel, Escape, or the window closed
            answered(Unsaved::Cancel);
            return;
        }
    });
    box->open();
    return std::nullopt;
}

void Prompts::confirm(QWidget *parent, const QString &title, const QString &text,
                      const QString &confirmText, std::function<void()> confirmed)
{
    ++s_asked;
    if (s_nextConfirm) {
        if (*std::exchange(s_nextConfirm, std::nullopt))
            confirmed();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmBox"));
    nameIcon(box);
    QPushButton *yes = box->addButton(confirmText, QMessageBox::AcceptRole);
    QPushButton *no = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(yes);
    box->setEscapeButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QDialog::finished, box, [box, yes, confirmed = std::move(confirmed)] {
        if (box->clickedButton() == yes)
            confirmed();
    });
    box->open();
}

} // namespace whop::ui
