#include "analytics/methodroutines.h"
#include "analytics/ruleengine.h"
#include "demo/demogenerator.h"
#include "demo/demorandom.h"
#include "domain/methoddefaults.h"
#include "storage/customertier.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/orgpolicyrepository.h"
#include "storage/replicaclock.h"
#include "storage/replicauserstore.h"
#include "storage/settingsstore.h"
#include "storage/textsearch.h"
#include "verifyok.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

const QDate kToday(2026, 11, 20);

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Generates into a new file and closes it, so the WAL is checkpointed into the main file.
DemoSummary generateInto(const QString& path, int customers, quint64 seed, QDate today = kToday) {
    auto db = Database::open(path);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error()));
    DemoOptions options;
    options.customers = customers;
    options.seed = seed;
    options.today = today;
    Result<DemoSummary> summary = DemoGenerator::generate(**db, options);
    if (!summary)
        qFatal("generation failed: %s", qPrintable(summary.error()));
    return *summary;
}

qint64 scalar(const Database& db, const QString& sql) {
    Result<QSqlQuery> q = db.exec(sql);
    if (!q || !q->next()) {
        qWarning() << "query failed:" << sql << (q ? QString() : q.error());
        return -1;
    }
    return q->value(0).toLongLong();
}

// "name, name_en" → "t.name, t.name_en": the search_index columns share some of the names.
QString qualified(const char* columns) {
    QStringList out;
    for (const QString& c : QString::fromLatin1(columns).split(u", "_s))
        out << u"t."_s + c;
    return out.join(u", "_s);
}

QStringList column(const Database& db, const QString& sql) {
    QStringList out;
    Result<QSqlQuery> q = db.exec(sql);
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}

// The instant the demo's clock stands at: kToday, 10:00 UTC.
qint64 demoNow() {
    return QDateTime(kToday, QTime(10, 0), Qt::UTC).toSecsSinceEpoch();
}

// The checks of sanity(), by subject, on one generated organisation of `customers` customers. Each stops at its
// first failed check; sanity() stops after the first that failed.

void checkSchemaAndIds(Database& db, const QTemporaryDir& dir, const DemoSummary& summary) {
    const Database& d = db;
    // The bulk load leaves the schema and the search index's options exactly as the migrations wrote them
    // (indexes and triggers it dropped are back), and the FTS5 index agrees with its content.
    {
        auto fresh = Database::open(dir.filePath(u"fresh.db"_s));
        QVERIFY(fresh);
        const QString schema = u"SELECT type || ' ' || name || ': ' || sql FROM sqlite_schema WHERE name NOT LIKE "
                               "'sqlite\\_stat%' ESCAPE '\\' ORDER BY type, name"_s; // statistics are no schema
        const QString config = u"SELECT k || '=' || v FROM search_index_config ORDER BY k"_s;
        QCOMPARE(column(d, schema), column(**fresh, schema));
        QCOMPARE(column(d, config), column(**fresh, config));
        QVERIFY(column(d, schema).filter(u"index visits_rep_time: "_s).size() == 1);
    }
    QVERIFY(d.execute(u"INSERT INTO search_index (search_index) VALUES ('integrity-check')"_s));

    // Ids are v4 UUIDs that rise with the rowid, table by table (the primary-key indexes append); the method's
    // reference rows have the fixed ids every organisation starts with (MethodDefaults).
    const QStringList fixedIds{u"behaviour_types"_s, u"standard_actions"_s, u"rules"_s, u"org_policy"_s};
    for (const QString& t : summary.rows.keys()) {
        if (fixedIds.contains(t))
            continue;
        QCOMPARE(scalar(d, u"SELECT count(*) FROM (SELECT id, lag(id) OVER (ORDER BY rowid) AS previous FROM %1) "
                           "WHERE id <= previous"_s.arg(t)),
                 0);
        QCOMPARE(scalar(d, u"SELECT count(*) FROM %1 WHERE length(id) <> 36 OR substr(id, 15, 1) <> '4' OR "
                           "substr(id, 20, 1) NOT IN ('8', '9', 'a', 'b')"_s.arg(t)),
                 0);
    }
    QCOMPARE(column(d, u"SELECT id FROM behaviour_types ORDER BY rowid"_s), [] {
        QStringList ids;
        for (const MethodDefaults::BehaviourType& b : MethodDefaults::behaviourTypes())
            ids << QString::fromUtf8(b.id);
        return ids;
    }());
    QCOMPARE(scalar(d, u"SELECT count(*) FROM standard_actions WHERE id = 'sa-product-match-report'"_s), 1);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM rules WHERE id = 'rule-dual-track' AND name_zh IS NOT NULL"_s), 1);
    QCOMPARE(column(d, u"SELECT id FROM org_policy ORDER BY rowid"_s), OrgPolicy::keys());
    {
        const Result<OrgPolicy> policy = OrgPolicyRepository(db).load();
        VERIFY_OK(policy);
        QCOMPARE(policy->timeZone, u"Asia/Shanghai"_s);
        QCOMPARE(policy->score, OrgPolicy::defaults().score);
    }
    // Rule tasks name their rule by its fixed id.
    QCOMPARE(scalar(d, u"SELECT count(*) FROM tasks WHERE source = 'rule' AND source_key NOT LIKE "
                       "'rule:rule-dual-track:%'"_s),
             0);
}

