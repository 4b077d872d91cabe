#include "DemoScript.h"

#include "overview/AccountOverview.h"
#include "overview/BatchRun.h"
#include "platform/CoreDumps.h"
#include "profile/DraftKeeper.h"
#include "sandbox/SandboxServer.h"
#include "session/AppSession.h"
#include "ui/Prompts.h"
#include "ui/dialogs/DraftRecoveryDialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace whop::app {

namespace {

void emitEvent(const char *event, const QJsonObject &data)
{
    std::printf("whop-demo: %s %s\n", event,
                QJsonDocument(data).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

QJsonObject valuesOf(const profile::ProfileEditor *editor)
{
    QJsonObject o;
    for (profile::Field f : profile::AllFields)
        o.insert(profile::fieldKey(f), editor->value(f));
    return o;
}

// A sandbox already running at a loopback address (DemoScript.h, WHOP_DEMO_SANDBOX_URL).
class RunningSandbox final : public DemoBackend
{
public:
    explicit RunningSandbox(const QUrl &base) : m_base(base) {}
    bool start(QString *) override { return true; }
    bool isRunning() const override { return true; }
    QUrl baseUrl() const override { return m_base; }
    QByteArray token() const override { return sandbox::SandboxServer::DemoToken; }
    QString oauthClientId() const override
    {
        return QLatin1String(sandbox::SandboxServer::OAuthClientId);
    }

private:
    QUrl m_base;
};

// Applies `spec` ({"name"|"bio": value, "accounts": n}) to the first n accounts of the list, as
// the All Accounts window would, once they are read.
void scriptBatch(AppSession *session, const QJsonObject &spec, bool events)
{
    auto *accounts = new overview::AccountOverview(session->client(), session);
    accounts->setJournalProvider(session->journalProvider());
    const int wanted = spec.value(QStringLiteral("accounts")).toInt(50);
    overview::BatchChoices choices;
    for (profile::Field f : profile::AllFields) {
        const QJsonValue v = spec.value(profile::fieldKey(f));
        if (v.isString())
            choices[f] = {true, overview::ValueSource::Typed, v.toString(), {}};
    }
    auto rows = std::make_shared<QList<int>>();
    auto started = std::make_shared<bool>(false);
    auto tryStart = [accounts, rows, started, choices, events] {
        if (*started || rows->isEmpty())
            return;
        for (int r : std::as_const(*rows)) {
            const auto state = accounts->row(r).state;
            if (state != overview::OverviewRow::State::Loaded &&
                state != overview::OverviewRow::State::Failed)
                return;
        }
        *started = true;
        const overview::BatchPlan plan = overview::planBatch(*accounts, *rows, choices);
        auto *run = new overview::BatchRun(accounts, plan.items, overview::BatchRun::Kind::Apply,
                                           {}, accounts);
        if (events) {
            QJsonArray ids;
            for (const overview::BatchItem &item : plan.items)
                ids.append(item.account.id);
            QObject::connect(run, &overview::BatchRun::finished, run, [run] {
                emitEvent("batch-finished", {{QStringLiteral("applied"),
                                              run->count(overview::BatchRun::ItemState::Applied)}});
            });
            emitEvent("batch-started", {{QStringLiteral("batch"), run->batchId()},
                                        {QStringLiteral("accounts"), ids}});
        }
        run->start();
    };
    QObject::connect(
        accounts, &overview::AccountOverview::listStateChanged, accounts, [accounts, rows, wanted] {
            if (accounts->listState() != overview::AccountOverview::ListState::Loaded ||
                !rows->isEmpty())
                return;
            for (int r = 0; r < wanted && r < accounts->rowCount(); ++r)
                *rows << r;
            accounts->ensureLoaded(*rows);
        });
    QObject::connect(accounts, &overview::AccountOverview::rowChanged, accounts, tryStart);
    accounts->load();
}

} // namespace

std::unique_ptr<DemoBackend> demoBackendFromEnvironment(const QProcessEnvironment &environment)
{
    const QUrl base(environment.value(QStringLiteral("WHOP_DEMO_SANDBOX_URL")));
    // The demo token goes nowhere but to this machine.
    const QString host = base.host();
    if (!base.isValid() || base.scheme() != QLatin1String("http") ||
        (host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost")))
        return nullptr;
    return std::make_unique<RunningSandbox>(base);
}

void installDemoScript(AppSession *session, const QProcessEnvironment &environment)
{
    const bool events = environment.value(QStringLiteral("WHOP_DEMO_EVENTS")) == QLatin1String("1");
    const QByteArray edit = environment.value(QStringLiteral("WHOP_DEMO_SCRIPTED_EDIT")).toUtf8();
    const QString answer = environment.value(QStringLiteral("WHOP_DEMO_RECOVERY_ANSWER"));
    const QByteArray batch = environment.value(QStringLiteral("WHOP_DEMO_SCRIPTED_BATCH")).toUtf8();
    profile::ProfileEditor *editor = session->editor();
    profile::DraftKeeper *drafts = session->drafts();

    if (answer == QLatin1String("restore") || answer == QLatin1String("discard"))
        ui::Prompts::setNextAnswer(
            ui::DraftRecoveryDialog::Answer{answer == QLatin1String("restore"), {}});

    if (!edit.isEmpty()) {
        const QJsonObject fields = QJsonDocument::fromJson(edit).object();
        QObject::connect(
            editor, &profile::ProfileEditor::loaded, editor,
            [editor, fields] {
                for (auto it = fields.begin(); it != fields.end(); ++it) {
                    profile::Field f{};
                    if (profile::fieldFromKey(it.key(), &f))
                        editor->setValue(f, it.value().toString());
                }
            },
            Qt::SingleShotConnection);
    }
    if (!batch.isEmpty()) {
        const QJsonObject spec = QJsonDocument::fromJson(batch).object();
        QObject::connect(
            editor, &profile::ProfileEditor::loaded, session,
            [session, spec, events] { scriptBatch(session, spec, events); },
            Qt::SingleShotConnection);
    }
    if (!events)
        return;
    // What the kernel says of this process (main() disabled core dumps before anything else).
    const platform::CoreDumpState dumps = platform::coreDumpState();
    emitEvent("process", {{QStringLiteral("dumpable"), dumps.dumpable},
                          {QStringLiteral("coreSoftLimit"), dumps.softLimit},
                          {QStringLiteral("coreHardLimit"), dumps.hardLimit}});
    QObject::connect(editor, &profile::ProfileEditor::loaded, editor,
                     [editor] { emitEvent("loaded", valuesOf(editor)); });
    QObject::connect(drafts, &profile::DraftKeeper::draftWritten, drafts, [](const QString &path) {
        emitEvent("draft-written", {{QStringLiteral("path"), path}});
    });
    QObject::connect(drafts, &profile::DraftKeeper::recoveryOffered, drafts,
                     [](const profile::DraftRecovery &recovery) {
                         QJsonArray fields;
                         for (const auto &d : recovery.fields)
                             fields.append(
                                 QJsonObject{{QStringLiteral("field"), fieldKey(d.field)},
                                             {QStringLiteral("draft"), d.draftValue},
                                             {QStringLiteral("server"), d.serverValue},
                                             {QStringLiteral("conflict"), d.serverChanged}});
                         emitEvent("draft-offered", {{QStringLiteral("fields"), fields}});
                     });
    QObject::connect(drafts, &profile::DraftKeeper::restored, drafts,
                     [editor] { emitEvent("draft-restored", valuesOf(editor)); });
    QObject::connect(session, &AppSession::notice, session, [](const Notice &notice) {
        emitEvent("notice", {{QStringLiteral("message"), notice.text}});
    });
}

} // namespace whop::app
