#pragma once

#include <QToolButton>

namespace whop::ui {

// "Use global: <value>" under a field of an account's profile: puts the global profile's value
// into the field. Its caption shows the value cut to a short width, and shorter still when it
// shares its line with a message; the whole value is in the tooltip and the accessible
// description. Its accessible name is what it shows.
class UseGlobalButton : public QToolButton
{
    Q_OBJECT
public:
    explicit UseGlobalButton(QWidget *parent = nullptr);

    // `fieldName` names the field in the description, e.g. "name".
    void setGlobalValue(const QString &fieldName, const QString &value);
    QString globalValue() const { return m_value; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QString captionFor(int valueWidth) const;
    int padding() const;
    void showCaption();

    QString m_value;
};

} // namespace whop::ui