void checkSummaryAndOrganisation(const Database& d, const DemoSummary& summary, int customers) {
    // The summary counts what is in the file.
    qint64 total = 0;
    for (auto it = summary.rows.cbegin(); it != summary.rows.cend(); ++it) {
        QCOMPARE(scalar(d, u"SELECT count(*) FROM %1"_s.arg(it.key())), it.value());
        total += it.value();
    }
    QCOMPARE(summary.totalRows, total);

    // Seed data is not a user edit: no outbox, never synced, no tombstones.
    QCOMPARE(scalar(d, u"SELECT count(*) FROM outbox"_s), 0);
    for (const QString& t : summary.rows.keys())
        QCOMPARE(scalar(d, u"SELECT count(*) FROM %1 WHERE version <> 0 OR deleted <> 0 OR updated_at <= 0"_s.arg(t)),
                 0);

    // Organisation: 3,000 customers → 1 director, 3 supervisors, 37 reps in 3 teams, 1 admin.
    const int reps = qMax(1, customers / 80);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM reps WHERE role = 'rep'"_s), reps);
    if (customers == 3000) {
        QCOMPARE(reps, 37);
        QCOMPARE(scalar(d, u"SELECT count(*) FROM teams"_s), 3);
        QCOMPARE(scalar(d, u"SELECT count(*) FROM reps WHERE role = 'supervisor'"_s), 3);
    }
    QCOMPARE(scalar(d, u"SELECT count(*) FROM reps WHERE email = 'rep001@demo.stride.example'"_s), 1);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM reps WHERE email = 'director@demo.stride.example'"_s), 1);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM reps WHERE email = 'supervisor1@demo.stride.example'"_s), 1);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM reps WHERE email = 'admin@demo.stride.example'"_s), 1);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM reps r JOIN teams t ON t.id = r.team_id WHERE r.role = 'rep' AND "
                       "r.supervisor_id = t.supervisor_id"_s),
             reps);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM customers c JOIN reps r ON r.id = c.owner_id WHERE r.role = 'rep'"_s),
             customers);

    // The generator draws about 15 % of its customers as key accounts (its tier A), but customers.tier is an
    // admin's pin: only a handful are pinned, the rest follow their value score.
    const double keyAccounts =
        scalar(d, u"SELECT count(*) FROM customers WHERE tags LIKE '%key account%'"_s) / double(customers);
    QVERIFY2(keyAccounts > 0.08 && keyAccounts < 0.24, qPrintable(QString::number(keyAccounts)));
    const qint64 pinned = scalar(d, u"SELECT count(*) FROM customers WHERE COALESCE(tier, '') <> ''"_s);
    QVERIFY2(pinned <= customers / 50 + 1 && (customers < 1000 || pinned > 0), qPrintable(QString::number(pinned)));
    QCOMPARE(scalar(d, u"SELECT count(*) FROM customers WHERE tier IS NOT NULL AND tier NOT IN ('A', 'B', 'C')"_s), 0);

    // Visit frequency over a full year: key accounts about weekly, the others fortnightly to monthly (with
    // noise and gaps), among customers that existed all year with a rep who was there all year.
    auto visitsPerYear = [&](bool key) {
        return scalar(d, u"SELECT 1000 * count(v.id) / count(DISTINCT c.id) FROM customers c JOIN reps r ON r.id = "
                         "c.owner_id LEFT JOIN visits v ON v.customer_id = c.id WHERE (c.tags LIKE '%key account%') = "
                         "%1 AND c.created_at < %2 AND r.hire_date < %2"_s.arg(key ? 1 : 0)
                             .arg(QDateTime(kToday.addDays(-365), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())) /
               1000.0;
    };
    const double va = visitsPerYear(true), vrest = visitsPerYear(false);
    QVERIFY2(va > 32 && va < 56 && vrest > 7 && vrest < 28,
             qPrintable(u"visits per year key accounts %1, others %2"_s.arg(va).arg(vrest)));
}

