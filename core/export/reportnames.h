#pragma once

#include "result.h"

#include <QHash>
#include <QString>

namespace Stride {

class Database;

// The names a report prints beside ids, read once from the replica: people (reps.name), teams (teams.name), a
// rep's team, and the organisation's names of its actions (standard_actions and behaviour_types: name_zh in
// Chinese, name otherwise; Labels::action() for codes the organisation has no row for). Reports name people and
// teams with ids beside the names, never instead of them.
class ReportNames final {
public:
    // language: "en" or "zh_CN" (the catalogue itself is installed separately, TranslationLoader).
    static Result<ReportNames> load(const Database& db, const QString& language);

    QString rep(const QString& id) const;  // empty for an unknown id
    QString team(const QString& id) const; // empty for an unknown id
    QString teamOfRep(const QString& repId) const;
    QString action(const QString& code, const QString& storedName = {}) const;
    bool chinese() const { return m_chinese; }

private:
    QHash<QString, QString> m_reps, m_teams, m_repTeam, m_actions;
    bool m_chinese = false;
};

} // namespace Stride
