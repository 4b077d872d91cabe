#include "ui/widgets/FieldComparison.h"

#include "ui/PlainText.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>

namespace whop::ui {

namespace {

constexpr int MaxShownCharacters = 240;

// The translation context of this file's texts (lupdate reads it from the macro).
struct FieldComparisonTr
{
    Q_DECLARE_TR_FUNCTIONS(whop::ui::FieldComparison)
};

} // namespace

FieldComparison::FieldComparison(QGridLayout *grid, const QList<Column> &columns)
    : m_grid(grid), m_columns(columns)
{
    const QString field = FieldComparisonTr::tr("Field");
    auto *first = new QLabel(QStringLiteral("<b>%1</b>").arg(field.toHtmlEscaped()));
    first->setObjectName(QStringLiteral("header0"));
    first->setAccessibleName(field);
    grid->addWidget(first, 0, 0);
    for (int c = 0; c < columns.size(); ++c) {
        const QString &text = columns.at(c).header;
        auto *h = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
        h->setObjectName(QStringLiteral("header%1").arg(c + 1));
        h->setAccessibleName(text);
        grid->addWidget(h, 0, c + 1);
    }
}

int FieldComparison::addRow(const QString &key, const QString &fieldCaption,
                            const QStringList &values)
{
    const int row = m_row++;
    auto *name = new QLabel(fieldCaption);
    name->setObjectName(QStringLiteral("field_") + key);
    name->setAccessibleName(fieldCaption);
    m_grid->addWidget(name, row, 0, Qt::AlignTop);
    for (int c = 0; c < m_columns.size() && c < values.size(); ++c) {
        const Column &column = m_columns.at(c);
        auto *value = new QLabel(shown(values.at(c)));
        value->setObjectName(column.objectPrefix + QLatin1Char('_') + key);
        value->setAccessibleDescription(column.accessibleFor.arg(fieldCaption));
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText); // names and bios come from outside
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        setPlainToolTip(value, values.at(c));
        m_grid->addWidget(value, row, c + 1, Qt::AlignTop);
    }
    return row;
}

void FieldComparison::finish()
{
    m_grid->setRowStretch(m_row, 1);
    for (int c = 1; c <= m_columns.size(); ++c)
        m_grid->setColumnStretch(c, 1);
}

QString FieldComparison::shown(const QString &value)
{
    if (value.trimmed().isEmpty())
        return FieldComparisonTr::tr("(empty)");
    return value.size() > MaxShownCharacters ? value.left(MaxShownCharacters - 1) + QChar(0x2026)
                                             : value;
}

QString FieldComparison::caption(profile::Field field)
{
    switch (field) {
    case profile::Field::Name:
        return FieldComparisonTr::tr("Name");
    case profile::Field::Username:
        return FieldComparisonTr::tr("Username");
    case profile::Field::Bio:
        return FieldComparisonTr::tr("Bio");
    }
    return {};
}

} // namespace whop::ui
