#pragma once

#include "profile/Draft.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class DraftRecoveryDialog;
}
namespace whop::profile {
class DraftKeeper;
}

namespace whop::ui {

// Offers a leftover draft back after a restart: what differs from Whop now, Restore or Discard,
// and for each field Whop changed meanwhile, which version to keep.
class DraftRecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    struct Answer
    {
        bool restore = true;
        QHash<profile::Field, profile::FieldChoice> choices; // missing: the draft's value
    };
    using Done = std::function<void(const Answer &)>;

    explicit DraftRecoveryDialog(const profile::DraftRecovery &recovery, QWidget *parent = nullptr);
    ~DraftRecoveryDialog() override;

    // What the person has chosen so far (Restore with the choices shown).
    Answer answer() const;

    // Shows the offer without blocking (window-modal) and calls `done` once answered. Closing
    // the dialog without choosing restores: nothing is lost, and Revert is one click away.
    static void offer(QWidget *parent, const profile::DraftRecovery &recovery, Done done);
    // Answers every offer of `keeper` with this dialog, parented to `window`.
    static void attach(profile::DraftKeeper *keeper, QWidget *window);

    // How often an offer was made (a scripted answer included: Prompts::setNextAnswer).
    static int timesOffered() { return s_offered; }

private:
    std::unique_ptr<Ui::DraftRecoveryDialog> ui;
    QHash<profile::Field, QComboBox *> m_choices;
    bool m_discard = false;

    static inline int s_offered = 0;
};

} // namespace whop::ui
