#pragma once

#include "importplan.h"
#include "importreport.h"
#include "importtable.h"
#include "progress.h"
#include "result.h"

namespace Stride {

class EntityStore;

// Imports customers, contacts or orders into the local replica, in the steps the import wizard shows:
//
//   ImportTable table = ImportReader::read(source);                      // the file's header and rows
//   ImportOptions options{ImportMapping::guess(kind, table.header)};    // then options.mapping.assign(…)
//   ImportPlan plan = importer.validate(table, options, progress);       // every row checked; nothing written
//   plan.preview(20);                                                    // the rows as they will be stored
//   ImportReport report = importer.commit(plan, progress);               // the valid rows, one transaction
//
// (or run() for all of it). Each row is checked: required fields, types (numbers, dates), ranges (satisfaction
// 0–100, amounts ≥ 0), references (the owner and team must exist; a contact's or an order's customer must be in
// the replica, by id or by name, and with customer_address when several share the name), duplicates of the key
// within the file (the later row is rejected, naming the earlier line) and against the replica (the existing row
// is updated, not duplicated). Rows go through EntityStore, so they land in the outbox and sync like any local
// edit.
//
// Who imports: the replica's signed-in user (ReplicaUserStore). A rep imports into their own book only: customers
// without an owner column become theirs, a row naming another owner is rejected, and contacts and orders must
// belong to their customers. A supervisor may name the reps of their team, directors and admins anyone. A replica
// that was never signed in (a local file) needs an owner column, or a default owner set with setDefaultOwner().
//
// validate() and commit() report Progress (rows done of rows) and stop with ErrorCode::Cancelled when cancelled;
// a cancelled or failed commit writes nothing (all rows go through one EntityStore::apply(), one transaction). They run
// on the thread that owns the store's database.
class Importer final {
public:
    explicit Importer(EntityStore& store);

    // The owner (a rep's id or name) of customers whose row names none, instead of the signed-in user's rep.
    void setDefaultOwner(const QString& owner) { m_defaultOwner = owner; }

    Result<ImportPlan> validate(const ImportTable& table, const ImportOptions& options,
                                const Progress& progress = {}) const;
    // Writes the plan's Create and Update rows: nothing when it has rejected rows and options.allOrNothing
    // (outcome RefusedInvalidRows), nothing for a dry run (outcome DryRun). A replica changed since validate() is
    // not noticed: validate and commit in one go on the worker.
    Result<ImportReport> commit(const ImportPlan& plan, const Progress& progress = {});
    // validate() then commit().
    Result<ImportReport> run(const ImportTable& table, const ImportOptions& options, const Progress& progress = {});

private:
    EntityStore& m_store;
    QString m_defaultOwner;
};

} // namespace Stride
