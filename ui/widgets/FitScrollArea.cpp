#include "ui/widgets/FitScrollArea.h"

#include <QEvent>
#include <QScrollBar>
#include <QStyle>

namespace whop::ui {

namespace {
// The least it shows of its widget when squeezed: a few lines, enough to see that it scrolls.
constexpr int MinimumLines = 3;
} // namespace

FitScrollArea::FitScrollArea(QWidget *parent) : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidgetResizable(false);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFocusPolicy(Qt::NoFocus);
    // The widget arrives later (setWidget is not virtual): it is seen being put in the viewport.
    viewport()->installEventFilter(this);
}

int FitScrollArea::barExtent() const
{
    return style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
}

QSize FitScrollArea::sizeHint() const
{
    if (!widget())
        return QScrollArea::sizeHint();
    return widget()->size() + QSize(frameSpace() + barExtent(), frameSpace());
}

QSize FitScrollArea::minimumSizeHint() const
{
    if (!widget())
        return QScrollArea::minimumSizeHint();
    const int lines = MinimumLines * fontMetrics().lineSpacing();
    return {widget()->width() + frameSpace() + barExtent(),
            std::min(widget()->height(), lines) + frameSpace()};
}

bool FitScrollArea::isScrolling() const
{
    return widget() && widget()->height() > viewport()->height();
}

bool FitScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == viewport() && event->type() == QEvent::ChildAdded) {
        if (auto *child = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child())) {
            child->installEventFilter(this);
            fit();
        }
    } else if (watched == widget() && event->type() == QEvent::Resize) {
        fit();
    }
    return QScrollArea::eventFilter(watched, event);
}

void FitScrollArea::fit()
{
    if (!widget())
        return;
    setFixedWidth(widget()->width() + frameSpace() + barExtent());
    // Never taller than the widget: the room below it stays the column's.
    setMaximumHeight(widget()->height() + frameSpace());
    updateGeometry();
    updateFocus();
}

void FitScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    updateFocus();
}

void FitScrollArea::updateFocus()
{
    const Qt::FocusPolicy policy = isScrolling() ? Qt::StrongFocus : Qt::NoFocus;
    if (focusPolicy() != policy)
        setFocusPolicy(policy);
}

} // namespace whop::ui
