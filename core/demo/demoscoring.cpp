#include "demoscoring.h"

#include "analytics/ruleengine.h"
#include "analytics/valuescoreservice.h"
#include "clock.h"
#include "demorandom.h"
#include "logging.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr qint64 kDay = 86400;

// The first 48 bits of the demo's ordered ids are their sequence (DemoRandom::uuid): the tasks written here continue
// after the generator's last one, so the ids still rise with the rowid and the primary-key index appends.
quint64 lastSequence(const Database& db) {
    SqlStatement q(db, u"SELECT id FROM tasks ORDER BY rowid DESC LIMIT 1"_s);
    if (!q.next())
        return 0;
    QString hex = q.text(0).left(13);
    hex.remove(u'-');
    bool ok = false;
    const quint64 sequence = hex.toULongLong(&ok, 16);
    return ok ? sequence : 0;
}

} // namespace

Result<qint64> DemoScoring::apply(Database& db, const QDateTime& now, quint64 seed) {
    QElapsedTimer timer;
    timer.start();
    const FixedClock clock(now);
    ValueScoreService scores(db, clock);
    if (Status s = scores.recomputeAll(); !s)
        return fail(u"cannot score the demo customers: %1"_s.arg(s.error()));

    // The cadence rules over every customer, as the routines evaluate them for each rep's own (MethodRoutines).
    const qint64 scored = timer.nsecsElapsed();
    Result<RuleEvaluation> evaluation = RuleEngine::evaluate(db, AnalyticsFilter{}, clock);
    if (!evaluation)
        return fail(u"cannot evaluate the visit cadence of the demo customers: %1"_s.arg(evaluation.error()));
    const qint64 evaluated = timer.nsecsElapsed();

    Transaction tx(db);
    if (!tx.started())
        return fail(tx.started().error());
    SqlStatement insert(db, u"INSERT INTO tasks (id,updated_at,owner_id,customer_id,title,due_at,source,source_key) "
                            "VALUES (?,?,?,?,?,?,?,?)"_s);
    if (!insert.status())
        return fail(u"cannot prepare the demo insert into tasks: %1"_s.arg(insert.status().error()));
    qint64 written = 0;
    DemoRandom random(seed ^ Q_UINT64_C(0x7669736974647565));
    quint64 sequence = lastSequence(db);
    char id[36];
    const qint64 nowSecs = clock.nowSecs();
    for (const RuleMatch& m : std::as_const(evaluation->matches)) {
        if (m.ownerId.isEmpty())
            continue; // RuleEngine::apply makes no task without an owner either
        const QByteArray owner = m.ownerId.toUtf8(), customer = m.customerId.toUtf8();
        for (const RuleTask& t : m.tasks) {
            if (t.source != u"tier"_s)
                continue; // the generator wrote the create_tasks rules' tasks with its history
            random.uuid(id, sequence);
            const QByteArray title = t.title.toUtf8(), key = t.sourceKey.toUtf8();
            // Made three days before it falls due, as the routines would have made it (never after now).
            insert.bindText(id, 36)
                .bindInteger(std::min(nowSecs, t.dueAt - 3 * kDay))
                .bindText(owner.constData(), int(owner.size()))
                .bindText(customer.constData(), int(customer.size()))
                .bindText(title.constData(), int(title.size()))
                .bindInteger(t.dueAt)
                .bindText("tier")
                .bindText(key.constData(), int(key.size()));
            if (!insert.exec())
                return fail(u"cannot write the demo's visit-due tasks: %1"_s.arg(insert.status().error()));
            ++written;
        }
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    qCInfo(lcDemo).nospace() << "demo scores in " << scored / 1e9 << " s, visit cadence evaluated in "
                             << (evaluated - scored) / 1e9 << " s, " << written << " visit-due tasks written in "
                             << (timer.nsecsElapsed() - evaluated) / 1e9 << " s";
    return written;
}

} // namespace Stride
