#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace rd {

// Partner Center names customer sizes on two overlapping scales: three coarse bands (1to50,
// 51to500, Morethan500) and eight finer ranges (1to9 … Morethan20000). The ranges are read
// from the ids themselves ("NtoM", "MorethanN"), so the taxonomy table stays the one list.
namespace CustomerSize {

struct Employees
{
    int low = 1;
    std::optional<int> high; // none: "more than"
};

// The employees a size id covers; none for an id that is not a size.
std::optional<Employees> employees(const QString &size);

// The coarse band a size falls in: the band that holds most of its range (251to1000 holds
// 250 sizes of 51to500 and 500 of Morethan500, so it is Morethan500). Empty for an unknown size.
QString band(const QString &size);
// Every size id, of both scales, whose band is `band`, in the taxonomy's order.
QStringList sizesInBand(const QString &band);

// Whether a profile that opted out of `excluded` does not serve a customer of `size`: the size
// itself, or a size whose range holds it (opting out of 1to50 also leaves out 1to9).
bool isOptedOut(const QString &size, const QStringList &excluded);

} // namespace CustomerSize

} // namespace rd
