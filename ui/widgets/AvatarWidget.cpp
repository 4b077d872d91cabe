#include "ui/widgets/AvatarWidget.h"

#include "ui/Colours.h"

#include <QDragEnterEvent>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>

namespace whop::ui {

namespace {

// The first image MIME type in `mime` that Qt can decode, with its bytes.
std::pair<QByteArray, QString> encodedImageIn(const QMimeData *mime)
{
    const QList<QByteArray> readable = QImageReader::supportedMimeTypes();
    for (const QString &format : mime->formats()) {
        if (format.startsWith(QLatin1String("image/")) && readable.contains(format.toLatin1()))
            return {mime->data(format), format.section(QLatin1Char('/'), 1)};
    }
    return {};
}

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

AvatarWidget::AvatarWidget(QWidget *parent)
    : QLabel(parent), m_badge(new QLabel(this)), m_progressBar(new QProgressBar(this))
{
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to choose a picture, drop one here, or paste one (Ctrl+V)."));
    m_badge->setObjectName(QStringLiteral("pictureBadge"));
    m_badge->setAccessibleName(tr("Not saved yet"));
    m_badge->setText(tr("Not saved yet"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->hide(); // styled when first shown (a style sheet costs start-up time)
    m_progressBar->setObjectName(QStringLiteral("pictureProgress"));
    m_progressBar->setAccessibleName(tr("Upload progress"));
    m_progressBar->setRange(0, 100);
    m_progressBar->setTextVisible(true);
    m_progressBar->setFormat(QStringLiteral("%p%"));
    m_progressBar->hide();
    updateDescription();
}

void AvatarWidget::showServerPicture(const QImage &square)
{
    QImage round(square.size(), QImage::Format_ARGB32_Premultiplied);
    round.fill(Qt::transparent);
    round.setDevicePixelRatio(square.devicePixelRatio());
    QPainter p(&round);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    const QSizeF logical = QSizeF(square.size()) / square.devicePixelRatio();
    path.addEllipse(QRectF(QPointF(0, 0), logical));
    p.setClipPath(path);
    p.drawImage(QPointF(0, 0), square);
    p.end();
    m_shown = Shown::Picture;
    setPixmap(QPixmap::fromImage(round));
    updateDescription();
}

void AvatarWidget::setPerson(const QString &name, const QString &username, const QString &userId)
{
    const avatar::InitialsFace face = name.isEmpty() && username.isEmpty() && userId.isEmpty()
                                          ? avatar::InitialsFace{}
                                          : avatar::InitialsFace::of(name, username, userId);
    if (face.initials == m_face.initials && face.background == m_face.background)
        return;
    m_face = face;
    updateDescription();
    update();
}

void AvatarWidget::showNoPicture()
{
    m_shown = Shown::NoPicture;
    setPixmap({});
    updateDescription();
    update();
}

void AvatarWidget::showPictureUnavailable()
{
    m_shown = Shown::Unavailable;
    setPixmap({});
    updateDescription();
    update();
}

void AvatarWidget::setPendingImage(const QImage &image, bool unsaved)
{
    m_pending = image;
    m_badge->setProperty("unsaved", unsaved);
    showBadge(!image.isNull() && unsaved && m_percent < 0);
    updateDescription();
    update();
}

void AvatarWidget::showBadge(bool show)
{
    if (show && m_badge->styleSheet().isEmpty()) {
        // A yellow tag over the picture, whatever the theme: its text is checked against it.
        const QColor background(0xf9, 0xa8, 0x25);
        const QColor text = readableOn(QColor(0x21, 0x21, 0x21), background);
        m_badge->setStyleSheet(QStringLiteral("background: %1; color: %2; border-radius: 8px; "
                                              "padding: 1px 6px; font-size: 11px;")
                                   .arg(background.name(), text.name()));
        layoutChildren(); // its size with the padding
    }
    m_badge->setVisible(show);
}

bool AvatarWidget::isBadgeShown() const
{
    return !m_badge->isHidden();
}

void AvatarWidget::setProgress(int percent, const QString &text)
{
    m_percent = percent;
    m_progressBar->setVisible(percent >= 0);
    if (percent >= 0) {
        m_progressBar->setValue(percent);
        m_progressBar->setFormat(text.isEmpty() ? QStringLiteral("%p%") : text);
    }
    showBadge(!m_pending.isNull() && m_badge->property("unsaved").toBool() && percent < 0);
    updateDescription();
    update();
}

void AvatarWidget::setPickingEnabled(bool enabled)
{
    m_picking = enabled;
    setAcceptDrops(enabled);
    setCursor(enabled ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void AvatarWidget::updateDescription()
{
    // What is shown first, then what can be done with it.
    QString text;
    if (!m_pending.isNull()) {
        text = tr("A new picture.");
    } else if (m_shown == Shown::Picture) {
        text = tr("Picture shown.");
    } else if (m_shown == Shown::NoPicture) {
        text = m_face.initials.isEmpty()
                   ? tr("No picture.")
                   : tr("No picture: initials %1 shown.").arg(m_face.initials);
    } else {
        text = m_face.initials.isEmpty()
                   ? tr("The picture could not be loaded.")
                   : tr("The picture could not be loaded: initials %1 shown.").arg(m_face.initials);
    }
    if (m_pending.isNull())
        text += QLatin1Char(' ') + tr("Click, drop or paste to choose a new picture.");
    if (isBadgeShown())
        text += QLatin1Char(' ') + tr("Not saved yet.");
    if (m_percent >= 0)
        text += QLatin1Char(' ') + tr("Uploading: %1%.").arg(m_percent);
    setAccessibleDescription(text);
}

void AvatarWidget::layoutChildren()
{
    const int w = width();
    const QSize badge = m_badge->sizeHint();
    m_badge->setGeometry((w - badge.width()) / 2, height() - badge.height() - 4, badge.width(),
                         badge.height());
    const int barHeight = std::max(16, m_progressBar->sizeHint().height() - 4);
    m_progressBar->setGeometry(6, height() - barHeight - 6, w - 12, barHeight);
}

void AvatarWidget::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    layoutChildren();
}

void AvatarWidget::paintFace(QPainter &painter) const
{
    avatar::InitialsFace face = m_face;
    if (!face.background.isValid())
        face.background = palette().color(QPalette::Mid); // nobody yet: a plain disc
    if (m_shown == Shown::Unavailable) {
        // Greyed, as light as the colour was: the white initials stay as readable.
        const int grey = qGray(face.background.rgb());
        face.background = QColor(grey, grey, grey);
    }
    const int side = std::min(width(), height());
    const QRectF target((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    avatar::paintInitials(painter, target.adjusted(1, 1, -1, -1), face, font(), true);
}

void AvatarWidget::paintEvent(QPaintEvent *event)
{
    if (m_pending.isNull() && m_shown == Shown::Picture) {
        QLabel::paintEvent(event);
    } else if (m_pending.isNull()) {
        QPainter p(this);
        paintFace(p);
    } else {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const int side = std::min(width(), height());
        const QRectF target((width() - side) / 2.0, (height() - side) / 2.0, side, side);
        QPainterPath circle;
        circle.addEllipse(target);
        p.setClipPath(circle);
        p.drawImage(target, m_pending);
    }
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_dragOver || hasFocus()) {
        p.setPen(QPen(palette().highlight(), m_dragOver ? 3 : 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(rect()).adjusted(2, 2, -2, -2));
    }
    if (m_percent >= 0) {
        p.setBrush(QColor(0, 0, 0, 90));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void AvatarWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) &&
        m_picking)
        Q_EMIT pickRequested();
    QLabel::mouseReleaseEvent(event);
}

void AvatarWidget::keyPressEvent(QKeyEvent *event)
{
    if (m_picking && event->matches(QKeySequence::Paste)) {
        Q_EMIT pasteRequested();
        return;
    }
    if (m_picking && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
                      event->key() == Qt::Key_Enter)) {
        Q_EMIT pickRequested();
        return;
    }
    QLabel::keyPressEvent(event);
}

void AvatarWidget::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (m_picking && (!localFiles(mime).isEmpty() || mime->hasImage() ||
                      !encodedImageIn(mime).first.isEmpty())) {
        m_dragOver = true;
        update();
        event->acceptProposedAction();
    }
}

void AvatarWidget::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dragOver = false;
    update();
    QLabel::dragLeaveEvent(event);
}

void AvatarWidget::dropEvent(QDropEvent *event)
{
    m_dragOver = false;
    update();
    if (!m_picking)
        return;
    const QMimeData *mime = event->mimeData();
    const QStringList files = localFiles(mime);
    if (!files.isEmpty()) {
        Q_EMIT filesDropped(files);
    } else if (const auto [bytes, type] = encodedImageIn(mime); !bytes.isEmpty()) {
        Q_EMIT dataDropped(bytes, tr("The dropped picture"));
    } else if (mime->hasImage()) {
        Q_EMIT imageDropped(qvariant_cast<QImage>(mime->imageData()));
    } else {
        return;
    }
    event->acceptProposedAction();
}

} // namespace whop::ui
