#include "ui/PicturePicker.h"

#include "ui/CropDialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QStandardPaths>

namespace whop::ui {

namespace {

QStringList nameFilters()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    return {PicturePicker::tr("Pictures (%1)").arg(patterns.join(QLatin1Char(' '))),
            PicturePicker::tr("All files (*)")};
}

} // namespace

PicturePicker::PicturePicker(QWidget *window) : QObject(window), m_window(window)
{
    connect(&m_loader, &QFutureWatcherBase::finished, this, &PicturePicker::onLoaded);
}

CropDialog *PicturePicker::cropDialog() const
{
    return m_dialog;
}

bool PicturePicker::isBusy() const
{
    return isOpening() || m_dialog;
}

void PicturePicker::chooseFile()
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
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { open(avatar::PictureInput::fromFile(path)); });
    dialog->open();
}

void PicturePicker::paste()
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

void PicturePicker::open(const avatar::PictureInput &input)
{
    if (isBusy() || (m_gate && !m_gate()))
        return;
    Q_EMIT status(tr("Opening the picture…"));
    m_loader.setFuture(avatar::loadPictureAsync(input));
    Q_EMIT openingChanged(true);
}

void PicturePicker::onLoaded()
{
    Q_EMIT openingChanged(false);
    const avatar::LoadedPicture picture = m_loader.result();
    if (picture.isRefused()) {
        Q_EMIT status(QString());
        Q_EMIT message(picture.message);
        return;
    }
    Q_EMIT status(tr("Frame the picture, then choose Use Picture."));
    m_dialog = new CropDialog(picture, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this,
            [this, dialog = m_dialog] { Q_EMIT chosen(dialog->result()); });
    m_dialog->open();
}

} // namespace whop::ui
