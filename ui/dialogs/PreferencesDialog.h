#pragma once

#include "session/Preferences.h"

#include <QDialog>

#include <memory>

class QLabel;
class QWidget;

namespace Ui {
class PreferencesDialog;
}

namespace whop::ui {

// Edit → Preferences: the sign-in settings (client id, redirect URI, scopes) and the network
// ones (API version, request timeout). Each field is checked as it is typed, with the reason
// beside it; OK stays disabled while one is invalid. A value set by a command line option or an
// environment variable is shown read-only, saying which. It starts from the stored values each
// time it opens.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Section
    {
        SignIn,
        Network
    };

    PreferencesDialog(app::Preferences *preferences, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // Opens a new dialog window-modally over `parent` (asynchronously), with the focus in
    // `section`'s first field. It deletes itself when closed.
    static PreferencesDialog *openAt(app::Preferences *preferences, QWidget *parent,
                                     Section section);

    void focusSection(Section section);
    // The values as the fields show them now.
    app::PreferenceValues values() const;
    // The reason shown beside `setting`'s field (empty when there is nothing to say).
    QString noteFor(app::Setting setting) const;

    void accept() override;

private:
    void load(const app::PreferenceValues &values);
    void restoreDefaults();
    void validate();
    void showNote(QWidget *field, QLabel *note, const QString &text, bool problem);
    void lockOverridden();

    std::unique_ptr<Ui::PreferencesDialog> ui;
    app::Preferences *m_preferences;
    app::PreferenceValues m_stored;
};

} // namespace whop::ui
