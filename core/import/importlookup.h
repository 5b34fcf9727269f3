#pragma once

#include "result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Stride {

class Database;

// The replica's reps, teams and customers as an import refers to them: by id or by name, loaded once per
// validation so that 100,000 rows cost hash lookups, not queries.
class ImportLookup final {
public:
    struct Rep {
        QString name;
        QString teamId;
    };
    struct Customer {
        QString name;
        QString address;
        QString ownerId;
    };

    // Reps and teams always; customers when `withCustomers` (contacts and orders refer to them, customers are
    // checked against their current owner).
    static Result<ImportLookup> load(const Database& db, bool withCustomers);

    // The id of the rep named by `text` (id, name, English name or e-mail, case-insensitive); an error is the
    // reason for the report.
    Result<QString> rep(const QString& text) const;
    Result<QString> team(const QString& text) const;
    // The customer named by `text` (id or name); `address` tells customers of one name apart.
    Result<QString> customer(const QString& text, const QString& address) const;

    const Rep* repById(const QString& id) const;
    QString teamName(const QString& id) const { return m_teams.value(id); }
    const Customer* customerById(const QString& id) const;
    // Records a customer the import itself creates, so that its later rows (and a key) can find it.
    void addCustomer(const QString& id, const Customer& customer);

private:
    QHash<QString, Rep> m_reps;
    QHash<QString, QStringList> m_repNames; // keyText(name / name_en / email) → ids
    QHash<QString, QString> m_teams;        // id → name
    QHash<QString, QStringList> m_teamNames;
    QHash<QString, Customer> m_customers;
    QHash<QString, QStringList> m_customerNames;
};

} // namespace Stride
