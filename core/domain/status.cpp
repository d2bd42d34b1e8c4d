#include "status.h"

#include <QCoreApplication>

namespace rd {

namespace {

template<typename Enum>
struct NamedValue
{
    Enum value;
    const char *name;
};

const NamedValue<Status> kStatusNames[] = {
    {Status::New, "new"},           {Status::Evaluating, "evaluating"},
    {Status::Negotiating, "negotiating"}, {Status::Won, "won"},
    {Status::Lost, "lost"},         {Status::Skipped, "skipped"},
    {Status::Missed, "missed"},     {Status::Declined, "declined"},
    {Status::Expired, "expired"},
};

const NamedValue<Action> kActionNames[] = {
    {Action::Interested, "interested"}, {Action::Skip, "skip"},
    {Action::Accept, "accept"},         {Action::Decline, "decline"},
    {Action::Won, "won"},               {Action::Lost, "lost"},
};

const NamedValue<Tab> kTabNames[] = {
    {Tab::New, "new"},
    {Tab::Evaluating, "evaluating"},
    {Tab::Negotiating, "negotiating"},
    {Tab::Archived, "archived"},
};

template<typename Enum, size_t N>
QString nameOf(const NamedValue<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const NamedValue<Enum> (&table)[N], const QString &name)
{
    for (const auto &entry : table) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

template<typename Enum, size_t N>
QList<Enum> valuesOf(const NamedValue<Enum> (&table)[N])
{
    QList<Enum> values;
    for (const auto &entry : table)
        values.append(entry.value);
    return values;
}

} // namespace

const QList<Status> &allStatuses()
{
    static const QList<Status> statuses = valuesOf(kStatusNames);
    return statuses;
}

const QList<Action> &allActions()
{
    static const QList<Action> actions = valuesOf(kActionNames);
    return actions;
}

const QList<Tab> &allTabs()
{
    static const QList<Tab> tabs = valuesOf(kTabNames);
    return tabs;
}

bool isArchived(Status status)
{
    return tabOf(status) == Tab::Archived;
}

Tab tabOf(Status status)
{
    switch (status) {
    case Status::New:
        return Tab::New;
    case Status::Evaluating:
        return Tab::Evaluating;
    case Status::Negotiating:
        return Tab::Negotiating;
    default:
        return Tab::Archived;
    }
}

QList<Status> statusesIn(Tab tab)
{
    QList<Status> result;
    for (Status status : allStatuses()) {
        if (tabOf(status) == tab)
            result.append(status);
    }
    return result;
}

QString statusName(Status status) { return nameOf(kStatusNames, status); }
QString actionName(Action action) { return nameOf(kActionNames, action); }
QString tabName(Tab tab) { return nameOf(kTabNames, tab); }
std::optional<Status> statusFromName(const QString &name) { return valueOf(kStatusNames, name); }
std::optional<Action> actionFromName(const QString &name) { return valueOf(kActionNames, name); }
std::optional<Tab> tabFromName(const QString &name) { return valueOf(kTabNames, name); }

QString statusTitle(Status status)
{
    switch (status) {
    case Status::New:
        return QCoreApplication::translate("Status", "New");
    case Status::Evaluating:
        return QCoreApplication::translate("Status", "Evaluating");
    case Status::Negotiating:
        return QCoreApplication::translate("Status", "Negotiating");
    case Status::Won:
        return QCoreApplication::translate("Status", "Won");
    case Status::Lost:
        return QCoreApplication::translate("Status", "Lost");
    case Status::Skipped:
        return QCoreApplication::translate("Status", "Skipped");
    case Status::Missed:
        return QCoreApplication::translate("Status", "Missed");
    case Status::Declined:
        return QCoreApplication::translate("Status", "Declined");
    case Status::Expired:
        return QCoreApplication::translate("Status", "Expired");
    }
    return {};
}

} // namespace rd
