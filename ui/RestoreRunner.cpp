#include "ui/RestoreRunner.h"

#include "history/Restorer.h"
#include "session/AppSession.h"
#include "ui/LeaveGuard.h"
#include "ui/dialogs/SaveConflictDialog.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

namespace whop::ui {

namespace {

struct RestoreRunnerTr
{
    Q_DECLARE_TR_FUNCTIONS(whop::ui::RestoreRunner)
};

// Whether `target` is the profile the editor shows.
bool onScreen(const app::AppSession *session, const history::RestoreTarget &target)
{
    const profile::ProfileEditor *editor = session->editor();
    if (target.accountId() != editor->target().accountId)
        return false;
    return target.userId.isEmpty() || !editor->hasSnapshot() ||
           target.userId == editor->snapshot().id;
}

} // namespace

history::RestoreRoute restoreRouteOf(const app::AppSession *session)
{
    history::RestoreRoute route;
    const auth::Identity *identity = session->activeIdentity();
    // A user token edits its own profile ("me"); an API key names the user each change was
    // made to (AppSession::applyMode, docs/api/whop-api.md, "Users").
    route.user = identity && identity->isApiKey() ? QString() : session->editor()->target().user;
    route.origin = journal::originOf(session->baseUrl());
    return route;
}

std::function<QString(const QString &)> accountTitlesOf(const app::AppSession *session)
{
    const QPointer<app::AccountDirectory> accounts(session->accounts());
    return [accounts](const QString &accountId) {
        const api::Account *account = accounts ? accounts->find(accountId) : nullptr;
        return account ? account->title : QString();
    };
}

void runRestore(app::AppSession *session, QWidget *parent, history::RestorePlan plan,
                RestoreCallbacks callbacks)
{
    const bool touchesScreen =
        std::any_of(plan.targets.begin(), plan.targets.end(),
                    [session](const history::RestoreTarget &t) { return onScreen(session, t); });
    const QPointer<QWidget> guard(parent);
    auto go = [session, guard, plan, callbacks] {
        if (!guard)
            return;
        auto *restorer = new history::Restorer(session->client(), plan, guard);
        restorer->setJournal(session->journal());
        SaveConflictDialog::attach(restorer, guard, session->networkAccessManager(),
                                   accountTitlesOf(session), callbacks.status);
        auto reload = std::make_shared<bool>(false);
        QObject::connect(restorer, &history::Restorer::restored, restorer,
                         [session, restorer, reload](int i, const api::User &) {
                             *reload = *reload || onScreen(session, restorer->plan().targets.at(i));
                         });
        QObject::connect(restorer, &history::Restorer::finished, restorer,
                         [session, restorer, reload, callbacks] {
                             // The profile on screen shows what Whop has now; a draft typed
                             // meanwhile stays (ProfileEditor::load keeps edited fields).
                             if (*reload && !session->editor()->isBusy())
                                 session->editor()->load();
                             if (callbacks.status)
                                 callbacks.status(restorer->summary());
                             if (callbacks.finished)
                                 callbacks.finished(restorer);
                             restorer->deleteLater();
                         });
        if (callbacks.started)
            callbacks.started(restorer);
        restorer->start();
    };
    if (!touchesScreen || !session->editor()->isDirty()) {
        go();
        return;
    }
    leaveProfile(
        parent, session->editor(),
        RestoreRunnerTr::tr("This profile has changes that are not saved. Save them before "
                            "putting earlier values back?"),
        go, [] {});
}

} // namespace whop::ui
