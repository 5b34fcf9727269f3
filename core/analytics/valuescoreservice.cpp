#include "valuescoreservice.h"

#include "analytics/orgaggregates.h"
#include "logging.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/orgpolicyrepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {
std::optional<double> optionalDouble(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
} // namespace

ValueScoreService::ValueScoreService(Database& db, const Clock& clock, std::optional<ValueScorePolicy> policy,
                                     QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_fixedPolicy(policy) {
    refreshPolicy();
}

void ValueScoreService::refreshPolicy() {
    m_policy = m_fixedPolicy ? *m_fixedPolicy : OrgPolicyRepository::loadOrDefaults(m_db).score;
}

void ValueScoreService::watch(EntityStore& store) {
    connect(&store, &EntityStore::changed, this, [this](const QString& entity, const QStringList& ids) {
        if (entity == u"orders"_s || entity == u"org_policy"_s || entity == OrgAggregates::kEntity) {
            scheduleRecompute();
        } else if (entity == u"customers"_s) {
            Result<bool> done = rescoreCustomers(ids);
            if (!done)
                qCWarning(lcAnalytics) << "value score update failed:" << done.error();
            if (!done || !*done)
                scheduleRecompute();
        }
    });
}

void ValueScoreService::scheduleRecompute() {
    if (m_recomputeScheduled)
        return;
    m_recomputeScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_recomputeScheduled = false;
        if (Status s = recomputeAll(); !s)
            qCWarning(lcAnalytics) << "value score recompute failed:" << s.error();
    });
}

Result<bool> ValueScoreService::rescoreCustomers(const QStringList& ids) {
    refreshPolicy();
    QList<ValueScoreBreakdown> rows;
    for (const QString& id : ids) {
        Result<QSqlQuery> q = m_db.exec(u"SELECT c.satisfaction, c.trial_participation, s.purchase_3m, s.p "
                                        "FROM customers c JOIN customer_scores s ON s.customer_id = c.id "
                                        "WHERE c.id = ? AND c.deleted = 0"_s,
                                        {id});
        if (!q)
            return fail(q.error());
        if (!q->next())
            return false;
        ValueScoreBreakdown b;
        b.customerId = id;
        b.purchaseAmount = q->value(2).toDouble();
        b.p = q->value(3).toDouble();
        ValueScore::combine(b, optionalDouble(q->value(0)), optionalDouble(q->value(1)), m_policy);
        rows << b;
    }
    Transaction tx(m_db);
    if (!tx.started())
        return fail(tx.started().error());
    for (const ValueScoreBreakdown& b : std::as_const(rows)) {
        if (Status s = m_db.execute(u"UPDATE customer_scores SET s = ?, t = ?, score = ?, tier = ?, computed_at = ? "
                                    "WHERE customer_id = ?"_s,
                                    {b.s, b.t, b.score, b.tier, m_clock.nowSecs(), b.customerId});
            !s)
            return fail(s.error());
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    emit scoresChanged();
    return true;
}

Result<QList<ValueScoreInput>> ValueScoreService::loadInputs(qint64 from, qint64 to) const {
    Result<QSqlQuery> q = m_db.exec(u"SELECT c.id, c.satisfaction, c.trial_participation, "
                                    "(SELECT coalesce(sum(o.amount), 0) FROM orders o WHERE o.customer_id = c.id AND "
                                    "o.deleted = 0 AND o.ordered_at >= ? AND o.ordered_at <= ?) "
                                    "FROM customers c WHERE c.deleted = 0 ORDER BY c.id"_s,
                                    {from, to});
    if (!q)
        return fail(q.error());
    QList<ValueScoreInput> inputs;
    while (q->next()) {
        inputs << ValueScoreInput{q->value(0).toString(), q->value(3).toDouble(), optionalDouble(q->value(1)),
                                  optionalDouble(q->value(2))};
    }
    return inputs;
}

Status ValueScoreService::recomputeAll() {
    QElapsedTimer timer;
    timer.start();
    refreshPolicy();
    Result<std::optional<PurchaseDistribution>> org = OrgAggregates::purchaseDistribution(m_db);
    if (!org)
        return fail(org.error());
    // With the organisation's distribution, its window: the server's and every replica's sums cover the same orders.
    const qint64 from = *org ? (*org)->windowFrom : m_clock.now().addMonths(-m_policy.windowMonths).toSecsSinceEpoch();
    const qint64 to = *org ? (*org)->windowTo : m_clock.nowSecs();
    Result<QList<ValueScoreInput>> inputs = loadInputs(from, to);
    if (!inputs)
        return fail(inputs.error());
    QList<ValueScoreBreakdown> scores;
    if (*org) {
        scores.reserve(inputs->size());
        for (const ValueScoreInput& in : std::as_const(*inputs)) {
            ValueScoreBreakdown b;
            b.customerId = in.customerId;
            b.purchaseAmount = in.purchaseAmount;
            b.p = OrgAggregates::percentile(**org, in.purchaseAmount);
            b.orgAsOf = (*org)->computedAt;
            ValueScore::combine(b, in.satisfaction, in.trial, m_policy);
            scores << b;
        }
    } else {
        scores = ValueScore::compute(*inputs, m_policy);
    }
    const qint64 now = m_clock.nowSecs();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (Status s = m_db.execute(u"DELETE FROM customer_scores"_s); !s)
        return s;
    QSqlQuery insert = m_db.prepare(u"INSERT INTO customer_scores (customer_id, purchase_3m, p, s, t, score, tier, "
                                    "computed_at, org_as_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const ValueScoreBreakdown& b : scores) {
        insert.bindValue(0, b.customerId);
        insert.bindValue(1, b.purchaseAmount);
        insert.bindValue(2, b.p);
        insert.bindValue(3, b.s);
        insert.bindValue(4, b.t);
        insert.bindValue(5, b.score);
        insert.bindValue(6, b.tier);
        insert.bindValue(7, now);
        insert.bindValue(8, b.orgAsOf > 0 ? QVariant(b.orgAsOf) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!insert.exec())
            return fail(u"cannot store the value score of %1"_s.arg(b.customerId));
    }
    if (Status s = tx.commit(); !s)
        return s;
    qCDebug(lcAnalytics) << "value scores of" << scores.size() << "customers in" << timer.elapsed() << "ms";
    emit scoresChanged();
    return {};
}

Result<ValueScoreBreakdown> ValueScoreService::scoreOf(const QString& customerId) const {
    Result<QSqlQuery> q = m_db.exec(
        u"SELECT purchase_3m, p, s, t, score, tier, COALESCE(org_as_of, 0) FROM customer_scores WHERE customer_id = ?"_s,
        {customerId});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(u"no value score for customer %1 (unknown customer, or scores not computed yet)"_s.arg(customerId));
    ValueScoreBreakdown b;
    b.customerId = customerId;
    b.purchaseAmount = q->value(0).toDouble();
    b.p = q->value(1).toDouble();
    b.s = q->value(2).toDouble();
    b.t = q->value(3).toDouble();
    b.score = q->value(4).toDouble();
    b.tier = q->value(5).toString();
    b.orgAsOf = q->value(6).toLongLong();
    return b;
}

} // namespace Stride