void checkOpportunities(const Database& d, int customers) {
    // Every stage is populated, lost deals carry a reason, open ones none.
    const QStringList stages = column(d, u"SELECT DISTINCT stage FROM opportunities ORDER BY stage"_s);
    QCOMPARE(stages,
             (QStringList{u"contact"_s, u"demo"_s, u"lead"_s, u"lost"_s, u"needs"_s, u"objection"_s, u"won"_s}));
    QCOMPARE(scalar(d, u"SELECT count(*) FROM opportunities WHERE (stage = 'lost') <> (lost_reason IS NOT NULL)"_s), 0);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM opportunities WHERE (stage IN ('won','lost')) <> (closed_at IS NOT "
                       "NULL)"_s),
             0);
    // Stage history agrees with each opportunity: one open row, the current stage entered at stage_entered_at,
    // rows chained (each left when the next was entered), stages in funnel order.
    QCOMPARE(scalar(d, u"SELECT count(*) FROM opportunities o WHERE (SELECT count(*) FROM stage_history h WHERE "
                       "h.opportunity_id = o.id AND h.left_at IS NULL) <> 1"_s),
             0);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM opportunities o LEFT JOIN stage_history h ON h.opportunity_id = o.id "
                       "AND h.left_at IS NULL WHERE h.stage IS NOT o.stage OR h.entered_at IS NOT "
                       "o.stage_entered_at"_s),
             0);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM stage_history h WHERE h.left_at IS NOT NULL AND NOT EXISTS (SELECT 1 "
                       "FROM stage_history n WHERE n.opportunity_id = h.opportunity_id AND n.entered_at = "
                       "h.left_at)"_s),
             0);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM opportunities o WHERE o.stage NOT IN ('lost') AND (SELECT count(*) "
                       "FROM stage_history h WHERE h.opportunity_id = o.id) <> 1 + CASE o.stage WHEN 'lead' THEN 0 "
                       "WHEN 'contact' THEN 1 WHEN 'needs' THEN 2 WHEN 'demo' THEN 3 WHEN 'objection' THEN 4 ELSE "
                       "5 END"_s),
             0);
    const qint64 now = demoNow();
    QVERIFY(scalar(d, u"SELECT count(*) FROM opportunities WHERE stage = 'demo' AND stage_entered_at < %1"_s.arg(
                          now - qint64(7) * 86400)) > 0);
    QCOMPARE(scalar(d, u"SELECT max(max(visited_at), (SELECT max(ordered_at) FROM orders), (SELECT "
                       "max(stage_entered_at) FROM opportunities)) FROM visits"_s) <= now,
             true);
    if (customers >= 3000) {
        const double winRate = scalar(d, u"SELECT 1000 * count(*) / (SELECT count(*) FROM opportunities WHERE "
                                         "stage IN ('won','lost')) FROM opportunities WHERE stage = 'won'"_s) /
                               1000.0;
        QVERIFY2(winRate > 0.15 && winRate < 0.6, qPrintable(QString::number(winRate)));
    }

    // Forecast evidence and payments.
    QCOMPARE(column(d, u"SELECT DISTINCT kind FROM forecast_signals ORDER BY kind"_s),
             (QStringList{u"competitor_removed"_s, u"it_integration"_s, u"legal_review"_s, u"poc_done"_s,
                          u"public_news"_s}));
    QVERIFY(scalar(d, u"SELECT count(*) FROM opportunities o WHERE forecast = 1 AND (SELECT count(*) FROM "
                      "forecast_signals s WHERE s.opportunity_id = o.id) < 2"_s) > 0);
    QVERIFY(scalar(d, u"SELECT count(*) FROM payment_milestones WHERE paid_at IS NULL AND due_at < %1"_s.arg(now)) > 0);
    if (customers >= 3000) {
        QVERIFY(scalar(d, u"SELECT count(*) FROM payment_milestones WHERE paid_at IS NULL AND due_at BETWEEN %1 AND "
                          "%2"_s.arg(now)
                              .arg(now + qint64(15) * 86400)) > 0);
    }
    QCOMPARE(scalar(d, u"SELECT count(*) FROM payment_milestones p JOIN opportunities o ON o.id = p.opportunity_id "
                       "WHERE o.stage NOT IN ('won','objection')"_s),
             0);
}

