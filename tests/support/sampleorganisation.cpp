#include "sampleorganisation.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Stride::Test {

namespace {

constexpr qint64 kDay = 86400;

struct SampleCustomer {
    const char16_t* id;
    const char16_t* owner;
    double orders; // total in the last weeks, in two orders (0: none)
    double satisfaction;
    double trial;
};

const SampleCustomer kCustomers[] = {
    {u"c-li-1", u"r-li", 5000, 90, 80},     {u"c-li-2", u"r-li", 120, 70, 50},     {u"c-li-3", u"r-li", 0, 60, 40},
    {u"c-li-4", u"r-li", 800, 85, 95},      {u"c-zh-1", u"r-zhang", 9000, 50, 30}, {u"c-zh-2", u"r-zhang", 120, 40, 20},
    {u"c-zh-3", u"r-zhang", 40000, 95, 90}, {u"c-zh-4", u"r-zhang", 650, 75, 60},  {u"c-ch-1", u"r-chen", 300, 65, 55},
    {u"c-ch-2", u"r-chen", 7000, 88, 70},   {u"c-ch-3", u"r-chen", 2500, 72, 66},  {u"c-ch-4", u"r-chen", 0, 55, 10},
};

} // namespace

bool SampleOrganisation::setUpPeople(ServerFixture& server) {
    QByteArray out;
    if (server.runServerTool({u"init"_s, u"--db"_s, server.dbUrl(), u"--name"_s, u"Acme"_s, u"--lang"_s, u"en"_s}, {},
                             &out) != 0) {
        qWarning() << "init failed:" << out;
        return false;
    }
    return server.addUser(kRep, u"rep"_s, u"t-east"_s, u"r-li"_s) &&
           server.addUser(u"zhang@acme.cn"_s, u"rep"_s, u"t-east"_s, u"r-zhang"_s) &&
           server.addUser(kSupervisor, u"supervisor"_s, u"t-east"_s, u"r-zhao"_s) &&
           server.addUser(kOtherRep, u"rep"_s, u"t-west"_s, u"r-chen"_s) &&
           server.addUser(kDirector, u"director"_s, {}, u"r-wang"_s);
}

QMap<QString, double> SampleOrganisation::purchaseTotals() {
    QMap<QString, double> totals;
    for (const SampleCustomer& c : kCustomers)
        totals.insert(QString::fromUtf16(c.id), c.orders);
    return totals;
}

