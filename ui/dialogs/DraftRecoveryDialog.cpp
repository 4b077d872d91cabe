#include "ui/dialogs/DraftRecoveryDialog.h"

#include "ui/Colours.h"
#include "ui/Prompts.h"

#include "profile/DraftKeeper.h"
#include "ui/TallEnough.h"
#include "ui/widgets/FieldComparison.h"
#include "ui_DraftRecoveryDialog.h"

#include <QComboBox>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace whop::ui {

using profile::Field;
using profile::FieldChoice;

DraftRecoveryDialog::DraftRecoveryDialog(const profile::DraftRecovery &recovery, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::DraftRecoveryDialog>())
{
    ui->setupUi(this);
    keepTallEnough(this); // its wrapped texts take more lines in some languages
    const QString when =
        recovery.draft.savedAt.isValid()
            ? QLocale().toString(recovery.draft.savedAt.toLocalTime(), QLocale::ShortFormat)
            : tr("an earlier session");
    ui->intro->setText(tr("Changes you made to this profile (last kept %1) were not saved to "
                          "Whop. Restore them to carry on where you left off, or discard them.")
                           .arg(when));

    auto *grid = ui->fieldsGrid;
    FieldComparison view(
        grid, {{tr("Your unsaved draft"), QStringLiteral("draft"), tr("Your draft of %1")},
               {tr("On Whop now"), QStringLiteral("server"), tr("%1 on Whop now")}});
    for (const profile::DraftDifference &d : recovery.fields) {
        const QString key = profile::fieldKey(d.field);
        const QString caption = FieldComparison::caption(d.field);
        view.addRow(key, caption, {d.draftValue, d.serverValue});
        if (!d.serverChanged)
            continue;
        const int row = view.nextRow();
        view.skip();
        auto *warning = new QLabel(tr("Changed on Whop since you started editing (it was “%1”).")
                                       .arg(FieldComparison::shown(d.baseValue)));
        warning->setObjectName(QStringLiteral("conflict_") + key);
        warning->setAccessibleDescription(tr("%1 changed on Whop").arg(caption));
        warning->setWordWrap(true);
        warning->setTextFormat(Qt::PlainText);
        QPalette warningPalette = palette();
        warningPalette.setColor(QPalette::WindowText,
                                toneText(Tone::Warning, warningPalette.color(QPalette::Window)));
        warning->setPalette(warningPalette);
        auto *choice = new QComboBox;
        choice->setObjectName(QStringLiteral("choice_") + key);
        // On Linux a combo box is announced by its value; what it chooses is its description.
        choice->setAccessibleName(tr("Version of %1 to keep").arg(caption));
        choice->setAccessibleDescription(choice->accessibleName());
        choice->addItem(tr("Keep my draft"), int(FieldChoice::Draft));
        choice->addItem(tr("Use the version on Whop"), int(FieldChoice::Server));
        m_choices.insert(d.field, choice);
        grid->addWidget(warning, row, 1, 1, 2);
        grid->addWidget(choice, row, 3);
    }
    if (recovery.hasPicture())
        view.addRow(QStringLiteral("picture"), tr("Picture"),
                    {tr("A new picture you chose"), tr("The current picture")});
    view.finish();
    ui->conflictNote->setVisible(recovery.hasConflicts());

    connect(ui->restoreButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(ui->discardButton, &QPushButton::clicked, this, [this] {
        m_discard = true;
        reject();
    });
}

DraftRecoveryDialog::~DraftRecoveryDialog() = default;

DraftRecoveryDialog::Answer DraftRecoveryDialog::answer() const
{
    Answer a;
    a.restore = !m_discard;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        a.choices.insert(it.key(), FieldChoice(it.value()->currentData().toInt()));
    return a;
}

void DraftRecoveryDialog::offer(QWidget *parent, const profile::DraftRecovery &recovery, Done done)
{
    ++s_offered;
    if (const auto scripted = Prompts::takeNextAnswer<Answer>()) {
        QTimer::singleShot(0, parent, [done, a = *scripted] { done(a); });
        return;
    }
    auto *dialog = new DraftRecoveryDialog(recovery, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, dialog, [dialog, done](int) { done(dialog->answer()); });
    dialog->open(); // window-modal, no nested event loop
}

void DraftRecoveryDialog::attach(profile::DraftKeeper *keeper, QWidget *window)
{
    connect(keeper, &profile::DraftKeeper::recoveryOffered, window,
            [keeper = QPointer(keeper), window](const profile::DraftRecovery &recovery) {
                offer(window, recovery, [keeper, recovery](const Answer &a) {
                    // Only the offer still waiting is answered (not one of an earlier profile).
                    if (!keeper || !keeper->pendingRecovery() ||
                        keeper->pendingRecovery()->draft != recovery.draft)
                        return;
                    if (a.restore)
                        keeper->restore(a.choices);
                    else
                        keeper->discardRecovered();
                });
            });
}

} // namespace whop::ui
