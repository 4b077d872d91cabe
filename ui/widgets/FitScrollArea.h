#pragma once

#include <QScrollArea>

namespace whop::ui {

// A scroll area as tall as its widget when there is room, and shorter, scrolling, when there is
// not: the account panel beside the form, when a banner above takes the window's height (a first
// run's, in German, at 820 × 600), is cut by its own edge instead of running under the buttons
// below. Its width is its widget's and a vertical scroll bar's, kept whether the bar shows or
// not, so what stands beside it never moves. It takes the keyboard focus (to scroll with the
// arrow keys) only while there is something to scroll.
class FitScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit FitScrollArea(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // True while the widget is taller than the room it has.
    bool isScrolling() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();
    void updateFocus();
    int frameSpace() const { return 2 * frameWidth(); }
    int barExtent() const;
};

} // namespace whop::ui
