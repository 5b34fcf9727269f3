#pragma once

#include "domain/checklist.h"
#include "domain/rep.h"
#include "storage/repository.h"

namespace Stride {

// The morning checklist: three key customers per rep per day (docs/sales-method.md rule 1).
class ChecklistRepository final : public Repository {
public:
    using Repository::Repository;

    // Exactly three non-empty, distinct customer ids; the message names the problem.
    static Status validateCustomers(const QStringList& customerIds);

    // Today ('YYYY-MM-DD') as the organisation counts days: in its policy's time zone, on the store's clock. A
    // checklist made at 07:30 in Shanghai is that day's, though UTC still says yesterday.
    QString today() const;

    // Records (or replaces) the rep's checklist for `day` ('YYYY-MM-DD'), ticked now. Returns its id.
    Result<QString> save(const QString& repId, const QString& day, const QStringList& customerIds);
    // The rep's checklist for the day, or nothing.
    Result<std::optional<Checklist>> checklist(const QString& repId, const QString& day) const;
    // Active reps (role "rep") of the team with no ticked checklist for the day, by name: the supervisor's
    // "who has not done it" list.
    Result<QList<Rep>> missingForTeam(const QString& teamId, const QString& day) const;
};

} // namespace Stride
