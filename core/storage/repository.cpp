#include "repository.h"

#include "domain/fieldmapping.h"

using namespace Qt::StringLiterals;

namespace Stride {

EntityWrite Repository::writeOf(const QString& entity, const QString& id, const QVariantMap& fields) const {
    EntityWrite write{entity, id.isEmpty() ? EntityStore::newId() : id, {}, false};
    std::optional<QVariantMap> current;
    if (!id.isEmpty()) {
        if (Result<QVariantMap> loaded = m_store.load(entity, id))
            current = std::move(*loaded);
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (current ? FieldValue::same(current->value(it.key()), it.value()) : it.value().isNull())
            continue;
        write.fields.insert(it.key(), it.value());
    }
    return write;
}

Result<QString> Repository::applyReturningFirstId(const QList<EntityWrite>& writes) {
    if (Status s = m_store.apply(writes); !s)
        return fail(s.error());
    return writes.isEmpty() ? QString() : writes.first().id;
}

} // namespace Stride
