#include "demorun.h"

#include <string>

#include "democatalog.h"
#include "demogenerator.h"
#include "demonames.h"
#include "domain/methoddefaults.h"
#include "storage/textsearch.h"

#include <QDate>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;
constexpr int kCustomersPerRep = 80;
constexpr int kRepsPerTeam = 12;

const char* const kTableNames[] = {"teams",
                                   "reps",
                                   "customers",
                                   "contacts",
                                   "visits",
                                   "opportunities",
                                   "stage_history",
                                   "orders",
                                   "service_tickets",
                                   "tasks",
                                   "checklists",
                                   "rules",
                                   "behaviour_types",
                                   "standard_actions",
                                   "insights",
                                   "forecast_signals",
                                   "payment_milestones",
                                   "org_policy"};

const char* const kColumns[] = {
    "id,updated_at,name,region,supervisor_id",
    "id,updated_at,name,name_en,role,team_id,supervisor_id,hire_date,email,active",
    "id,updated_at,name,name_en,industry,size_band,region,address,owner_id,tier,budget_band,decision_chain,"
    "demand_stage,tags,satisfaction,trial_participation,created_at",
    "id,updated_at,customer_id,name,title,phone,email,chain_role",
    "id,updated_at,customer_id,rep_id,contact_id,visited_at,channel,duration_min,address,summary,outcome,"
    "competitor_notes,next_action,next_action_due,no_action_reason,behaviour_type_id,insight",
    "id,updated_at,customer_id,owner_id,title,amount,stage,stage_entered_at,expected_close,forecast,lost_reason,"
    "industry,budget_band,decision_chain,demand_stage,auto_tag,created_at,closed_at",
    "id,updated_at,opportunity_id,stage,entered_at,left_at,by_rep_id",
    "id,updated_at,customer_id,ordered_at,amount",
    "id,updated_at,customer_id,subject,opened_at,first_response_at,closed_at,satisfaction",
    "id,updated_at,owner_id,customer_id,opportunity_id,title,due_at,source,source_key,done_at",
    "id,updated_at,rep_id,day,customer1_id,customer2_id,customer3_id,ticked_at",
    "id,updated_at,name,condition_json,action_json,active,name_zh",
    "id,updated_at,code,name,name_zh,category,points",
    "id,updated_at,name,name_zh,trigger_stage,action_code,deadline_hours,active",
    "id,updated_at,visit_id,rep_id,customer_id,text,industry,objection_type,status,approved_by,approved_at,"
    "created_at",
    "id,updated_at,opportunity_id,kind,noted_at,note",
    "id,updated_at,opportunity_id,due_at,amount,paid_at",
    "id,updated_at,key,value,updated_by",
};

// The six stages in order, then lost; per stage: how long a deal usually stays and how often it moves on.
const char* const kStages[] = {"lead", "contact", "needs", "demo", "objection", "won", "lost"};
constexpr int kWon = 5;
constexpr int kLost = 6;
const int kDwellMin[] = {1, 2, 4, 3, 5};
const int kDwellMax[] = {6, 12, 20, 18, 25};
const double kConversion[] = {0.85, 0.72, 0.66, 0.72, 0.6};

const char* const kTierNames[] = {"A", "B", "C"};
const char* const kChannels[] = {"onsite", "phone", "video", "chat"};
const char* const kChannelOpeners[] = {"上门拜访，", "电话沟通，", "视频会议，", "微信沟通，"};

int tierIndex(char tier) {
    return tier == 'A' ? 0 : tier == 'B' ? 1 : 2;
}

double roundTo(double value, double unit) {
    return double(qint64(value / unit + 0.5)) * unit;
}

double clamp100(double v) {
    return v < 0 ? 0 : v > 100 ? 100 : v;
}

void appendNumber(std::string& out, qint64 n) {
    char buf[24];
    int len = 0;
    do {
        buf[len++] = char('0' + n % 10);
        n /= 10;
    } while (n);
    while (len)
        out += buf[--len];
}

void appendPadded(std::string& out, int n, int width) {
    std::string digits;
    appendNumber(digits, n);
    for (int i = int(digits.size()); i < width; ++i)
        out += '0';
    out += digits;
}

} // namespace

DemoRun::DemoRun(sqlite3* db, const DemoOptions& options, DemoSearchWriter& search)
    : m_db(db)
    , m_options(options)
    , m_random(options.seed)
    , m_followUps(options.seed ^ 0x9a7f011eULL)
    , m_search(search) {
    const QDate today = options.today;
    m_today = today.toJulianDay() - 2440588; // 1970-01-01
    m_zone = DemoGenerator::timeZone();
    m_now = DemoGenerator::nowOf(today).toSecsSinceEpoch();
    m_start = (m_today - 365) * kDay;
    // Each table's ids start somewhere else in the 48-bit space (from a stream of their own, so the data
    // drawn from m_random does not depend on it), leaving room for millions of ids of at most 4096 apart.
    for (int t = 0; t < TableCount; ++t)
        m_idSequence[size_t(t)] = DemoRandom(options.seed ^ (0x1d5ULL << 20 | quint64(t))).next() >> 18;
}

QMap<QString, qint64> DemoRun::rowCounts() const {
    QMap<QString, qint64> rows;
    for (int t = 0; t < TableCount; ++t)
        rows.insert(QString::fromLatin1(kTableNames[t]), m_st[size_t(t)].rows());
    return rows;
}

QStringList DemoRun::tables() {
    QStringList names;
    for (const char* name : kTableNames)
        names << QString::fromLatin1(name);
    return names;
}

Status DemoRun::run() {
    if (Status s = prepareStatements(); !s)
        return s;
    progress(0);
    bool ok = writeCatalogue() && writeOrganisation() && writeCustomers() && writeContacts();
    const int n = int(m_customers.size());
    for (int c = 0; ok && c < n; ++c) {
        if (m_options.cancelled && m_options.cancelled()) {
            m_error = DemoGenerator::cancelledMessage();
            return Stride::fail(m_error);
        }
        ok = writeHistory(c);
        progress(10 + int(qint64(c) * 80 / n));
    }
    ok = ok && writeInsights() && writeOnboardingTasks();
    progress(92);
    ok = ok && writeChecklists();
    if (!ok)
        return Stride::fail(m_error);
    return {};
}

