#pragma once

#include "avatar/ImagePipeline.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace Ui {
class CropDialog;
}

namespace whop::ui {

class CropView;

// Frames a decoded picture in a square: zoom and pan (CropView), live round and square
// previews, and the size of the file that would be uploaded, encoded off the UI thread as the
// frame settles. OK hands over that encoded picture.
class CropDialog : public QDialog
{
    Q_OBJECT
public:
    CropDialog(const avatar::LoadedPicture &picture, QWidget *parent = nullptr);
    ~CropDialog() override;

    CropView *view() const;
    // The prepared picture for the current frame (null until accepted or while preparing).
    const avatar::EncodedPicture &result() const { return m_result; }
    bool isPreparing() const { return m_watcher.isRunning() || m_dirty; }

    // Seconds the frame must rest before it is encoded again (tests set 0).
    static void setSettleDelayMs(int ms) { s_settleMs = ms; }

Q_SIGNALS:
    void resultReady(); // the label shows the current frame's pixel and byte size

public Q_SLOTS:
    void accept() override;

private:
    void onCropChanged();
    void updatePreviews();
    void encodeNow();
    void showResult();
    void syncSlider();

    std::unique_ptr<Ui::CropDialog> ui;
    avatar::LoadedPicture m_picture;
    QImage m_previewBase; // the working picture reduced for quick previews
    avatar::EncodedPicture m_result;
    QRectF m_resultCrop;
    QFutureWatcher<avatar::EncodedPicture> m_watcher;
    QRectF m_encodingCrop;
    QTimer *m_settle;
    bool m_dirty = true;
    bool m_acceptWhenReady = false;
    bool m_syncing = false;
    static inline int s_settleMs = 150;
};

} // namespace whop::ui
