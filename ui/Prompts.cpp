#include "ui/Prompts.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>

namespace whop::ui {

void Prompts::setNextAnswer(const Answer &answer)
{
    for (auto it = s_next.begin(); it != s_next.end(); ++it) {
        if (it->index() == answer.index()) {
            *it = answer;
            return;
        }
    }
    s_next.push_back(answer);
}

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
    if (const auto scripted = takeNextAnswer<Unsaved>())
        return scripted;
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
    if (const auto scripted = takeNextAnswer<Confirm>()) {
        if (*scripted == Confirm::Yes)
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

void Prompts::chooseFile(QWidget *parent, const QString &objectName, const QString &caption,
                         const QString &folder, const QStringList &filters,
                         std::function<void(const QString &)> chosen)
{
    if (const auto scripted = takeNextAnswer<FileName>()) {
        chosen(scripted->path);
        return;
    }
    auto *dialog = new QFileDialog(parent, caption, folder);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(filters);
    // Qt's own file dialog shows "Look in:" and "Files of type:" beside its two lists without
    // making them their buddies: a screen reader would announce the lists by their values only.
    const std::pair<const char *, const char *> captions[] = {{"lookInLabel", "lookInCombo"},
                                                              {"fileTypeLabel", "fileTypeCombo"}};
    for (const auto &[labelName, comboName] : captions) {
        auto *label = dialog->findChild<QLabel *>(QLatin1String(labelName));
        auto *combo = dialog->findChild<QComboBox *>(QLatin1String(comboName));
        if (label && combo && !label->buddy())
            label->setBuddy(combo);
    }
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [chosen = std::move(chosen)](const QString &path) { chosen(path); });
    dialog->open();
}

} // namespace whop::ui
