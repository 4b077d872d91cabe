#pragma once

#include "avatar/ImagePipeline.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace whop::avatar {
class ImageFetcher;
}
namespace whop::profile {
class ProfileEditor;
}

namespace whop::ui {

class AvatarWidget;
class CropDialog;
class PicturePicker;

// Choosing a new profile picture: by file dialog, drop or paste on the avatar; decoding it off
// the UI thread; refusing what cannot be used (before any request); framing it in the crop
// dialog; handing the result to the editor's draft. Shows the draft picture, its badge and the
// upload progress on the avatar. Holds no network code: the editor saves.
class PictureController : public QObject
{
    Q_OBJECT
public:
    PictureController(AvatarWidget *avatar, profile::ProfileEditor *editor,
                      avatar::ImageFetcher *fetcher, QMenu *menu, QWidget *window);

    void chooseFile();
    void paste();
    void open(const avatar::PictureInput &input);
    // The crop dialog while it is open (for tests).
    CropDialog *cropDialog() const;
    bool isOpening() const;

Q_SIGNALS:
    // A picture was refused, or the clipboard held none: for the banner.
    void message(const QString &text);
    // Progress and steps, for the status line.
    void status(const QString &text);

private:
    void syncAvatar();
    void onStep();
    void onProgress(qint64 sent, qint64 total);

    AvatarWidget *m_avatar;
    profile::ProfileEditor *m_editor;
    PicturePicker *m_picker;
    QImage m_accepted; // shown after a save until the server's picture arrives
};

} // namespace whop::ui
