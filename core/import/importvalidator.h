#pragma once

#include "domain/replicauser.h"
#include "importfields.h"
#include "importlookup.h"
#include "importplan.h"
#include "importtable.h"
#include "storage/orgcalendar.h"

#include <QHash>

namespace Stride {

class EntityStore;

// Checks the rows of one import (Importer::validate): holds what the rows are checked against (the replica's
// reps, teams and customers, the existing keys, the importing user) and the keys seen so far in the file.
class ImportValidator final {
public:
    ImportValidator(const EntityStore& store, const ImportOptions& options, const ImportTable& table, ReplicaUser user,
                    ImportLookup lookup);

    // Loads the existing rows' keys and resolves the default owner; a usage error names a bad --key.
    Status prepare(const QString& defaultOwner);
    ImportPlannedRow plan(const ImportRow& row);

private:
    struct Parsed {
        QVariant stored; // as the column holds it
        QVariant shown;  // as a preview shows it
    };
    struct Cell {
        int column = -1;
        const ImportField* field = nullptr;
    };
    void readCells(const ImportRow& row, ImportPlannedRow& out);
    bool readCell(const ImportRow& row, const Cell& cell, ImportPlannedRow& out);
    // A cell's value, or the reason it is not one.
    Result<Parsed> parse(const ImportField& field, const QString& text, const ImportRow& row) const;
    Result<Parsed> parseNumber(const ImportField& field, const QString& text) const;
    Result<Parsed> parseReference(const ImportField& field, const QString& text, const ImportRow& row) const;
    void identify(const ImportRow& row, ImportPlannedRow& out);
    void checkCustomer(ImportPlannedRow& out);
    void checkReference(ImportPlannedRow& out);
    void settle(ImportPlannedRow& out);
    QString keyOf(const QVariantMap& fields) const;
    bool mayOwn(const QString& repId) const;
    QString repText(const QString& repId) const;
    void issue(ImportPlannedRow& out, const QString& field, const QString& value, const QString& reason) const;
    QString headerOf(const QString& field) const;

    const EntityStore& m_store;
    ImportOptions m_options;
    const ImportTable& m_table;
    ReplicaUser m_user;
    ImportLookup m_lookup;
    OrgCalendar m_calendar;
    QString m_entity;
    QList<Cell> m_cells;                // the mapped columns, in field order
    QList<const ImportField*> m_key;    // the key's fields (without "id")
    QHash<QString, QString> m_existing; // key → id of the replica's rows
    QHash<QString, int> m_seen;         // key → line of the file's first row with it
    QHash<QString, int> m_seenIds;      // id → line
    QString m_defaultOwner;             // rep id
    qint64 m_now = 0;
    qint64 m_idBase = 0; // the milliseconds of the first new id
    qint64 m_created = 0;
    mutable QVariantList m_lastKeyValues; // keyOf()'s last values and their key
    mutable QString m_lastKey;
};

} // namespace Stride
