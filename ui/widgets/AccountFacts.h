#pragma once

#include "api/User.h"

#include <QFrame>

#include <memory>

namespace Ui {
class AccountFacts;
}

namespace whop::ui {

// The read-only account panel beside the form (id, member since, verification, balances,
// earnings), with its own form (AccountFacts.ui). Its width is fixed from the font, never from
// what it shows, so the form beside it stays where it is while data arrives; a value too wide for
// it wraps, or an unbreakable one (an id) is elided in the middle with the whole of it as the
// tooltip. Each value label is described by its caption for screen readers and keeps no
// accessible name of its own, which would hide the value.
class AccountFacts : public QFrame
{
    Q_OBJECT
public:
    explicit AccountFacts(QWidget *parent = nullptr);
    ~AccountFacts() override;

    // Fills the panel from a server snapshot; `have` false shows dashes.
    void showUser(const api::User &user, bool have);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fixWidth();
    void fitHeight();
    void showId(const QString &id);

    std::unique_ptr<Ui::AccountFacts> ui;
    QString m_id;
};

} // namespace whop::ui
