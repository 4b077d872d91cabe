#include "ui/widgets/ProfileForm.h"

#include "profile/ProfileEditor.h"
#include "session/AppSession.h"
#include "ui/InheritedFields.h"
#include "ui/PlainText.h"
#include "ui/UsernameAvailabilityView.h"
#include "ui_ProfileForm.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace whop::ui {

using profile::Field;
using profile::ProfileEditor;

ProfileForm::ProfileForm(QWidget *parent) : QWidget(parent), ui(std::make_unique<Ui::ProfileForm>())
{
    ui->setupUi(this);
    ui->nameError->setField(ui->nameEdit);
    ui->usernameError->setField(ui->usernameEdit);
    ui->bioError->setField(ui->bioEdit);
    reserveNoteLines();
    followTextDirection(ui->bioEdit);
}

ProfileForm::~ProfileForm() = default;

void ProfileForm::reserveNoteLines()
{
    // Each line under a field is as tall as its tallest occupant, shown or not (the messages
    // keep their height while hidden): a message or a "Use global" button appearing there moves
    // nothing.
    ui->nameError->setLineHeight(ui->useGlobalName->sizeHint().height());
    ui->usernameError->setLineHeight(ui->useGlobalUsername->sizeHint().height());
    ui->bioError->setLineHeight(
        std::max(ui->useGlobalBio->sizeHint().height(), ui->bioCounter->sizeHint().height()));
    // Bio keeps room for a few lines whatever else the window shows (a long banner above, a
    // short window): the window's minimum height includes them.
    const QPlainTextEdit *bio = ui->bioEdit;
    const int margins = 2 * (bio->frameWidth() + int(bio->document()->documentMargin())) +
                        bio->contentsMargins().top() + bio->contentsMargins().bottom();
    ui->bioEdit->setMinimumHeight(MinimumBioLines * bio->fontMetrics().lineSpacing() + margins);
}

void ProfileForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        reserveNoteLines();
}

void ProfileForm::bind(app::AppSession *session)
{
    m_editor = session->editor();
    new InheritedFields(session,
                        {ui->nameEdit, ui->usernameEdit, ui->bioEdit, ui->useGlobalName,
                         ui->useGlobalUsername, ui->useGlobalBio},
                        this);
    // What Whop says about a new username while it is typed, on the line under its message.
    new UsernameAvailabilityView(m_editor->usernameChecker(), ui->usernameAvailability,
                                 ui->usernameEdit);
    connect(ui->nameEdit, &QLineEdit::textEdited, this,
            [this](const QString &t) { m_editor->setValue(Field::Name, t); });
    connect(ui->usernameEdit, &QLineEdit::textEdited, this,
            [this](const QString &t) { m_editor->setValue(Field::Username, t); });
    connect(ui->bioEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_editor->setValue(Field::Bio, ui->bioEdit->toPlainText());
    });
    connect(m_editor, &ProfileEditor::draftChanged, this, &ProfileForm::syncFromEditor);
    connect(m_editor, &ProfileEditor::fieldErrorsChanged, this, &ProfileForm::syncFieldState);
    connect(m_editor, &ProfileEditor::stateChanged, this, &ProfileForm::syncState);
    connect(m_editor, &ProfileEditor::snapshotChanged, this, &ProfileForm::syncState);
    syncFromEditor();
    syncState();
}

QWidget *ProfileForm::editorOf(Field field) const
{
    switch (field) {
    case Field::Name:
        return ui->nameEdit;
    case Field::Username:
        return ui->usernameEdit;
    case Field::Bio:
        return ui->bioEdit;
    }
    return ui->nameEdit;
}

void ProfileForm::focusField(Field field)
{
    QWidget *w = editorOf(field);
    w->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        line->selectAll();
}

QWidget *ProfileForm::lastInTabOrder() const
{
    return ui->useGlobalBio;
}

void ProfileForm::syncFromEditor()
{
    m_updating = true;
    for (Field f : profile::AllFields) {
        const QString text = m_editor->value(f);
        QWidget *w = editorOf(f);
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            if (line->text() != text)
                line->setText(text);
        } else if (auto *edit = qobject_cast<QPlainTextEdit *>(w)) {
            if (edit->toPlainText() != text)
                edit->setPlainText(text);
        }
    }
    m_updating = false;
    syncFieldState();
}

void ProfileForm::syncFieldState()
{
    const auto &d = m_editor->draft();
    auto count = [](Field field, const QString &text) {
        return profile::characterCount(profile::normalized(field, text));
    };
    ui->nameCounter->showCount(count(Field::Name, d.name), profile::MaxNameLength);
    ui->usernameCounter->showCount(count(Field::Username, d.username), profile::MaxUsernameLength);
    ui->bioCounter->showCount(count(Field::Bio, d.bio), 0);
    ui->nameError->setMessage(m_editor->fieldError(Field::Name));
    ui->usernameError->setMessage(m_editor->fieldError(Field::Username));
    ui->bioError->setMessage(m_editor->fieldError(Field::Bio));
}

void ProfileForm::syncState()
{
    const bool saving = m_editor->state() == ProfileEditor::State::Saving;
    const bool haveProfile = m_editor->hasSnapshot();
    for (Field f : profile::AllFields) {
        QWidget *w = editorOf(f);
        w->setEnabled(haveProfile);
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setReadOnly(saving);
        else if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            edit->setReadOnly(saving);
    }
}

} // namespace whop::ui
