#include "importkind.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString importKindName(ImportKind kind) {
    switch (kind) {
    case ImportKind::Customers:
        return u"customers"_s;
    case ImportKind::Contacts:
        return u"contacts"_s;
    case ImportKind::Orders:
        return u"orders"_s;
    }
    return {};
}

Result<ImportKind> importKindFromName(const QString& name) {
    for (ImportKind kind : allImportKinds()) {
        if (importKindName(kind) == name)
            return kind;
    }
    return fail(ErrorCode::Usage, u"unknown kind '%1': customers, contacts or orders"_s.arg(name));
}

const QList<ImportKind>& allImportKinds() {
    static const QList<ImportKind> kinds{ImportKind::Customers, ImportKind::Contacts, ImportKind::Orders};
    return kinds;
}

} // namespace Stride
