#include "replicatriggers.h"

#include "analyticsrollups.h"
#include "database.h"
#include "textsearch.h"

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

const QString kCreate = u"CREATE TEMP TRIGGER IF NOT EXISTS"_s;

QString pattern(ReplicaTriggers::Group group) {
    return group == ReplicaTriggers::Group::Search ? u"%\\_search\\_%"_s : AnalyticsRollups::triggerPattern();
}

} // namespace

QStringList ReplicaTriggers::statements(Group group) {
    return group == Group::Search ? TextSearch::triggers(kCreate) : AnalyticsRollups::triggers(kCreate);
}

Status ReplicaTriggers::install(const Database& db) {
    for (Group group : {Group::Search, Group::Summaries}) {
        for (const QString& statement : statements(group)) {
            if (Status s = db.execute(statement); !s)
                return fail(u"cannot install the triggers that keep the replica's derived tables: %1"_s.arg(s.error()));
        }
    }
    return {};
}

Status ReplicaTriggers::drop(const Database& db, Group group) {
    Result<QSqlQuery> q = db.exec(
        u"SELECT name FROM sqlite_temp_schema WHERE type = 'trigger' AND name LIKE ? ESCAPE '\\'"_s, {pattern(group)});
    if (!q)
        return fail(q.error());
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    q->finish();
    for (const QString& name : std::as_const(names)) {
        // Names come from sqlite_temp_schema, which only this program writes.
        if (Status s = db.execute(u"DROP TRIGGER temp.\"%1\""_s.arg(name)); !s)
            return s;
    }
    return {};
}

QStringList ReplicaTriggers::dropFromFile() {
    // The tables that carried triggers in the file up to schema 6, and whatever
    // this build defines besides.
    QStringList names;
    for (const char* table : {"behaviour_types", "opportunities", "orders", "service_tickets", "stage_history",
                              "standard_actions", "tasks", "visits"}) {
        for (const char* event : {"ai", "au", "ad"})
            names << u"analytics_%1_%2"_s.arg(QString::fromLatin1(table), QString::fromLatin1(event));
    }
    for (const char* table : {"customers", "contacts", "visits", "insights"}) {
        for (const char* event : {"ai", "au", "ad"})
            names << u"%1_search_%2"_s.arg(QString::fromLatin1(table), QString::fromLatin1(event));
    }
    for (Group group : {Group::Search, Group::Summaries}) {
        for (const QString& statement : statements(group))
            names << statement.section(u' ', 6, 6); // "CREATE TEMP TRIGGER IF NOT EXISTS name AFTER …"
    }
    names.removeDuplicates();
    QStringList s;
    for (const QString& name : std::as_const(names))
        s << u"DROP TRIGGER IF EXISTS main.%1"_s.arg(name);
    return s;
}

} // namespace Stride
