#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace Stride {

// What a file is imported as: each kind writes one synced entity (customers, contacts, orders).
enum class ImportKind { Customers, Contacts, Orders };

// "customers", "contacts", "orders": the command line's word and the entity written.
QString importKindName(ImportKind kind);
// The kind named (exact, lower case); a usage error names the choices.
Result<ImportKind> importKindFromName(const QString& name);
const QList<ImportKind>& allImportKinds();

} // namespace Stride