namespace {

// The customers, and the orders of those that bought in the window.
void appendCustomers(QList<EntityWrite>& w, qint64 now) {
    for (const SampleCustomer& c : kCustomers) {
        const QString id = QString::fromUtf16(c.id);
        const QString owner = QString::fromUtf16(c.owner);
        w.append({u"customers"_s,
                  id,
                  {{u"name"_s, u"Customer "_s + id},
                   {u"owner_id"_s, owner},
                   {u"industry"_s, u"Education"_s},
                   {u"budget_band"_s, u"1M+"_s},
                   {u"decision_chain"_s, u"CTO decides"_s},
                   {u"satisfaction"_s, c.satisfaction},
                   {u"trial_participation"_s, c.trial},
                   {u"created_at"_s, now - 400 * kDay}}});
        if (c.orders > 0) {
            w.append({u"orders"_s,
                      id + u"-o1"_s,
                      {{u"customer_id"_s, id}, {u"ordered_at"_s, now - 20 * kDay}, {u"amount"_s, c.orders * 0.25}}});
            w.append({u"orders"_s,
                      id + u"-o2"_s,
                      {{u"customer_id"_s, id}, {u"ordered_at"_s, now - 3 * kDay}, {u"amount"_s, c.orders * 0.75}}});
        }
    }
}

// Won deals, the open deal to forecast and the stage entries that make standard actions due.
void appendDeals(QList<EntityWrite>& w, qint64 now) {
    // Won deals of one kind (industry, budget band, decision chain) across the three reps: days to signing.
    const struct {
        const char16_t *id, *customer, *owner;
        int days;
        int closedDaysAgo;
    } won[] = {{u"o-li-won", u"c-li-1", u"r-li", 30, 40},
               {u"o-zh-won1", u"c-zh-1", u"r-zhang", 45, 100},
               {u"o-zh-won2", u"c-zh-3", u"r-zhang", 60, 200},
               {u"o-ch-won1", u"c-ch-2", u"r-chen", 90, 300},
               {u"o-ch-won2", u"c-ch-3", u"r-chen", 20, 10}};
    for (const auto& o : won) {
        const qint64 closed = now - o.closedDaysAgo * kDay;
        w.append({u"opportunities"_s,
                  QString::fromUtf16(o.id),
                  {{u"customer_id"_s, QString::fromUtf16(o.customer)},
                   {u"owner_id"_s, QString::fromUtf16(o.owner)},
                   {u"title"_s, u"Deal "_s + QString::fromUtf16(o.id)},
                   {u"amount"_s, 100000.0},
                   {u"stage"_s, u"won"_s},
                   {u"stage_entered_at"_s, closed},
                   {u"industry"_s, u"Education"_s},
                   {u"budget_band"_s, u"1M+"_s},
                   {u"decision_chain"_s, u"CTO decides"_s},
                   {u"demand_stage"_s, u"budgeted"_s},
                   {u"created_at"_s, closed - o.days * kDay},
                   {u"closed_at"_s, closed}}});
    }
    w.append({u"opportunities"_s,
              SampleOrganisation::kForecastDeal,
              {{u"customer_id"_s, u"c-li-4"_s},
               {u"owner_id"_s, u"r-li"_s},
               {u"title"_s, u"Open deal of the same kind"_s},
               {u"amount"_s, 250000.0},
               {u"stage"_s, u"demo"_s},
               {u"stage_entered_at"_s, now - 5 * kDay},
               {u"expected_close"_s, now + 30 * kDay},
               {u"forecast"_s, 1},
               {u"industry"_s, u"Education"_s},
               {u"budget_band"_s, u"1M+"_s},
               {u"decision_chain"_s, u"CTO decides"_s},
               {u"demand_stage"_s, u"budgeted"_s},
               {u"created_at"_s, now - 20 * kDay}}});
    // Stage entries that make standard actions due (coverage), none of them done.
    const struct {
        const char16_t *id, *opportunity, *stage;
        int daysAgo;
    } history[] = {{u"h-li-contact", u"o-li-open", u"contact", 10},
                   {u"h-li-demo", u"o-li-open", u"demo", 5},
                   {u"h-zh-contact", u"o-zh-won1", u"contact", 145},
                   {u"h-ch-contact", u"o-ch-won2", u"contact", 30}};
    for (const auto& h : history) {
        w.append({u"stage_history"_s,
                  QString::fromUtf16(h.id),
                  {{u"opportunity_id"_s, QString::fromUtf16(h.opportunity)},
                   {u"stage"_s, QString::fromUtf16(h.stage)},
                   {u"entered_at"_s, now - h.daysAgo * kDay}}});
    }
}

void appendPayments(QList<EntityWrite>& w, qint64 now) {
    // Payment milestones of signed deals: the follow-up is due 15 days before each (a standard action per
    // milestone). Zhang's, unpaid, was never followed up; Li's, paid late, was, by its reminder task in time.
    w.append({u"payment_milestones"_s,
              u"pm-zh-1"_s,
              {{u"opportunity_id"_s, u"o-zh-won1"_s}, {u"due_at"_s, now - 40 * kDay}, {u"amount"_s, 50000.0}}});
    w.append({u"payment_milestones"_s,
              u"pm-li-1"_s,
              {{u"opportunity_id"_s, u"o-li-won"_s},
               {u"due_at"_s, now - 10 * kDay},
               {u"amount"_s, 40000.0},
               {u"paid_at"_s, now - 5 * kDay}}});
    w.append({u"tasks"_s,
              u"t-pay-li"_s,
              {{u"owner_id"_s, u"r-li"_s},
               {u"customer_id"_s, u"c-li-1"_s},
               {u"opportunity_id"_s, u"o-li-won"_s},
               {u"title"_s, u"Payment follow-up"_s},
               {u"due_at"_s, now - 25 * kDay},
               {u"source"_s, u"payment"_s},
               {u"source_key"_s, u"payment:pm-li-1"_s},
               {u"done_at"_s, now - 26 * kDay}}});
}

void appendVisits(QList<EntityWrite>& w, qint64 now, const QStringList& types) {
    // Visits with behaviour types, a few minutes ago (this week and this month).
    const struct {
        const char16_t *customer, *rep;
        int type;
    } visits[] = {{u"c-li-1", u"r-li", 0},    {u"c-li-2", u"r-li", 1},    {u"c-zh-1", u"r-zhang", 2},
                  {u"c-zh-2", u"r-zhang", 2}, {u"c-zh-3", u"r-zhang", 0}, {u"c-ch-1", u"r-chen", 1}};
    int n = 0;
    for (const auto& v : visits) {
        w.append({u"visits"_s,
                  u"v-%1"_s.arg(++n),
                  {{u"customer_id"_s, QString::fromUtf16(v.customer)},
                   {u"rep_id"_s, QString::fromUtf16(v.rep)},
                   {u"visited_at"_s, now - 120 - n},
                   {u"channel"_s, u"onsite"_s},
                   {u"duration_min"_s, 30},
                   {u"summary"_s, u"Visit"_s},
                   {u"no_action_reason"_s, u"test"_s},
                   {u"behaviour_type_id"_s, types.at(v.type)}}});
    }
}

} // namespace

Status SampleOrganisation::seed(EntityStore& director, qint64 now) {
    QStringList types;
    {
        QSqlQuery q = director.database().prepare(u"SELECT id FROM behaviour_types WHERE deleted = 0 ORDER BY id"_s);
        if (!q.exec())
            return fail(u"cannot read behaviour types"_s);
        while (q.next())
            types << q.value(0).toString();
    }
    if (types.size() < 3)
        return fail(u"the catalogue has %1 behaviour types"_s.arg(types.size()));

    QList<EntityWrite> w;
    appendCustomers(w, now);
    appendDeals(w, now);
    appendPayments(w, now);
    appendVisits(w, now, types);
    return director.apply(w);
}

bool SampleOrganisation::aggregatesCaughtUp(ServerFixture& server) {
    return server.count(u"SELECT count(*) FROM org_aggregates WHERE id = 'stamp' AND seq = (SELECT value FROM "
                        "sync_counter WHERE id = 1)"_s) == 1;
}

} // namespace Stride::Test
