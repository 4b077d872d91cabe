#pragma once

#include "ui/widgets/ElidedText.h"

#include <QComboBox>

namespace whop::ui {

// A combo box for long entries (an identity's label and base URL, an account's title and id) in
// a row that may be too narrow for them: it can shrink to a few words, and then shows its
// current text cut in the middle (both ends of such names tell them apart), with the whole text
// as the tooltip. Screen readers still read the whole current text as its value.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ElidingComboBox(QWidget *parent = nullptr);

    // Whether the current text is shown cut (for tests and the tooltip).
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int room() const;
    QString shownText() const;
    void updateToolTip();
    void updateMinimumWidth();

    // Cut in the middle (both ends of such names tell them apart); as narrow as 16 characters,
    // enough to read both ends of a name.
    const ElidedText m_elided{Qt::ElideMiddle, 16};
};

} // namespace whop::ui
