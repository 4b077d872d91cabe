#include "ui/PictureController.h"

#include "avatar/ImageFetcher.h"
#include "profile/ProfileEditor.h"
#include "ui/PicturePicker.h"
#include "ui/dialogs/CropDialog.h"
#include "ui/widgets/AvatarWidget.h"

#include <QAction>
#include <QLocale>
#include <QMenu>

namespace whop::ui {

using avatar::SaveStep;
using profile::ProfileEditor;

PictureController::PictureController(AvatarWidget *avatar, ProfileEditor *editor,
                                     avatar::ImageFetcher *fetcher, QMenu *menu, QWidget *window)
    : QObject(window), m_avatar(avatar), m_editor(editor), m_picker(new PicturePicker(window))
{
    if (menu) {
        menu->addSeparator();
        QAction *choose =
            menu->addAction(tr("Choose &Picture…"), this, &PictureController::chooseFile);
        choose->setObjectName(QStringLiteral("actionChoosePicture"));
        choose->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        QAction *paste = menu->addAction(tr("P&aste Picture"), this, &PictureController::paste);
        paste->setObjectName(QStringLiteral("actionPastePicture"));
        paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    }
    connect(avatar, &AvatarWidget::pickRequested, this, &PictureController::chooseFile);
    connect(avatar, &AvatarWidget::pasteRequested, this, &PictureController::paste);
    connect(avatar, &AvatarWidget::filesDropped, this, [this](const QStringList &paths) {
        open(avatar::PictureInput::fromFile(paths.first()));
    });
    connect(avatar, &AvatarWidget::dataDropped, this,
            [this](const QByteArray &data, const QString &name) {
                open(avatar::PictureInput::fromData(data, name));
            });
    connect(avatar, &AvatarWidget::imageDropped, this, [this](const QImage &image) {
        open(avatar::PictureInput::fromImage(image, tr("The dropped picture")));
    });
    m_picker->setGate([this] { return !m_editor->isBusy() && m_editor->hasSnapshot(); });
    connect(m_picker, &PicturePicker::openingChanged, this,
            [this](bool opening) { m_avatar->setPickingEnabled(!opening && !m_editor->isBusy()); });
    connect(m_picker, &PicturePicker::message, this, &PictureController::message);
    connect(m_picker, &PicturePicker::status, this, &PictureController::status);
    connect(m_picker, &PicturePicker::chosen, this, [this](const avatar::EncodedPicture &picture) {
        m_editor->setPicture(picture);
        Q_EMIT status(tr("New picture chosen; it is uploaded when you save."));
    });

    connect(editor, &ProfileEditor::pictureChanged, this, &PictureController::syncAvatar);
    connect(editor, &ProfileEditor::stateChanged, this, &PictureController::onStep);
    connect(editor, &ProfileEditor::saveStepChanged, this, &PictureController::onStep);
    connect(editor, &ProfileEditor::uploadProgress, this, &PictureController::onProgress);
    // After a save, the chosen picture stays until the server's own arrives, fetched fresh.
    auto serverPictureShown = [this] {
        if (!m_accepted.isNull() && !m_editor->hasPendingPicture()) {
            m_accepted = {};
            m_avatar->setPendingImage({}, false);
        }
    };
    connect(fetcher, &avatar::ImageFetcher::imageReady, this, serverPictureShown);
    connect(fetcher, &avatar::ImageFetcher::failed, this, serverPictureShown);
}

CropDialog *PictureController::cropDialog() const
{
    return m_picker->cropDialog();
}

bool PictureController::isOpening() const
{
    return m_picker->isOpening();
}

void PictureController::chooseFile()
{
    m_picker->chooseFile();
}

void PictureController::paste()
{
    m_picker->paste();
}

void PictureController::open(const avatar::PictureInput &input)
{
    m_picker->open(input);
}

void PictureController::syncAvatar()
{
    if (m_editor->hasPendingPicture()) {
        m_accepted = m_editor->pendingPicture().preview;
        m_avatar->setPendingImage(m_accepted, true);
    } else if (m_editor->state() == ProfileEditor::State::Saving && !m_accepted.isNull()) {
        m_avatar->setPendingImage(m_accepted, false); // saved: until the server's one arrives
    } else {
        m_accepted = {};
        m_avatar->setPendingImage({}, false); // reverted or reset
    }
}

void PictureController::onStep()
{
    const bool saving = m_editor->state() == ProfileEditor::State::Saving;
    m_avatar->setPickingEnabled(!m_editor->isBusy() && !m_picker->isOpening());
    if (!saving || !m_editor->hasPendingPicture()) {
        m_avatar->setProgress(-1);
        return;
    }
    switch (m_editor->saveStep()) {
    case SaveStep::Create:
        m_avatar->setProgress(0, tr("Starting…"));
        Q_EMIT status(tr("Preparing the upload…"));
        break;
    case SaveStep::Upload:
        m_avatar->setProgress(0);
        break;
    case SaveStep::Process:
        m_avatar->setProgress(100, tr("Processing…"));
        Q_EMIT status(tr("Whop is processing the picture…"));
        break;
    case SaveStep::Check:
        m_avatar->setProgress(100, tr("Checking…"));
        Q_EMIT status(tr("Checking for changes made elsewhere…"));
        break;
    case SaveStep::Update:
        m_avatar->setProgress(100, tr("Saving…"));
        Q_EMIT status(tr("Saving the profile…"));
        break;
    case SaveStep::None:
        break;
    }
}

void PictureController::onProgress(qint64 sent, qint64 total)
{
    if (total <= 0)
        return;
    const int percent = int(sent * 100 / total);
    m_avatar->setProgress(percent);
    const QLocale locale;
    Q_EMIT status(tr("Uploading the picture: %1 of %2 (%3%)")
                      .arg(locale.formattedDataSize(sent), locale.formattedDataSize(total))
                      .arg(percent));
}

} // namespace whop::ui
