#pragma once

#include <QImage>
#include <QLabel>

class QProgressBar;

namespace whop::ui {

// The profile picture: shows the server's picture (QLabel's pixmap) or, while one is chosen and
// not saved yet, that picture with a "Not saved yet" badge; during a save, the upload progress.
// A drop target for picture files and image data; a click (or Space) asks for a file; Ctrl+V
// pastes. It only reports what the person did; the controller decides what happens.
class AvatarWidget : public QLabel
{
    Q_OBJECT
public:
    explicit AvatarWidget(QWidget *parent = nullptr);

    // Shows the server's square picture, clipped to a circle (keeping its device pixel ratio).
    void showServerPicture(const QImage &square);
    // The picture to show instead of the server's (null: the server's); `unsaved` adds the badge.
    void setPendingImage(const QImage &image, bool unsaved);
    QImage pendingImage() const { return m_pending; }
    bool isBadgeShown() const;
    // -1 hides the progress; otherwise 0-100 with `text` ("Uploading…", "Processing…").
    // The words shown where there is no picture ("No picture"); a screen reader hears them
    // first in the description.
    void setPlaceholder(const QString &text);
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

    QImage m_pending;
    QLabel *m_badge;
    QProgressBar *m_progressBar;
    int m_percent = -1;
    bool m_dragOver = false;
    bool m_picking = true;
};

} // namespace whop::ui
