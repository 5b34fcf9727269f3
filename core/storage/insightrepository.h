#pragma once

#include "domain/insight.h"
#include "storage/repository.h"

namespace Stride {

// Field insights and their approval into the team knowledge base (docs/sales-method.md rule 16). Insights written with
// a visit are created by VisitRepository::log.
class InsightRepository final : public Repository {
public:
    using Repository::Repository;

    Result<Insight> insight(const QString& id) const;
    // Creates (pending, createdAt now) or edits an insight. Errors: no rep, empty text, unknown status.
    Result<QString> save(const Insight& insight);
    // Pending insights written by members of the team, oldest first.
    Result<QList<Insight>> pendingForTeam(const QString& teamId) const;
    // Pending → approved / rejected by `reviewerId`, stamped now. Reviewing twice is an error.
    Status approve(const QString& id, const QString& reviewerId);
    Status reject(const QString& id, const QString& reviewerId);
    // Approved insights matching the text (full-text, SearchRepository's rules), optionally of one industry
    // and objection type; best match first. Empty text lists the newest approved.
    Result<QList<Insight>> searchApproved(const QString& text, const QString& industry = {},
                                          const QString& objectionType = {}, int limit = 50) const;

private:
    Status review(const QString& id, const QString& reviewerId, const QString& status);
};

} // namespace Stride
