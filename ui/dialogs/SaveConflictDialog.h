#pragma once

#include "profile/SaveConflict.h"

#include <QDialog>
#include <QHash>
#include <QImage>
#include <QUrl>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QNetworkAccessManager;

namespace Ui {
class SaveConflictDialog;
}
namespace whop::profile {
class ProfileEditor;
}
namespace whop::history {
class Restorer;
}

namespace whop::ui {

class FieldComparison;

// Shown when a save found fields changed both here and elsewhere: for each of them the value
// before editing, Whop's now and the person's, and which one to keep (yours by default). Enter
// saves with the choices; Escape goes back to editing with nothing lost (the next save asks
// again).
//
// The same question for a restore (History, a batch's Undo) that found fields changed elsewhere
// since the change it puts back: per profile (one, or each account of a batch in conflict), the
// value this editor wrote, Whop's now and the one to put back. Whop's is chosen by default, so
// nothing changed elsewhere is overwritten unless the person picks it; Enter restores with the
// choices, Escape keeps Whop's values everywhere.
class SaveConflictDialog : public QDialog
{
    Q_OBJECT
public:
    struct Answer
    {
        bool save = false; // Enter: go on with the choices (a restore: Escape keeps Whop's)
        QHash<profile::Field, profile::ConflictChoice> choices;
        profile::ConflictChoice picture = profile::ConflictChoice::Yours;
        // A restore: the choices per profile (its key in ProfileConflict).
        QHash<int, QHash<profile::Field, profile::ConflictChoice>> profileChoices;
        QHash<int, profile::ConflictChoice> profilePictures;
    };
    using Done = std::function<void(const Answer &)>;

    // One profile of a restore in conflict: `key` names it in the answer, `title` above its
    // fields when there are several, and the address of the picture to put back.
    struct ProfileConflict
    {
        int key = 0;
        QString title;
        profile::SaveConflict conflict;
        QUrl wantedPicture;
    };

    // `yourPicture` is the pending picture's preview (for a picture conflict); `nam` fetches the
    // other two pictures (no credential goes with them); null: they are described, not shown.
    SaveConflictDialog(const profile::SaveConflict &conflict, const QImage &yourPicture,
                       QNetworkAccessManager *nam, QWidget *parent = nullptr);
    // A restore's conflicts, one profile or many.
    SaveConflictDialog(const QList<ProfileConflict> &profiles, QNetworkAccessManager *nam,
                       QWidget *parent = nullptr);
    ~SaveConflictDialog() override;

    Answer answer() const;

    // What to add after "Saved at …" when the save's re-read took fields from Whop (a leading
    // space included), or empty.
    static QString noteFor(const profile::SaveConflict &check);

    // Shows the dialog without blocking (window-modal) and calls `done` once answered.
    static void offer(QWidget *parent, const profile::SaveConflict &conflict,
                      const QImage &yourPicture, QNetworkAccessManager *nam, Done done);
    // Answers every conflict `editor` finds with this dialog, parented to `window`; `status`
    // gets a line for the status bar when the person goes back to editing.
    static void attach(profile::ProfileEditor *editor, QWidget *window, QNetworkAccessManager *nam,
                       std::function<void(const QString &)> status);
    // The same for every conflict `restorer` finds (for a batch, the accounts in conflict
    // together); `titleOf` names an account (empty: the global profile).
    static void attach(history::Restorer *restorer, QWidget *window, QNetworkAccessManager *nam,
                       std::function<QString(const QString &)> titleOf,
                       std::function<void(const QString &)> status);

private:
    void setUp();
    void addConflict(const profile::SaveConflict &conflict, const QString &prefix,
                     const QString &where, const QImage &yourPicture, const QUrl &wantedPicture,
                     QNetworkAccessManager *nam);
    void finishSetUp();
    void addChoice(int row, const QString &key, const QString &caption, bool withOriginal);
    QLabel *pictureCell(int row, int column, const QString &name, const QString &accessible);
    void showPicture(QLabel *label, const QUrl &url, QNetworkAccessManager *nam);

    std::unique_ptr<Ui::SaveConflictDialog> ui;
    QHash<QString, QComboBox *> m_choices; // by field key, and "picture" (a restore: prefixed)
    QHash<QString, QPair<int, QString>> m_profileOf; // a restore: key -> (profile, field key)
    QList<QWidget *> m_tabOrder;
    std::unique_ptr<FieldComparison> m_view;
    bool m_restore = false;
};

} // namespace whop::ui
