#pragma once

#include "domain/syncedrow.h"

namespace Stride {

// An SOP rule (docs/sales-method.md rule 12), one row of `rules`: when customers match the condition, the action
// creates checklists or tasks. Both halves are JSON documents interpreted by the rule engine.
struct Rule final : SyncedRow<Rule> {
    QString name;
    QString nameZh; // the name in Chinese; empty: the name serves both languages
    QString conditionJson;
    QString actionJson;
    bool active = true;

    static QString entity();
    static const FieldMapping<Rule>& mapping();
};

} // namespace Stride