void checkVisitsAndTasks(const Database& d, int customers) {
    const qint64 now = demoNow();
    // Visits: every one ends with a next action and due date or a reason for none.
    QCOMPARE(scalar(d, u"SELECT count(*) FROM visits WHERE (next_action IS NULL) = (no_action_reason IS NULL) OR "
                       "(next_action IS NULL) <> (next_action_due IS NULL)"_s),
             0);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM visits v LEFT JOIN behaviour_types b ON b.id = v.behaviour_type_id "
                       "WHERE b.id IS NULL"_s),
             0);
    QVERIFY(scalar(d, u"SELECT count(*) FROM visits WHERE competitor_notes IS NOT NULL"_s) > 0);
    QCOMPARE(column(d, u"SELECT DISTINCT channel FROM visits ORDER BY channel"_s),
             (QStringList{u"chat"_s, u"onsite"_s, u"phone"_s, u"video"_s}));
    QVERIFY(scalar(d, u"SELECT count(*) FROM service_tickets WHERE first_response_at - opened_at > 48 * 3600"_s) > 0);
    QCOMPARE(column(d, u"SELECT DISTINCT status FROM insights ORDER BY status"_s),
             (QStringList{u"approved"_s, u"pending"_s, u"rejected"_s}));
    QCOMPARE(scalar(d, u"SELECT count(*) FROM contacts"_s) >= customers, true);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM customers c WHERE (SELECT count(*) FROM contacts k WHERE "
                       "k.customer_id = c.id) NOT BETWEEN 1 AND 4"_s),
             0);

    // Tasks from every source; source keys unique (they make rule output once-only).
    QStringList sources{u"escalation"_s,      u"onboarding"_s, u"payment"_s, u"rule"_s,
                        u"standard_action"_s, u"tier"_s,       u"visit"_s};
    QCOMPARE(column(d, u"SELECT DISTINCT source FROM tasks ORDER BY source"_s), sources);

    // Key-action evidence (rules 8/9): most reps complete 70–95 % of their due standard actions, a few are
    // red, and the summaries the generator rebuilt after its load agree with the source rows.
    const QString perRep = u"SELECT rep_id, 1.0 * SUM(done) / COUNT(*) AS c FROM analytics_action WHERE due_at <= "
                           "%1 GROUP BY rep_id HAVING COUNT(*) >= 10"_s.arg(now);
    const qint64 graded = scalar(d, u"SELECT count(*) FROM (%1)"_s.arg(perRep));
    QVERIFY(graded > 0);
    QVERIFY2(scalar(d, u"SELECT count(*) FROM (%1) WHERE c BETWEEN 0.7 AND 0.95"_s.arg(perRep)) * 10 >= graded * 6,
             "fewer than 60 % of the reps complete 70-95 % of their key actions");
    if (customers >= 3000)
        QVERIFY(scalar(d, u"SELECT count(*) FROM (%1) WHERE c < 0.7"_s.arg(perRep)) > 0);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM analytics_action"_s),
             scalar(d, u"SELECT count(*) FROM stage_history h JOIN opportunities o ON o.id = h.opportunity_id "
                       "JOIN standard_actions a ON a.trigger_stage = h.stage"_s));
    QCOMPARE(scalar(d, u"SELECT count(*) - count(DISTINCT source_key) FROM tasks"_s), 0);
    QVERIFY(scalar(d, u"SELECT count(*) FROM tasks WHERE done_at IS NULL AND due_at < %1"_s.arg(now)) > 0);
    QVERIFY(scalar(d, u"SELECT count(*) FROM tasks WHERE done_at IS NOT NULL"_s) > 0);

    // Checklists on working days only, three customers of the rep's own.
    QVERIFY(scalar(d, u"SELECT count(*) FROM checklists"_s) > 0);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM checklists WHERE strftime('%w', day) IN ('0','6')"_s), 0);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM checklists k JOIN customers c ON c.id IN (k.customer1_id, "
                       "k.customer2_id, k.customer3_id) WHERE c.owner_id <> k.rep_id"_s),
             0);
}

