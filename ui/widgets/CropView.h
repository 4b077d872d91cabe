#pragma once

#include <QImage>
#include <QRectF>
#include <QWidget>

namespace whop::ui {

// A square frame, fixed in the middle, over the picture, which zooms and pans beneath it:
// mouse wheel or +/- zoom (around the pointer), dragging or the arrow keys pan, Home centres.
// The crop is in full-resolution pixels of the oriented picture.
class CropView : public QWidget
{
    Q_OBJECT
public:
    explicit CropView(QWidget *parent = nullptr);

    // `image` shows the picture (reduced); `fullSize` is its real size.
    void setPicture(const QImage &image, const QSize &fullSize);
    QRectF crop() const { return m_crop; }
    void setCrop(const QRectF &crop);
    // 1 = the whole short side; up to maxZoom().
    double zoom() const;
    double maxZoom() const;
    void setZoom(double zoom, const QPointF &anchorInWidget = {-1, -1});
    void zoomBy(double factor) { setZoom(zoom() * factor); }
    void panBy(const QPointF &widgetDelta);
    void reset();
    // The frame, in widget coordinates.
    QRectF frame() const;

    QSize sizeHint() const override { return {420, 420}; }
    QSize minimumSizeHint() const override { return {220, 220}; }

Q_SIGNALS:
    void cropChanged(const QRectF &crop);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    double scale() const; // widget pixels per full-resolution pixel
    QPointF toFull(const QPointF &widgetPoint) const;

    QImage m_image;
    QSize m_fullSize;
    QRectF m_crop;
    QPointF m_dragFrom;
    bool m_dragging = false;
};

} // namespace whop::ui