Status DemoRun::prepareStatements() {
    for (int t = 0; t < TableCount; ++t) {
        if (Status s = m_st[size_t(t)].prepare(m_db, kTableNames[t], kColumns[t]); !s)
            return s;
    }
    return {};
}

bool DemoRun::index(int code, const char* kind, const Id& ref, const Id& customer) {
    if (m_search.add(TextSearch::indexRowid(code, sqlite3_last_insert_rowid(m_db)), m_title.text(), m_body.text(), kind,
                     ref.s, customer.s))
        return true;
    m_error = u"writing demo data failed in the search index: %1"_s.arg(m_search.error());
    return false;
}

bool DemoRun::fail(Table table) {
    m_error = u"writing demo data failed in %1"_s.arg(m_st[size_t(table)].error());
    return false;
}

DemoRun::Id DemoRun::newId(Table table) {
    Id id;
    m_random.uuid(id.s, m_idSequence[size_t(table)]);
    return id;
}

qint64 DemoRun::workTime(qint64 secs) {
    qint64 day = secs / kDay;
    const int weekday = int((day + 3) % 7); // 0 = Monday (1970-01-01 was a Thursday)
    if (weekday == 5)
        day -= 1;
    else if (weekday == 6)
        day += 1;
    // 09:00–18:00 on the organisation's clock (in China, UTC+8: 01:00–10:00 UTC). A time past the demo's "now" is
    // the caller's to drop: loops walk forward until they pass it.
    return day * kDay + 9 * kHour - zoneOffset(day) + qint64(m_random.below(9 * 3600));
}

qint64 DemoRun::zoneOffset(qint64 epochDay) {
    auto it = m_zoneOffsets.find(epochDay);
    if (it == m_zoneOffsets.end()) {
        const QDateTime noon = QDateTime::fromSecsSinceEpoch(epochDay * kDay + 12 * kHour, Qt::UTC);
        it = m_zoneOffsets.emplace(epochDay, qint64(m_zone.offsetFromUtc(noon))).first;
    }
    return it->second;
}

const std::string& DemoRun::dayText(qint64 epochDay) {
    const qint64 first = m_today - 400;
    if (m_days.empty()) {
        m_days.reserve(401);
        for (qint64 d = first; d <= m_today; ++d)
            m_days.push_back(QDate::fromJulianDay(d + 2440588).toString(Qt::ISODate).toStdString());
    }
    return m_days[size_t(std::clamp<qint64>(epochDay - first, 0, 400))];
}

void DemoRun::progress(int percent) {
    if (percent == m_lastPercent || !m_options.progress)
        return;
    m_lastPercent = percent;
    m_options.progress(percent);
}

// The organisation's reference rows are the method's defaults with their fixed ids (MethodDefaults). The ids the
// generator drew for them before are still drawn, and dropped, so that every other row stays as it was.
bool DemoRun::writeCatalogue() {
    const qint64 at = m_start - 30 * kDay;
    DemoStatement& bt = m_st[BehaviourTypes];
    const auto& weights = DemoCatalog::behaviourWeights();
    for (const MethodDefaults::BehaviourType& t : MethodDefaults::behaviourTypes()) {
        (void)newId(BehaviourTypes);
        const auto weight = std::find_if(weights.cbegin(), weights.cend(), [&t](const DemoBehaviourWeight& w) {
            return std::strcmp(w.code, t.code) == 0;
        });
        m_behaviourTypes.push_back(t.id);
        m_typeWeights.push_back(weight == weights.cend() ? 1 : weight->weight);
        bt.text(t.id).integer(at).text(t.code).text(t.name).text(t.nameZh);
        if (!bt.text(t.category).integer(t.points).insert())
            return fail(BehaviourTypes);
    }
    DemoStatement& sa = m_st[StandardActions];
    for (const MethodDefaults::StandardAction& a : MethodDefaults::standardActions()) {
        (void)newId(StandardActions);
        sa.text(a.id).integer(at).text(a.name).text(a.nameZh).text(a.triggerStage).text(a.actionCode);
        if (!sa.integer(a.deadlineHours).integer(1).insert())
            return fail(StandardActions);
    }
    DemoStatement& ru = m_st[Rules];
    for (const MethodDefaults::Rule& r : MethodDefaults::rules()) {
        (void)newId(Rules);
        ru.text(r.id).integer(at).text(r.name).text(r.conditionJson).text(r.actionJson);
        if (!ru.integer(1).text(r.nameZh).insert())
            return fail(Rules);
    }
    DemoStatement& po = m_st[OrgPolicyRows];
    OrgPolicy policy = OrgPolicy::defaults(u"zh_CN"_s);
    policy.name = u"Stride 演示公司"_s;
    for (const MethodDefaults::Row& row : MethodDefaults::policyRows(policy, u"admin@demo.stride.example"_s)) {
        const std::string id = row.id.toStdString();
        const std::string value = row.fields.value(u"value"_s).toString().toStdString();
        const std::string by = row.fields.value(u"updated_by"_s).toString().toStdString();
        if (!po.text(id).integer(at).text(id).text(value).text(by).insert())
            return fail(OrgPolicyRows);
    }
    return true;
}

