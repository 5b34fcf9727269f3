#pragma once

#include "importoptions.h"
#include "importreport.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Stride {

// One row of a validated import: what it will write, or why it will not.
struct ImportPlannedRow {
    enum class Action { Create, Update, Unchanged, Reject };
    int line = 0;
    Action action = Action::Reject;
    QString id;         // the row written: a new id, or the existing row's
    QVariantMap fields; // the entity's columns as they will be stored (owner_id, ordered_at in epoch seconds …)
    // The same values for people, by import field name ("owner" → "王芳", "ordered_at" → "2026-03-01", "amount" →
    // 1234.5): what a preview shows.
    QVariantMap shown;
    QList<ImportIssue> issues; // empty unless Reject
};

// The outcome of Importer::validate(): every row checked, nothing written yet. A plan is a value: the UI keeps it
// between the preview and the commit.
struct ImportPlan {
    ImportOptions options;
    QString source;
    QList<ImportPlannedRow> rows; // in file order

    ImportKind kind() const { return options.kind(); }
    // The first `count` rows as they will be stored (rejected rows included, with their issues).
    QList<ImportPlannedRow> preview(int count = 20) const { return rows.mid(0, count); }
    bool hasRejected() const;
    // The counts and issues of this plan, as a report of a dry run.
    ImportReport report() const;
};

} // namespace Stride
