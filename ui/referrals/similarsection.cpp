#include "similarsection.h"

#include "displaytext.h"
#include "referralcolumns.h"
#include "similarreferralcounts.h"

#include <QCoreApplication>

namespace rd {

namespace {

QString percent(std::optional<double> share)
{
    return share ? ReferralColumns::fitText(*share) : QCoreApplication::translate("DetailPane", "none yet");
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString similarReferralsSection(Database &database, const Referral &referral)
{
    if (referral.status != Status::New && referral.status != Status::Evaluating)
        return {};
    SimilarReferralCounts counts(database);
    const std::optional<SimilarHistory> history = counts.historyOf(referral.id);
    if (!history)
        return {};
    const QLocale locale;
    QString rows;
    rows += row(QCoreApplication::translate("DetailPane", "Similar referrals"), locale.toString(history->similar));
    rows += row(QCoreApplication::translate("DetailPane", "Accept rate"), percent(history->acceptRate()));
    rows += row(QCoreApplication::translate("DetailPane", "Win rate"), percent(history->winRate()));
    if (const std::optional<WonValues> won = quotedWonValues(*history, referral)) {
        rows += row(QCoreApplication::translate("DetailPane", "Median won value"),
                    QCoreApplication::translate("DetailPane", "%1 (won deals in this currency: %2)")
                        .arg(DisplayText::money(Money{won->medianMinorUnits, won->currency}, locale))
                        .arg(won->deals));
    }
    rows += row(QCoreApplication::translate("DetailPane", "Fit"), ReferralColumns::fitText(fitScore(*history)));
    return QStringLiteral("<h3>%1</h3><p>%2</p><table>%3</table>")
        .arg(QCoreApplication::translate("DetailPane", "Similar past referrals").toHtmlEscaped(),
             explainSimilar(referral, *history, locale).toHtmlEscaped(), rows);
}

} // namespace rd