bool DemoRun::writeOrganisation() {
    const int customers = m_options.customers;
    const int reps = std::max(1, customers / kCustomersPerRep);
    const int teams = std::max(1, (reps + kRepsPerTeam / 2) / kRepsPerTeam);
    const auto& regions = DemoCatalog::regions();

    // director, admin, one supervisor per team, then the reps.
    m_reps.resize(size_t(2 + teams + reps));
    m_director = 0;
    m_firstRep = 2 + teams;
    for (Rep& r : m_reps)
        r.id = newId(Reps);
    m_teams.resize(size_t(teams));
    for (int t = 0; t < teams; ++t) {
        m_teams[size_t(t)].id = newId(Teams);
        m_teams[size_t(t)].region = t % int(regions.size());
        m_teams[size_t(t)].supervisor = 2 + t;
        m_reps[size_t(2 + t)].team = t;
        m_reps[size_t(2 + t)].supervisor = m_director;
    }
    for (int r = 0; r < reps; ++r) {
        Rep& rep = m_reps[size_t(m_firstRep + r)];
        rep.team = r % teams;
        rep.supervisor = m_teams[size_t(rep.team)].supervisor;
        rep.skipRate = m_random.uniform(0.02, 0.25);
        // Most reps are green or yellow on key actions; about one in twelve is red (keyed: no main-stream draw).
        const double d = keyed(quint64(m_firstRep + r), 0, 0);
        rep.diligence = d < 0.08 ? 0.05 + 2.5 * d : 0.4 + 0.5 * keyed(quint64(m_firstRep + r), 0, 1);
        // The newest rep joined three weeks ago and gets the first-month task flow.
        const bool newcomer = (r == reps - 1 && reps >= 3) || m_random.chance(0.03);
        rep.hired = (m_today - (newcomer ? m_random.range(10, 40) : m_random.range(90, 2900))) * kDay;
    }
    m_reps[0].hired = (m_today - 3650) * kDay;
    m_reps[1].hired = (m_today - 2000) * kDay;
    for (int t = 0; t < teams; ++t)
        m_reps[size_t(2 + t)].hired = (m_today - m_random.range(800, 3200)) * kDay;

    DemoStatement& ts = m_st[Teams];
    for (int t = 0; t < teams; ++t) {
        const Team& team = m_teams[size_t(t)];
        std::string name = regions[size_t(team.region)].zh;
        name += "销售";
        appendNumber(name, t / int(regions.size()) + 1);
        name += "组";
        ts.text(team.id.s, 36).integer(m_reps[size_t(team.supervisor)].hired).text(name);
        if (!ts.text(regions[size_t(team.region)].zh).text(m_reps[size_t(team.supervisor)].id.s, 36).insert())
            return fail(Teams);
    }

    DemoStatement& rs = m_st[Reps];
    for (int i = 0; i < int(m_reps.size()); ++i) {
        const Rep& rep = m_reps[size_t(i)];
        const DemoPerson person = DemoNames::person(m_random);
        std::string email;
        const char* role = "rep";
        if (i == 0) {
            role = "director";
            email = "director";
        } else if (i == 1) {
            role = "admin";
            email = "admin";
        } else if (i < m_firstRep) {
            role = "supervisor";
            email = "supervisor";
            appendNumber(email, i - 1);
        } else {
            email = "rep";
            appendPadded(email, i - m_firstRep + 1, 3);
        }
        email += "@demo.stride.example";
        rs.text(rep.id.s, 36).integer(rep.hired).text(person.zh).text(person.en).text(role);
        if (rep.team >= 0)
            rs.text(m_teams[size_t(rep.team)].id.s, 36);
        else
            rs.null();
        if (rep.supervisor >= 0)
            rs.text(m_reps[size_t(rep.supervisor)].id.s, 36);
        else
            rs.null();
        if (!rs.integer(rep.hired).text(email).integer(1).insert())
            return fail(Reps);
    }
    return true;
}

bool DemoRun::writeCustomers() {
    const int n = m_options.customers;
    const auto& regions = DemoCatalog::regions();
    const auto& industries = DemoCatalog::industries();
    const auto& budgets = DemoCatalog::budgetBands();
    static const int tierWeights[] = {15, 35, 50};
    static const int industryWeights[] = {22, 14, 9, 8, 10, 9, 12, 9, 7};
    static const int sizeWeights[3][4] = {{5, 20, 40, 35}, {15, 40, 35, 10}, {40, 40, 17, 3}};
    static const int chainWeights[4][5] = {
        {70, 10, 5, 15, 0}, {35, 25, 15, 20, 5}, {10, 30, 30, 15, 15}, {2, 20, 40, 8, 30}};
    static const double orderBase[] = {4000, 12000, 35000, 90000};
    static const double tierFactor[] = {2.0, 1.0, 0.6};
    static const double cycleLow[] = {12, 25, 40};
    static const double cycleHigh[] = {35, 60, 120};

    // Ids are drawn before everything else about the customers, as they were when they had to be sorted.
    std::vector<Id> ids(static_cast<size_t>(n));
    for (Id& id : ids)
        id = newId(Customers);

    const int firstRep = m_firstRep;
    const int reps = int(m_reps.size()) - firstRep;
    m_customers.resize(size_t(n));
    DemoStatement& st = m_st[Customers];
    for (int i = 0; i < n; ++i) {
        Customer& c = m_customers[size_t(i)];
        c.id = ids[size_t(i)];
        c.owner = firstRep + int(m_random.below(quint32(reps)));
        m_reps[size_t(c.owner)].customers.push_back(i);
        const int tier = int(m_random.weighted(tierWeights, 3));
        c.tier = kTierNames[tier][0];
        c.industry = quint8(m_random.weighted(industryWeights, 9));
        c.region = quint8(m_random.chance(0.9) ? m_teams[size_t(m_reps[size_t(c.owner)].team)].region
                                               : int(m_random.below(quint32(regions.size()))));
        const DemoRegion& region = regions[size_t(c.region)];
        c.city = quint8(m_random.below(quint32(region.cities.size())));
        c.size = quint8(m_random.weighted(sizeWeights[tier], 4));
        c.budget = quint8(std::clamp(int(c.size) + m_random.range(-1, 1), 0, 3));
        c.chain = quint8(m_random.weighted(chainWeights[c.size], 5));
        c.demand = quint8(m_random.below(quint32(DemoCatalog::demandStages().size())));
        c.created = m_random.chance(0.85) ? m_start - qint64(m_random.range(30, 2500)) * kDay
                                          : m_start + qint64(m_random.range(0, 330)) * kDay;
        c.created = workTime(c.created);
        c.cycleDays = m_random.uniform(cycleLow[tier], cycleHigh[tier]);
        c.orderAmount = orderBase[c.size] * tierFactor[tier] * m_random.uniform(0.6, 1.4);
        if (m_random.chance(0.07)) // lapsed: stopped ordering some time ago
            c.churnAt = std::max(c.created, m_start) + qint64(m_random.range(60, 300)) * kDay;
        if (c.churnAt >= m_now - 45 * kDay)
            c.churnAt = 0;

        const DemoIndustry& industry = industries[c.industry];
        const DemoCity& city = region.cities[c.city];
        DemoCompany company = DemoNames::company(m_random, city, industry);
        c.brand.assign(company.zh, std::strlen(city.zh), 6);
        c.domain = std::move(company.domain);
        c.address = DemoNames::address(m_random, city);
        std::string tags = industry.label;
        tags += " · ";
        tags += budgets[c.budget].label;
        tags += " · ";
        tags += DemoCatalog::decisionChains()[c.chain];
        if (tier == 0)
            tags += " · key account";
        if (c.churnAt)
            tags += " · lapsed";
        static const double satisfactionMean[] = {82, 72, 63};
        static const double trialMean[] = {55, 35, 15};
        const double satisfaction = roundTo(clamp100(satisfactionMean[tier] + 11 * m_random.normal()), 1);
        const double trial =
            m_random.chance(0.25) ? 0.0 : roundTo(clamp100(trialMean[tier] + 20 * m_random.normal()), 1);

        st.text(c.id.s, 36).integer(c.created).text(company.zh).text(company.en).text(industry.code);
        st.text(DemoCatalog::sizeBands()[c.size]).text(region.zh).text(c.address);
        st.text(m_reps[size_t(c.owner)].id.s, 36);
        // The tier shown is the value score's; customers.tier is an admin's pin, set by hand for a handful of key
        // accounts only (1 in 40 of tier A, without drawing a random number: the rest of the demo stays the same).
        if (tier == 0 && i % 40 == 0)
            st.text(kTierNames[tier], 1);
        else
            st.null();
        st.text(budgets[c.budget].label);
        st.text(DemoCatalog::decisionChains()[c.chain]).text(DemoCatalog::demandStages()[c.demand]).text(tags);
        if (!st.real(satisfaction).real(trial).integer(c.created).insert())
            return fail(Customers);
        m_title.clear();
        m_title.add(company.zh);
        m_title.add(company.en);
        m_body.clear();
        m_body.add(c.address);
        m_body.add(industry.code);
        m_body.add(tags);
        if (!index(1, "customer", c.id, c.id))
            return false;
        if (i % 1024 == 0)
            progress(int(qint64(i) * 5 / n));
    }
    return true;
}

