#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace rd {

enum class Status { New, Evaluating, Negotiating, Won, Lost, Skipped, Missed, Declined, Expired };
enum class Action { Interested, Skip, Accept, Decline, Won, Lost };
// The four views a rep works in; every status belongs to exactly one.
enum class Tab { New, Evaluating, Negotiating, Archived };

const QList<Status> &allStatuses();
const QList<Action> &allActions();
const QList<Tab> &allTabs();

bool isArchived(Status status);
Tab tabOf(Status status);
QList<Status> statusesIn(Tab tab);

// Stable lower-case names: the command line's JSON and the database use them.
QString statusName(Status status);
QString actionName(Action action);
QString tabName(Tab tab);
std::optional<Status> statusFromName(const QString &name);
std::optional<Action> actionFromName(const QString &name);
std::optional<Tab> tabFromName(const QString &name);

// Words for people, translated.
QString statusTitle(Status status);

} // namespace rd

Q_DECLARE_METATYPE(rd::Status)
Q_DECLARE_METATYPE(rd::Action)
Q_DECLARE_METATYPE(rd::Tab)
