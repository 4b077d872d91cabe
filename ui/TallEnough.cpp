#include "ui/TallEnough.h"

#include <QEvent>
#include <QLayout>
#include <QWidget>

namespace whop::ui {

namespace {

class TallEnough : public QObject
{
public:
    explicit TallEnough(QWidget *window) : QObject(window), m_window(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window &&
            (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize ||
             event->type() == QEvent::Show))
            fit();
        return false;
    }

private:
    void fit()
    {
        QLayout *layout = m_window->layout();
        if (!layout || !layout->hasHeightForWidth())
            return;
        const int needed = layout->totalHeightForWidth(m_window->width());
        if (needed <= 0)
            return;
        if (m_window->minimumHeight() != needed)
            m_window->setMinimumHeight(needed);
        if (m_window->height() < needed)
            m_window->resize(m_window->width(), needed);
    }

    QWidget *m_window;
};

} // namespace

void keepTallEnough(QWidget *window)
{
    new TallEnough(window);
}

} // namespace whop::ui
