#include "ui/dialogs/SaveConflictDialog.h"

#include "avatar/ImageFetcher.h"
#include "history/Restorer.h"
#include "profile/ProfileEditor.h"
#include "ui/PlainText.h"
#include "ui/TallEnough.h"
#include "ui/widgets/FieldComparison.h"
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
    setUp();
    addConflict(conflict, {}, {}, yourPicture, {}, nam);
    const bool taken = !conflict.taken.isEmpty() || conflict.pictureTaken;
    ui->takenNote->setVisible(taken);
    if (taken)
        ui->takenNote->setText(
            tr("Also changed elsewhere, and kept as it is on Whop (you had not changed it): %1.")
                .arg(listOfCaptions(conflict.taken, conflict.pictureTaken)));
    finishSetUp();
}

SaveConflictDialog::SaveConflictDialog(const QList<ProfileConflict> &profiles,
                                       QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SaveConflictDialog>())
{
    m_restore = true;
    setUp();
    const QString title = tr("Changed on Whop since");
    setWindowTitle(title);
    setAccessibleName(title);
    ui->intro->setText(
        profiles.size() == 1
            ? tr("Since the change you are putting back, this profile was also changed elsewhere "
                 "(on the web, on another device or by a teammate). Nothing has been put back on "
                 "these fields yet. Choose which version of each to keep: Whop's is kept unless "
                 "you choose otherwise.")
            : tr("Since the batch you are putting back, %n account(s) were also changed "
                 "elsewhere (on the web, on another device or by a teammate). Nothing has been put "
                 "back on these fields yet; the other accounts are restored meanwhile. Choose "
                 "which "
                 "version of each to keep: Whop's is kept unless you choose otherwise.",
                 nullptr, int(profiles.size())));
    ui->saveButton->setText(tr("&Restore with these choices"));
    ui->saveButton->setAccessibleName(tr("Restore with these choices"));
    ui->backButton->setText(tr("&Keep Whop's values"));
    ui->backButton->setAccessibleName(tr("Keep Whop's values"));
    for (const ProfileConflict &p : profiles) {
        const QString prefix = QStringLiteral("p%1_").arg(p.key);
        const QString where = profiles.size() > 1 ? p.title : QString();
        if (!where.isEmpty()) {
            auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(where.toHtmlEscaped()));
            heading->setObjectName(QStringLiteral("profile_%1").arg(p.key));
            heading->setAccessibleName(where);
            ui->fieldsGrid->addWidget(heading, m_view->nextRow(), 0, 1, ChoiceColumn + 1);
            m_view->skip();
        }
        const qsizetype before = m_tabOrder.size();
        addConflict(p.conflict, prefix, where, {}, p.wantedPicture, nam);
        for (qsizetype i = before; i < m_tabOrder.size(); ++i) {
            const QString key = m_tabOrder.at(i)->objectName().mid(7); // after "choice_"
            m_profileOf.insert(key, {p.key, key.mid(prefix.size())});
        }
    }
    ui->takenNote->hide();
    finishSetUp();
}

SaveConflictDialog::~SaveConflictDialog() = default;

void SaveConflictDialog::setUp()
{
    ui->setupUi(this);
    keepTallEnough(this); // its wrapped texts take more lines in some languages
    m_view = std::make_unique<FieldComparison>(
        ui->fieldsGrid,
        m_restore
            ? QList<FieldComparison::Column>{{tr("As this editor wrote it"),
                                              QStringLiteral("original"),
                                              tr("%1 as this editor wrote it")},
                                             {tr("On Whop now"), QStringLiteral("theirs"),
                                              tr("%1 on Whop now (changed elsewhere)")},
                                             {tr("To put back"), QStringLiteral("yours"),
                                              tr("%1 to put back")}}
            : QList<FieldComparison::Column>{
                  {tr("Before you edited"), QStringLiteral("original"), tr("%1 before you edited")},
                  {tr("On Whop now"), QStringLiteral("theirs"),
                   tr("%1 on Whop now (changed elsewhere)")},
                  {tr("Yours"), QStringLiteral("yours"), tr("Your %1")}});
    const QString keep = tr("Keep");
    auto *keepHeader = new QLabel(QStringLiteral("<b>%1</b>").arg(keep.toHtmlEscaped()));
    keepHeader->setObjectName(QStringLiteral("header4"));
    keepHeader->setAccessibleName(keep);
    ui->fieldsGrid->addWidget(keepHeader, 0, ChoiceColumn);
}

