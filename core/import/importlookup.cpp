#include "importlookup.h"

#include "importvalues.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

void index(QHash<QString, QStringList>& names, const QString& name, const QString& id) {
    const QString key = ImportValues::keyText(name);
    if (!key.isEmpty() && !names.value(key).contains(id))
        names[key] << id;
}

// The one id `text` names: an id itself, or a name that only one row has.
Result<QString> pick(const QString& text, const QStringList& ids, const QString& what) {
    if (ids.isEmpty())
        return fail(QCoreApplication::translate("ImportLookup", "no %1 '%2' in the replica").arg(what, text));
    if (ids.size() > 1)
        return fail(QCoreApplication::translate("ImportLookup", "%1 %2s are named '%3'; use the id (%4)")
                        .arg(QString::number(ids.size()), what, text, ids.mid(0, 3).join(u", "_s)));
    return ids.first();
}

} // namespace

Result<ImportLookup> ImportLookup::load(const Database& db, bool withCustomers) {
    ImportLookup lookup;
    Result<QSqlQuery> reps = db.exec(u"SELECT id, name, name_en, email, team_id FROM reps WHERE deleted = 0"_s);
    if (!reps)
        return fail(reps.error());
    while (reps->next()) {
        const QString id = reps->value(0).toString();
        lookup.m_reps.insert(id, {reps->value(1).toString(), reps->value(4).toString()});
        for (int column : {1, 2, 3})
            index(lookup.m_repNames, reps->value(column).toString(), id);
    }
    Result<QSqlQuery> teams = db.exec(u"SELECT id, name FROM teams WHERE deleted = 0"_s);
    if (!teams)
        return fail(teams.error());
    while (teams->next()) {
        lookup.m_teams.insert(teams->value(0).toString(), teams->value(1).toString());
        index(lookup.m_teamNames, teams->value(1).toString(), teams->value(0).toString());
    }
    if (!withCustomers)
        return lookup;
    Result<QSqlQuery> customers = db.exec(u"SELECT id, name, address, owner_id FROM customers WHERE deleted = 0"_s);
    if (!customers)
        return fail(customers.error());
    while (customers->next()) {
        lookup.addCustomer(
            customers->value(0).toString(),
            {customers->value(1).toString(), customers->value(2).toString(), customers->value(3).toString()});
    }
    return lookup;
}

Result<QString> ImportLookup::rep(const QString& text) const {
    if (m_reps.contains(text))
        return text;
    return pick(text, m_repNames.value(ImportValues::keyText(text)),
                QCoreApplication::translate("ImportLookup", "rep"));
}

Result<QString> ImportLookup::team(const QString& text) const {
    if (m_teams.contains(text))
        return text;
    return pick(text, m_teamNames.value(ImportValues::keyText(text)),
                QCoreApplication::translate("ImportLookup", "team"));
}

Result<QString> ImportLookup::customer(const QString& text, const QString& address) const {
    if (m_customers.contains(text))
        return text;
    QStringList ids = m_customerNames.value(ImportValues::keyText(text));
    if (ids.size() > 1 && !address.isEmpty()) {
        const QString wanted = ImportValues::keyText(address);
        QStringList atAddress;
        for (const QString& id : ids) {
            if (ImportValues::keyText(m_customers.value(id).address) == wanted)
                atAddress << id;
        }
        if (atAddress.isEmpty())
            return fail(QCoreApplication::translate("ImportLookup", "no customer '%1' at '%2' in the replica")
                            .arg(text, address));
        ids = atAddress;
    }
    if (ids.size() > 1)
        return fail(QCoreApplication::translate(
                        "ImportLookup", "%1 customers are named '%2'; add a customer_address column or use the id (%3)")
                        .arg(QString::number(ids.size()), text, ids.mid(0, 3).join(u", "_s)));
    return pick(text, ids, QCoreApplication::translate("ImportLookup", "customer"));
}

const ImportLookup::Rep* ImportLookup::repById(const QString& id) const {
    const auto it = m_reps.constFind(id);
    return it == m_reps.cend() ? nullptr : &*it;
}

const ImportLookup::Customer* ImportLookup::customerById(const QString& id) const {
    const auto it = m_customers.constFind(id);
    return it == m_customers.cend() ? nullptr : &*it;
}

void ImportLookup::addCustomer(const QString& id, const Customer& customer) {
    m_customers.insert(id, customer);
    index(m_customerNames, customer.name, id);
}

} // namespace Stride
