#include "ui/dialogs/PreferencesDialog.h"

#include "api/ClientConfig.h"
#include "ui/AppStyle.h"
#include "ui/TallEnough.h"
#include "ui_PreferencesDialog.h"

#include <QLineEdit>
#include <QPushButton>

namespace whop::ui {

using app::PreferenceValues;
using app::Setting;

PreferencesDialog::PreferencesDialog(app::Preferences *preferences, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::PreferencesDialog>()), m_preferences(preferences),
      m_stored(preferences->stored())
{
    ui->setupUi(this);
    keepTallEnough(this); // its wrapped texts take more lines in some languages
    ui->apiVersion->addItems(api::knownApiVersions());
    ui->timeout->setRange(app::rules::MinTimeoutSeconds, app::rules::MaxTimeoutSeconds);
    // The two sections' captions share one width, so that their fields line up.
    int captionWidth = 0;
    for (QLabel *caption : {ui->clientIdCaption, ui->redirectCaption, ui->scopesCaption,
                            ui->apiVersionCaption, ui->timeoutCaption})
        captionWidth = std::max(captionWidth, caption->sizeHint().width());
    for (QLabel *caption : {ui->clientIdCaption, ui->redirectCaption, ui->scopesCaption,
                            ui->apiVersionCaption, ui->timeoutCaption})
        caption->setMinimumWidth(captionWidth);
    // The fixed redirect URI, its port chosen once (the same one the sign-in guide shows).
    ui->ownRedirect->setText(
        tr("This computer's &own: %1")
            .arg(app::Preferences::fixedRedirectUri(preferences->ensureRedirectPort()).toString()));
    ui->problem->hide();
    showAsAlert(ui->problem, true);
    ui->buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore &Defaults"));
    load(m_stored);

    connect(ui->buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    for (QLineEdit *edit : {ui->clientId, ui->redirectUri, ui->scopes})
        connect(edit, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    connect(ui->apiVersion, &QComboBox::currentTextChanged, this, &PreferencesDialog::validate);
    // The spin box announces only acceptable values; its editor also what is half typed ("",
    // "0"), which must disable OK and say why.
    if (auto *editor = ui->timeout->findChild<QLineEdit *>())
        connect(editor, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    connect(ui->timeout, &QSpinBox::valueChanged, this, &PreferencesDialog::validate);
    connect(ui->ownRedirect, &QRadioButton::toggled, this, [this](bool own) {
        ui->redirectUri->setEnabled(!own);
        validate();
    });
    connect(ui->registeredRedirect, &QRadioButton::clicked, this, [this] {
        ui->redirectUri->setFocus(Qt::OtherFocusReason);
        ui->redirectUri->selectAll();
    });
    validate();
}

PreferencesDialog::~PreferencesDialog() = default;

PreferencesDialog *PreferencesDialog::openAt(app::Preferences *preferences, QWidget *parent,
                                             Section section)
{
    auto *dialog = new PreferencesDialog(preferences, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->activateWindow(); // the keyboard goes to it, even from a dialog below
    dialog->focusSection(section);
    return dialog;
}

void PreferencesDialog::focusSection(Section section)
{
    QWidget *first = section == Section::SignIn ? static_cast<QWidget *>(ui->clientId)
                                                : static_cast<QWidget *>(ui->apiVersion);
    if (!first->isEnabled() || (first == ui->clientId && ui->clientId->isReadOnly()))
        first = section == Section::SignIn ? static_cast<QWidget *>(ui->scopes)
                                           : static_cast<QWidget *>(ui->timeout);
    first->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(first))
        edit->selectAll();
}

void PreferencesDialog::load(const PreferenceValues &values)
{
    ui->clientId->setText(values.oauthClientId);
    const bool own = values.oauthRedirectUri.trimmed().isEmpty();
    ui->ownRedirect->setChecked(own);
    ui->registeredRedirect->setChecked(!own);
    ui->redirectUri->setEnabled(!own);
    if (!own)
        ui->redirectUri->setText(values.oauthRedirectUri);
    ui->scopes->setText(values.oauthScopes);
    ui->apiVersion->setCurrentText(values.apiVersion);
    // A number out of range in the file (edited by hand) is not used: the default is.
    ui->timeout->setValue(app::rules::checkTimeoutSeconds(values.timeoutSeconds)
                              ? values.timeoutSeconds
                              : app::rules::DefaultTimeoutSeconds);
    lockOverridden();
}

void PreferencesDialog::lockOverridden()
{
    // What the command line or environment sets is what this run uses: shown, not editable.
    const PreferenceValues effective = m_preferences->effective();
    if (!m_preferences->overriddenBy(Setting::OAuthClientId).isEmpty()) {
        ui->clientId->setText(effective.oauthClientId);
        ui->clientId->setReadOnly(true);
    }
    if (!m_preferences->overriddenBy(Setting::ApiVersion).isEmpty()) {
        ui->apiVersion->setCurrentText(effective.apiVersion);
        ui->apiVersion->setEnabled(false);
    }
    if (!m_preferences->overriddenBy(Setting::TimeoutSeconds).isEmpty()) {
        ui->timeout->setValue(effective.timeoutSeconds);
        ui->timeout->setReadOnly(true);
    }
}

PreferenceValues PreferencesDialog::values() const
{
    PreferenceValues v;
    auto overridden = [this](Setting s) { return !m_preferences->overriddenBy(s).isEmpty(); };
    v.oauthClientId =
        overridden(Setting::OAuthClientId) ? m_stored.oauthClientId : ui->clientId->text();
    v.oauthRedirectUri = ui->ownRedirect->isChecked() ? QString() : ui->redirectUri->text();
    v.oauthScopes = ui->scopes->text();
    v.apiVersion =
        overridden(Setting::ApiVersion) ? m_stored.apiVersion : ui->apiVersion->currentText();
    bool ok = false;
    const int typed = ui->timeout->cleanText().toInt(&ok);
    v.timeoutSeconds = overridden(Setting::TimeoutSeconds) ? m_stored.timeoutSeconds
                       : ok                                ? typed
                                                           : 0;
    return v.normalized();
}

void PreferencesDialog::showNote(QWidget *field, QLabel *note, const QString &text, bool problem)
{
    note->setText(text);
    showAsAlert(note, problem);
    // Screen readers announce it with the field (the note label shows a value: no name of its
    // own, as the standards ask).
    field->setAccessibleDescription(text);
}

QString PreferencesDialog::noteFor(Setting setting) const
{
    switch (setting) {
    case Setting::OAuthClientId:
        return ui->clientIdNote->text();
    case Setting::OAuthRedirectUri:
        return ui->redirectNote->text();
    case Setting::OAuthScopes:
        return ui->scopesNote->text();
    case Setting::ApiVersion:
        return ui->apiVersionNote->text();
    case Setting::TimeoutSeconds:
        return ui->timeoutNote->text();
    }
    return {};
}

void PreferencesDialog::validate()
{
    const PreferenceValues v = values();
    bool allValid = true;
    auto check = [&](Setting s, QWidget *field, QLabel *note, const QString &fine) {
        const QString by = m_preferences->overriddenBy(s);
        if (!by.isEmpty()) {
            showNote(field, note, tr("Set by %1 for this run.").arg(by), false);
            return;
        }
        QString why;
        const bool valid = v.check(s, &why);
        allValid = allValid && valid;
        showNote(field, note, valid ? fine : why, !valid);
    };
    check(Setting::OAuthClientId, ui->clientId, ui->clientIdNote,
          v.oauthClientId.isEmpty()
              ? tr("Without one, Sign in with Whop works only in the demo sandbox.")
              : tr("As Whop shows it with your app in the developer dashboard."));
    const bool own = ui->ownRedirect->isChecked();
    if (own) {
        showNote(ui->ownRedirect, ui->redirectNote,
                 tr("Register this URI with your Whop app once: Whop accepts only redirect URIs "
                    "it has exactly as written. Its port was chosen for this computer and "
                    "stays."),
                 false);
    } else {
        // Empty is not "this computer's own" here: the field asks for the registered one.
        QString why;
        const bool valid = app::rules::checkRedirectUri(v.oauthRedirectUri, &why);
        allValid = allValid && valid;
        showNote(ui->redirectUri, ui->redirectNote,
                 valid ? tr("Exactly as registered with your Whop app: Whop compares it "
                            "character by character.")
                       : why,
                 !valid);
    }
    check(Setting::OAuthScopes, ui->scopes, ui->scopesNote,
          tr("Separated by spaces. %1 lets the app save your profile.")
              .arg(QLatin1String(app::rules::RequiredScope)));
    QString versionNote;
    if (v.apiVersion == QLatin1String(api::DefaultApiVersion))
        versionNote = tr("The default: the version this app is made for.");
    else if (app::rules::isKnownApiVersion(v.apiVersion))
        versionNote = tr("A version Whop publishes.");
    else
        versionNote = tr("Not a version Whop publishes: if Whop does not support it, it will "
                         "say so and list the ones it does.");
    if (app::rules::checkApiVersion(v.apiVersion) &&
        app::rules::namesAccountsAsCompanies(v.apiVersion))
        versionNote += QLatin1Char(' ') + tr("Before %1, Whop named accounts company_id in "
                                             "requests; the editor does so for this version.")
                                              .arg(QLatin1String(api::AccountIdSince));
    check(Setting::ApiVersion, ui->apiVersion, ui->apiVersionNote, versionNote);
    check(Setting::TimeoutSeconds, ui->timeout, ui->timeoutNote,
          tr("How long to wait for each attempt of a request. Default: %1 s.")
              .arg(app::rules::DefaultTimeoutSeconds));
    ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(allValid);
}

void PreferencesDialog::restoreDefaults()
{
    load(PreferenceValues{});
    validate();
}

void PreferencesDialog::accept()
{
    if (!ui->buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QString why;
    if (!m_preferences->store(values(), &why)) {
        ui->problem->setText(why);
        ui->problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace whop::ui
