#include "analytics/coveragekpi.h"
#include "analytics/dwelllights.h"
#include "analytics/forecast.h"
#include "analytics/paymentcountdown.h"
#include "analytics/processhealth.h"
#include "analytics/standardactionledger.h"
#include "analytics/valuescore.h"
#include "analytics/valuescoreservice.h"
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "verifyok.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Stride;

// The figures of the 3,000-customer demo (seed 11, history ending 2026-11-20, evaluated at 2026-11-20 18:00 UTC)
// recomputed a second time, independently of the production SQL: the raw rows are read with plain SELECTs and the
// method's rules (docs/sales-method.md) applied to them in plain C++ below. Every figure must agree with the
// production code, and the agreed values are pinned. A hand-worked value-score example opens the test.
//
// Not shared with the production code on purpose: the payment status boundary, the ledger of standard actions
// (stage-triggered and per payment milestone), coverage months in the organisation's time zone (organisation and
// teams), the coverage alert over complete months, the forecast's similar-deal cycle and its past-close flag, the
// dwell lights' idle days. The whole test takes about 5 s (the demo is generated in about 4).
class TestGoldenIndependent : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::UTC)};
    static constexpr qint64 kDay = 86400;

    struct Opp {
        QString id, customer, owner, stage, industry, band, chain;
        qint64 created = 0, entered = 0, closed = 0, expected = 0;
        bool hasCreated = false, hasEntered = false, hasClosed = false, hasOwner = false;
        bool forecast = false;
        double amount = 0;
    };
    struct Milestone {
        QString id, opportunity;
        qint64 due = 0, paid = 0;
        bool isPaid = false;
        double amount = 0;
    };
    struct Action {
        QString id, stage, code;
        qint64 hours = 0;
    };
    struct Instance {
        QString rep, actionId, opportunity;
        qint64 start = 0, due = 0;
        bool done = false;
    };

    QList<Opp> m_opps;
    QHash<QString, qsizetype> m_oppIndex;
    QList<Milestone> m_milestones;
    QList<Action> m_actions;
    QHash<QString, QList<QPair<qint64, QString>>> m_visitsByCustomer; // (visited_at, behaviour code)
    QHash<QString, QList<QPair<qint64, QString>>> m_doneTasksByOpp;   // (done_at, source_key)
    QList<std::tuple<QString, QString, qint64>> m_history;            // (opportunity, stage, entered_at)
    QHash<QString, QString> m_teamOf;
    QString m_zone;
    double m_loadSeconds = 0;

    QSqlQuery select(const QString& sql) {
        QSqlQuery q = m_db->prepare(sql);
        if (!q.exec())
            qFatal("%s", qPrintable(sql));
        return q;
    }

    void readRows() {
        QSqlQuery o = select(u"SELECT o.id, o.customer_id, o.owner_id, o.stage, o.stage_entered_at, o.created_at, "
                             "o.closed_at, o.expected_close, o.forecast, o.amount, o.industry, o.budget_band, "
                             "o.decision_chain, c.industry, c.budget_band, c.decision_chain FROM opportunities o JOIN "
                             "customers c ON c.id = o.customer_id WHERE o.deleted = 0"_s);
        while (o.next()) {
            Opp x;
            x.id = o.value(0).toString();
            x.customer = o.value(1).toString();
            x.hasOwner = !o.value(2).isNull();
            x.owner = o.value(2).toString();
            x.stage = o.value(3).toString();
            x.hasEntered = !o.value(4).isNull();
            x.entered = o.value(4).toLongLong();
            x.hasCreated = !o.value(5).isNull();
            x.created = o.value(5).toLongLong();
            x.hasClosed = !o.value(6).isNull();
            x.closed = o.value(6).toLongLong();
            x.expected = o.value(7).toLongLong();
            x.forecast = o.value(8).toInt() == 1;
            x.amount = o.value(9).toDouble();
            x.industry = (o.value(10).isNull() ? o.value(13) : o.value(10)).toString();
            x.band = (o.value(11).isNull() ? o.value(14) : o.value(11)).toString();
            x.chain = (o.value(12).isNull() ? o.value(15) : o.value(12)).toString();
            m_oppIndex.insert(x.id, m_opps.size());
            m_opps.append(x);
        }
        QSqlQuery m = select(u"SELECT id, opportunity_id, due_at, amount, paid_at FROM payment_milestones WHERE "
                             "deleted = 0"_s);
        while (m.next()) {
            m_milestones.append({m.value(0).toString(), m.value(1).toString(), m.value(2).toLongLong(),
                                 m.value(4).toLongLong(), !m.value(4).isNull(), m.value(3).toDouble()});
        }
        QSqlQuery a = select(u"SELECT id, trigger_stage, action_code, deadline_hours FROM standard_actions WHERE "
                             "deleted = 0 AND active = 1"_s);
        while (a.next())
            m_actions.append(
                {a.value(0).toString(), a.value(1).toString(), a.value(2).toString(), a.value(3).toLongLong()});
        QSqlQuery v =
            select(u"SELECT v.customer_id, v.visited_at, b.code FROM visits v JOIN behaviour_types b ON b.id = "
                   "v.behaviour_type_id WHERE v.deleted = 0"_s);
        while (v.next())
            m_visitsByCustomer[v.value(0).toString()].append({v.value(1).toLongLong(), v.value(2).toString()});
        QSqlQuery t = select(u"SELECT opportunity_id, source_key, done_at FROM tasks WHERE deleted = 0 AND done_at IS "
                             "NOT NULL AND opportunity_id IS NOT NULL"_s);
        while (t.next())
            m_doneTasksByOpp[t.value(0).toString()].append({t.value(2).toLongLong(), t.value(1).toString()});
        QSqlQuery h = select(u"SELECT opportunity_id, stage, entered_at FROM stage_history WHERE deleted = 0"_s);
        while (h.next())
            m_history.append({h.value(0).toString(), h.value(1).toString(), h.value(2).toLongLong()});
        QSqlQuery r = select(u"SELECT id, team_id FROM reps"_s);
        while (r.next())
            m_teamOf.insert(r.value(0).toString(), r.value(1).toString());
        QSqlQuery z = select(u"SELECT value FROM org_policy WHERE key = 'org.timezone' AND deleted = 0"_s);
        if (z.next()) {
            const QJsonDocument doc = QJsonDocument::fromJson("[" + z.value(0).toString().toUtf8() + "]");
            m_zone = doc.array().at(0).toString();
        }
    }

    // Evidence of an action in [from, to]: a visit with its behaviour code on the customer, or a task with one of
    // the keys done on the opportunity.
    bool evidenced(const Opp& o, const QString& code, const QStringList& keys, qint64 from, qint64 to) const {
        for (const auto& [at, c] : m_visitsByCustomer.value(o.customer)) {
            if (c == code && at >= from && at <= to)
                return true;
        }
        for (const auto& [at, key] : m_doneTasksByOpp.value(o.id)) {
            if (keys.contains(key) && at >= from && at <= to)
                return true;
        }
        return false;
    }

    // The ledger of standard actions, second implementation: instances whose deadline has passed.
    QList<Instance> ledger(qint64 now) const {
        QList<Instance> out;
        for (const auto& [oppId, stage, entered] : m_history) {
            const auto i = m_oppIndex.constFind(oppId);
            if (i == m_oppIndex.cend())
                continue;
            const Opp& o = m_opps.at(*i);
            if (!o.hasOwner)
                continue;
            for (const Action& a : m_actions) {
                if (a.stage != stage || a.code == u"payment_follow_up"_s)
                    continue;
                const qint64 due = entered + a.hours * 3600;
                if (due > now)
                    continue;
                out.append(
                    {o.owner, a.id, o.id, entered, due, evidenced(o, a.code, {a.code + u':' + o.id}, entered, due)});
            }
        }
        // Payment follow-up: one per milestone of a deal in the contract stage, due `hours` before the milestone,
        // its window opening at the previous milestone's follow-up deadline (the signing for the first).
        QHash<QString, QList<const Milestone*>> byOpp;
        for (const Milestone& m : m_milestones)
            byOpp[m.opportunity].append(&m);
        for (const Action& a : m_actions) {
            if (a.code != u"payment_follow_up"_s)
                continue;
            for (auto it = byOpp.begin(); it != byOpp.end(); ++it) {
                const auto i = m_oppIndex.constFind(it.key());
                if (i == m_oppIndex.cend())
                    continue;
                const Opp& o = m_opps.at(*i);
                if (!o.hasOwner || !o.hasEntered || o.stage != a.stage)
                    continue;
                QList<const Milestone*> ms = it.value();
                std::sort(ms.begin(), ms.end(), [](const Milestone* x, const Milestone* y) {
                    return x->due != y->due ? x->due < y->due : x->id < y->id;
                });
                const qint64 span = a.hours * 3600;
                for (qsizetype k = 0; k < ms.size(); ++k) {
                    const Milestone& m = *ms.at(k);
                    const qint64 due = m.due - span;
                    if (due < o.entered || (m.isPaid && m.paid <= due) || due > now)
                        continue;
                    const qint64 start = k == 0 ? o.entered : std::max(o.entered, ms.at(k - 1)->due - span);
                    const QStringList keys{u"payment:"_s + m.id, a.code + u':' + m.id, a.code + u':' + o.id};
                    out.append({o.owner, a.id, o.id, start, due, evidenced(o, a.code, keys, start, due)});
                }
            }
        }
        return out;
    }

    qint64 monthStart(const QTimeZone& zone, QDate d) const {
        return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), zone).toSecsSinceEpoch();
    }