bool DemoRun::writeContacts() {
    const auto& roles = DemoCatalog::contactRoles();
    static const int countWeights[] = {20, 35, 30, 15};
    DemoStatement& st = m_st[Contacts];
    const int n = int(m_customers.size());
    m_contacts.reserve(size_t(n) * 5 / 2);
    for (int i = 0; i < n; ++i) {
        Customer& c = m_customers[size_t(i)];
        c.firstContact = int(m_contacts.size());
        c.contacts = 1 + int(m_random.weighted(countWeights, 4));
        // The first contact is whoever decides; small companies are run by their owner.
        int role = c.chain == 0 ? 0 : c.chain == 1 ? 2 : c.chain == 2 ? 3 : 5;
        for (int k = 0; k < c.contacts; ++k) {
            m_contacts.push_back(newId(Contacts));
            const DemoPerson person = DemoNames::person(m_random);
            const std::string phone = DemoNames::mobile(m_random);
            std::string email = person.emailId;
            email += '@';
            email += c.domain;
            const qint64 at = c.created + qint64(m_random.range(0, 200)) * kDay;
            st.text(m_contacts.back().s, 36).integer(std::min(at, m_now)).text(c.id.s, 36).text(person.zh);
            if (!st.text(roles[size_t(role)].title)
                     .text(phone)
                     .text(email)
                     .text(roles[size_t(role)].chainRole)
                     .insert())
                return fail(Contacts);
            m_title.clear();
            m_title.add(person.zh);
            m_body.clear();
            m_body.add(roles[size_t(role)].title);
            m_body.add(phone);
            m_body.add(email);
            if (!index(2, "contact", m_contacts.back(), c.id))
                return false;
            role = int(m_random.below(quint32(roles.size())));
        }
        if (i % 1024 == 0)
            progress(5 + int(qint64(i) * 5 / n));
    }
    return true;
}

bool DemoRun::writeHistory(int customer) {
    double annual = 0;
    return writeOrders(customer, annual) && writeVisits(customer) && writeTickets(customer) &&
           writeOpportunities(customer) && writeRuleTasks(customer, annual);
}

bool DemoRun::writeOrders(int customer, double& annualAmount) {
    const Customer& c = m_customers[size_t(customer)];
    DemoStatement& st = m_st[Orders];
    const qint64 from = std::max(m_start, c.created);
    const qint64 until = c.churnAt ? c.churnAt : m_now;
    double t = double(from) + m_random.uniform() * c.cycleDays * kDay;
    while (qint64(t) < until) {
        const qint64 at = workTime(qint64(t));
        if (at > m_now)
            break;
        const double amount = roundTo(c.orderAmount * m_random.uniform(0.55, 1.45), 10);
        annualAmount += amount;
        const Id id = newId(Orders);
        if (!st.text(id.s, 36).integer(at).text(c.id.s, 36).integer(at).real(amount).insert())
            return fail(Orders);
        // Purchase cycles are noisy: ±25 % around the customer's own mean, never under three days.
        t += std::max(3.0, c.cycleDays * (1.0 + 0.25 * m_random.normal())) * kDay;
    }
    return true;
}

