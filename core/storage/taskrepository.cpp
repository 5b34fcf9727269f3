#include "taskrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

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

namespace {
// The WHERE clause of the open-task list, with its bound values appended.
QString openClause(const TaskRepository::OpenQuery& query, QVariantList& values) {
    QString clause = u"WHERE done_at IS NULL AND deleted = 0"_s;
    if (!query.ownerId.isEmpty()) {
        clause += u" AND owner_id = ?"_s;
        values << query.ownerId;
    }
    if (!query.sources.isEmpty()) {
        clause += u" AND source IN (SELECT value FROM json_each(?))"_s;
        values << QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(query.sources)).toJson(QJsonDocument::Compact));
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        // instr() rather than LIKE: what the user typed is matched as text, never as a pattern.
        clause += u" AND (instr(lower(title), lower(?)) > 0 OR customer_id IN (SELECT c.id FROM customers c WHERE "
                  "c.deleted = 0 AND (instr(lower(c.name), lower(?)) > 0 OR instr(lower(COALESCE(c.name_en, '')), "
                  "lower(?)) > 0)))"_s;
        values << text << text << text;
    }
    return clause;
}
} // namespace

Result<QList<Task>> TaskRepository::open(const OpenQuery& query) const {
    QVariantList values;
    const QString clause = openClause(query, values) + u" ORDER BY due_at IS NULL, due_at, rowid LIMIT ?"_s;
    values << query.limit;
    return selectList<Task>(clause, values);
}

Result<TaskRepository::OpenCounts> TaskRepository::openCounts(const OpenQuery& query, qint64 overdueBefore) const {
    QVariantList values{overdueBefore};
    Result<QSqlQuery> q = database().exec(
        u"SELECT count(*), COALESCE(sum(due_at < ?), 0) FROM tasks "_s + openClause(query, values), values);
    if (!q)
        return fail(q.error());
    OpenCounts out;
    if (q->next()) {
        out.total = q->value(0).toInt();
        out.overdue = q->value(1).toInt();
    }
    return out;
}

Result<QStringList> TaskRepository::openSources() const {
    Result<QSqlQuery> q = database().exec(
        u"SELECT DISTINCT source FROM tasks WHERE done_at IS NULL AND deleted = 0 AND source IS NOT NULL ORDER BY 1"_s);
    if (!q)
        return fail(q.error());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Status TaskRepository::complete(const QString& id, const QString& note) {
    Result<Task> t = task(id);
    if (!t)
        return fail(t.error());
    if (t->doneAt)
        return {};
    t->doneAt = now();
    if (!note.trimmed().isEmpty())
        t->title = u"%1 — %2"_s.arg(t->title, note.simplified());
    return store().apply({writeFor(*t)});
}

Status TaskRepository::snooze(const QString& id, qint64 until) {
    Result<Task> t = task(id);
    if (!t)
        return fail(t.error());
    if (t->doneAt)
        return fail(u"task %1 is done; reopen it before snoozing it"_s.arg(id));
    if (until <= now())
        return fail(u"a task can only be snoozed to a later time"_s);
    t->dueAt = until;
    return store().apply({writeFor(*t)});
}

Result<QList<Rep>> TaskRepository::assignees(Role byRole, const QString& byTeamId) const {
    if (byRole == Role::Admin)
        return selectList<Rep>(u"WHERE role = 'rep' AND active = 1 AND deleted = 0 ORDER BY name, id"_s);
    if (byRole == Role::Supervisor && !byTeamId.isEmpty())
        return selectList<Rep>(u"WHERE role = 'rep' AND active = 1 AND deleted = 0 AND team_id = ? ORDER BY name, id"_s,
                               {byTeamId});
    return QList<Rep>();
}

Status TaskRepository::reassign(const QString& id, const QString& newOwnerId, Role byRole, const QString& byTeamId) {
    if (!canReassignTasks(byRole))
        return fail(u"only a supervisor or an admin can reassign a task"_s);
    Result<Task> t = task(id);
    if (!t)
        return fail(t.error());
    if (t->doneAt)
        return fail(u"task %1 is done and cannot be reassigned"_s.arg(id));
    Result<QList<Rep>> reps = assignees(byRole, byTeamId);
    if (!reps)
        return fail(reps.error());
    const bool inScope = std::any_of(reps->cbegin(), reps->cend(), [&](const Rep& r) { return r.id == newOwnerId; });
    if (!inScope)
        return fail(u"rep %1 is not an active rep you may give tasks to"_s.arg(newOwnerId));
    if (t->ownerId == newOwnerId)
        return {};
    t->ownerId = newOwnerId;
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
