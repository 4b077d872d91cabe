#include "AccountFacts.h"

#include "ui_MainWindow.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace whop::ui {

namespace {
QString statusText(const QString &status)
{
    if (status.isEmpty())
        return QObject::tr("not started");
    QString text = status;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}
} // namespace

void showAccountFacts(Ui::MainWindow &ui, const api::User &u, bool have)
{
    const QString none = QObject::tr("—");
    ui.idValue->setText(have ? u.id : none);
    ui.createdValue->setText(
        u.createdAt.isValid()
            ? QLocale().toString(u.createdAt.toLocalTime().date(), QLocale::LongFormat)
            : none);
    ui.kycValue->setText(have ? statusText(u.individualVerification) : none);
    ui.kybValue->setText(have ? statusText(u.businessVerification) : none);
    const bool money =
        u.totalUsd.has_value() || !u.balances.isEmpty() || !u.balanceSummary.isEmpty();
    ui.totalCaption->setVisible(money);
    ui.totalValue->setVisible(money);
    ui.totalValue->setText(u.totalUsd ? QStringLiteral("$%1").arg(*u.totalUsd) : none);
    QStringList lines;
    for (const auto &b : u.balances)
        lines << QStringLiteral("%1 %2").arg(b.amount, b.symbol) +
                     (b.valueUsd.isEmpty() ? QString() : QStringLiteral(" ($%1)").arg(b.valueUsd));
    for (const auto &[key, value] : u.balanceSummary) {
        if (key != QLatin1String("total_usd"))
            lines << QStringLiteral("%1: $%2").arg(
                QString(key).replace(QLatin1Char('_'), QLatin1Char(' ')), value);
    }
    ui.balancesCaption->setVisible(!lines.isEmpty());
    ui.balancesValue->setVisible(!lines.isEmpty());
    ui.balancesValue->setText(lines.join(QLatin1Char('\n')));
}

QImage roundAvatar(const QImage &square)
{
    QImage out(square.size(), QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    out.setDevicePixelRatio(square.devicePixelRatio());
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    const QSizeF logical = QSizeF(square.size()) / square.devicePixelRatio();
    path.addEllipse(QRectF(QPointF(0, 0), logical));
    p.setClipPath(path);
    p.drawImage(QPointF(0, 0), square);
    return out;
}

} // namespace whop::ui
