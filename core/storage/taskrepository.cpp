#include "taskrepository.h"

using namespace Qt::StringLiterals;

namespace Stride {

Result<Task> TaskRepository::task(const QString& id) const {
    return byId<Task>(id);
}

Result<QString> TaskRepository::save(const Task& task) {
    if (task.ownerId.isEmpty())
        return fail(u"a task needs an owner"_s);
    if (task.title.trimmed().isEmpty())
        return fail(u"a task needs a title"_s);
    if (task.source.isEmpty())
        return fail(u"a task needs a source (manual, visit, rule, escalation, onboarding)"_s);
    return applyReturningFirstId({writeFor(task)});
}

Result<std::optional<Task>> TaskRepository::bySourceKey(const QString& sourceKey) const {
    return selectFirst<Task>(u"WHERE source_key = ? AND deleted = 0 LIMIT 1"_s, {sourceKey});
}

Result<QString> TaskRepository::createOnce(const Task& task) {
    if (task.sourceKey.isEmpty())
        return fail(u"createOnce needs a task with a source key"_s);
    Result<std::optional<Task>> existing = bySourceKey(task.sourceKey);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return (*existing)->id;
    Task fresh = task;
    fresh.id.clear();
    return save(fresh);
}

Result<QList<Task>> TaskRepository::openDueBy(const QString& ownerId, qint64 dueBy) const {
    return selectList<Task>(
        u"WHERE owner_id = ? AND due_at <= ? AND done_at IS NULL AND deleted = 0 ORDER BY due_at, rowid"_s,
        {ownerId, dueBy});
}

Status TaskRepository::complete(const QString& id) {
    Result<Task> t = task(id);
    if (!t)
        return fail(t.error());
    if (t->doneAt)
        return {};
    t->doneAt = now();
    return store().apply({writeFor(*t)});
}

Status TaskRepository::reopen(const QString& id) {
    Result<Task> t = task(id);
    if (!t)
        return fail(t.error());
    t->doneAt.reset();
    return store().apply({writeFor(*t)});
}

} // namespace Stride
