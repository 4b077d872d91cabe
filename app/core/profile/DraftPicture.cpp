#include "profile/DraftPicture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent>

namespace whop::profile {

QString keepPictureCopy(const avatar::EncodedPicture &picture, const QString &dataDirectory,
                        QString *error)
{
    if (picture.isNull())
        return {};
    const QString extension =
        picture.mimeType == "image/png" ? QStringLiteral("png") : QStringLiteral("jpg");
    const QString relative =
        QLatin1String(DraftPicturesFolder) + QLatin1Char('/') +
        QString::fromLatin1(
            QCryptographicHash::hash(picture.bytes, QCryptographicHash::Sha256).toHex().left(24)) +
        QLatin1Char('.') + extension;
    const QString path = QDir(dataDirectory).filePath(relative);
    if (QFileInfo(path).size() == picture.bytes.size())
        return relative; // kept already
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(picture.bytes) < 0 ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return relative;
}

void loadPictureCopy(const QString &absolutePath, QObject *context,
                     std::function<void(const avatar::EncodedPicture &)> done)
{
    auto *watcher = new QFutureWatcher<avatar::EncodedPicture>(context);
    QObject::connect(watcher, &QFutureWatcher<avatar::EncodedPicture>::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run([absolutePath] {
        avatar::EncodedPicture picture;
        QFile file(absolutePath);
        if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024)
            return picture;
        const QByteArray bytes = file.readAll();
        QImage preview;
        if (!preview.loadFromData(bytes))
            return picture;
        picture.bytes = bytes;
        const bool png = absolutePath.endsWith(QLatin1String(".png"));
        picture.mimeType = png ? QByteArray("image/png") : QByteArray("image/jpeg");
        picture.fileName = png ? QStringLiteral("picture.png") : QStringLiteral("picture.jpg");
        picture.pixelSize = preview.size();
        picture.transparent = png && avatar::hasVisibleTransparency(preview);
        picture.preview = preview;
        return picture;
    }));
}

} // namespace whop::profile
