#include "ui/widgets/AccountFacts.h"

#include "ui/PlainText.h"

#include "ui_AccountFacts.h"

#include <QEvent>
#include <QLocale>

namespace whop::ui {

namespace {

// The value column fits a user id as Whop makes them (`user_` and 14 letters or digits) whole;
// a long date or balance wraps.
int valueColumnWidth(const QFontMetrics &fm)
{
    return fm.horizontalAdvance(QStringLiteral("user_XXXXXXXXXXXXXX"));
}

} // namespace

AccountFacts::AccountFacts(QWidget *parent)
    : QFrame(parent), ui(std::make_unique<Ui::AccountFacts>())
{
    ui->setupUi(this);
    fixWidth();
}

AccountFacts::~AccountFacts() = default;

void AccountFacts::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fixWidth();
}

void AccountFacts::fixWidth()
{
    int captions = 0;
    for (const QLabel *caption : {ui->idCaption, ui->createdCaption, ui->kycCaption, ui->kybCaption,
                                  ui->totalCaption, ui->balancesCaption, ui->earningsCaption})
        captions = std::max(captions, caption->sizeHint().width());
    const QMargins margins = contentsMargins() + ui->accountForm->contentsMargins();
    const int values = valueColumnWidth(fontMetrics());
    setFixedWidth(margins.left() + captions + ui->accountForm->horizontalSpacing() + values +
                  margins.right());
    if (!m_id.isEmpty())
        showId(m_id);
    fitHeight();
}

void AccountFacts::fitHeight()
{
    // Exactly as tall as its rows at its fixed width, wrapped values included: never cut, never
    // stretched (the side column's spare room stays below it).
    const int height = heightForWidth(width());
    setFixedHeight(height > 0 ? height : sizeHint().height());
}

void AccountFacts::showId(const QString &id)
{
    m_id = id;
    // An id cannot wrap; one wider than the column (none Whop makes today) is cut in the middle,
    // the whole of it in the tooltip.
    const int room = valueColumnWidth(fontMetrics());
    const QString shown = fontMetrics().elidedText(id, Qt::ElideMiddle, room);
    ui->idValue->setText(shown);
    setPlainToolTip(ui->idValue, shown == id ? QString() : id);
}

namespace {
// Whop's verification states (docs/api/openapi.yaml: not_started, pending, approved, rejected)
// in the person's language; a state this version does not know is shown as Whop wrote it.
QString statusText(const QString &status)
{
    if (status.isEmpty() || status == QLatin1String("not_started"))
        return AccountFacts::tr("not started");
    if (status == QLatin1String("pending"))
        return AccountFacts::tr("pending");
    if (status == QLatin1String("approved"))
        return AccountFacts::tr("approved");
    if (status == QLatin1String("rejected"))
        return AccountFacts::tr("rejected");
    QString text = status;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

// A decimal string from Whop ("1234.56") written as the person's locale writes numbers
// ("1.234,56" in German), with as many decimals as Whop gave; anything else as it came.
QString localNumber(const QString &decimal)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(decimal, &ok);
    if (!ok)
        return decimal;
    const int point = int(decimal.indexOf(QLatin1Char('.')));
    const int decimals = point < 0 ? 0 : int(decimal.size()) - point - 1;
    return QLocale().toString(value, 'f', decimals);
}

// US dollars, as the locale writes an amount of money ("$1,234.56", "1.234,56 $"); without a
// locale (LANG=C), as in the United States.
QString dollars(const QString &decimal)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(decimal, &ok);
    const QLocale locale = QLocale().language() == QLocale::C
                               ? QLocale(QLocale::English, QLocale::UnitedStates)
                               : QLocale();
    return ok ? locale.toCurrencyString(value, QStringLiteral("$"), 2)
              : QStringLiteral("$") + decimal;
}
} // namespace

void AccountFacts::showUser(const api::User &u, bool have)
{
    const QString none = tr("—");
    showId(have ? u.id : none);
    ui->createdValue->setText(
        u.createdAt.isValid()
            ? QLocale().toString(u.createdAt.toLocalTime().date(), QLocale::LongFormat)
            : none);
    ui->kycValue->setText(have ? statusText(u.individualVerification) : none);
    ui->kybValue->setText(have ? statusText(u.businessVerification) : none);
    const bool money =
        u.totalUsd.has_value() || !u.balances.isEmpty() || !u.balanceSummary.isEmpty();
    ui->totalCaption->setVisible(money);
    ui->totalValue->setVisible(money);
    ui->totalValue->setText(u.totalUsd ? dollars(*u.totalUsd) : none);
    QStringList lines;
    for (const auto &b : u.balances)
        lines << QStringLiteral("%1 %2").arg(localNumber(b.amount), b.symbol) +
                     (b.valueUsd.isEmpty() ? QString()
                                           : QStringLiteral(" (%1)").arg(dollars(b.valueUsd)));
    for (const auto &[key, value] : u.balanceSummary) {
        // The nested balance names every part of the total (cash, crypto, pending, treasury,
        // the accounts'); a part at zero adds nothing to the total shown above.
        if (key != QLatin1String("total_usd") && QLocale::c().toDouble(value) != 0.0)
            lines << QStringLiteral("%1: %2").arg(
                QString(key).replace(QLatin1Char('_'), QLatin1Char(' ')), dollars(value));
    }
    ui->balancesCaption->setVisible(!lines.isEmpty());
    ui->balancesValue->setVisible(!lines.isEmpty());
    ui->balancesValue->setText(lines.join(QLatin1Char('\n')));

    // Gross income (earnings_usd, self views only): the last 30 days and all time, personal
    // wallet and owned accounts together.
    const bool earned = have && u.earnings.has_value();
    ui->earningsCaption->setVisible(earned);
    ui->earningsValue->setVisible(earned);
    if (earned) {
        const auto amount = [&none](const QString &usd) {
            return usd.isEmpty() ? none : dollars(usd);
        };
        ui->earningsValue->setText(tr("30 days: %1").arg(amount(u.earnings->total.last30Days)) +
                                   QLatin1Char('\n') +
                                   tr("All time: %1").arg(amount(u.earnings->total.lifetime)));
    } else {
        ui->earningsValue->clear();
    }
    fitHeight();
}

} // namespace whop::ui
