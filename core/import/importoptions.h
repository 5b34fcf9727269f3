#pragma once

#include "importmapping.h"

#include <QStringList>

namespace Stride {

// How an import runs, beside its file.
struct ImportOptions {
    ImportOptions(ImportMapping columns = {})
        : mapping(std::move(columns)) {}

    ImportMapping mapping; // carries the kind
    // The fields that make two rows the same record (within the file and against the replica): a row whose key
    // matches an existing row updates it. Empty = ImportFields::defaultKey(kind). "id" matches by id.
    QStringList key;
    bool allOrNothing = false; // write nothing unless every row is valid
    bool dryRun = false;       // validate and report only

    ImportKind kind() const { return mapping.kind(); }
};

} // namespace Stride
