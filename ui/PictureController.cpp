#include "PictureController.h"

#include "AvatarWidget.h"
#include "CropDialog.h"
#include "ImageFetcher.h"
#include "ProfileEditor.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QImageReader>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>

namespace whop::ui {

using avatar::SaveStep;
using profile::ProfileEditor;

namespace {

QStringList nameFilters()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    return {QObject::tr("Pictures (%1)").arg(patterns.join(QLatin1Char(' '))),
            QObject::tr("All files (*)")};
}

} // namespace

PictureController::PictureController(AvatarWidget *avatar, ProfileEditor *editor,
                                     avatar::ImageFetcher *fetcher, QMenu *menu, QWidget *window)
    : QObject(window), m_avatar(avatar), m_editor(editor), m_window(window)
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
    connect(&m_loader, &QFutureWatcherBase::finished, this, &PictureController::onLoaded);

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
    return m_dialog;
}

void PictureController::chooseFile()
{
    if (!s_nextFileName.isEmpty()) {
        open(avatar::PictureInput::fromFile(std::exchange(s_nextFileName, {})));
        return;
    }
    auto *dialog =
        new QFileDialog(m_window, tr("Choose a Profile Picture"),
                        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    dialog->setObjectName(QStringLiteral("pictureFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(nameFilters());
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { open(avatar::PictureInput::fromFile(path)); });
    dialog->open();
}

void PictureController::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (mime) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                return open(avatar::PictureInput::fromFile(url.toLocalFile()));
        }
        const QList<QByteArray> readable = QImageReader::supportedMimeTypes();
        for (const QString &format : mime->formats()) {
            if (format.startsWith(QLatin1String("image/")) && readable.contains(format.toLatin1()))
                return open(
                    avatar::PictureInput::fromData(mime->data(format), tr("The pasted picture")));
        }
        if (mime->hasImage())
            return open(avatar::PictureInput::fromImage(qvariant_cast<QImage>(mime->imageData()),
                                                        tr("The pasted picture")));
    }
    Q_EMIT message(tr("The clipboard holds no picture. Copy a picture or a picture file first."));
}

void PictureController::open(const avatar::PictureInput &input)
{
    if (m_loader.isRunning() || m_dialog || m_editor->isBusy() || !m_editor->hasSnapshot())
        return;
    m_avatar->setPickingEnabled(false);
    Q_EMIT status(tr("Opening the picture…"));
    m_loader.setFuture(avatar::loadPictureAsync(input));
}

void PictureController::onLoaded()
{
    m_avatar->setPickingEnabled(!m_editor->isBusy());
    const avatar::LoadedPicture picture = m_loader.result();
    if (picture.isRefused()) {
        Q_EMIT status(QString());
        Q_EMIT message(picture.message);
        return;
    }
    Q_EMIT status(tr("Frame the picture, then choose Use Picture."));
    m_dialog = new CropDialog(picture, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        m_editor->setPicture(dialog->result());
        Q_EMIT status(tr("New picture chosen; it is uploaded when you save."));
    });
    m_dialog->open();
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
    m_avatar->setPickingEnabled(!m_editor->isBusy() && !m_loader.isRunning());
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
