#pragma once

#include "profile/DraftStore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace whop::api {
struct UserTarget;
}

namespace whop::profile {

class ProfileEditor;

// Keeps the editor's unsaved edits (fields and a chosen picture) on disk, from the outside of
// ProfileEditor: it listens to its signals, writes the draft shortly after each change
// (debounced), removes it once saved or reverted, and after the first load of a profile offers a
// leftover draft back. When a reload finds another user at the same address, the edits meant for
// the one before are set aside for them (never offered to the new one), and problem() says where.
class DraftKeeper : public QObject
{
    Q_OBJECT
public:
    using KeyProvider = std::function<QString()>;
    static constexpr int DefaultDebounceMs = 500;

    DraftKeeper(ProfileEditor *editor, DraftStore store, QObject *parent = nullptr);
    ~DraftKeeper() override;

    // Who is editing ("demo", an identity's key; never a secret). Asked at each first load.
    void setIdentityKeyProvider(KeyProvider provider) { m_identityKey = std::move(provider); }
    void setDebounceMs(int ms) { m_timer.setInterval(ms); }
    const DraftStore &store() const { return m_store; }

    // The draft file of the profile on screen; empty until its first load.
    QString currentPath() const;
    bool hasPendingWrite() const { return m_timer.isActive(); }
    // Writes a pending draft now.
    void flush();

    // The leftover draft waiting for an answer, if any.
    const std::optional<DraftRecovery> &pendingRecovery() const { return m_recovery; }
    // Answers recoveryOffered: puts the chosen fields back into the editor (fields missing from
    // `choices` take the draft's value).
    void restore(const QHash<Field, FieldChoice> &choices = {});
    // Answers recoveryOffered: forgets the leftover draft.
    void discardRecovered();

    // "me", or "me@biz_..." when editing an account's override.
    static QString profileKeyFor(const api::UserTarget &target);

Q_SIGNALS:
    // After the first load: a leftover draft differs from the server. Answer with restore() or
    // discardRecovered().
    void recoveryOffered(const whop::profile::DraftRecovery &recovery);
    // restore() put the draft back; `picture` is the absolute path of its picture, if any (it
    // reaches the editor a moment later, once decoded off the UI thread).
    void restored(const QString &picture);
    void draftWritten(const QString &path);
    void draftRemoved(const QString &path);
    // Something the person should know: a draft was set aside, or could not be written.
    void problem(const QString &message);

private:
    void onSnapshotChanged();
    void onDraftChanged();
    void keepForPreviousUser();
    void checkLeftover();
    void schedule();
    void writeNow();
    void removeNow();
    Draft currentDraft();
    void forgetPictureCopy(const QString &relativePath);

    QPointer<ProfileEditor> m_editor;
    DraftStore m_store;
    KeyProvider m_identityKey;
    QTimer m_timer;
    QElapsedTimer m_pendingSince;
    QString m_identity; // the keys of the profile on screen, fixed at its first load
    QString m_profile;
    bool m_checked = false;         // the leftover draft of this profile was looked at
    std::optional<Draft> m_pending; // what the timer will write
    std::optional<DraftRecovery> m_recovery;
    // The editor's pending picture, kept as a file in the data directory (relative path).
    QString m_picture;
    QByteArray m_pictureBytes;  // what m_picture holds
    QString m_writtenPicture;   // the picture the draft on disk refers to
    QString m_restoringPicture; // a restored picture on its way into the editor
    bool m_writeFailed = false;
};

} // namespace whop::profile
