#include "DraftRecoveryDialog.h"

#include "Colours.h"

#include "DraftKeeper.h"
#include "ui_DraftRecoveryDialog.h"

#include <QComboBox>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace whop::ui {

using profile::Field;
using profile::FieldChoice;

namespace {

constexpr int MaxShownCharacters = 240;

QString caption(Field field)
{
    switch (field) {
    case Field::Name:
        return DraftRecoveryDialog::tr("Name");
    case Field::Username:
        return DraftRecoveryDialog::tr("Username");
    case Field::Bio:
        return DraftRecoveryDialog::tr("Bio");
    }
    return {};
}

QString shown(const QString &value)
{
    if (value.trimmed().isEmpty())
        return DraftRecoveryDialog::tr("(empty)");
    return value.size() > MaxShownCharacters ? value.left(MaxShownCharacters - 1) + QChar(0x2026)
                                             : value;
}

} // namespace

DraftRecoveryDialog::DraftRecoveryDialog(const profile::DraftRecovery &recovery, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::DraftRecoveryDialog>())
{
    ui->setupUi(this);
    const QString when =
        recovery.draft.savedAt.isValid()
            ? QLocale().toString(recovery.draft.savedAt.toLocalTime(), QLocale::ShortFormat)
            : tr("an earlier session");
    ui->intro->setText(tr("Changes you made to this profile (last kept %1) were not saved to "
                          "Whop. Restore them to carry on where you left off, or discard them.")
                           .arg(when));

    auto *grid = ui->fieldsGrid;
    const QString headers[] = {tr("Field"), tr("Your unsaved draft"), tr("On Whop now")};
    for (int c = 0; c < 3; ++c) {
        auto *h = new QLabel(QStringLiteral("<b>%1</b>").arg(headers[c].toHtmlEscaped()));
        h->setObjectName(QStringLiteral("header%1").arg(c));
        h->setAccessibleName(headers[c]);
        grid->addWidget(h, 0, c);
    }
    int row = 1;
    for (const profile::DraftDifference &d : recovery.fields) {
        const QString key = profile::fieldKey(d.field);
        addRow(row++, caption(d.field), d.draftValue, d.serverValue, key);
        if (!d.serverChanged)
            continue;
        auto *warning = new QLabel(
            tr("Changed on Whop since you started editing (it was “%1”).").arg(shown(d.baseValue)));
        warning->setObjectName(QStringLiteral("conflict_") + key);
        warning->setAccessibleName(tr("%1 changed on Whop").arg(caption(d.field)));
        warning->setWordWrap(true);
        QPalette warningPalette = palette();
        warningPalette.setColor(QPalette::WindowText,
                                toneText(Tone::Warning, warningPalette.color(QPalette::Window)));
        warning->setPalette(warningPalette);
        auto *choice = new QComboBox;
        choice->setObjectName(QStringLiteral("choice_") + key);
        choice->setAccessibleName(tr("Version of %1 to keep").arg(caption(d.field)));
        choice->addItem(tr("Keep my draft"), int(FieldChoice::Draft));
        choice->addItem(tr("Use the version on Whop"), int(FieldChoice::Server));
        m_choices.insert(d.field, choice);
        grid->addWidget(warning, row, 1, 1, 2);
        grid->addWidget(choice, row, 3);
        ++row;
    }
    if (recovery.hasPicture())
        addRow(row++, tr("Picture"), tr("A new picture you chose"), tr("The current picture"),
               QStringLiteral("picture"));
    grid->setRowStretch(row, 1); // rows at the top, space below
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    ui->conflictNote->setVisible(recovery.hasConflicts());

    connect(ui->restoreButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(ui->discardButton, &QPushButton::clicked, this, [this] {
        m_discard = true;
        reject();
    });
}

DraftRecoveryDialog::~DraftRecoveryDialog() = default;

void DraftRecoveryDialog::addRow(int row, const QString &fieldCaption, const QString &mine,
                                 const QString &server, const QString &key)
{
    auto *grid = ui->fieldsGrid;
    auto *name = new QLabel(fieldCaption);
    name->setObjectName(QStringLiteral("field_") + key);
    name->setAccessibleName(fieldCaption);
    auto *draft = new QLabel(shown(mine));
    draft->setObjectName(QStringLiteral("draft_") + key);
    draft->setAccessibleName(tr("Your draft of %1").arg(fieldCaption));
    auto *now = new QLabel(shown(server));
    now->setObjectName(QStringLiteral("server_") + key);
    now->setAccessibleName(tr("%1 on Whop now").arg(fieldCaption));
    for (QLabel *l : {draft, now}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    draft->setToolTip(mine);
    now->setToolTip(server);
    grid->addWidget(name, row, 0, Qt::AlignTop);
    grid->addWidget(draft, row, 1, Qt::AlignTop);
    grid->addWidget(now, row, 2, Qt::AlignTop);
}

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
    if (s_nextAnswer) {
        const Answer a = *std::exchange(s_nextAnswer, std::nullopt);
        QTimer::singleShot(0, parent, [done, a] { done(a); });
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
