#include "importvalidator.h"

#include "importvalues.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

using Type = ImportField::Type;
using Action = ImportPlannedRow::Action;

// A stored value as a key compares it: text case-folded with spaces collapsed, amounts to the cent.
QString keyPart(const QVariant& value) {
    if (value.isNull() || !value.isValid())
        return {};
    switch (value.typeId()) {
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'f', 2);
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(value.toLongLong());
    default:
        return ImportValues::keyText(value.toString());
    }
}

// A time-ordered id in the layout of a version 7 UUID: 48 bits of milliseconds (the import's start plus the row's
// number, so that one import's ids ascend), then 74 random bits. New rows then land at the end of the id indexes
// (the table's and the outbox's) instead of at random pages, which made a 100,000-row import much slower.
QString orderedId(qint64 msecs) {
    quint8 b[16];
    const quint64 random1 = QRandomGenerator::global()->generate64();
    const quint64 random2 = QRandomGenerator::global()->generate64();
    for (int i = 0; i < 6; ++i)
        b[i] = quint8(quint64(msecs) >> (8 * (5 - i)));
    for (int i = 6; i < 16; ++i)
        b[i] = quint8((i < 12 ? random1 : random2) >> (8 * (i % 8)));
    b[6] = quint8(0x70 | (b[6] & 0x0f)); // version 7
    b[8] = quint8(0x80 | (b[8] & 0x3f)); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(b), 16)).toString(QUuid::WithoutBraces);
}

QString numberText(double d) {
    return QString::number(d, 'g', 15);
}

} // namespace

ImportValidator::ImportValidator(const EntityStore& store, const ImportOptions& options, const ImportTable& table,
                                 ReplicaUser user, ImportLookup lookup)
    : m_store(store)
    , m_options(options)
    , m_table(table)
    , m_user(std::move(user))
    , m_lookup(std::move(lookup))
    , m_calendar(OrgCalendar::of(store.database(), store.clock()))
    , m_entity(importKindName(options.kind()))
    , m_now(store.clock().nowSecs())
    , m_idBase(QDateTime::currentMSecsSinceEpoch()) {
    for (const ImportField& f : ImportFields::of(options.kind())) {
        const int column = options.mapping.columnOf(f.name);
        if (column >= 0)
            m_cells.append({column, &f});
    }
    // Every row adds its key and id: sized once instead of rehashed as they grow.
    m_seen.reserve(table.rows.size());
    m_seenIds.reserve(table.rows.size());
}

Status ImportValidator::prepare(const QString& defaultOwner) {
    const QStringList key = m_options.key.isEmpty() ? ImportFields::defaultKey(m_options.kind()) : m_options.key;
    QStringList columns;
    for (const QString& name : key) {
        const ImportField* f = ImportFields::find(m_options.kind(), name);
        if (!f || (f->column.isEmpty() && f->type != Type::Id))
            return fail(ErrorCode::Usage,
                        QCoreApplication::translate("ImportValidator", "--key %1: not a field %2 can be matched by")
                            .arg(name, m_entity));
        if (f->type == Type::Id || m_options.mapping.columnOf(name) < 0)
            continue; // the id matches on its own; a field no column fills is left out of the key
        m_key << f;
        columns << f->column;
    }
    if (!defaultOwner.isEmpty()) {
        Result<QString> owner = m_lookup.rep(defaultOwner);
        if (!owner)
            return fail(ErrorCode::Usage,
                        QCoreApplication::translate("ImportValidator", "default owner: %1").arg(owner.error()));
        m_defaultOwner = *owner;
    } else {
        m_defaultOwner = m_user.repId;
    }
    if (m_key.isEmpty())
        return {};
    Result<QSqlQuery> q =
        m_store.database().exec(u"SELECT id, %1 FROM %2 WHERE deleted = 0"_s.arg(columns.join(u", "_s), m_entity));
    if (!q)
        return fail(q.error());
    const EntityDef* def = Schema::entity(m_entity);
    while (q->next()) {
        QVariantMap row;
        for (int i = 0; i < columns.size(); ++i)
            row.insert(columns.at(i), def->field(columns.at(i))->normalised(q->value(i + 1)));
        m_existing.insert(keyOf(row), q->value(0).toString());
    }
    return {};
}

