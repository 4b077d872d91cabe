#include "ui/widgets/FieldCounter.h"

#include "ui/AppStyle.h"

namespace whop::ui {

FieldCounter::FieldCounter(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
}

void FieldCounter::showCount(int count, int limit)
{
    setText(limit > 0 ? QStringLiteral("%1/%2").arg(count).arg(limit)
                      : tr("%n character(s)", nullptr, count));
    const bool over = limit > 0 && count > limit;
    if (property("overLimit").toBool() != over)
        showAsAlert(this, over, true);
    setProperty("overLimit", over);
    if (limit > 0) {
        // Room for a count ten times the limit, in the bold it takes past the limit.
        QFont bold = font();
        bold.setBold(true);
        const QString widest = QStringLiteral("%1/%2").arg(
            QString(QString::number(limit * 10).size(), QLatin1Char('0')), QString::number(limit));
        setMinimumWidth(QFontMetrics(bold).horizontalAdvance(widest) + 2 * margin());
    }
}

} // namespace whop::ui
