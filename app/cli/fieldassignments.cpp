#include "fieldassignments.h"

#include "storage/schema.h"

using namespace Qt::StringLiterals;

namespace Stride::Cli {

Result<QVariantMap> FieldAssignments::parse(const QString& entity, const QStringList& assignments) {
    const EntityDef* def = Schema::entity(entity);
    if (!def)
        return fail(u"unknown entity '%1'"_s.arg(entity));
    QVariantMap out;
    for (const QString& a : assignments) {
        const qsizetype eq = a.indexOf(u'=');
        if (eq <= 0)
            return fail(u"'%1' is not FIELD=VALUE"_s.arg(a));
        const QString name = a.left(eq);
        const QString value = a.mid(eq + 1);
        const FieldDef* f = def->field(name);
        if (!f)
            return fail(u"%1 has no field '%2' (fields: %3)"_s.arg(entity, name, def->fieldNames().join(u", "_s)));
        if (value.isEmpty()) {
            out.insert(name, QVariant());
            continue;
        }
        bool ok = true;
        switch (f->type) {
        case FieldType::Text:
            out.insert(name, value);
            break;
        case FieldType::Integer:
            out.insert(name, value.toLongLong(&ok));
            break;
        case FieldType::Real:
            out.insert(name, value.toDouble(&ok));
            break;
        }
        if (!ok)
            return fail(u"%1.%2 must be a number, not '%3'"_s.arg(entity, name, value));
    }
    return out;
}

} // namespace Stride::Cli
