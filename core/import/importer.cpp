#include "importer.h"

#include "importlookup.h"
#include "importvalidator.h"
#include "storage/entitystore.h"
#include "storage/replicauserstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr qint64 kReportEvery = 1000;

} // namespace

Importer::Importer(EntityStore& store)
    : m_store(store) {}

Result<ImportPlan> Importer::validate(const ImportTable& table, const ImportOptions& options,
                                      const Progress& progress) const {
    if (const QStringList missing = options.mapping.missingRequired(); !missing.isEmpty())
        return fail(ErrorCode::Usage, QCoreApplication::translate(
                                          "Importer", "no column is mapped to %1 (required); map one with COLUMN=FIELD")
                                          .arg(missing.join(u", "_s)));
    Result<ReplicaUser> user = ReplicaUserStore::load(m_store.database());
    if (!user)
        return fail(user.error());
    Result<ImportLookup> lookup = ImportLookup::load(m_store.database(), true);
    if (!lookup)
        return fail(lookup.error());
    ImportValidator validator(m_store, options, table, *user, std::move(*lookup));
    if (Status s = validator.prepare(m_defaultOwner); !s)
        return fail(s.code(), s.error());
    ImportPlan plan;
    plan.options = options;
    plan.source = table.source;
    plan.rows.reserve(table.rows.size());
    const qint64 total = table.rows.size();
    for (qint64 i = 0; i < total; ++i) {
        plan.rows.append(validator.plan(table.rows.at(i)));
        if ((i + 1) % kReportEvery == 0 || i + 1 == total) {
            if (progress.isCancelled())
                return fail(ErrorCode::Cancelled, u"cancelled"_s);
            progress.report(i + 1, total);
        }
    }
    return plan;
}

Result<ImportReport> Importer::commit(const ImportPlan& plan, const Progress& progress) {
    ImportReport report = plan.report();
    if (plan.options.dryRun)
        return report;
    if (plan.options.allOrNothing && plan.hasRejected()) {
        report.outcome = ImportReport::Outcome::RefusedInvalidRows;
        return report;
    }
    QList<EntityWrite> writes;
    writes.reserve(plan.rows.size());
    const QString entity = importKindName(plan.kind());
    for (const ImportPlannedRow& row : plan.rows) {
        if (row.action == ImportPlannedRow::Action::Create || row.action == ImportPlannedRow::Action::Update)
            writes.append({entity, row.id, row.fields, false});
    }
    if (Status s = m_store.apply(writes, progress); !s)
        return fail(s.code(), s.error());
    report.outcome = ImportReport::Outcome::Committed;
    return report;
}

Result<ImportReport> Importer::run(const ImportTable& table, const ImportOptions& options, const Progress& progress) {
    Result<ImportPlan> plan = validate(table, options, progress);
    if (!plan)
        return fail(plan.code(), plan.error());
    return commit(*plan, progress);
}

} // namespace Stride
