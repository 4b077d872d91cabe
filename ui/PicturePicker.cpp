#include "ui/PicturePicker.h"

#include "ui/Prompts.h"
#include "ui/dialogs/CropDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImageReader>
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
    Prompts::chooseFile(m_window, QStringLiteral("pictureFileDialog"),
                        tr("Choose a Profile Picture"),
                        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                        nameFilters(), [self = QPointer(this)](const QString &path) {
                            if (self)
                                self->open(avatar::PictureInput::fromFile(path));
                        });
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