void checkCatalogueAndSearch(const Database& d, int customers) {
    // Catalogue and rules.
    QCOMPARE(scalar(d, u"SELECT points FROM behaviour_types WHERE code = 'pain_point_interview'"_s), 5);
    QCOMPARE(scalar(d, u"SELECT points FROM behaviour_types WHERE code = 'customised_solution'"_s), 12);
    QCOMPARE(scalar(d, u"SELECT points FROM behaviour_types WHERE code = 'cross_department_meeting'"_s), 18);
    QVERIFY(scalar(d, u"SELECT count(*) FROM standard_actions WHERE name_zh IS NOT NULL"_s) >= 2);
    QCOMPARE(scalar(d, u"SELECT count(*) FROM rules WHERE json_extract(condition_json, '$.all[0].value') = "
                       "'manufacturing' AND json_extract(condition_json, '$.all[1].value') = 500000"_s),
             1);

    // The full-text index holds exactly the indexed sources and finds Chinese and English names.
    QCOMPARE(scalar(d, u"SELECT count(*) FROM search_index"_s),
             scalar(d, u"SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM contacts) + (SELECT "
                       "count(*) FROM visits) + (SELECT count(*) FROM insights)"_s));
    // Every entry is what the triggers (stride_fts) would have written, and the triggers are back.
    for (const SearchSource& src : TextSearch::sources()) {
        const QString table = QString::fromLatin1(src.table);
        QCOMPARE(scalar(d, u"SELECT count(*) FROM %1 t LEFT JOIN search_index s ON s.rowid = t.rowid + %2 "
                           "WHERE s.rowid IS NULL OR s.title IS NOT stride_fts(%3) OR s.body IS NOT stride_fts(%4) "
                           "OR s.kind IS NOT '%5' OR s.ref_id IS NOT t.id OR s.customer_id IS NOT t.%6"_s.arg(table)
                               .arg(TextSearch::firstRowid(src.code))
                               .arg(qualified(src.titleColumns), qualified(src.bodyColumns),
                                    QString::fromLatin1(src.kind), QString::fromLatin1(src.customerColumn))),
                 0);
        QCOMPARE(
            scalar(d, u"SELECT count(*) FROM sqlite_temp_schema WHERE type = 'trigger' AND tbl_name = '%1' AND name "
                      "LIKE '%\\_search\\_%' ESCAPE '\\'"_s.arg(table)),
            3);
    }
    QVERIFY(scalar(d, u"SELECT count(*) FROM search_index WHERE search_index MATCH '\"有限公司\"'"_s) >= customers);
    QVERIFY(scalar(d, u"SELECT count(*) FROM search_index WHERE search_index MATCH 'ltd'"_s) >= customers);
    QVERIFY(scalar(d, u"SELECT count(*) FROM customers WHERE name LIKE '%有限公司' AND name_en LIKE '%Ltd.'"_s) ==
            customers);
}

} // namespace