bool DemoRun::writeVisits(int customer) {
    const Customer& c = m_customers[size_t(customer)];
    const Rep& rep = m_reps[size_t(c.owner)];
    const auto& topics = DemoCatalog::visitTopics();
    const auto& details = DemoCatalog::visitDetails();
    const auto& outcomes = DemoCatalog::outcomes();
    const auto& competitors = DemoCatalog::competitors();
    const auto& notes = DemoCatalog::competitorNotes();
    const auto& actions = DemoCatalog::nextActions();
    const auto& reasons = DemoCatalog::noActionReasons();
    const auto& insights = DemoCatalog::insights();
    static const int channelWeights[3][4] = {{55, 20, 15, 10}, {42, 28, 15, 15}, {30, 35, 15, 20}};
    static const int durationMin[] = {30, 5, 20, 5};
    static const int durationMax[] = {120, 30, 60, 20};
    static const double interval[] = {7, 14, 30};
    const int tier = tierIndex(c.tier);

    // Some customers get less attention than their tier asks for; lapsed ones are visited a third as often.
    const double laxity = m_random.chance(0.12) ? m_random.uniform(1.3, 2.0) : 1.0;
    DemoStatement& st = m_st[Visits];
    const qint64 from = std::max({m_start, c.created, rep.hired - 30 * kDay});
    double t = double(from) + m_random.uniform() * interval[tier] * kDay;
    qint64 lastVisit = 0;
    std::string summary, competitor, nextTitle;
    Id lastId{};
    qint64 lastDue = 0;
    const char* lastAction = nullptr;
    while (true) {
        const qint64 at = workTime(qint64(t));
        if (at > m_now)
            break;
        const Id id = newId(Visits);
        const int channel = int(m_random.weighted(channelWeights[tier], 4));
        summary = kChannelOpeners[channel];
        summary += topics[m_random.below(quint32(topics.size()))];
        summary += "，";
        summary += details[m_random.below(quint32(details.size()))];
        summary += "。";
        competitor.clear();
        if (m_random.chance(0.1)) {
            competitor = competitors[m_random.below(quint32(competitors.size()))];
            competitor += notes[m_random.below(quint32(notes.size()))];
        }
        const int contact = c.firstContact + int(m_random.below(quint32(c.contacts)));
        st.text(id.s, 36).integer(at).text(c.id.s, 36).text(rep.id.s, 36);
        if (channel == 3 && m_random.chance(0.3))
            st.null();
        else
            st.text(m_contacts[size_t(contact)].s, 36);
        st.integer(at).text(kChannels[channel]).integer(m_random.range(durationMin[channel], durationMax[channel]));
        if (channel == 0)
            st.text(c.address);
        else
            st.null();
        const char* outcome = outcomes[m_random.below(quint32(outcomes.size()))];
        st.text(summary).text(outcome);
        if (competitor.empty())
            st.null();
        else
            st.text(competitor);
        const char* action = nullptr;
        qint64 due = 0;
        if (m_random.chance(0.9)) {
            action = actions[m_random.below(quint32(actions.size()))];
            due = at + qint64(m_random.range(1, 10)) * kDay;
            st.text(action).integer(due).null();
        } else {
            st.null().null().text(reasons[m_random.below(quint32(reasons.size()))]);
        }
        st.text(m_behaviourTypes[m_random.weighted(m_typeWeights.data(), m_typeWeights.size())]);
        const char* insight = nullptr;
        if (m_random.chance(0.04)) {
            const int text = int(m_random.below(quint32(insights.size())));
            insight = insights[size_t(text)].text;
            m_insights.push_back({newId(Insights), id, customer, text, at});
        }
        if (!st.text(insight).insert())
            return fail(Visits);
        m_title.clear();
        m_title.add(summary);
        m_body.clear();
        m_body.add(outcome);
        if (!competitor.empty())
            m_body.add(competitor);
        m_body.add(action);
        m_body.add(insight);
        if (!index(3, "visit", id, c.id))
            return false;

        // A competitor note creates a follow-up task (SPEC rule 5); recent ones may still be open.
        if (!competitor.empty() && at > m_now - 60 * kDay) {
            std::string key = "competitor:";
            key.append(id.s, 36);
            nextTitle = "竞品应对跟进：";
            nextTitle += competitor;
            const qint64 taskDue = at + 3 * kDay;
            const qint64 done = taskDue < m_now && m_random.chance(0.75) ? at + m_random.range(1, 3) * kDay : 0;
            if (!writeTask(c.owner, &c.id, nullptr, nextTitle, taskDue, "visit", key, done))
                return false;
        }
        lastVisit = at;
        lastId = id;
        lastDue = due;
        lastAction = action;

        double gap = interval[tier] * laxity * m_random.uniform(0.6, 1.4);
        if (c.churnAt && at > c.churnAt)
            gap *= 3;
        if (m_random.chance(0.04)) // holidays, a busy quarter, a rep on leave
            gap += m_random.range(20, 60);
        t += gap * kDay;
    }
    if (!lastVisit)
        return true;

    // The latest visit's next action is a task.
    if (lastAction) {
        std::string key = "visit:";
        key.append(lastId.s, 36);
        const qint64 done = lastDue < m_now && m_random.chance(0.7) ? std::max(lastVisit + kHour, lastDue - kDay) : 0;
        if (!writeTask(c.owner, &c.id, nullptr, lastAction, lastDue, "visit", key, done))
            return false;
    }
    // Visit-due tasks follow the customer's effective tier, known only once the whole organisation is scored:
    // DemoScoring writes them after the load. The id this customer's generator-tier task once took is still drawn,
    // so that every row after it keeps the id (and the random numbers) it had.
    if (tier < 2) {
        const qint64 due = lastVisit + qint64(interval[tier]) * kDay;
        if (due > m_now - 30 * kDay && due < m_now + 7 * kDay)
            (void)newId(Tasks);
    }
    return true;
}

bool DemoRun::writeTickets(int customer) {
    const Customer& c = m_customers[size_t(customer)];
    static const int countMax[] = {5, 3, 2};
    const auto& subjects = DemoCatalog::ticketSubjects();
    DemoStatement& st = m_st[ServiceTickets];
    const qint64 from = std::max(m_start, c.created);
    const int count = m_random.range(0, countMax[tierIndex(c.tier)]);
    for (int k = 0; k < count; ++k) {
        const qint64 opened = from + qint64(m_random.uniform() * double(m_now - from));
        // Most first responses come within a day; about one in eight breaks the 48 h promise.
        const bool slow = m_random.chance(0.12);
        const qint64 response =
            opened + (slow ? qint64(m_random.range(49, 120)) * kHour : qint64(m_random.range(20, 24 * 60)) * 60);
        const qint64 closed = response + qint64(m_random.range(4, 240)) * kHour;
        const Id id = newId(ServiceTickets);
        st.text(id.s, 36);
        if (response > m_now) {
            st.integer(opened).text(c.id.s, 36).text(subjects[m_random.below(quint32(subjects.size()))]);
            st.integer(opened).null().null().null();
        } else if (closed > m_now) {
            st.integer(response).text(c.id.s, 36).text(subjects[m_random.below(quint32(subjects.size()))]);
            st.integer(opened).integer(response).null().null();
        } else {
            const double satisfaction = slow ? m_random.range(30, 70) : m_random.range(70, 100);
            st.integer(closed).text(c.id.s, 36).text(subjects[m_random.below(quint32(subjects.size()))]);
            st.integer(opened).integer(response).integer(closed).real(satisfaction);
        }
        if (!st.insert())
            return fail(ServiceTickets);
    }
    return true;
}