private slots:
    // Hand-worked: four customers bought 0, 100, 100 and 300 in the window (N = 4).
    //   P: 0 (bought nothing); 100 each: L = 1, E = 1 → 100 · 1.5 / 3 = 50; 300: L = 3 → 100.
    //   score = 0.4 P + 0.3 S + 0.3 T: zero 0.4·0 + 0.3·90 + 0.3·90 = 54 → C; b1 20 + 27 + 0 = 47 → C (T unknown = 0);
    //   b2 20 + 30 + 30 = 80 → A (80 is A); top 40 + 18 + 3 = 61 → B.
    void valueScoreHandWorked() {
        const QList<ValueScoreInput> in{{u"zero"_s, 0, 90.0, 90.0},
                                        {u"b1"_s, 100, 90.0, std::nullopt},
                                        {u"b2"_s, 100, 100.0, 100.0},
                                        {u"top"_s, 300, 60.0, 10.0}};
        const QList<ValueScoreBreakdown> out = ValueScore::compute(in);
        QCOMPARE(out.size(), 4);
        const QList<double> p{0, 50, 50, 100}, score{54, 47, 80, 61};
        const QStringList tier{u"C"_s, u"C"_s, u"A"_s, u"B"_s};
        for (qsizetype i = 0; i < out.size(); ++i) {
            QCOMPARE(out.at(i).customerId, in.at(i).customerId);
            QCOMPARE(out.at(i).p, p.at(i));
            QVERIFY2(std::abs(out.at(i).score - score.at(i)) < 1e-9, qPrintable(out.at(i).customerId));
            QCOMPARE(out.at(i).tier, tier.at(i));
        }
    }

    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Database::open(m_dir.filePath(u"demo.db"_s));
        VERIFY_OK(db);
        m_db = std::move(*db);
        DemoOptions o;
        o.customers = 3000;
        o.seed = 11;
        o.today = QDate(2026, 11, 20);
        QElapsedTimer timer;
        timer.start();
        auto summary = DemoGenerator::generate(*m_db, o);
        VERIFY_OK(summary);
        qInfo("3,000-customer demo generated in %.1f s", double(timer.elapsed()) / 1000.0);
        timer.restart();
        readRows();
        m_loadSeconds = double(timer.elapsed()) / 1000.0;
        qInfo("raw rows read in %.1f s", m_loadSeconds);
    }

    // Value score and tier of every demo customer: the scores the service stores against a plain recomputation of
    // P (purchases in the 3 months before now), S, T, the weights 0.4/0.3/0.3 and tiers A ≥ 80, B ≥ 60.
    void valueScoreAndTier() {
        ValueScoreService service(*m_db, m_clock, ValueScorePolicy{});
        QVERIFY(service.recomputeAll());
        const qint64 now = m_clock.nowSecs();
        const qint64 from = m_clock.now().addMonths(-3).toSecsSinceEpoch();
        QHash<QString, double> bought;
        QSqlQuery orders = select(u"SELECT customer_id, amount, ordered_at FROM orders WHERE deleted = 0"_s);
        while (orders.next()) {
            const qint64 at = orders.value(2).toLongLong();
            if (at >= from && at <= now)
                bought[orders.value(0).toString()] += orders.value(1).toDouble();
        }
        struct Row {
            QString id;
            double amount = 0, s = 0, t = 0;
        };
        QList<Row> rows;
        QSqlQuery c = select(u"SELECT id, satisfaction, trial_participation FROM customers WHERE deleted = 0"_s);
        while (c.next()) {
            auto clamp = [](const QVariant& v) { return v.isNull() ? 0.0 : std::clamp(v.toDouble(), 0.0, 100.0); };
            rows.append(
                {c.value(0).toString(), bought.value(c.value(0).toString()), clamp(c.value(1)), clamp(c.value(2))});
        }
        QCOMPARE(rows.size(), 3000);
        QList<double> sorted;
        for (const Row& r : rows)
            sorted << r.amount;
        std::sort(sorted.begin(), sorted.end());
        const double n = double(rows.size());
        QHash<QString, QPair<double, QString>> stored;
        QSqlQuery s = select(u"SELECT customer_id, score, tier FROM customer_scores"_s);
        while (s.next())
            stored.insert(s.value(0).toString(), {s.value(1).toDouble(), s.value(2).toString()});
        QCOMPARE(stored.size(), rows.size());
        QMap<QString, int> tiers;
        for (const Row& r : rows) {
            double p = 0;
            if (r.amount > 0) {
                const double less =
                    double(std::lower_bound(sorted.cbegin(), sorted.cend(), r.amount) - sorted.cbegin());
                const double equal =
                    double(std::upper_bound(sorted.cbegin(), sorted.cend(), r.amount) - sorted.cbegin()) - less - 1;
                p = n > 1 ? 100.0 * (less + equal / 2) / (n - 1) : 100.0;
            }
            const double score = 0.4 * p + 0.3 * r.s + 0.3 * r.t;
            const QString tier = score >= 80 ? u"A"_s : score >= 60 ? u"B"_s : u"C"_s;
            const auto it = stored.constFind(r.id);
            QVERIFY(it != stored.cend());
            QVERIFY2(std::abs(it->first - score) < 1e-6,
                     qPrintable(u"%1: stored %2, recomputed %3"_s.arg(r.id).arg(it->first).arg(score)));
            QCOMPARE(it->second, tier);
            ++tiers[tier];
        }
        qInfo("tiers A/B/C: %d/%d/%d", tiers.value(u"A"_s), tiers.value(u"B"_s), tiers.value(u"C"_s));
    }

    // Payment countdown: unpaid milestones of signed deals, whole days left, status from the days left.
    void payments() {
        const qint64 now = m_clock.nowSecs();
        struct Tally {
            qint64 count = 0;
            double amount = 0;
        } overdue, reminder, upcoming;
        QHash<QString, QPair<qint64, QString>> expected; // milestone → (days left, status)
        for (const Milestone& m : m_milestones) {
            const auto i = m_oppIndex.constFind(m.opportunity);
            if (m.isPaid || i == m_oppIndex.cend() || m_opps.at(*i).stage != u"won"_s)
                continue;
            const qint64 left = qint64(std::floor(double(m.due - now) / double(kDay)));
            const QString status = left < 0 ? u"overdue"_s : left <= 15 ? u"reminder"_s : u"upcoming"_s;
            Tally& t = left < 0 ? overdue : left <= 15 ? reminder : upcoming;
            ++t.count;
            t.amount += m.amount;
            expected.insert(m.id, {left, status});
        }
        auto r = PaymentCountdown::compute(*m_db, {}, m_clock);
        VERIFY_OK(r);
        QCOMPARE(r->items.size(), expected.size());
        for (const PaymentItem& it : r->items) {
            const auto e = expected.constFind(it.milestoneId);
            QVERIFY2(e != expected.cend(), qPrintable(it.milestoneId));
            QCOMPARE(it.daysLeft, e->first);
            QCOMPARE(PaymentCountdown::statusName(it.status), e->second);
        }
        QCOMPARE(r->overdue.count, overdue.count);
        QCOMPARE(r->reminder.count, reminder.count);
        QCOMPARE(r->upcoming.count, upcoming.count);
        QVERIFY(std::abs(r->overdue.amount - overdue.amount) < 0.01);
        QVERIFY(std::abs(r->reminder.amount - reminder.amount) < 0.01);
        QVERIFY(std::abs(r->upcoming.amount - upcoming.amount) < 0.01);
        const QString golden = u"%1/%2/%3 ¥%4/%5/%6"_s.arg(overdue.count)
                                   .arg(reminder.count)
                                   .arg(upcoming.count)
                                   .arg(overdue.amount, 0, 'f', 0)
                                   .arg(reminder.amount, 0, 'f', 0)
                                   .arg(upcoming.amount, 0, 'f', 0);
        qInfo("payments overdue/reminder/upcoming: %s", qPrintable(golden));
        QCOMPARE(golden, kGoldenPayments);
    }

    // Process health: done ÷ due of the ledger, org and per rep, and the org's light.
    void processHealth() {
        const QList<Instance> all = ledger(m_clock.nowSecs());
        qint64 due = 0, done = 0;
        QHash<QString, QPair<qint64, qint64>> perRep;
        for (const Instance& i : all) {
            ++due;
            done += i.done;
            auto& p = perRep[i.rep];
            ++p.first;
            p.second += i.done;
        }
        auto h = ProcessHealth::compute(*m_db, {}, m_clock);
        VERIFY_OK(h);
        QCOMPARE(h->org.due, due);
        QCOMPARE(h->org.done, done);
        for (const HealthLine& l : h->reps) {
            QCOMPARE(l.due, perRep.value(l.id).first);
            QCOMPARE(l.done, perRep.value(l.id).second);
            const double c = l.due ? double(l.done) / double(l.due) : -1;
            const Light light = c < 0 ? Light::NoData : c > 0.9 ? Light::Green : c >= 0.7 ? Light::Yellow : Light::Red;
            QCOMPARE(int(l.light), int(light));
        }
        qint64 payDue = 0, payDone = 0;
        for (const Instance& i : all) {
            if (i.actionId == u"sa-payment-follow-up"_s) {
                ++payDue;
                payDone += i.done;
            }
        }
        const QString golden = u"%1/%2 payment %3/%4"_s.arg(due).arg(done).arg(payDue).arg(payDone);
        qInfo("health due/done: %s", qPrintable(golden));
        QCOMPARE(golden, kGoldenHealth);
    }

    // Coverage: the six months ending now's month in the organisation's time zone; a rep is due in a month when
    // a deadline (already past) falls in it, covered when all of them are done; the running month is partial; the
    // alert needs three complete months with data, each lower than the one before.
    void coverageAndAlert() {
        const QTimeZone zone = m_zone.isEmpty() ? QTimeZone::utc() : QTimeZone(m_zone.toUtf8());
        QVERIFY(zone.isValid());
        const qint64 now = m_clock.nowSecs();
        const QDate today = QDateTime::fromSecsSinceEpoch(now, zone).date();
        QList<QDate> months;
        for (int k = 5; k >= 0; --k)
            months << QDate(today.year(), today.month(), 1).addMonths(-k);
        QList<qint64> bounds;
        for (const QDate& d : months)
            bounds << monthStart(zone, d);
        bounds << monthStart(zone, months.last().addMonths(1));
        QList<QHash<QString, bool>> repsAllDone(months.size());
        for (const Instance& i : ledger(now)) {
            for (qsizetype m = 0; m < months.size(); ++m) {
                if (i.due >= bounds.at(m) && i.due < bounds.at(m + 1)) {
                    auto it = repsAllDone[m].find(i.rep);
                    if (it == repsAllDone[m].end())
                        repsAllDone[m].insert(i.rep, i.done);
                    else
                        *it = *it && i.done;
                }
            }
        }
        QList<std::optional<double>> coverage;
        QList<bool> partial;
        for (qsizetype m = 0; m < months.size(); ++m) {
            qint64 covered = 0;
            for (const bool allDone : repsAllDone.at(m))
                covered += allDone;
            const qint64 dueReps = repsAllDone.at(m).size();
            coverage << (dueReps ? std::optional<double>(100.0 * double(covered) / double(dueReps)) : std::nullopt);
            partial << (bounds.at(m + 1) > now);
        }
        QList<std::optional<double>> complete;
        for (qsizetype m = 0; m < months.size(); ++m) {
            if (!partial.at(m))
                complete << coverage.at(m);
        }
        bool alert = false;
        if (complete.size() >= 3) {
            const auto &a = complete.at(complete.size() - 3), &b = complete.at(complete.size() - 2),
                       &c = complete.last();
            alert = a && b && c && *a > *b && *b > *c;
        }

        auto r = CoverageKpi::compute(*m_db, {}, m_clock);
        VERIFY_OK(r);
        QCOMPARE(r->org.months.size(), months.size());
        QStringList golden;
        for (qsizetype m = 0; m < months.size(); ++m) {
            const CoverageMonth& cm = r->org.months.at(m);
            QCOMPARE(cm.month, months.at(m).toString(u"yyyy-MM"_s));
            QCOMPARE(cm.coverage.has_value(), coverage.at(m).has_value());
            if (cm.coverage)
                QVERIFY(std::abs(*cm.coverage - *coverage.at(m)) < 1e-9);
            QCOMPARE(cm.partial, partial.at(m));
            QCOMPARE(cm.belowTarget, coverage.at(m) && *coverage.at(m) < 85);
            golden << (coverage.at(m) ? QString::number(*coverage.at(m), 'f', 1) : u"-"_s) +
                          (partial.at(m) ? u"p"_s : QString()) +
                          (coverage.at(m) && *coverage.at(m) < 85 ? u"<"_s : QString());
        }
        QCOMPARE(r->org.alert, alert);

        // Per team: the team's reps (their current team) that were due, and covered.
        QHash<QString, QList<QPair<qint64, qint64>>> teams; // team → per month (due, covered)
        for (qsizetype m = 0; m < months.size(); ++m) {
            for (auto it = repsAllDone.at(m).cbegin(); it != repsAllDone.at(m).cend(); ++it) {
                const QString team = m_teamOf.value(it.key());
                if (team.isEmpty())
                    continue;
                auto& cells = teams[team];
                if (cells.isEmpty())
                    cells.resize(months.size());
                ++cells[m].first;
                cells[m].second += it.value();
            }
        }
        QCOMPARE(r->teams.size(), teams.size());
        for (const CoverageSeries& t : r->teams) {
            const auto cells = teams.value(t.id);
            QCOMPARE(cells.size(), months.size());
            QList<std::optional<double>> done;
            for (qsizetype m = 0; m < months.size(); ++m) {
                QCOMPARE(t.months.at(m).dueReps, cells.at(m).first);
                QCOMPARE(t.months.at(m).coveredReps, cells.at(m).second);
                if (!partial.at(m))
                    done << (cells.at(m).first
                                 ? std::optional<double>(100.0 * double(cells.at(m).second) / double(cells.at(m).first))
                                 : std::nullopt);
            }
            const bool teamAlert = done.size() >= 3 && done.at(done.size() - 3) && done.at(done.size() - 2) &&
                                   done.last() && *done.at(done.size() - 3) > *done.at(done.size() - 2) &&
                                   *done.at(done.size() - 2) > *done.last();
            QCOMPARE(t.alert, teamAlert);
        }
        const QString line = golden.join(u',') + (alert ? u" alert"_s : u" no alert"_s);
        qInfo("coverage: %s", qPrintable(line));
        QCOMPARE(line, kGoldenCoverage);
    }

    // Forecast: open forecast deals, the similar-deal cycle (won in the last 3 × 365 days, same industry, budget
    // band and decision chain; spread only from 3 deals) and the past-expected-close flag.
    void forecastFlagsAndSpread() {
        const qint64 now = m_clock.nowSecs();
        QHash<QString, QList<double>> cycles;
        auto key = [](const Opp& o) {
            return o.industry.isEmpty() || o.band.isEmpty() || o.chain.isEmpty()
                       ? QString()
                       : o.industry + u'|' + o.band + u'|' + o.chain;
        };
        for (const Opp& o : m_opps) {
            if (o.stage == u"won"_s && o.hasClosed && o.hasCreated && o.closed > now - qint64(3) * 365 * kDay &&
                o.closed <= now && !key(o).isEmpty())
                cycles[key(o)] << double(o.closed - o.created) / double(kDay);
        }
        const QStringList open{u"lead"_s, u"contact"_s, u"needs"_s, u"demo"_s, u"objection"_s};
        qint64 deals = 0, past = 0, withSpread = 0, tooFew = 0;
        QHash<QString, const Opp*> expected;
        for (const Opp& o : m_opps) {
            if (!o.forecast || !open.contains(o.stage))
                continue;
            ++deals;
            past += o.expected != 0 && o.expected < now;
            expected.insert(o.id, &o);
        }
        auto r = Forecast::compute(*m_db, {}, m_clock);
        VERIFY_OK(r);
        QCOMPARE(r->board.deals, deals);
        QCOMPARE(r->board.pastExpectedClose, past);
        for (const ForecastDeal& d : r->deals) {
            const Opp* o = expected.value(d.opportunityId);
            QVERIFY(o);
            QCOMPARE(d.pastExpectedClose, o->expected != 0 && o->expected < now);
            const QList<double> c = cycles.value(key(*o));
            QCOMPARE(d.similar.count, qint64(c.size()));
            if (c.isEmpty()) {
                QVERIFY(!d.similar.meanDays && !d.similar.spreadDays);
                continue;
            }
            double mean = 0;
            for (double v : c)
                mean += v;
            mean /= double(c.size());
            QVERIFY(std::abs(*d.similar.meanDays - mean) < 1e-6);
            if (c.size() < 3) {
                ++tooFew;
                QVERIFY2(!d.similar.spreadDays, "no spread below three similar deals");
                continue;
            }
            ++withSpread;
            double ss = 0;
            for (double v : c)
                ss += (v - mean) * (v - mean);
            QVERIFY(d.similar.spreadDays);
            QVERIFY(std::abs(*d.similar.spreadDays - std::sqrt(ss / double(c.size()))) < 1e-6);
        }
        const QString golden = u"%1 deals, %2 past close, %3 with a spread, %4 below 3 similar"_s.arg(deals)
                                   .arg(past)
                                   .arg(withSpread)
                                   .arg(tooFew);
        qInfo("forecast: %s", qPrintable(golden));
        QCOMPARE(golden, kGoldenForecast);
    }

    // Dwell lights: idle days since the later of the stage entry and the customer's latest visit after it; red
    // above the stage's red limit, yellow above its yellow limit (lead 7/14, contact 5/10, needs 7/10, demo 5/7,
    // objection 7/14 days).
    void dwellLights() {
        const qint64 now = m_clock.nowSecs();
        const QHash<QString, QPair<double, double>> limits{{u"lead"_s, {7, 14}},
                                                           {u"contact"_s, {5, 10}},
                                                           {u"needs"_s, {7, 10}},
                                                           {u"demo"_s, {5, 7}},
                                                           {u"objection"_s, {7, 14}}};
        QHash<QString, qint64> lastVisit; // customer → latest visit of any kind
        QSqlQuery v =
            select(u"SELECT customer_id, MAX(visited_at) FROM visits WHERE deleted = 0 GROUP BY customer_id"_s);
        while (v.next())
            lastVisit.insert(v.value(0).toString(), v.value(1).toLongLong());
        QHash<QString, QPair<double, Light>> expected;
        int counts[3] = {0, 0, 0};
        for (const Opp& o : m_opps) {
            if (o.stage == u"won"_s || o.stage == u"lost"_s)
                continue;
            const qint64 entered = o.hasEntered ? o.entered : o.hasCreated ? o.created : 0;
            const qint64 visit = lastVisit.value(o.customer, 0);
            const qint64 last = std::max(entered, visit);
            const double idle = double(now - last) / double(kDay);
            const auto [yellow, red] = limits.value(o.stage, {7, 14});
            const Light light = idle > red ? Light::Red : idle > yellow ? Light::Yellow : Light::Green;
            ++counts[light == Light::Red ? 2 : light == Light::Yellow ? 1 : 0];
            expected.insert(o.id, {idle, light});
        }
        auto r = DwellLights::compute(*m_db, {}, m_clock);
        VERIFY_OK(r);
        QCOMPARE(r->items.size(), expected.size());
        for (const DwellItem& it : r->items) {
            const auto e = expected.constFind(it.opportunityId);
            QVERIFY(e != expected.cend());
            QVERIFY(std::abs(it.idleDays - e->first) < 1e-9);
            QCOMPARE(int(it.light), int(e->second));
            QCOMPARE(it.threshold.yellowDays, limits.value(it.stage).first);
            QCOMPARE(it.threshold.redDays, limits.value(it.stage).second);
        }
        const QString golden = u"%1/%2/%3"_s.arg(counts[0]).arg(counts[1]).arg(counts[2]);
        qInfo("dwell green/yellow/red: %s", qPrintable(golden));
        QCOMPARE(golden, kGoldenDwell);
    }