class TestDemoGenerator final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void randomIsStableAndUuidsAreVersion4() {
        DemoRandom a(42), b(42), c(43);
        QCOMPARE(a.next(), b.next());
        QVERIFY(a.next() != c.next());
        // Pinned values: a change to the PRNG changes every demo database, which must be deliberate.
        DemoRandom pinned(1);
        QCOMPARE(pinned.next(), Q_UINT64_C(0xb3f2af6d0fc710c5));
        char uuid[37] = {};
        pinned.uuid(uuid);
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s)
                     .match(QString::fromLatin1(uuid))
                     .hasMatch(),
                 uuid);
        // Ordered ids keep the v4 layout and sort in the order they were drawn, even from a sequence near the
        // top of its 48 bits' first half.
        quint64 sequence = Q_UINT64_C(0x3fffffffff00);
        QByteArray previous;
        for (int i = 0; i < 1000; ++i) {
            pinned.uuid(uuid, sequence);
            QVERIFY2(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s)
                         .match(QString::fromLatin1(uuid))
                         .hasMatch(),
                     uuid);
            QVERIFY2(QByteArray(uuid) > previous, uuid);
            previous = uuid;
        }
        int histogram[4] = {};
        for (int i = 0; i < 40000; ++i)
            ++histogram[pinned.below(4)];
        for (int h : histogram)
            QVERIFY2(h > 9500 && h < 10500, qPrintable(QString::number(h)));
        double sum = 0, squares = 0;
        for (int i = 0; i < 40000; ++i) {
            const double x = pinned.normal();
            sum += x;
            squares += x * x;
        }
        QVERIFY(qAbs(sum / 40000) < 0.03);
        QVERIFY(qAbs(squares / 40000 - 1.0) < 0.05);
    }

    void sameSeedGivesIdenticalBytes() {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.db"_s), b = dir.filePath(u"b.db"_s), c = dir.filePath(u"c.db"_s);
        const DemoSummary sa = generateInto(a, 300, 7);
        const DemoSummary sb = generateInto(b, 300, 7);
        generateInto(c, 300, 8);
        QCOMPARE(sa.rows, sb.rows);
        QVERIFY(!QFile::exists(a + u"-wal"_s));
        const QByteArray ha = fileHash(a);
        QVERIFY(!ha.isEmpty());
        QCOMPARE(ha, fileHash(b));
        QVERIFY(ha != fileHash(c));
        // Another day ends the history elsewhere: different data from the same seed.
        const QString d = dir.filePath(u"d.db"_s);
        generateInto(d, 300, 7, kToday.addDays(1));
        QVERIFY(ha != fileHash(d));
        // The search index's scratch files are gone.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{u"a.db"_s, u"b.db"_s, u"c.db"_s, u"d.db"_s}));
    }

    // The demo lives on the organisation's clock: it records its "now" (18:00 on its last day in Shanghai) so
    // that reads default to it, every visit falls in working hours on a weekday there, and nothing happened after
    // that "now" (a report read as of it must not see future visits or orders).
    void stampsFollowTheOrganisationsClock() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.db"_s);
        const DemoSummary summary = generateInto(path, 300, 7);
        const QDateTime now = QDateTime(kToday, QTime(18, 0), QTimeZone("Asia/Shanghai")).toUTC();
        QCOMPARE(summary.now, now);
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(SettingsStore(**db).value(Settings::demoNow), now.toString(Qt::ISODate));
        QCOMPARE(ReplicaClock(**db, ReplicaClock::Mode::Fixed).now(), now);

        const Database& d = **db;
        const qint64 secs = now.toSecsSinceEpoch();
        for (const QString& stamp :
             {u"visits.visited_at"_s, u"orders.ordered_at"_s, u"stage_history.entered_at"_s, u"stage_history.left_at"_s,
              u"opportunities.created_at"_s, u"service_tickets.opened_at"_s, u"checklists.ticked_at"_s,
              u"tasks.done_at"_s, u"customers.created_at"_s}) {
            const QStringList tc = stamp.split(u'.');
            QVERIFY2(scalar(d, u"SELECT count(*) FROM %1"_s.arg(tc.at(0))) > 0, qPrintable(stamp));
            QCOMPARE(scalar(d, u"SELECT count(*) FROM %1 WHERE %2 > %3"_s.arg(tc.at(0), tc.at(1)).arg(secs)), 0);
        }
        // Shanghai is UTC+8 all year: 09:00–18:00 there is 01:00–10:00 UTC, Monday to Friday.
        QCOMPARE(scalar(d, u"SELECT count(*) FROM visits WHERE (visited_at + 8 * 3600) % 86400 NOT BETWEEN 9 * 3600 "
                           "AND 18 * 3600 OR strftime('%w', visited_at + 8 * 3600, 'unixepoch') IN ('0', '6')"_s),
                 0);
    }

    // The tier every screen shows is the effective one (an admin's pin, else the value score's), and the method's
    // visit cadence follows it: A weekly, B fortnightly, C monthly from the latest visit (or, never visited, from
    // the customer's creation), each visit-due task made three days before it falls due (docs/sales-method.md
    // rule 2). A fresh demo is scored at its own clock and holds exactly those tasks, computed here a second way in
    // plain SQL, and the method routines run at that clock make no more.
    void visitDueTasksFollowTheEffectiveTier() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.db"_s);
        const DemoSummary summary = generateInto(path, 3000, 11);
        auto db = Database::open(path);
        QVERIFY(db);
        Database& d = **db;
        const qint64 now = summary.now.toSecsSinceEpoch();
        QCOMPARE(scalar(d, u"SELECT count(*) FROM customers c LEFT JOIN customer_scores s ON s.customer_id = c.id "
                           "WHERE s.tier IS NULL OR s.computed_at <> %1"_s.arg(now)),
                 0);
        const QString openTierTasks = u"FROM tasks t JOIN customers c ON c.id = t.customer_id LEFT JOIN "
                                      "customer_scores s ON s.customer_id = c.id WHERE t.source = 'tier' AND "
                                      "t.done_at IS NULL AND t.deleted = 0"_s;
        // Their titles name the tier (the cadence rules' names: "A 类客户：每周拜访" …).
        QCOMPARE(scalar(d, u"SELECT count(*) %1 AND substr(t.title, 1, 1) IS NOT %2"_s.arg(openTierTasks,
                                                                                           CustomerTier::sql())),
                 0);
        // Shanghai is UTC+8 all year: a task's day in its key is the organisation's.
        const QStringList expected = column(
            d, u"WITH e AS (SELECT c.id, %1 AS tier, COALESCE((SELECT max(v.visited_at) FROM visits v WHERE "
               "v.customer_id = c.id AND v.deleted = 0), c.created_at) AS since FROM customers c LEFT JOIN "
               "customer_scores s ON s.customer_id = c.id WHERE c.deleted = 0), due AS (SELECT id, tier, since + "
               "86400 * CASE tier WHEN 'A' THEN 7 WHEN 'B' THEN 14 ELSE 30 END AS at FROM e WHERE tier IN ('A', "
               "'B', 'C')) SELECT tier || ' ' || id || ' ' || at || ' tier:' || id || ':' || date(at + 8 * 3600, "
               "'unixepoch') FROM due WHERE at <= %2 ORDER BY 1"_s.arg(CustomerTier::sql())
                   .arg(now + qint64(3) * 86400));
        const QStringList actual =
            column(d, u"SELECT substr(t.title, 1, 1) || ' ' || t.customer_id || ' ' || t.due_at || ' ' || "
                      "t.source_key %1 ORDER BY 1"_s.arg(openTierTasks));
        QVERIFY(expected.size() > 300);
        for (const QString& tier : {u"A "_s, u"B "_s, u"C "_s})
            QVERIFY2(!expected.filter(QRegularExpression(u"^"_s + tier)).isEmpty(), qPrintable(tier));
        QCOMPARE(actual, expected);

        // The routines evaluate the same rules at the demo's clock: nothing new for anyone, nor for a signed-in rep.
        const FixedClock clock(summary.now);
        Result<RuleEvaluation> evaluation = RuleEngine::evaluate(d, AnalyticsFilter{}, clock);
        VERIFY_OK(evaluation);
        RuleEvaluation visitDue = *evaluation;
        qsizetype dueTasks = 0;
        for (RuleMatch& m : visitDue.matches) {
            m.tasks.removeIf([](const RuleTask& t) { return t.source != u"tier"_s; });
            dueTasks += m.tasks.size();
        }
        QCOMPARE(dueTasks, expected.size());
        EntityStore store(d, clock);
        Result<int> made = RuleEngine::apply(store, visitDue);
        VERIFY_OK(made);
        QCOMPARE(*made, 0);
        const QString rep = column(d, u"SELECT id FROM reps WHERE email = 'rep001@demo.stride.example'"_s).value(0);
        QVERIFY(ReplicaUserStore::save(d, {u"rep001@demo.stride.example"_s, u"rep"_s, rep, QString()}));
        const QString tierTasks = u"SELECT count(*) FROM tasks WHERE source = 'tier'"_s;
        const qint64 before = scalar(d, tierTasks);
        Result<RoutineReport> routines = MethodRoutines::run(store, clock);
        VERIFY_OK(routines);
        QCOMPARE(scalar(d, tierTasks), before);
    }

    void organisationScales_data() {
        QTest::addColumn<int>("customers");
        QTest::addColumn<int>("reps");
        QTest::addColumn<int>("teams");
        QTest::newRow("one customer") << 1 << 1 << 1;
        QTest::newRow("160 customers: two reps") << 160 << 2 << 1;
        QTest::newRow("1,500 customers: 18 reps in two teams") << 1500 << 18 << 2;
    }
    void organisationScales() {
        QFETCH(int, customers);
        QFETCH(int, reps);
        QFETCH(int, teams);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"org.db"_s);
        generateInto(path, customers, 1);
        auto db = Database::open(path);
        QVERIFY(db);
        const Database& d = **db;
        QCOMPARE(scalar(d, u"SELECT count(*) FROM customers"_s), customers);
        QCOMPARE(scalar(d, u"SELECT count(*) FROM reps WHERE role = 'rep'"_s), reps);
        QCOMPARE(scalar(d, u"SELECT count(*) FROM teams"_s), teams);
        QCOMPARE(scalar(d, u"SELECT count(*) FROM reps WHERE role = 'supervisor'"_s), teams);
        QCOMPARE(scalar(d, u"SELECT count(*) FROM reps WHERE role = 'director'"_s), 1);
        QCOMPARE(scalar(d, u"SELECT count(*) FROM reps WHERE role = 'admin'"_s), 1);
        QCOMPARE(column(d, u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
        QCOMPARE(column(d, u"PRAGMA foreign_key_check"_s), QStringList());
    }

    void sanity_data() {
        QTest::addColumn<int>("customers");
        QTest::newRow("300 customers") << 300;
        QTest::newRow("3,000 customers (default)") << 3000;
    }
    void sanity() {
        QFETCH(int, customers);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.db"_s);
        int lastProgress = -1;
        bool monotonic = true;
        DemoSummary summary;
        {
            auto db = Database::open(path);
            QVERIFY(db);
            DemoOptions options;
            options.customers = customers;
            options.today = kToday;
            options.progress = [&](int p) {
                monotonic = monotonic && p > lastProgress;
                lastProgress = p;
            };
            Result<DemoSummary> r = DemoGenerator::generate(**db, options);
            VERIFY_OK(r);
            summary = *r;
            // The bulk load's journal mode and cache are undone.
            QCOMPARE(column(**db, u"PRAGMA journal_mode"_s), QStringList{u"wal"_s});
            QCOMPARE(column(**db, u"PRAGMA cache_size"_s), QStringList{u"-32000"_s});
        }
        QVERIFY(monotonic);
        QCOMPARE(lastProgress, 100);

        auto db = Database::open(path);
        QVERIFY(db);
        const Database& d = **db;
        QCOMPARE(column(d, u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
        QCOMPARE(column(d, u"PRAGMA foreign_key_check"_s), QStringList());

        checkSchemaAndIds(**db, dir, summary);
        if (QTest::currentTestFailed())
            return;
        checkSummaryAndOrganisation(d, summary, customers);
        if (QTest::currentTestFailed())
            return;
        checkOpportunities(d, customers);
        if (QTest::currentTestFailed())
            return;
        checkVisitsAndTasks(d, customers);
        if (QTest::currentTestFailed())
            return;
        checkCatalogueAndSearch(d, customers);
    }

    void cancelRollsEverythingBack_data() {
        QTest::addColumn<int>("pollsBeforeCancel");
        QTest::newRow("before the first customer") << 1;
        QTest::newRow("among the customers") << 40;
        // Polls after the per-customer ones come from SQLite's progress handler, inside the index builds and the
        // summary rebuild (a cancel while waiting for the search index: tst_demosearchwriter).
        QTest::newRow("inside a long statement") << -1;
    }

    void cancelRollsEverythingBack() {
        QFETCH(int, pollsBeforeCancel);
        QTemporaryDir dir;
        int polls = 0;
        DemoOptions options;
        options.customers = 120;
        options.today = kToday;
        if (pollsBeforeCancel == -1) {
            // One poll per customer, then the next ones come from SQLite's progress handler inside the index
            // builds and the summary rebuild.
            auto counting = Database::open(dir.filePath(u"counting.db"_s));
            QVERIFY(counting);
            options.cancelled = [&] { return ++polls < 0; };
            QVERIFY(DemoGenerator::generate(**counting, options));
            // (at least one more comes from waiting for the search index)
            QVERIFY2(polls > options.customers + 2, "too few polls came from inside a statement");
            pollsBeforeCancel = options.customers + 2;
            polls = 0;
        }
        const QString path = dir.filePath(u"cancel.db"_s);
        auto db = Database::open(path);
        QVERIFY(db);
        options.cancelled = [&] { return ++polls >= pollsBeforeCancel; };
        Result<DemoSummary> summary = DemoGenerator::generate(**db, options);
        QVERIFY2(polls >= pollsBeforeCancel, "the generator never asked whether it was cancelled");
        QVERIFY(!summary);
        QCOMPARE(summary.code(), ErrorCode::Cancelled);
        const Database& d = **db;
        QCOMPARE(scalar(d, u"SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM visits) + (SELECT "
                           "count(*) FROM search_index) + (SELECT count(*) FROM analytics_opportunity)"_s),
                 0);
        QCOMPARE(column(d, u"PRAGMA journal_mode"_s), QStringList{u"wal"_s});
        // The search index's scratch file is detached and removed.
        QCOMPARE(column(d, u"SELECT name FROM pragma_database_list ORDER BY seq"_s),
                 (QStringList{u"main"_s, u"temp"_s}));
        QCOMPARE(QDir(dir.path()).entryList({u".cancel.db.search-*"_s}, QDir::Files | QDir::Hidden), QStringList());
        // The connection is usable again, and a later run fills the replica as if nothing had happened.
        options.cancelled = {};
        QVERIFY(DemoGenerator::generate(**db, options));
        QCOMPARE(scalar(d, u"SELECT count(*) FROM customers"_s), 120);
        // The search index copied in behind this connection's back reads whole on the same connection.
        QVERIFY(d.execute(u"INSERT INTO search_index (search_index) VALUES ('integrity-check')"_s));
        QVERIFY(scalar(d, u"SELECT count(*) FROM search_index WHERE search_index MATCH '\"有限公司\"'"_s) >= 120);
    }

    void refusesBadInput() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"twice.db"_s);
        generateInto(path, 10, 1);
        auto db = Database::open(path);
        QVERIFY(db);
        DemoOptions options;
        options.customers = 10;
        Result<DemoSummary> again = DemoGenerator::generate(**db, options);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(u"already"_s), qPrintable(again.error()));
        options.customers = 0;
        QVERIFY(!DemoGenerator::generate(**db, options));
        options.customers = 200001;
        QVERIFY(!DemoGenerator::generate(**db, options));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
