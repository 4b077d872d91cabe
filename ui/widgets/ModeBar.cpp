#include "ui/widgets/ModeBar.h"

#include "avatar/LogoCache.h"
#include "session/AppSession.h"
#include "ui/LeaveGuard.h"
#include "ui/dialogs/AccountPickerDialog.h"
#include "ui/widgets/ElidingComboBox.h"
#include "ui/widgets/FieldMessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace whop::ui {

namespace {
const QString ChooseMarker = QStringLiteral("__choose__");
}

ModeBar::ModeBar(app::AppSession *session, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_logos(new avatar::LogoCache(session->networkAccessManager(), 64, this)),
      m_combo(new ElidingComboBox(this)), m_userCaption(new QLabel(tr("Us&er:"), this)),
      m_user(new QLineEdit(this)), m_openUser(new QPushButton(tr("Open"), this)),
      m_userProblem(new FieldMessage(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(tr("Pr&ofile:"), this);
    caption->setBuddy(m_combo);
    m_userCaption->setBuddy(m_user);
    layout->addWidget(caption);
    layout->addWidget(m_combo);
    layout->addWidget(m_userCaption);
    layout->addWidget(m_user);
    layout->addWidget(m_openUser);
    layout->addWidget(m_userProblem);
    layout->addStretch(1);
    m_combo->setObjectName(QStringLiteral("modeSelector"));
    m_combo->setAccessibleName(tr("Profile"));
    m_user->setObjectName(QStringLiteral("userToEdit"));
    m_user->setAccessibleName(tr("User"));
    m_user->setPlaceholderText(tr("user_… or username"));
    // Wide enough for a whole user id as Whop makes them (user_ and 14 more, like
    // user_DemoCreator01), with room for the frame and the cursor.
    m_user->setMinimumWidth(
        m_user->fontMetrics().horizontalAdvance(QStringLiteral("user_XXXXXXXXXXXXXX")) +
        m_user->fontMetrics().averageCharWidth() * 3);
    m_openUser->setObjectName(QStringLiteral("openUserButton"));
    // What is wrong with the user typed is said in words beside the field (and to screen
    // readers as the field's description), never only by colour. The row has the tool bar's
    // width; the words get what the controls leave.
    m_userProblem->setObjectName(QStringLiteral("userProblem"));
    m_userProblem->setField(m_user);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (m_rebuilding)
            return;
        const QString choice = m_combo->itemData(index).toString();
        if (choice == ChooseMarker) {
            rebuild(); // the selection returns to the current mode until a choice is made
            openPicker();
            return;
        }
        if (choice.isEmpty())
            requestGlobal();
        else
            requestAccount(choice, m_session->mode().accountTitle);
    });
    connect(m_openUser, &QPushButton::clicked, this, [this] { requestUser(m_user->text()); });
    connect(m_user, &QLineEdit::returnPressed, this, [this] { requestUser(m_user->text()); });
    // The words about what was wrong go as soon as the person corrects it.
    connect(m_user, &QLineEdit::textEdited, m_userProblem, [this] { showUserProblem({}); });
    connect(session, &app::AppSession::modeChanged, this, &ModeBar::rebuild);
    rebuild();
}

void ModeBar::rebuild()
{
    m_rebuilding = true;
    m_combo->clear();
    const auth::Identity *identity = m_session->activeIdentity();
    const bool apiKey = identity && identity->isApiKey();
    const app::ProfileMode mode = m_session->mode();
    if (!apiKey)
        m_combo->addItem(tr("Global profile"), QString());
    if (!mode.isGlobal()) {
        const QString title = mode.accountTitle.isEmpty() ? mode.accountId : mode.accountTitle;
        m_combo->addItem(tr("Profile in account “%1” (%2)").arg(title, mode.accountId),
                         mode.accountId);
    }
    m_combo->addItem(tr("Profile in another account…"), ChooseMarker);
    m_combo->setCurrentIndex(mode.isGlobal() ? 0 : m_combo->findData(mode.accountId));
    m_userCaption->setVisible(apiKey);
    m_user->setVisible(apiKey);
    m_openUser->setVisible(apiKey);
    if (!apiKey)
        showUserProblem({});
    if (apiKey && m_user->text() != mode.user)
        m_user->setText(mode.user);
    m_rebuilding = false;
}

AccountPickerDialog *ModeBar::openPicker()
{
    if (!m_picker) {
        m_picker = new AccountPickerDialog(m_session->accounts(), m_logos, window());
        m_picker->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_picker, &QDialog::accepted, this, [this] {
            const api::Account chosen = m_picker->chosenAccount();
            requestAccount(chosen.id, chosen.title);
        });
    }
    m_picker->open();
    return m_picker;
}

void ModeBar::requestGlobal()
{
    switchTo({}, {}, m_session->mode().user);
}

void ModeBar::requestAccount(const QString &accountId, const QString &title)
{
    switchTo(accountId, title, m_session->mode().user);
}

void ModeBar::requestUser(const QString &user)
{
    static const QRegularExpression valid(
        QStringLiteral("^(user_[A-Za-z0-9]+|[A-Za-z0-9-]{1,42})$"));
    const QString trimmed = user.trimmed();
    if (!valid.match(trimmed).hasMatch()) {
        showUserProblem(trimmed.isEmpty() ? tr("Enter a user id or a username.")
                                          : tr("Not a user id (user_…) or a username."));
        m_user->setFocus(Qt::OtherFocusReason);
        return;
    }
    showUserProblem({});
    const app::ProfileMode mode = m_session->mode();
    switchTo(mode.accountId, mode.accountTitle, trimmed);
}

void ModeBar::showUserProblem(const QString &text)
{
    m_userProblem->setMessage(text);
    // The words are read whole: the profile's name beside them is the one to shorten (it is
    // elided in the middle, its whole text in its tooltip).
    m_userProblem->setMinimumWidth(text.isEmpty() ? 0 : m_userProblem->sizeHint().width());
}

void ModeBar::switchTo(const QString &accountId, const QString &title, const QString &user)
{
    app::ProfileMode next;
    next.accountId = accountId;
    next.accountTitle = title;
    next.user = user;
    if (next == m_session->mode() && m_session->editor()->hasSnapshot()) {
        rebuild();
        return;
    }
    leaveProfile(
        this, m_session->editor(),
        tr("Your profile has changes that are not saved. Save them before switching profile?"),
        [this, next] { m_session->setMode(next); }, [this] { rebuild(); });
}

} // namespace whop::ui
