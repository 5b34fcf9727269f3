#include "reportnames.h"

#include "domain/labels.h"
#include "storage/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Stride {

Result<ReportNames> ReportNames::load(const Database& db, const QString& language) {
    ReportNames n;
    n.m_chinese = language.startsWith(u"zh"_s);
    {
        Result<QSqlQuery> q = db.exec(u"SELECT id, name, COALESCE(team_id, '') FROM reps WHERE deleted = 0"_s);
        if (!q)
            return fail(q.error());
        while (q->next()) {
            n.m_reps.insert(q->value(0).toString(), q->value(1).toString());
            n.m_repTeam.insert(q->value(0).toString(), q->value(2).toString());
        }
    }
    {
        Result<QSqlQuery> q = db.exec(u"SELECT id, name FROM teams WHERE deleted = 0"_s);
        if (!q)
            return fail(q.error());
        while (q->next())
            n.m_teams.insert(q->value(0).toString(), q->value(1).toString());
    }
    // Standard actions first (their names are what a missed action is called), then the behaviour catalogue for
    // codes without a standard action; within each, the lowest id wins so the choice does not depend on row order.
    for (const QString& sql :
         {u"SELECT action_code, name, name_zh FROM standard_actions WHERE deleted = 0 ORDER BY id"_s,
          u"SELECT code, name, name_zh FROM behaviour_types WHERE deleted = 0 ORDER BY id"_s}) {
        Result<QSqlQuery> q = db.exec(sql);
        if (!q)
            return fail(q.error());
        while (q->next()) {
            const QString code = q->value(0).toString();
            const QString name =
                n.m_chinese && !q->value(2).toString().isEmpty() ? q->value(2).toString() : q->value(1).toString();
            if (!code.isEmpty() && !name.isEmpty() && !n.m_actions.contains(code))
                n.m_actions.insert(code, name);
        }
    }
    return n;
}

QString ReportNames::rep(const QString& id) const {
    return m_reps.value(id);
}

QString ReportNames::team(const QString& id) const {
    return m_teams.value(id);
}

QString ReportNames::teamOfRep(const QString& repId) const {
    return m_repTeam.value(repId);
}

QString ReportNames::action(const QString& code, const QString& storedName) const {
    if (const auto it = m_actions.constFind(code); it != m_actions.cend())
        return *it;
    QString label = Labels::action(code);
    if (label != code || storedName.isEmpty())
        return label;
    return storedName;
}

} // namespace Stride
