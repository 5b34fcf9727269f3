#include "storage/customertier.h"

#include "storage/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Stride {

QString CustomerTier::sql(const QString& customer, const QString& scores) {
    return u"COALESCE(NULLIF(%1.tier, ''), %2.tier)"_s.arg(customer, scores);
}

QString CustomerTier::pinnedSql(const QString& customer) {
    return u"(COALESCE(%1.tier, '') <> '')"_s.arg(customer);
}

bool CustomerTier::isValidPin(const QString& tier) {
    return tier.isEmpty() || tier == u"A"_s || tier == u"B"_s || tier == u"C"_s;
}

Result<CustomerTier> CustomerTier::of(const Database& db, const QString& customerId) {
    Result<QSqlQuery> q = db.exec(u"SELECT "_s + sql() + u", "_s + pinnedSql() +
                                      u", s.tier, s.score FROM customers c LEFT JOIN customer_scores s ON "
                                      "s.customer_id = c.id WHERE c.id = ? AND c.deleted = 0"_s,
                                  {customerId});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(u"no customer %1"_s.arg(customerId));
    CustomerTier t;
    t.tier = q->value(0).toString();
    t.pinned = q->value(1).toInt() != 0;
    t.scoreTier = q->value(2).toString();
    if (!q->value(3).isNull())
        t.score = q->value(3).toDouble();
    return t;
}

} // namespace Stride
