#pragma once

#include "SaveConflict.h"

#include <QDialog>
#include <QHash>
#include <QImage>

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

namespace whop::ui {

// Shown when a save found fields changed both here and elsewhere: for each of them the value
// before editing, Whop's now and the person's, and which one to keep (yours by default). Enter
// saves with the choices; Escape goes back to editing with nothing lost (the next save asks
// again).
class SaveConflictDialog : public QDialog
{
    Q_OBJECT
public:
    struct Answer
    {
        bool save = false;
        QHash<profile::Field, profile::ConflictChoice> choices;
        profile::ConflictChoice picture = profile::ConflictChoice::Yours;
    };
    using Done = std::function<void(const Answer &)>;

    // `yourPicture` is the pending picture's preview (for a picture conflict); `nam` fetches the
    // other two pictures (no credential goes with them); null: they are described, not shown.
    SaveConflictDialog(const profile::SaveConflict &conflict, const QImage &yourPicture,
                       QNetworkAccessManager *nam, QWidget *parent = nullptr);
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

private:
    void addChoice(int row, const QString &key, const QString &caption, bool withOriginal);
    QLabel *pictureCell(int row, int column, const QString &name, const QString &accessible);
    void showPicture(QLabel *label, const QUrl &url, QNetworkAccessManager *nam);

    std::unique_ptr<Ui::SaveConflictDialog> ui;
    QHash<QString, QComboBox *> m_choices; // by field key, and "picture"
    QList<QWidget *> m_tabOrder;
};

} // namespace whop::ui
