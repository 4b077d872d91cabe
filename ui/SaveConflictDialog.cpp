#include "SaveConflictDialog.h"

#include "FieldComparison.h"
#include "ImageFetcher.h"
#include "PlainText.h"
#include "ProfileEditor.h"
#include "TallEnough.h"
#include "ui_SaveConflictDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>

namespace whop::ui {

using profile::ConflictChoice;
using profile::Field;

namespace {

constexpr int ThumbnailSide = 64;
constexpr int ChoiceColumn = 4;
constexpr int MaxRowsHeight = 360;

QString listOfCaptions(const QList<Field> &fields, bool picture)
{
    QStringList names;
    for (Field f : fields)
        names << FieldComparison::caption(f);
    if (picture)
        names << SaveConflictDialog::tr("Picture");
    return QLocale().createSeparatedList(names);
}

} // namespace

SaveConflictDialog::SaveConflictDialog(const profile::SaveConflict &conflict,
                                       const QImage &yourPicture, QNetworkAccessManager *nam,
                                       QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SaveConflictDialog>())
{
    ui->setupUi(this);
    keepTallEnough(this); // its wrapped texts take more lines in some languages
    auto *grid = ui->fieldsGrid;
    FieldComparison view(
        grid,
        {{tr("Before you edited"), QStringLiteral("original"), tr("%1 before you edited")},
         {tr("On Whop now"), QStringLiteral("theirs"), tr("%1 on Whop now (changed elsewhere)")},
         {tr("Yours"), QStringLiteral("yours"), tr("Your %1")}});
    const QString keep = tr("Keep");
    auto *keepHeader = new QLabel(QStringLiteral("<b>%1</b>").arg(keep.toHtmlEscaped()));
    keepHeader->setObjectName(QStringLiteral("header4"));
    keepHeader->setAccessibleName(keep);
    grid->addWidget(keepHeader, 0, ChoiceColumn);

    for (const profile::FieldConflict &c : conflict.fields) {
        const QString caption = FieldComparison::caption(c.field);
        const int row =
            view.addRow(profile::fieldKey(c.field), caption, {c.original, c.theirs, c.yours});
        addChoice(row, profile::fieldKey(c.field), caption, true);
    }
    if (conflict.picture) {
        const QString caption = tr("Picture");
        const int row = view.nextRow();
        view.skip();
        auto *name = new QLabel(caption);
        name->setObjectName(QStringLiteral("field_picture"));
        name->setAccessibleName(caption);
        grid->addWidget(name, row, 0, Qt::AlignTop);
        showPicture(pictureCell(row, 1, QStringLiteral("original_picture"),
                                tr("The picture before you edited")),
                    conflict.picture->original, nam);
        showPicture(pictureCell(row, 2, QStringLiteral("theirs_picture"),
                                tr("The picture on Whop now (changed elsewhere)")),
                    conflict.picture->theirs, nam);
        QLabel *yours = pictureCell(row, 3, QStringLiteral("yours_picture"), tr("Your picture"));
        if (!yourPicture.isNull())
            yours->setPixmap(QPixmap::fromImage(yourPicture.scaled(
                ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        addChoice(row, QStringLiteral("picture"), caption, false);
    }
    view.finish();

    const bool taken = !conflict.taken.isEmpty() || conflict.pictureTaken;
    ui->takenNote->setVisible(taken);
    if (taken)
        ui->takenNote->setText(
            tr("Also changed elsewhere, and kept as it is on Whop (you had not changed it): %1.")
                .arg(listOfCaptions(conflict.taken, conflict.pictureTaken)));

    // As tall as its rows (up to a point, then the rows scroll): a one-field conflict is a small
    // question, not a big window.
    ui->scrollArea->setMinimumHeight(qMin(ui->fieldsArea->sizeHint().height(), MaxRowsHeight));
    resize(width(), sizeHint().height());

    // Keyboard: Tab goes through the choices, then Save, then Back; Enter saves from anywhere.
    m_tabOrder << ui->saveButton << ui->backButton;
    for (int i = 0; i + 1 < m_tabOrder.size(); ++i)
        setTabOrder(m_tabOrder.at(i), m_tabOrder.at(i + 1));
    if (!m_tabOrder.isEmpty())
        m_tabOrder.first()->setFocus(Qt::OtherFocusReason);
    connect(ui->saveButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(ui->backButton, &QPushButton::clicked, this, &QDialog::reject);
}

SaveConflictDialog::~SaveConflictDialog() = default;

void SaveConflictDialog::addChoice(int row, const QString &key, const QString &caption,
                                   bool withOriginal)
{
    auto *choice = new QComboBox;
    choice->setObjectName(QStringLiteral("choice_") + key);
    // On Linux a combo box is announced by its value; what it chooses is its description.
    choice->setAccessibleName(tr("Version of %1 to keep").arg(caption));
    choice->setAccessibleDescription(choice->accessibleName());
    choice->addItem(tr("Yours"), int(ConflictChoice::Yours));
    choice->addItem(tr("The one on Whop now"), int(ConflictChoice::Theirs));
    if (withOriginal)
        choice->addItem(tr("As before you edited"), int(ConflictChoice::Original));
    ui->fieldsGrid->addWidget(choice, row, ChoiceColumn, Qt::AlignTop);
    m_choices.insert(key, choice);
    m_tabOrder.append(choice);
}

QLabel *SaveConflictDialog::pictureCell(int row, int column, const QString &name,
                                        const QString &accessible)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setAccessibleName(accessible); // an image: its name is all a screen reader has
    label->setFixedSize(ThumbnailSide, ThumbnailSide);
    label->setAlignment(Qt::AlignCenter);
    label->setFrameShape(QFrame::StyledPanel);
    ui->fieldsGrid->addWidget(label, row, column, Qt::AlignTop | Qt::AlignLeft);
    return label;
}

void SaveConflictDialog::showPicture(QLabel *label, const QUrl &url, QNetworkAccessManager *nam)
{
    if (url.isEmpty()) {
        label->setText(tr("None"));
        return;
    }
    setPlainToolTip(label, url.toString());
    if (!nam) {
        label->setText(tr("Picture"));
        return;
    }
    auto *fetcher = new avatar::ImageFetcher(nam, this);
    connect(fetcher, &avatar::ImageFetcher::imageReady, label,
            [label](const QUrl &, const QImage &image) {
                label->setPixmap(QPixmap::fromImage(image));
            });
    connect(fetcher, &avatar::ImageFetcher::failed, label,
            [label](const QUrl &, const QString &) { label->setText(tr("Unavailable")); });
    fetcher->fetch(url, label->size(), devicePixelRatioF());
}

SaveConflictDialog::Answer SaveConflictDialog::answer() const
{
    Answer a;
    a.save = result() == QDialog::Accepted;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const auto choice = ConflictChoice(it.value()->currentData().toInt());
        Field field{};
        if (profile::fieldFromKey(it.key(), &field))
            a.choices.insert(field, choice);
        else
            a.picture = choice;
    }
    return a;
}

QString SaveConflictDialog::noteFor(const profile::SaveConflict &check)
{
    if (check.taken.isEmpty() && !check.pictureTaken)
        return {};
    return QLatin1Char(' ') + tr("Changed elsewhere meanwhile, so kept as on Whop: %1.")
                                  .arg(listOfCaptions(check.taken, check.pictureTaken));
}

void SaveConflictDialog::offer(QWidget *parent, const profile::SaveConflict &conflict,
                               const QImage &yourPicture, QNetworkAccessManager *nam, Done done)
{
    auto *dialog = new SaveConflictDialog(conflict, yourPicture, nam, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, dialog, [dialog, done](int) { done(dialog->answer()); });
    dialog->open(); // window-modal, no nested event loop
}

void SaveConflictDialog::attach(profile::ProfileEditor *editor, QWidget *window,
                                QNetworkAccessManager *nam,
                                std::function<void(const QString &)> status)
{
    connect(
        editor, &profile::ProfileEditor::conflictFound, window,
        [editor = QPointer(editor), window, nam, status](const profile::SaveConflict &conflict) {
            if (status)
                status(tr("Not saved yet: some fields were changed on Whop meanwhile."));
            offer(window, conflict, editor->pendingPicture().preview, nam,
                  [editor, status](const Answer &a) {
                      if (!editor || !editor->hasUnresolvedConflict())
                          return;
                      if (a.save)
                          editor->resolveConflicts(a.choices, a.picture);
                      else if (status)
                          status(tr("Nothing was saved. Your changes are still here; saving "
                                    "again shows what changed on Whop."));
                  });
        });
}

} // namespace whop::ui
