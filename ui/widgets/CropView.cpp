#include "ui/widgets/CropView.h"

#include "avatar/ImagePipeline.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace whop::ui {

CropView::CropView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
    setToolTip(tr("Drag or use the arrow keys to move; scroll or press + and − to zoom; Home "
                  "centres."));
}

void CropView::setPicture(const QImage &image, const QSize &fullSize)
{
    m_image = image;
    m_fullSize = fullSize;
    reset();
}

void CropView::reset()
{
    setCrop(avatar::centeredSquare(QSizeF(m_fullSize)));
}

void CropView::setCrop(const QRectF &crop)
{
    if (m_fullSize.isEmpty())
        return;
    const double shortSide = std::min(m_fullSize.width(), m_fullSize.height());
    QRectF c = crop;
    const double minSide = shortSide / maxZoom();
    if (c.width() < minSide) // zooming in past the limit keeps the centre
        c = QRectF(c.center() - QPointF(minSide, minSide) / 2, QSizeF(minSide, minSide));
    c = avatar::clampCrop(c, QSizeF(m_fullSize));
    if (c == m_crop)
        return;
    m_crop = c;
    update();
    Q_EMIT cropChanged(m_crop);
}

double CropView::maxZoom() const
{
    const double shortSide = std::min(m_fullSize.width(), m_fullSize.height());
    // At most 10x, and never a crop below 128 px (or the whole picture, if smaller).
    return std::max(1.0, std::min(10.0, shortSide / 128.0));
}

double CropView::zoom() const
{
    if (m_crop.isEmpty())
        return 1.0;
    return std::min(m_fullSize.width(), m_fullSize.height()) / m_crop.width();
}

void CropView::setZoom(double z, const QPointF &anchorInWidget)
{
    if (m_crop.isEmpty())
        return;
    z = std::clamp(z, 1.0, maxZoom());
    const double side = std::min(m_fullSize.width(), m_fullSize.height()) / z;
    const QPointF anchorWidget = anchorInWidget.x() < 0 ? frame().center() : anchorInWidget;
    const QPointF anchorFull = toFull(anchorWidget);
    // Keep the picture point under the anchor where it is.
    const double ratio = side / m_crop.width();
    const QPointF topLeft = anchorFull - (anchorFull - m_crop.topLeft()) * ratio;
    setCrop(QRectF(topLeft, QSizeF(side, side)));
}

void CropView::panBy(const QPointF &widgetDelta)
{
    setCrop(m_crop.translated(-widgetDelta / scale()));
}

QRectF CropView::frame() const
{
    const double side = std::max(1, std::min(width(), height()) - 24);
    return QRectF((width() - side) / 2, (height() - side) / 2, side, side);
}

double CropView::scale() const
{
    return m_crop.isEmpty() ? 1.0 : frame().width() / m_crop.width();
}

QPointF CropView::toFull(const QPointF &widgetPoint) const
{
    return m_crop.topLeft() + (widgetPoint - frame().topLeft()) / scale();
}

void CropView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window().color().darker(140));
    if (m_image.isNull() || m_crop.isEmpty())
        return;
    const QRectF f = frame();
    const double s = scale();
    const QRectF target(f.topLeft() - m_crop.topLeft() * s, QSizeF(m_fullSize) * s);
    p.setRenderHint(QPainter::SmoothPixmapTransform, !m_dragging);
    p.drawImage(target, m_image);
    // Dim what falls outside the frame; outline the frame and the round cut.
    QPainterPath outside;
    outside.addRect(rect());
    outside.addRect(f);
    p.fillPath(outside, QColor(0, 0, 0, 140));
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1, Qt::DashLine));
    p.drawEllipse(f);
    p.setPen(QPen(hasFocus() ? palette().highlight().color() : QColor(Qt::white), 2));
    p.drawRect(f);
}

void CropView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    setZoom(zoom() * std::pow(1.15, steps), event->position());
    event->accept();
}

void CropView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void CropView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    panBy(event->position() - m_dragFrom);
    m_dragFrom = event->position();
}

void CropView::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
    update();
}

void CropView::keyPressEvent(QKeyEvent *event)
{
    const double step = event->modifiers().testFlag(Qt::ShiftModifier) ? 50 : 10;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.25);
        return;
    case Qt::Key_Left: // the frame moves over the picture the way the arrow points
        panBy({step, 0});
        return;
    case Qt::Key_Right:
        panBy({-step, 0});
        return;
    case Qt::Key_Up:
        panBy({0, step});
        return;
    case Qt::Key_Down:
        panBy({0, -step});
        return;
    case Qt::Key_Home:
    case Qt::Key_0:
        reset();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace whop::ui
