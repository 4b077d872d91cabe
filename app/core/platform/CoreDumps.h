#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace whop::platform {

// Whether a crash of this process could leave its memory (access and refresh tokens, API
// keys) in a core file, and whether another process of the same user could read that memory
// through ptrace or /proc/<pid>/mem.
struct CoreDumpState
{
    bool dumpable = true;  // Linux: prctl(PR_GET_DUMPABLE)
    qint64 softLimit = -1; // RLIMIT_CORE in bytes; -1 for unlimited or unknown
    qint64 hardLimit = -1;
    bool disabled() const { return !dumpable && softLimit == 0 && hardLimit == 0; }
};

// Makes the process non-dumpable (PR_SET_DUMPABLE 0: no core file, no ptrace attach by the
// same user, /proc/<pid>/mem and environ closed to them) and its core size limit 0, as
// password managers do. Called first thing in main() unless the build keeps core dumps
// (WHOP_KEEP_CORE_DUMPS, for debugging). Returns false, with the reason in `why`, when the
// system refused either part; elsewhere than Linux only the limit is set.
bool disableCoreDumps(QString *why = nullptr);
// Only the core size limit (0): no core file, but the process stays dumpable.
bool disableCoreFiles(QString *why = nullptr);
CoreDumpState coreDumpState();

// Whether this process's dialogs and browser go through xdg-desktop-portal: in a Flatpak or a
// Snap, or when Qt or GTK are told to use the portal. The portal identifies its caller by
// opening /proc/<pid>/root, which a non-dumpable process closes to it: every portal call is
// then refused (no file dialog, no browser for sign-in). Such a process gets
// disableCoreFiles() instead. `flatpakInfo` is the path of Flatpak's marker file.
bool usesDesktopPortal(const QProcessEnvironment &environment,
                       const QString &flatpakInfo = QStringLiteral("/.flatpak-info"));

} // namespace whop::platform
