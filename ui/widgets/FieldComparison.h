#pragma once

#include "profile/ProfileRules.h"

#include <QList>
#include <QString>

class QGridLayout;
class QLabel;

namespace whop::ui {

// The per-field view the draft-recovery and save-conflict dialogs share: a header row, then for
// each field its caption and one plain-text value per column (long values cut short, in full in
// the tooltip). Value labels keep their text as what a screen reader reads; the column they are
// in goes to their accessible description.
class FieldComparison
{
public:
    struct Column
    {
        QString header;        // shown above the column
        QString objectPrefix;  // value labels are named <prefix>_<field key>
        QString accessibleFor; // "%1" is the field's caption, e.g. "Your draft of %1"
    };

    FieldComparison(QGridLayout *grid, const QList<Column> &columns);

    // Adds the row of `key` (a field key, or "picture") and returns its grid row. `values` has
    // one entry per column.
    int addRow(const QString &key, const QString &caption, const QStringList &values);
    // The grid row the next addRow() fills; a caller may put its own widgets there and skip().
    int nextRow() const { return m_row; }
    void skip() { ++m_row; }
    // Lets the rows sit at the top and the value columns share the width.
    void finish();

    // A value as the dialogs show it: "(empty)" for blank text, cut short past ~240 characters.
    static QString shown(const QString &value);
    static QString caption(profile::Field field);

private:
    QGridLayout *m_grid;
    QList<Column> m_columns;
    int m_row = 1;
};

} // namespace whop::ui
