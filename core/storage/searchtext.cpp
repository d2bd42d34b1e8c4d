#include "searchtext.h"

#include "visibility.h"

#include <QRegularExpression>
#include <algorithm>

namespace rd {

QString searchBody(const Referral &referral)
{
    const Referral visible = visibleView(referral);
    const Requirements &requirements = visible.details.requirements;
    const QStringList parts = QStringList{visible.id, visible.name, visible.details.notes, visible.customer.address.city,
                                          visible.customer.name}
        + requirements.industries + requirements.products + requirements.services + requirements.solutions;
    QStringList present;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            present.append(part);
    }
    return present.join(QLatin1Char('\n'));
}

QStringList searchTerms(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList terms = text.split(spaces, Qt::SkipEmptyParts);
    terms.removeDuplicates();
    return terms;
}

bool searchReadsEveryRow(const QString &text)
{
    const QStringList terms = searchTerms(text);
    return !terms.isEmpty() && std::all_of(terms.cbegin(), terms.cend(), [](const QString &term) { return term.size() < kShortestIndexedTerm; });
}

} // namespace rd