ImportPlannedRow ImportValidator::plan(const ImportRow& row) {
    ImportPlannedRow out;
    out.line = row.line;
    readCells(row, out);
    if (out.issues.isEmpty())
        identify(row, out);
    if (out.issues.isEmpty()) {
        if (m_options.kind() == ImportKind::Customers)
            checkCustomer(out);
        else
            checkReference(out);
    }
    settle(out);
    return out;
}

void ImportValidator::readCells(const ImportRow& row, ImportPlannedRow& out) {
    for (const Cell& cell : std::as_const(m_cells))
        readCell(row, cell, out);
    for (const ImportField& f : ImportFields::of(m_options.kind())) {
        if (f.required && m_options.mapping.columnOf(f.name) >= 0 && !out.shown.contains(f.name) &&
            row.cell(m_options.mapping.columnOf(f.name)).isEmpty())
            issue(out, f.name, {}, QCoreApplication::translate("ImportValidator", "%1 is required").arg(f.name));
    }
}

bool ImportValidator::readCell(const ImportRow& row, const Cell& cell, ImportPlannedRow& out) {
    const ImportField& f = *cell.field;
    const QString text = row.cell(cell.column);
    if (text.isEmpty())
        return true; // an empty cell writes nothing: a new row leaves the field empty, an existing one keeps it
    const Result<Parsed> value = parse(f, text, row);
    if (!value) {
        issue(out, f.name, text, value.error());
        return false;
    }
    if (!f.column.isEmpty())
        out.fields.insert(f.column, value->stored);
    out.shown.insert(f.name, value->shown);
    if (f.type == Type::Team)
        out.shown.insert(u"team_id"_s, value->stored); // checked against the owner's team
    else if (f.type == Type::Id)
        out.id = text;
    return true;
}

Result<ImportValidator::Parsed> ImportValidator::parse(const ImportField& f, const QString& text,
                                                       const ImportRow& row) const {
    switch (f.type) {
    case Type::Text:
        if (f.name == u"email"_s && (!text.contains(u'@') || text.contains(u' ')))
            return fail(QCoreApplication::translate("ImportValidator", "not an e-mail address"));
        return Parsed{text, text};
    case Type::Number:
        return parseNumber(f, text);
    case Type::Date: {
        const std::optional<QDateTime> when = ImportValues::dateTime(text, m_calendar.zone());
        if (!when)
            return fail(QCoreApplication::translate("ImportValidator",
                                                    "%1 is not a date (2026-03-01, 2026/3/1 or an Excel date)")
                            .arg(f.name));
        return Parsed{when->toSecsSinceEpoch(), when->time() == QTime(0, 0) ? when->toString(u"yyyy-MM-dd"_s)
                                                                            : when->toString(u"yyyy-MM-dd HH:mm"_s)};
    }
    case Type::Rep:
    case Type::Team:
    case Type::Customer:
        return parseReference(f, text, row);
    case Type::Id:
        break;
    }
    return Parsed{text, text};
}

Result<ImportValidator::Parsed> ImportValidator::parseNumber(const ImportField& f, const QString& text) const {
    const std::optional<double> d = ImportValues::number(text);
    if (!d)
        return fail(QCoreApplication::translate("ImportValidator", "%1 must be a number").arg(f.name));
    if (f.max && (*d < f.min.value_or(*d) || *d > *f.max))
        return fail(QCoreApplication::translate("ImportValidator", "%1 must be between %2 and %3")
                        .arg(f.name, numberText(f.min.value_or(0)), numberText(*f.max)));
    if (f.min && *d < *f.min)
        return fail(
            QCoreApplication::translate("ImportValidator", "%1 must be at least %2").arg(f.name, numberText(*f.min)));
    return Parsed{*d, *d};
}