private:
    static const QString kGoldenDwell;
    static const QString kGoldenPayments, kGoldenHealth, kGoldenCoverage, kGoldenForecast;
};

// Pinned from the run where both implementations agreed; a change of the generator or of a rule shows here.
// Payments: 123 overdue milestones worth ¥38.7M on signed deals (the 176 / ¥63.0M shown before counted deals still
// in objection handling). Health: 465 payment follow-ups due (one per milestone), 299 done. Coverage: every month
// below the 85 % target ("<"), November partial ("p") and not deciding the alert. Forecast: 113 of 163 deals past
// their expected close; 60 rest on fewer than three similar deals and claim no spread. Dwell: 793 open deals.
const QString TestGoldenIndependent::kGoldenDwell = u"410/144/239"_s;
const QString TestGoldenIndependent::kGoldenPayments = u"123/57/115 ¥38744700/16769200/32087600"_s;
const QString TestGoldenIndependent::kGoldenHealth = u"5604/4636 payment 465/428"_s;
const QString TestGoldenIndependent::kGoldenCoverage = u"54.1<,56.8<,62.2<,67.6<,56.8<,59.5p< no alert"_s;
const QString TestGoldenIndependent::kGoldenForecast =
    u"163 deals, 113 past close, 79 with a spread, 60 below 3 similar"_s;

QTEST_GUILESS_MAIN(TestGoldenIndependent)
#include "tst_goldenindependent.moc"
