#pragma once

#include "domain/task.h"
#include "storage/repository.h"

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
    // Marks the task done now; completing a done task keeps its first completion time.
    Status complete(const QString& id);
    Status reopen(const QString& id);
};

} // namespace Stride