Result<ImportValidator::Parsed> ImportValidator::parseReference(const ImportField& f, const QString& text,
                                                                const ImportRow& row) const {
    Result<QString> id = fail(QString());
    QString shown;
    if (f.type == Type::Rep) {
        id = m_lookup.rep(text);
        shown = id ? repText(*id) : QString();
    } else if (f.type == Type::Team) {
        id = m_lookup.team(text);
        shown = id ? m_lookup.teamName(*id) : QString();
    } else {
        id = m_lookup.customer(text, row.cell(m_options.mapping.columnOf(u"customer_address"_s)));
        shown = id ? m_lookup.customerById(*id)->name : QString();
    }
    if (!id)
        return fail(id.error());
    return Parsed{*id, shown};
}

void ImportValidator::identify(const ImportRow&, ImportPlannedRow& out) {
    if (!out.id.isEmpty()) {
        if (const int line = m_seenIds.value(out.id); line > 0) {
            issue(out, u"id"_s, out.id,
                  QCoreApplication::translate("ImportValidator", "the same id is on line %1").arg(line));
            return;
        }
        const Result<QVariantMap> existing = m_store.load(m_entity, out.id);
        if (existing && existing->value(u"deleted"_s).toInt() != 0)
            issue(out, u"id"_s, out.id,
                  QCoreApplication::translate("ImportValidator", "this %1 row was deleted").arg(m_entity));
        out.action = existing ? Action::Update : Action::Create;
        return;
    }
    if (!m_key.isEmpty()) {
        const QString key = keyOf(out.fields);
        if (const int line = m_seen.value(key); line > 0) {
            QStringList names;
            for (const ImportField* f : std::as_const(m_key))
                names << f->name;
            issue(out, {}, {},
                  QCoreApplication::translate("ImportValidator", "a duplicate of line %1 (the same %2)")
                      .arg(QString::number(line), names.join(u" + "_s)));
            return;
        }
        out.id = m_existing.value(key);
    }
    out.action = out.id.isEmpty() ? Action::Create : Action::Update;
    if (out.id.isEmpty())
        out.id = orderedId(m_idBase + m_created++);
}

void ImportValidator::checkCustomer(ImportPlannedRow& out) {
    const QString owner = out.fields.value(u"owner_id"_s).toString();
    if (out.action == Action::Update) {
        const ImportLookup::Customer* current = m_lookup.customerById(out.id);
        if (current && !mayOwn(current->ownerId))
            issue(out, {}, {},
                  QCoreApplication::translate(
                      "ImportValidator", "the existing customer is in %1's book; you may import only into your own")
                      .arg(repText(current->ownerId)));
    } else if (owner.isEmpty()) {
        if (m_defaultOwner.isEmpty()) {
            issue(out, u"owner"_s, {},
                  QCoreApplication::translate(
                      "ImportValidator", "owner is required: the replica has no signed-in rep to own new customers"));
            return;
        }
        out.fields.insert(u"owner_id"_s, m_defaultOwner);
        out.shown.insert(u"owner"_s, repText(m_defaultOwner));
    }
    const QString newOwner = out.fields.value(u"owner_id"_s).toString();
    if (!newOwner.isEmpty() && !mayOwn(newOwner))
        issue(out, u"owner"_s, out.shown.value(u"owner"_s).toString(),
              QCoreApplication::translate("ImportValidator",
                                          "you may import only into your own book (or your team's), not %1's")
                  .arg(repText(newOwner)));
    const QString team = out.shown.value(u"team_id"_s).toString();
    const ImportLookup::Rep* rep = m_lookup.repById(newOwner);
    if (!team.isEmpty() && rep && rep->teamId != team)
        issue(out, u"team"_s, m_lookup.teamName(team),
              QCoreApplication::translate("ImportValidator", "the owner %1 is not in team %2")
                  .arg(repText(newOwner), m_lookup.teamName(team)));
    if (out.action == Action::Create && !out.fields.contains(u"created_at"_s))
        out.fields.insert(u"created_at"_s, m_now);
}