bool DemoRun::writeOpportunities(int customer) {
    const Customer& c = m_customers[size_t(customer)];
    const int tier = tierIndex(c.tier);
    int count = tier == 0 ? m_random.range(1, 3) : tier == 1 ? m_random.range(0, 2) : (m_random.chance(0.35) ? 1 : 0);
    for (int k = 0; k < count; ++k) {
        if (!writeOpportunity(customer, newId(Opportunities)))
            return false;
    }
    return true;
}

bool DemoRun::writeOpportunity(int customer, const Id& id) {
    const Customer& c = m_customers[size_t(customer)];
    const Rep& owner = m_reps[size_t(c.owner)];
    const DemoIndustry& industry = DemoCatalog::industries()[c.industry];
    const DemoBudgetBand& budget = DemoCatalog::budgetBands()[c.budget];
    const char* chain = DemoCatalog::decisionChains()[c.chain];

    // Walk the funnel from the creation date: each stage lasts its own dwell time, then the deal moves on,
    // stalls where it is (no further update) or is lost — until the walk reaches today.
    const qint64 from = std::max(m_start, c.created);
    qint64 entered[kLost + 1] = {};
    int stage = 0;
    qint64 t = from + qint64(m_random.uniform() * double(m_now - kDay - from));
    t = std::min(workTime(t), m_now - kHour);
    const qint64 created = t;
    entered[0] = t;
    int last = 0;
    int lostReason = -1;
    while (stage < kWon) {
        const qint64 leave =
            t + qint64(m_random.range(kDwellMin[stage], kDwellMax[stage])) * kDay + qint64(m_random.below(8 * 3600));
        if (leave > m_now)
            break;
        if (m_random.chance(kConversion[stage])) {
            t = leave;
            ++stage;
            entered[stage] = t;
            last = stage;
        } else if (m_random.chance(0.3)) {
            break; // stalled: nobody touched it since
        } else {
            t = leave;
            entered[kLost] = t;
            last = kLost;
            lostReason = int(m_random.below(quint32(DemoCatalog::lostReasons().size())));
            break;
        }
    }
    const bool closed = last == kWon || last == kLost;
    const qint64 stageEntered = closed ? entered[last] : entered[stage];
    const double amount = roundTo(m_random.uniform(budget.low, budget.high), 1000);
    qint64 expected = closed ? stageEntered : stageEntered + qint64(m_random.range(7, 25) * (kWon - stage)) * kDay;
    int forecast = 0;
    static const double forecastChance[] = {0, 0, 0.1, 0.5, 0.7, 0.6, 0.2};
    forecast = m_random.chance(forecastChance[last]) ? 1 : 0;

    std::string title = c.brand;
    title += industry.products[m_random.below(quint32(industry.products.size()))];
    title += "项目";
    std::string tag = industry.label;
    tag += " · ";
    tag += budget.label;
    tag += " · ";
    tag += chain;

    DemoStatement& st = m_st[Opportunities];
    st.text(id.s, 36).integer(stageEntered).text(c.id.s, 36).text(owner.id.s, 36).text(title).real(amount);
    st.text(kStages[last]).integer(stageEntered).integer(expected).integer(forecast);
    st.text(lostReason >= 0 ? DemoCatalog::lostReasons()[size_t(lostReason)] : nullptr);
    st.text(industry.code).text(budget.label).text(chain).text(DemoCatalog::demandStages()[c.demand]).text(tag);
    st.integer(created);
    if (closed)
        st.integer(stageEntered);
    else
        st.null();
    if (!st.insert())
        return fail(Opportunities);

    // One history row per stage the deal went through; only the current one is still open.
    DemoStatement& sh = m_st[StageHistory];
    const int reached = last == kLost ? stage : last;
    for (int s = 0; s <= reached; ++s) {
        const qint64 left = s < reached ? entered[s + 1] : last == kLost ? entered[kLost] : 0;
        const Id hid = newId(StageHistory);
        sh.text(hid.s, 36).integer(left ? left : entered[s]).text(id.s, 36).text(kStages[s]).integer(entered[s]);
        if (left)
            sh.integer(left);
        else
            sh.null();
        if (!sh.text(owner.id.s, 36).insert())
            return fail(StageHistory);
    }
    if (last == kLost) {
        const Id hid = newId(StageHistory);
        sh.text(hid.s, 36).integer(entered[kLost]).text(id.s, 36).text(kStages[kLost]).integer(entered[kLost]).null();
        if (!sh.text(owner.id.s, 36).insert())
            return fail(StageHistory);
    }

    if (!writeKeyActions(customer, id, entered, last == kWon ? kWon : reached))
        return false;

    // Evidence signals: forecast deals mostly carry two or more, some fewer (flagged high-risk).
    int signalCount = 0;
    if (forecast) {
        static const int w[] = {12, 23, 33, 22, 10};
        signalCount = int(m_random.weighted(w, 5));
    } else if (stage >= 3 && last != kLost) {
        signalCount = m_random.range(0, 1);
    }
    if (signalCount) {
        DemoStatement& fs = m_st[ForecastSignals];
        const auto& kinds = DemoCatalog::signalKinds();
        const int first = int(m_random.below(quint32(kinds.size())));
        const qint64 until = closed ? stageEntered : m_now;
        for (int k = 0; k < signalCount; ++k) {
            const int kind = (first + k) % int(kinds.size());
            const qint64 at = std::max(entered[std::min(stage, 3)], until - qint64(m_random.range(0, 20)) * kDay);
            const Id sid = newId(ForecastSignals);
            fs.text(sid.s, 36).integer(at).text(id.s, 36).text(kinds[size_t(kind)]).integer(at);
            if (!fs.text(DemoCatalog::signalNotes()[size_t(kind)]).insert())
                return fail(ForecastSignals);
        }
    }

    // Payment milestones on signed deals and on deals at contract (objection, forecast) stage.
    DemoStatement& pm = m_st[PaymentMilestones];
    auto milestone = [&](qint64 due, double share, bool mayBePaid) -> bool {
        const Id mid = newId(PaymentMilestones);
        qint64 paid = 0;
        if (mayBePaid && due < m_now && m_random.chance(0.85))
            paid = std::min(m_now, due + qint64(m_random.range(-5, 20)) * kDay);
        pm.text(mid.s, 36).integer(paid ? paid : std::min(due, m_now)).text(id.s, 36).integer(due);
        pm.real(roundTo(amount * share, 100));
        if (paid)
            pm.integer(paid);
        else
            pm.null();
        if (!pm.insert())
            return fail(PaymentMilestones);
        // The payment follow-up falls due 15 days before the milestone (a standard action per milestone). Once that
        // day has passed, most reps did it, ticking off the reminder task in the days before it (the task is made
        // three days ahead); a milestone paid before it needs none. The draws come from a stream of their own so that
        // the rest of the organisation stays as it was.
        const qint64 followUp = due - 15 * kDay;
        const bool open = !paid && due < m_now + 15 * kDay;
        if (open || (paid > followUp && followUp < m_now)) {
            qint64 done = 0;
            if (followUp < m_now && m_followUps.chance(paid ? 0.85 : 0.6))
                done = std::min(m_now - kHour, followUp - qint64(m_followUps.range(0, 2)) * kDay -
                                                   qint64(m_followUps.range(1, 8)) * kHour);
            if (!done && paid)
                done = paid; // the payment answers a reminder nobody ticked off (as markMilestonePaid does)
            std::string key = "payment:";
            key.append(mid.s, 36);
            std::string reminder = "回款提醒：";
            reminder += c.brand;
            reminder += paid ? "（已回款）" : due < m_now ? "（已逾期）" : "（15 天内到期）";
            // A reminder of an open milestone was always written; one of a paid milestone takes its id from the
            // follow-ups' stream too.
            return writeTask(c.owner, &c.id, &id, reminder, followUp, "payment", key, done,
                             open ? nullptr : &m_followUps);
        }
        return true;
    };
    if (last == kWon) {
        const qint64 close = stageEntered;
        if (m_random.chance(0.5)) {
            if (!milestone(close + 5 * kDay, 0.3, true) || !milestone(close + 60 * kDay, 0.7, true))
                return false;
        } else if (!milestone(close + 5 * kDay, 0.3, true) || !milestone(close + 45 * kDay, 0.4, true) ||
                   !milestone(close + 120 * kDay, 0.3, true)) {
            return false;
        }
    } else if (last == 4 && forecast) {
        expected = std::max(expected, m_now + kDay);
        if (!milestone(expected + qint64(m_random.range(-20, 10)) * kDay, 0.5, false))
            return false;
    }

    // A demo that sat for more than 7 days is escalated to the supervisor (stage-dwell light, red).
    if (last == 3 && m_now - stageEntered > 7 * kDay) {
        // The key DwellLights::escalate() gives the same red light, so a recompute finds it and adds none.
        std::string key = "dwell:";
        key.append(id.s, 36);
        key += ":demo:";
        key += std::to_string(stageEntered);
        std::string escalation = "商机停滞：";
        escalation += c.brand;
        escalation += " 方案演示超过 7 天未更新";
        const qint64 due = stageEntered + 8 * kDay;
        if (!writeTask(owner.supervisor, &c.id, &id, escalation, due, "escalation", key,
                       m_random.chance(0.3) ? std::min(m_now, due + kDay) : 0))
            return false;
    }
    return true;
}