void SaveConflictDialog::addConflict(const profile::SaveConflict &conflict, const QString &prefix,
                                     const QString &where, const QImage &yourPicture,
                                     const QUrl &wantedPicture, QNetworkAccessManager *nam)
{
    auto *grid = ui->fieldsGrid;
    // In a list of several accounts, each control says which account it is about.
    auto inPlace = [&where](const QString &caption) {
        return where.isEmpty() ? caption : tr("%1 in %2").arg(caption, where);
    };
    for (const profile::FieldConflict &c : conflict.fields) {
        const QString caption = FieldComparison::caption(c.field);
        const int row = m_view->addRow(prefix + profile::fieldKey(c.field), caption,
                                       {c.original, c.theirs, c.yours});
        addChoice(row, prefix + profile::fieldKey(c.field), inPlace(caption), true);
    }
    if (!conflict.picture)
        return;
    const QString caption = tr("Picture");
    const int row = m_view->nextRow();
    m_view->skip();
    auto *name = new QLabel(caption);
    name->setObjectName(QStringLiteral("field_%1picture").arg(prefix));
    name->setAccessibleName(inPlace(caption));
    grid->addWidget(name, row, 0, Qt::AlignTop);
    showPicture(pictureCell(row, 1, QStringLiteral("original_%1picture").arg(prefix),
                            m_restore ? inPlace(tr("The picture this editor set"))
                                      : tr("The picture before you edited")),
                conflict.picture->original, nam);
    showPicture(pictureCell(row, 2, QStringLiteral("theirs_%1picture").arg(prefix),
                            inPlace(tr("The picture on Whop now (changed elsewhere)"))),
                conflict.picture->theirs, nam);
    QLabel *yours =
        pictureCell(row, 3, QStringLiteral("yours_%1picture").arg(prefix),
                    m_restore ? inPlace(tr("The picture to put back")) : tr("Your picture"));
    if (!yourPicture.isNull())
        yours->setPixmap(QPixmap::fromImage(yourPicture.scaled(
            ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    else if (m_restore)
        showPicture(yours, wantedPicture, nam);
    addChoice(row, prefix + QStringLiteral("picture"), inPlace(caption), false);
}

void SaveConflictDialog::finishSetUp()
{
    m_view->finish();
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

void SaveConflictDialog::addChoice(int row, const QString &key, const QString &caption,
                                   bool withOriginal)
{
    auto *choice = new QComboBox;
    choice->setObjectName(QStringLiteral("choice_") + key);
    // On Linux a combo box is announced by its value; what it chooses is its description.
    choice->setAccessibleName(tr("Version of %1 to keep").arg(caption));
    choice->setAccessibleDescription(choice->accessibleName());
    if (m_restore) {
        // Whop's first: nothing changed elsewhere is overwritten unless the person picks it.
        choice->addItem(tr("The one on Whop now"), int(ConflictChoice::Theirs));
        choice->addItem(tr("Put it back"), int(ConflictChoice::Yours));
        if (withOriginal)
            choice->addItem(tr("As this editor wrote it"), int(ConflictChoice::Original));
    } else {
        choice->addItem(tr("Yours"), int(ConflictChoice::Yours));
        choice->addItem(tr("The one on Whop now"), int(ConflictChoice::Theirs));
        if (withOriginal)
            choice->addItem(tr("As before you edited"), int(ConflictChoice::Original));
    }
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
        QString key = it.key();
        int profileKey = 0;
        if (m_restore) {
            const auto of = m_profileOf.value(key);
            profileKey = of.first;
            key = of.second;
        }
        Field field{};
        if (profile::fieldFromKey(key, &field)) {
            a.choices.insert(field, choice);
            if (m_restore)
                a.profileChoices[profileKey].insert(field, choice);
        } else {
            a.picture = choice;
            if (m_restore)
                a.profilePictures.insert(profileKey, choice);
        }
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

void SaveConflictDialog::attach(history::Restorer *restorer, QWidget *window,
                                QNetworkAccessManager *nam,
                                std::function<QString(const QString &)> titleOf,
                                std::function<void(const QString &)> status)
{
    connect(restorer, &history::Restorer::conflictsFound, window,
            [restorer = QPointer(restorer), window, nam, titleOf, status] {
                QList<ProfileConflict> profiles;
                for (int i : restorer->conflicts()) {
                    const history::RestoreTarget &t = restorer->plan().targets.at(i);
                    const QString id = t.accountId();
                    const QString title = titleOf ? titleOf(id) : QString();
                    profiles.append({i,
                                     id.isEmpty() ? tr("Global profile")
                                     : title.isEmpty() || title == id
                                         ? id
                                         : QStringLiteral("%1 (%2)").arg(title, id),
                                     restorer->conflict(i), t.pictureWanted});
                }
                if (status)
                    status(tr("Some fields were changed on Whop since: choose what to keep."));
                auto *dialog = new SaveConflictDialog(profiles, nam, window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::finished, dialog, [dialog, restorer] {
                    if (!restorer)
                        return;
                    const Answer a = dialog->answer();
                    if (a.save)
                        restorer->resolve(a.profileChoices, a.profilePictures);
                    else
                        restorer->keepTheirs();
                });
                dialog->open();
            });
}

} // namespace whop::ui