void ImportValidator::checkReference(ImportPlannedRow& out) {
    const QString customerId = out.fields.value(u"customer_id"_s).toString();
    const ImportLookup::Customer* customer = m_lookup.customerById(customerId);
    if (customer && !mayOwn(customer->ownerId))
        issue(out, u"customer"_s, customer->name,
              QCoreApplication::translate("ImportValidator",
                                          "the customer is in %1's book; you may import only into your own")
                  .arg(repText(customer->ownerId)));
}

void ImportValidator::settle(ImportPlannedRow& out) {
    out.shown.remove(u"team_id"_s);
    // A rejected row's key counts too: its later duplicates are reported against it.
    if (!m_key.isEmpty()) {
        const QString key = keyOf(out.fields);
        if (!m_seen.contains(key))
            m_seen.insert(key, out.line);
    }
    if (!out.issues.isEmpty()) {
        out.action = Action::Reject;
        out.id.clear();
        return;
    }
    m_seenIds.insert(out.id, out.line);
    if (out.action != Action::Update)
        return;
    const Result<QVariantMap> current = m_store.load(m_entity, out.id);
    if (!current)
        return;
    const EntityDef* def = Schema::entity(m_entity);
    for (auto it = out.fields.cbegin(); it != out.fields.cend(); ++it) {
        const FieldDef* f = def->field(it.key());
        if (f->normalised(it.value()) != f->normalised(current->value(it.key())))
            return;
    }
    out.action = Action::Unchanged;
}

QString ImportValidator::keyOf(const QVariantMap& fields) const {
    // A row's key is asked for twice (identify, settle); the second time its values are most often the same.
    QVariantList values;
    values.reserve(m_key.size());
    for (const ImportField* f : m_key)
        values << fields.value(f->column);
    // The same values of the same types (an int 1 equals a real 1.0 but keys as "1", not "1.00").
    bool same = values.size() == m_lastKeyValues.size();
    for (qsizetype i = 0; same && i < values.size(); ++i)
        same = values.at(i).typeId() == m_lastKeyValues.at(i).typeId() && values.at(i) == m_lastKeyValues.at(i);
    if (same)
        return m_lastKey;
    QStringList parts;
    for (const QVariant& v : std::as_const(values))
        parts << keyPart(v);
    m_lastKeyValues = values;
    m_lastKey = parts.join(QChar(0x1f));
    return m_lastKey;
}

bool ImportValidator::mayOwn(const QString& repId) const {
    if (!m_user.signedIn() || m_user.seesAll())
        return true;
    if (!m_user.repId.isEmpty() && repId == m_user.repId)
        return true;
    if (m_user.isSupervisor()) {
        const ImportLookup::Rep* rep = m_lookup.repById(repId);
        return rep && !m_user.teamId.isEmpty() && rep->teamId == m_user.teamId;
    }
    return false;
}

QString ImportValidator::repText(const QString& repId) const {
    const ImportLookup::Rep* rep = m_lookup.repById(repId);
    return rep && !rep->name.isEmpty() ? rep->name : repId;
}

void ImportValidator::issue(ImportPlannedRow& out, const QString& field, const QString& value,
                            const QString& reason) const {
    out.issues.append({out.line, field.isEmpty() ? QString() : headerOf(field), value, reason});
}

QString ImportValidator::headerOf(const QString& field) const {
    const int column = m_options.mapping.columnOf(field);
    if (column < 0)
        return field;
    const QString header = m_table.header.value(column);
    return header.isEmpty() ? field : header;
}

} // namespace Stride
