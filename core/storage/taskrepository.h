#pragma once

#include "domain/rep.h"
#include "domain/replicauser.h"
#include "domain/task.h"
#include "storage/repository.h"

#include <QStringList>

namespace Stride {

// To-dos of reps and supervisors, manual or generated (visits, rules, escalations, onboarding).
class TaskRepository final : public Repository {
public:
    using Repository::Repository;

    Result<Task> task(const QString& id) const;
    // Errors: no owner, no title, no source.
    Result<QString> save(const Task& task);
    // Saves a generated task unless one with the same sourceKey exists (done or not): a trigger that fires
    // again never duplicates its task. Returns the id of the new or the existing task.
    Result<QString> createOnce(const Task& task);
    Result<std::optional<Task>> bySourceKey(const QString& sourceKey) const;
    // An owner's open tasks due at or before `dueBy`, earliest first (tasks without a due date excluded).
    Result<QList<Task>> openDueBy(const QString& ownerId, qint64 dueBy) const;
    // The full task list: open tasks, overdue and earliest due first (tasks without a due date last).
    struct OpenQuery {
        QString ownerId;     // one owner's; empty: every task the replica holds (a manager's team, everyone's)
        QStringList sources; // "rule", "tier", "visit", "payment", "escalation"… ; empty: all
        QString text;        // part of the title or the customer's name, case-insensitive; empty: all
        int limit = 2000;
    };
    Result<QList<Task>> open(const OpenQuery& query) const;
    // How many tasks open() would list without its limit, and how many of them were due before `overdueBefore`.
    struct OpenCounts {
        int total = 0;
        int overdue = 0;
    };
    Result<OpenCounts> openCounts(const OpenQuery& query, qint64 overdueBefore) const;
    // Sources of the open tasks the replica holds, for a filter.
    Result<QStringList> openSources() const;

    // Marks the task done now; completing a done task keeps its first completion time. A note (optional) is
    // kept with the task: tasks carry no note field of their own, so it is appended to the title after " — ".
    Status complete(const QString& id, const QString& note = {});
    Status reopen(const QString& id);
    // Moves an open task's due time to `until`. Errors: done task, `until` not after now.
    Status snooze(const QString& id, qint64 until);
    // Gives an open task to another rep. Only a supervisor (to an active member of their team) or an admin (to any
    // active rep) may.
    Status reassign(const QString& id, const QString& newOwnerId, Role byRole, const QString& byTeamId);
    // Whom a supervisor or an admin may give a task to: active reps in their scope, by name.
    Result<QList<Rep>> assignees(Role byRole, const QString& byTeamId) const;
};

} // namespace Stride
