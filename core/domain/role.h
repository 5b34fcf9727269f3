#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Stride {

// What a user may see and do follows their role. The replica, the server and the reps table store it by name
// ("rep", "supervisor", "director", "admin"); code compares the enum and asks the predicates below, never the
// name. A name it does not know is Unknown, which may do nothing a rep may not.
enum class Role { Rep, Supervisor, Director, Admin, Unknown };

// The name stored for `role`; empty for Unknown.
QString roleToString(Role role);
// The role stored as `name` (exact, lower case); Unknown for anything else.
Role roleFromString(const QString& name);
// Rep, Supervisor, Director, Admin: the order of every role picker.
const QList<Role>& allRoles();
// Their stored names, in that order (the values a reps row may hold).
const QStringList& roleNames();

// Leads people: a supervisor, director or admin (may be named a team's or a rep's supervisor).
bool isSupervisorOrAbove(Role role);
// Sees the whole organisation: a director or an admin, like the server's own rule.
bool seesWholeOrganisation(Role role);
// Belongs to one team, which an account of this role must name: a rep or a supervisor.
bool belongsToATeam(Role role);
// Pins a customer's tier by hand and hands a task to someone else: a supervisor or an admin.
bool canPinTier(Role role);
bool canReassignTasks(Role role);

} // namespace Stride
