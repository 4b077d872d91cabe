#include "DemoScript.h"

#include "AppSession.h"
#include "CoreDumps.h"
#include "DraftKeeper.h"
#include "DraftRecoveryDialog.h"

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

} // namespace

void installDemoScript(AppSession *session, const QProcessEnvironment &environment)
{
    const bool events = environment.value(QStringLiteral("WHOP_DEMO_EVENTS")) == QLatin1String("1");
    const QByteArray edit = environment.value(QStringLiteral("WHOP_DEMO_SCRIPTED_EDIT")).toUtf8();
    const QString answer = environment.value(QStringLiteral("WHOP_DEMO_RECOVERY_ANSWER"));
    profile::ProfileEditor *editor = session->editor();
    profile::DraftKeeper *drafts = session->drafts();

    if (answer == QLatin1String("restore") || answer == QLatin1String("discard"))
        ui::DraftRecoveryDialog::setNextAnswer({answer == QLatin1String("restore"), {}});

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
