#pragma once

#include "ui/widgets/ElidedText.h"

#include <QLabel>

namespace whop::ui {

// A one-line plain-text label that fits any width: when its text is longer than the room it
// has, it shows the beginning with "…" and the whole text as its tooltip. Its text (what a
// screen reader announces) stays whole. Used for the status line, whose messages are longer in
// some languages than the window is wide.
class ElidingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int room() const;
    QString shownText() const;
    void updateToolTip();

    const ElidedText m_elided{Qt::ElideRight, 8}; // a few words, then "…"
};

} // namespace whop::ui
