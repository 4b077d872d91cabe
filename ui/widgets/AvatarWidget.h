#pragma once

#include "avatar/InitialsFace.h"

#include <QImage>
#include <QLabel>

class QProgressBar;

namespace whop::ui {

// The profile picture: shows the server's picture (QLabel's pixmap), or for a profile without
// one its face (initials on the user's colour, avatar::InitialsFace), greyed when the picture
// could not be loaded; while a picture is chosen and not saved yet, that picture with a "Not
// saved yet" badge; during a save, the upload progress. Its accessible description always says
// which of these is shown. A drop target for picture files and image data; a click (or Space)
// asks for a file; Ctrl+V pastes. It only reports what the person did; the controller decides
// what happens.
class AvatarWidget : public QLabel
{
    Q_OBJECT
public:
    enum class Shown
    {
        Picture,     // the server's picture
        NoPicture,   // the profile has none: its face
        Unavailable, // it has one that could not be loaded: its face, greyed
    };

    explicit AvatarWidget(QWidget *parent = nullptr);

    // Whose picture it is, for the face shown without one: initials from `name`, else from
    // `username`, on the colour of `userId`. Empty: nobody yet (a plain disc, no initials).
    void setPerson(const QString &name, const QString &username, const QString &userId);
    // Shows the server's square picture, clipped to a circle (keeping its device pixel ratio).
    void showServerPicture(const QImage &square);
    // The profile has no picture: its face.
    void showNoPicture();
    // The profile's picture could not be loaded: its face, greyed.
    void showPictureUnavailable();
    // What is shown under a draft picture, if any.
    Shown shown() const { return m_shown; }
    avatar::InitialsFace face() const { return m_face; }
    // The picture to show instead of the server's (null: the server's); `unsaved` adds the badge.
    void setPendingImage(const QImage &image, bool unsaved);
    QImage pendingImage() const { return m_pending; }
    bool isBadgeShown() const;
    // -1 hides the progress; otherwise 0-100 with `text` ("Uploading…", "Processing…").
    void setProgress(int percent, const QString &text = {});
    int progress() const { return m_percent; }
    // While a picture is opened or saved, no other can be chosen.
    void setPickingEnabled(bool enabled);

Q_SIGNALS:
    void pickRequested();
    void pasteRequested();
    void filesDropped(const QStringList &paths);
    void dataDropped(const QByteArray &data, const QString &name);
    void imageDropped(const QImage &image);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void layoutChildren();
    void showBadge(bool show);
    void updateDescription();
    void paintFace(QPainter &painter) const;

    avatar::InitialsFace m_face;
    Shown m_shown = Shown::NoPicture;
    QImage m_pending;
    QLabel *m_badge;
    QProgressBar *m_progressBar;
    int m_percent = -1;
    bool m_dragOver = false;
    bool m_picking = true;
};

} // namespace whop::ui
