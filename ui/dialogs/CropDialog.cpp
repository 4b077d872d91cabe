#include "ui/dialogs/CropDialog.h"

#include "ui/widgets/CropView.h"
#include "ui_CropDialog.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent>

#include <cmath>

namespace whop::ui {

CropDialog::CropDialog(const avatar::LoadedPicture &picture, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::CropDialog>()), m_picture(picture),
      m_settle(new QTimer(this))
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("cropDialog"));
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Use Picture"));
    ok->setObjectName(QStringLiteral("usePictureButton"));
    ok->setAccessibleName(tr("Use Picture"));
    ok->setDefault(true); // Enter takes the frame as it is; the arrow keys move it
    QPushButton *cancel = ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelCrop"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &CropDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &CropDialog::reject);

    m_settle->setSingleShot(true);
    connect(m_settle, &QTimer::timeout, this, &CropDialog::encodeNow);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CropDialog::showResult);
    connect(view(), &CropView::cropChanged, this, &CropDialog::onCropChanged);
    connect(ui->zoomInButton, &QToolButton::clicked, this, [this] { view()->zoomBy(1.25); });
    connect(ui->zoomOutButton, &QToolButton::clicked, this, [this] { view()->zoomBy(0.8); });
    connect(ui->centerButton, &QPushButton::clicked, view(), &CropView::reset);
    connect(ui->zoomSlider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_syncing)
            view()->setZoom(std::pow(view()->maxZoom(), value / 100.0));
    });

    // Sharper previews than sampling the large working copy directly; made off the UI thread.
    auto *base = new QFutureWatcher<QImage>(this);
    connect(base, &QFutureWatcherBase::finished, this, [this, base] {
        m_previewBase = base->result();
        base->deleteLater();
        updatePreviews();
    });
    base->setFuture(QtConcurrent::run([working = picture.working] {
        const int shortSide = std::min(working.width(), working.height());
        return shortSide <= 640 ? working
                                : working.scaled(working.size() * (640.0 / shortSide),
                                                 Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }));

    view()->setPicture(picture.working, picture.fullSize);
    view()->setFocus();
}

CropDialog::~CropDialog() = default;

CropView *CropDialog::view() const
{
    return ui->cropView;
}

void CropDialog::onCropChanged()
{
    m_dirty = true;
    updatePreviews();
    syncSlider();
    ui->resultInfo->setText(tr("Preparing…"));
    m_settle->start(s_settleMs);
}

void CropDialog::syncSlider()
{
    m_syncing = true;
    const double maxZoom = view()->maxZoom();
    ui->zoomSlider->setEnabled(maxZoom > 1.0);
    ui->zoomSlider->setValue(
        maxZoom > 1.0 ? int(std::lround(100 * std::log(view()->zoom()) / std::log(maxZoom))) : 0);
    m_syncing = false;
}

void CropDialog::updatePreviews()
{
    const QImage &source = m_previewBase.isNull() ? m_picture.working : m_previewBase;
    if (source.isNull())
        return;
    const double ratio = double(source.width()) / m_picture.fullSize.width();
    const QRectF crop = view()->crop();
    const QRectF from(crop.topLeft() * ratio, crop.size() * ratio);
    const qreal dpr = devicePixelRatioF();
    const int side = int(std::lround(128 * dpr));
    QImage square(side, side, QImage::Format_ARGB32_Premultiplied);
    square.fill(Qt::white); // what an upload of a transparent picture is shown on
    {
        QPainter p(&square);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(QRectF(0, 0, side, side), source, from);
    }
    QImage round(side, side, QImage::Format_ARGB32_Premultiplied);
    round.fill(Qt::transparent);
    {
        QPainter p(&round);
        p.setRenderHint(QPainter::Antialiasing);
        QPainterPath circle;
        circle.addEllipse(QRectF(0, 0, side, side));
        p.setClipPath(circle);
        p.drawImage(0, 0, square);
    }
    square.setDevicePixelRatio(dpr);
    round.setDevicePixelRatio(dpr);
    ui->squarePreview->setPixmap(QPixmap::fromImage(square));
    ui->roundPreview->setPixmap(QPixmap::fromImage(round));
}

void CropDialog::encodeNow()
{
    m_settle->stop();
    if (m_watcher.isRunning())
        return; // showResult() starts the next one
    m_dirty = false;
    m_encodingCrop = view()->crop();
    m_watcher.setFuture(avatar::renderPictureAsync(m_picture, m_encodingCrop));
}

void CropDialog::showResult()
{
    if (m_dirty) {
        // The frame moved meanwhile: this result is already stale.
        if (!m_settle->isActive() || m_acceptWhenReady)
            encodeNow();
        return;
    }
    m_result = m_watcher.result();
    m_resultCrop = m_encodingCrop;
    if (m_result.isNull()) {
        ui->resultInfo->setText(tr("This frame could not be prepared. Try another."));
        m_acceptWhenReady = false;
        ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        return;
    }
    const QString kind = m_result.transparent ? tr("PNG (keeps the transparency)") : tr("JPEG");
    ui->resultInfo->setText(tr("%1 × %2 pixels, %3, %4")
                                .arg(m_result.pixelSize.width())
                                .arg(m_result.pixelSize.height())
                                .arg(kind, QLocale().formattedDataSize(m_result.bytes.size())));
    Q_EMIT resultReady();
    if (m_acceptWhenReady)
        QDialog::accept();
}

void CropDialog::accept()
{
    if (!isPreparing() && !m_result.isNull()) {
        QDialog::accept();
        return;
    }
    // Take the frame as it is now, without waiting for it to settle.
    m_acceptWhenReady = true;
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    if (m_settle->isActive() || (!m_watcher.isRunning() && m_dirty))
        encodeNow();
}

} // namespace whop::ui