double DemoRun::keyed(quint64 a, quint64 b, quint64 c) const {
    // splitmix64 over the seed and the keys.
    quint64 z =
        m_options.seed ^ (a * 0x9e3779b97f4a7c15ULL) ^ (b * 0xc2b2ae3d27d4eb4fULL) ^ (c * 0x165667b19e3779f9ULL);
    for (int round = 0; round < 2; ++round) {
        z += 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
    }
    return double(z >> 11) * (1.0 / 9007199254740992.0);
}

bool DemoRun::writeKeyActions(int customer, const Id& opportunity, const qint64* entered, int reached) {
    const Customer& c = m_customers[size_t(customer)];
    const int owner = c.owner;
    const Rep& rep = m_reps[size_t(owner)];
    const quint64 deal = m_idSequence[Opportunities];
    for (int s = 1; s <= reached && s <= kWon; ++s) {
        for (const MethodDefaults::StandardAction& a : MethodDefaults::standardActions()) {
            if (std::strcmp(a.triggerStage, kStages[s]) != 0)
                continue;
            const qint64 due = entered[s] + qint64(a.deadlineHours) * kHour;
            // A rep has good months (every key action in time) and slipping ones (about half of them).
            const qint64 day = due / kDay;
            const QDate date = QDate::fromJulianDay(day + 2440588);
            const quint64 month = quint64(date.year() * 12 + date.month());
            const bool goodMonth = keyed(quint64(owner), month, 1) < rep.diligence;
            const double draw = keyed(deal, quint64(s), 2);
            if (!goodMonth && draw >= 0.5)
                continue;
            const qint64 done =
                entered[s] + qint64((0.1 + 0.85 * keyed(deal, quint64(s), 3)) * double(due - entered[s]));
            if (done > m_now)
                continue;
            std::string key = a.actionCode;
            key += ':';
            key.append(opportunity.s, 36);
            if (!writeTask(owner, &c.id, &opportunity, a.nameZh, due, "standard_action", key, done))
                return false;
        }
    }
    return true;
}

bool DemoRun::writeRuleTasks(int customer, double annualAmount) {
    const Customer& c = m_customers[size_t(customer)];
    // SPEC rule 12: manufacturing customers above ¥500k a year get a dual-track follow-up each month.
    if (std::strcmp(DemoCatalog::industries()[c.industry].code, "manufacturing") != 0 || annualAmount <= 500000)
        return true;
    const qint64 due = (m_today + m_random.range(-10, 20)) * kDay + 10 * kHour;
    static const char* const tracks[] = {"technical", "purchasing"};
    static const char* const titles[] = {"双线跟进：技术对接人", "双线跟进：采购负责人"};
    for (int k = 0; k < 2; ++k) {
        std::string key = "rule:";
        key += MethodDefaults::dualTrackRuleId();
        key += ':';
        key.append(c.id.s, 36);
        key += ':';
        key += tracks[k];
        key += ':';
        key += dayText(m_today).substr(0, 7);
        std::string title = titles[k];
        const qint64 done = due < m_now && m_random.chance(0.6) ? due : 0;
        if (!writeTask(c.owner, &c.id, nullptr, title, due, "rule", key, done))
            return false;
    }
    return true;
}

