#pragma once

#include "profile/ProfileRules.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ProfileForm;
}

namespace whop::app {
class AppSession;
}
namespace whop::profile {
class ProfileEditor;
}

namespace whop::ui {

// The profile's fields with what belongs to each (ProfileForm.ui): its caption, its counter, and
// under it a line kept for its message and its "Use global" button, so that neither moves the
// fields below when it appears. Bound to a session, the fields show the editor's draft, send
// what is typed to it, and follow its state (disabled until a profile is loaded, read-only while
// saving).
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);
    ~ProfileForm() override;

    void bind(app::AppSession *session);

    // The editor of `field` (a QLineEdit, or the bio's QPlainTextEdit).
    QWidget *editorOf(profile::Field field) const;
    // Puts the keyboard in `field`, its text selected (a field Whop refused).
    void focusField(profile::Field field);
    // The form's last control in the Tab order, to chain the window's buttons after it.
    QWidget *lastInTabOrder() const;

    // The lines of text Bio always has room for.
    static constexpr int MinimumBioLines = 5;

protected:
    void changeEvent(QEvent *event) override;

private:
    void reserveNoteLines();
    void syncFromEditor();
    void syncFieldState();
    void syncState();

    std::unique_ptr<Ui::ProfileForm> ui;
    profile::ProfileEditor *m_editor = nullptr;
    bool m_updating = false;
};

} // namespace whop::ui
