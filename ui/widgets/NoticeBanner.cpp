#include "ui/widgets/NoticeBanner.h"

#include "ui/Colours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace whop::ui {

using app::Notice;

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_action(new QPushButton(this)),
      m_secondAction(new QPushButton(this)), m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("bannerLabel"));
    m_text->setTextFormat(Qt::PlainText); // the text may carry the server's words
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->setAutoDefault(false);
    m_secondAction->setObjectName(QStringLiteral("bannerSecondAction"));
    m_secondAction->setAutoDefault(false);
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_secondAction);
    layout->addWidget(m_close);

    connect(m_action, &QPushButton::clicked, this,
            [this] { Q_EMIT actionTriggered(m_notice.action); });
    connect(m_secondAction, &QPushButton::clicked, this,
            [this] { Q_EMIT actionTriggered(m_notice.secondAction); });
    connect(m_close, &QToolButton::clicked, this, [this] {
        clear();
        Q_EMIT dismissed();
    });
    QFrame::hide();
}

QString NoticeBanner::actionText(Notice::Action action)
{
    switch (action) {
    case Notice::Action::None:
        return {};
    case Notice::Action::AddIdentity:
        return tr("Add identity…");
    case Notice::Action::SignInAgain:
        return tr("Sign in again…");
    case Notice::Action::Retry:
        return tr("Retry");
    case Notice::Action::SetUpSignIn:
        return tr("Set up sign-in…");
    case Notice::Action::Preferences:
        return tr("Preferences…");
    }
    return {};
}

void NoticeBanner::showNotice(const Notice &notice)
{
    if (notice.isNone()) {
        clear();
        return;
    }
    const bool kindChanged = notice.kind != m_notice.kind;
    m_notice = notice;
    m_text->setText(notice.text);
    const std::pair<QPushButton *, Notice::Action> buttons[] = {
        {m_action, notice.action}, {m_secondAction, notice.secondAction}};
    for (const auto &[button, action] : buttons) {
        const QString caption = actionText(action);
        button->setText(caption);
        button->setAccessibleName(caption); // a screen reader says what the eye reads
        button->setVisible(!caption.isEmpty());
    }
    if (kindChanged)
        applyColours();
    setAccessibleName(notice.kind == Notice::Kind::Error ? tr("Error") : tr("Message"));
    QFrame::show();
}

void NoticeBanner::clear()
{
    m_notice = {};
    QFrame::hide();
    m_text->clear();
}

QString NoticeBanner::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void NoticeBanner::applyColours()
{
    // KMessageWidget's scheme: a light tint of the kind's colour, the text in the usual colour.
    QColor tint;
    switch (m_notice.kind) {
    case Notice::Kind::Error:
        tint = QColor(0xda, 0x44, 0x53);
        break;
    case Notice::Kind::Warning:
    case Notice::Kind::SignInRequired:
        tint = QColor(0xf6, 0x74, 0x00);
        break;
    case Notice::Kind::None:
    case Notice::Kind::Demo:
    case Notice::Kind::Info:
        tint = QColor(0x3d, 0xae, 0xe9);
        break;
    }
    QPalette p = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor base = p.color(QPalette::Window);
    const QColor tinted = mix(base, tint, 0.2);
    p.setColor(QPalette::Window, tinted);
    // The usual text colour, unless the tint has taken too much of its contrast away.
    p.setColor(QPalette::WindowText, readableOn(p.color(QPalette::WindowText), tinted));
    p.setColor(QPalette::Light, tint);
    p.setColor(QPalette::Dark, tint);
    setPalette(p);
}

} // namespace whop::ui
