#pragma once

#include "importkind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stride {

// One field a column of an import file can be mapped to.
struct ImportField {
    enum class Type {
        Text,
        Number,   // a decimal; "1,234.50", "¥1,234.50", "￥1234" and "1234元" read as 1234.5 (amounts)
        Date,     // 2026-03-01, 2026/3/1, 2026-03-01 09:30, 2026年3月1日, or an Excel serial day (45000)
        Rep,      // a rep by id, name, English name or e-mail (owner)
        Team,     // a team by id or name
        Customer, // a customer of the replica by id or name (with customer_address when names repeat)
        Id,       // the row's own id: an existing row with this id is updated
    };
    QString name;  // the name --map and --key use: "name", "owner", "satisfaction"
    QString label; // English, for people (the UI translates it)
    Type type = Type::Text;
    bool required = false;
    QString column; // the entity column written ("owner_id"); empty for a field used only to look up or check
    std::optional<double> min, max; // the range of a Number
    QStringList headers; // header names recognised (compared case- and space-insensitively), English and Chinese
};

// The fields of each kind, in the order a preview shows them:
// customers: name*, name_en, industry, size_band, region, address, owner, team, budget_band, decision_chain,
//            demand_stage, tags, satisfaction (0–100), trial_participation (0–100), created_at, id
// contacts:  customer*, customer_address, name*, title, phone, email, chain_role, id
// orders:    customer*, customer_address, ordered_at*, amount* (≥ 0), id
// (* required). docs/import.md lists the header names each field recognises.
class ImportFields final {
public:
    static const QList<ImportField>& of(ImportKind kind);
    static const ImportField* find(ImportKind kind, const QString& name);
    // The default duplicate key (--key): customers name + address, contacts customer + name, orders customer +
    // ordered_at + amount.
    static QStringList defaultKey(ImportKind kind);
};

} // namespace Stride