bool DemoRun::writeTask(int owner, const Id* customer, const Id* opportunity, const std::string& title, qint64 due,
                        const char* source, const std::string& sourceKey, qint64 doneAt, DemoRandom* ids) {
    DemoStatement& st = m_st[Tasks];
    Id id;
    if (ids)
        ids->uuid(id.s, m_idSequence[Tasks]);
    else
        id = newId(Tasks);
    const qint64 created = std::min(m_now, due - 3 * kDay);
    st.text(id.s, 36).integer(doneAt ? doneAt : created).text(m_reps[size_t(owner)].id.s, 36);
    if (customer)
        st.text(customer->s, 36);
    else
        st.null();
    if (opportunity)
        st.text(opportunity->s, 36);
    else
        st.null();
    st.text(title).integer(due).text(source).text(sourceKey);
    if (doneAt)
        st.integer(doneAt);
    else
        st.null();
    if (!st.insert())
        return fail(Tasks);
    return true;
}

bool DemoRun::writeInsights() {
    const auto& texts = DemoCatalog::insights();
    DemoStatement& st = m_st[Insights];
    for (const PendingInsight& p : m_insights) {
        const Customer& c = m_customers[size_t(p.customer)];
        const Rep& rep = m_reps[size_t(c.owner)];
        const char* status = "pending";
        qint64 decided = 0;
        if (p.at < m_now - 14 * kDay) {
            static const int w[] = {65, 15, 20};
            const size_t s = m_random.weighted(w, 3);
            status = s == 0 ? "approved" : s == 1 ? "rejected" : "pending";
            if (s < 2)
                decided = std::min(m_now, p.at + qint64(m_random.range(1, 5)) * kDay);
        }
        st.text(p.id.s, 36).integer(decided ? decided : p.at).text(p.visit.s, 36).text(rep.id.s, 36).text(c.id.s, 36);
        st.text(texts[size_t(p.text)].text).text(DemoCatalog::industries()[c.industry].code);
        st.text(texts[size_t(p.text)].objectionType).text(status);
        if (decided)
            st.text(m_reps[size_t(rep.supervisor)].id.s, 36).integer(decided);
        else
            st.null().null();
        if (!st.integer(p.at).insert())
            return fail(Insights);
        m_title.clear();
        m_title.add(texts[size_t(p.text)].text);
        m_body.clear();
        m_body.add(DemoCatalog::industries()[c.industry].code);
        m_body.add(texts[size_t(p.text)].objectionType);
        if (!index(4, "insight", p.id, c.id))
            return false;
    }
    return true;
}

bool DemoRun::writeOnboardingTasks() {
    // SPEC rule 13: a new rep's first month is three pain-point interviews and two solution drafts.
    static const char* const codes[] = {"pain_point_interview", "pain_point_interview", "pain_point_interview",
                                        "solution_draft", "solution_draft"};
    static const char* const titles[] = {"首月任务：完成第 1 次痛点访谈", "首月任务：完成第 2 次痛点访谈",
                                         "首月任务：完成第 3 次痛点访谈", "首月任务：完成第 1 份方案草稿",
                                         "首月任务：完成第 2 份方案草稿"};
    for (int r = m_firstRep; r < int(m_reps.size()); ++r) {
        const Rep& rep = m_reps[size_t(r)];
        if (rep.hired < m_now - 45 * kDay)
            continue;
        for (int k = 0; k < 5; ++k) {
            const qint64 due = rep.hired + qint64(6 + k * 5) * kDay + 10 * kHour;
            std::string key = "onboarding:";
            key.append(rep.id.s, 36);
            key += ':';
            key += codes[k];
            key += ':';
            appendNumber(key, k < 3 ? k + 1 : k - 2);
            const qint64 done = due < m_now && m_random.chance(0.7) ? due - kDay : 0;
            if (!writeTask(r, nullptr, nullptr, titles[k], due, "onboarding", key, done))
                return false;
        }
    }
    return true;
}

bool DemoRun::writeChecklists() {
    DemoStatement& st = m_st[Checklists];
    const int reps = int(m_reps.size());
    for (int r = m_firstRep; r < reps; ++r) {
        const Rep& rep = m_reps[size_t(r)];
        const qint64 firstDay = std::max(m_start / kDay, rep.hired / kDay + 1);
        const int own = int(rep.customers.size());
        for (qint64 d = firstDay; d <= m_today; ++d) {
            if ((d + 3) % 7 >= 5)
                continue; // weekend
            if (m_random.chance(d == m_today ? 0.4 : rep.skipRate))
                continue;
            // Three key customers, leaning towards tier A and B.
            int picked[3] = {-1, -1, -1};
            for (int k = 0; k < 3 && k < own; ++k) {
                for (int attempt = 0; attempt < 6; ++attempt) {
                    const int cand = rep.customers[m_random.below(quint32(own))];
                    const bool duplicate = cand == picked[0] || cand == picked[1];
                    if (duplicate)
                        continue;
                    picked[k] = cand;
                    if (m_customers[size_t(cand)].tier != 'C' || attempt >= 2)
                        break;
                }
                for (int j = 0; picked[k] < 0 && j < own; ++j) {
                    const int cand = rep.customers[size_t(j)];
                    if (cand != picked[0] && cand != picked[1])
                        picked[k] = cand;
                }
            }
            const qint64 ticked = d * kDay + 30 * 60 + qint64(m_random.below(75 * 60));
            const Id id = newId(Checklists);
            st.text(id.s, 36).integer(ticked).text(rep.id.s, 36).text(dayText(d));
            for (int k = 0; k < 3; ++k) {
                if (picked[k] >= 0)
                    st.text(m_customers[size_t(picked[k])].id.s, 36);
                else
                    st.null();
            }
            if (!st.integer(ticked).insert())
                return fail(Checklists);
        }
        progress(92 + (r - m_firstRep) * 4 / std::max(1, reps - m_firstRep));
    }
    return true;
}

} // namespace Stride
