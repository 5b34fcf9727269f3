#include "demorun.h"

#include <string>

#include "democatalog.h"
#include "demogenerator.h"
#include "demonames.h"
#include "domain/methoddefaults.h"
#include "domain/stage.h"
#include "storage/schema.h"
#include "storage/textsearch.h"

#include <QDate>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;
constexpr int kCustomersPerRep = 80;
constexpr int kRepsPerTeam = 12;

// The synced entities the demo writes, in the registry's order (DemoRun::Table follows it): all but those only the
// server computes.
const QList<const EntityDef*>& demoEntities() {
    static const QList<const EntityDef*> entities = [] {
        QList<const EntityDef*> list;
        for (const EntityDef& e : Schema::entities()) {
            if (e.scope != Scope::Aggregate)
                list << &e;
        }
        return list;
    }();
    return entities;
}

// INSERT INTO table (id, updated_at, the entity's fields) VALUES (?, …): values are bound in the registry's order.
QString insertStatement(const EntityDef& entity) {
    QStringList columns{u"id"_s, u"updated_at"_s};
    columns += entity.fieldNames();
    QStringList values(columns.size(), u"?"_s);
    return u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(entity.name, columns.join(u','), values.join(u','));
}

// Indexed by Stage: the stages in the funnel's order, then lost. Per funnel stage: how long a deal usually stays and
// how often it moves on.
constexpr int kWon = int(Stage::Won);
constexpr int kLost = int(Stage::Lost);
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
    return double(std::llround(value / unit)) * unit;
}

double clamp100(double v) {
    return v < 0 ? 0 : v > 100 ? 100 : v;
}

void appendPadded(std::string& out, int n, int width) {
    std::string digits;
    DemoNames::appendNumber(digits, n);
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
    for (int s = 0; s <= kLost; ++s)
        m_stageCodes[size_t(s)] = stageCode(Stage(s)).toStdString();
}

QMap<QString, qint64> DemoRun::rowCounts() const {
    QMap<QString, qint64> rows;
    for (int t = 0; t < TableCount; ++t)
        rows.insert(demoEntities().at(t)->name, m_rows[size_t(t)]);
    return rows;
}

QStringList DemoRun::tables() {
    QStringList names;
    for (const EntityDef* entity : demoEntities())
        names << entity->name;
    return names;
}

Status DemoRun::run() {
    if (Status s = prepareStatements(); !s)
        return s;
    progress(0);
    bool ok = writeCatalogue() && writeOrganisation() && writeCustomers() && writeContacts();
    const int n = int(m_customers.size());
    for (int c = 0; ok && c < n; ++c) {
        if (m_options.cancelled && m_options.cancelled())
            return Stride::fail(ErrorCode::Cancelled, DemoGenerator::cancelledMessage());
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
    if (demoEntities().size() != TableCount)
        return Stride::fail(u"the demo generator writes %1 tables, the schema has %2 a client writes"_s.arg(TableCount)
                                .arg(demoEntities().size()));
    for (int t = 0; t < TableCount; ++t) {
        const EntityDef& entity = *demoEntities().at(t);
        m_st[size_t(t)] = std::make_unique<SqlStatement>(m_db, insertStatement(entity));
        if (const Status& s = m_st[size_t(t)]->status(); !s)
            return Stride::fail(u"cannot prepare the demo insert into %1: %2"_s.arg(entity.name, s.error()));
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

bool DemoRun::insert(Table table) {
    if (!m_st[size_t(table)]->exec())
        return fail(table);
    ++m_rows[size_t(table)];
    return true;
}

bool DemoRun::fail(Table table) {
    m_error = u"writing demo data failed in %1: %2"_s.arg(demoEntities().at(table)->name,
                                                          m_st[size_t(table)]->status().error());
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
    SqlStatement& bt = *m_st[BehaviourTypes];
    const auto& weights = DemoCatalog::behaviourWeights();
    for (const MethodDefaults::BehaviourType& t : MethodDefaults::behaviourTypes()) {
        (void)newId(BehaviourTypes);
        const auto weight = std::find_if(weights.cbegin(), weights.cend(), [&t](const DemoBehaviourWeight& w) {
            return std::strcmp(w.code, t.code) == 0;
        });
        m_behaviourTypes.push_back(t.id);
        m_typeWeights.push_back(weight == weights.cend() ? 1 : weight->weight);
        bt.bindText(t.id).bindInteger(at).bindText(t.code).bindText(t.name).bindText(t.nameZh);
        bt.bindText(t.category).bindInteger(t.points);
        if (!insert(BehaviourTypes))
            return false;
    }
    SqlStatement& sa = *m_st[StandardActions];
    for (const MethodDefaults::StandardAction& a : MethodDefaults::standardActions()) {
        (void)newId(StandardActions);
        sa.bindText(a.id)
            .bindInteger(at)
            .bindText(a.name)
            .bindText(a.nameZh)
            .bindText(a.triggerStage)
            .bindText(a.actionCode);
        sa.bindInteger(a.deadlineHours).bindInteger(1);
        if (!insert(StandardActions))
            return false;
    }
    SqlStatement& ru = *m_st[Rules];
    for (const MethodDefaults::Rule& r : MethodDefaults::rules()) {
        (void)newId(Rules);
        ru.bindText(r.id).bindInteger(at).bindText(r.name).bindText(r.conditionJson).bindText(r.actionJson);
        ru.bindInteger(1).bindText(r.nameZh);
        if (!insert(Rules))
            return false;
    }
    SqlStatement& po = *m_st[OrgPolicyRows];
    OrgPolicy policy = OrgPolicy::defaults(u"zh_CN"_s);
    policy.name = u"Stride 演示公司"_s;
    for (const MethodDefaults::Row& row : MethodDefaults::policyRows(policy, u"admin@demo.stride.example"_s)) {
        const std::string id = row.id.toStdString();
        const std::string value = row.fields.value(u"value"_s).toString().toStdString();
        const std::string by = row.fields.value(u"updated_by"_s).toString().toStdString();
        po.bindText(id).bindInteger(at).bindText(id).bindText(value).bindText(by);
        if (!insert(OrgPolicyRows))
            return false;
    }
    return true;
}

bool DemoRun::writeOrganisation() {
    drawOrganisation();
    return writeTeams() && writeReps();
}

// Director, admin, one supervisor per team, then the reps: their ids, teams, supervisors and hire dates.
void DemoRun::drawOrganisation() {
    const int customers = m_options.customers;
    const int reps = std::max(1, customers / kCustomersPerRep);
    const int teams = std::max(1, (reps + kRepsPerTeam / 2) / kRepsPerTeam);
    const auto& regions = DemoCatalog::regions();

    m_reps.resize(size_t(2) + size_t(teams) + size_t(reps));
    m_director = 0;
    m_firstRep = 2 + teams;
    for (Rep& r : m_reps)
        r.id = newId(Reps);
    m_teams.resize(size_t(teams));
    for (int t = 0; t < teams; ++t) {
        teamAt(t).id = newId(Teams);
        teamAt(t).region = t % int(regions.size());
        teamAt(t).supervisor = 2 + t;
        repAt(2 + t).team = t;
        repAt(2 + t).supervisor = m_director;
    }
    for (int r = 0; r < reps; ++r) {
        Rep& rep = repAt(m_firstRep + r);
        rep.team = r % teams;
        rep.supervisor = teamAt(rep.team).supervisor;
        rep.skipRate = m_random.uniform(0.02, 0.25);
        // Most reps are green or yellow on key actions; about one in twelve is red (keyed: no main-stream draw).
        const double d = keyed(quint64(m_firstRep) + quint64(r), 0, 0);
        rep.diligence = d < 0.08 ? 0.05 + 2.5 * d : 0.4 + 0.5 * keyed(quint64(m_firstRep) + quint64(r), 0, 1);
        // The newest rep joined three weeks ago and gets the first-month task flow.
        const bool newcomer = (r == reps - 1 && reps >= 3) || m_random.chance(0.03);
        rep.hired = (m_today - (newcomer ? m_random.range(10, 40) : m_random.range(90, 2900))) * kDay;
    }
    m_reps[0].hired = (m_today - 3650) * kDay;
    m_reps[1].hired = (m_today - 2000) * kDay;
    for (int t = 0; t < teams; ++t)
        repAt(2 + t).hired = (m_today - m_random.range(800, 3200)) * kDay;
}

bool DemoRun::writeTeams() {
    const auto& regions = DemoCatalog::regions();
    const int teams = int(m_teams.size());
    SqlStatement& ts = *m_st[Teams];
    for (int t = 0; t < teams; ++t) {
        const Team& team = teamAt(t);
        std::string name = regions[size_t(team.region)].zh;
        name += "销售";
        DemoNames::appendNumber(name, t / int(regions.size()) + 1);
        name += "组";
        ts.bindText(team.id.s, 36).bindInteger(repAt(team.supervisor).hired).bindText(name);
        ts.bindText(regions[size_t(team.region)].zh).bindText(repAt(team.supervisor).id.s, 36);
        if (!insert(Teams))
            return false;
    }
    return true;
}

bool DemoRun::writeReps() {
    SqlStatement& rs = *m_st[Reps];
    for (int i = 0; i < int(m_reps.size()); ++i) {
        const Rep& rep = repAt(i);
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
            DemoNames::appendNumber(email, i - 1);
        } else {
            email = "rep";
            appendPadded(email, i - m_firstRep + 1, 3);
        }
        email += "@demo.stride.example";
        rs.bindText(rep.id.s, 36).bindInteger(rep.hired).bindText(person.zh).bindText(person.en).bindText(role);
        if (rep.team >= 0)
            rs.bindText(teamAt(rep.team).id.s, 36);
        else
            rs.bindNull();
        if (rep.supervisor >= 0)
            rs.bindText(repAt(rep.supervisor).id.s, 36);
        else
            rs.bindNull();
        rs.bindInteger(rep.hired).bindText(email).bindInteger(1);
        if (!insert(Reps))
            return false;
    }
    return true;
}

bool DemoRun::writeCustomers() {
    const int n = m_options.customers;
    // Ids are drawn before everything else about the customers, as they were when they had to be sorted.
    std::vector<Id> ids(static_cast<size_t>(n));
    for (Id& id : ids)
        id = newId(Customers);
    m_customers.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        drawCustomer(i, ids[size_t(i)]);
        if (!writeCustomer(i))
            return false;
        if (i % 1024 == 0)
            progress(int(qint64(i) * 5 / n));
    }
    return true;
}

// The customer's owner, tier, segment, age, purchase rhythm and whether it lapsed.
void DemoRun::drawCustomer(int i, const Id& id) {
    static const int tierWeights[] = {15, 35, 50};
    static const int industryWeights[] = {22, 14, 9, 8, 10, 9, 12, 9, 7};
    static const int sizeWeights[3][4] = {{5, 20, 40, 35}, {15, 40, 35, 10}, {40, 40, 17, 3}};
    static const int chainWeights[4][5] = {
        {70, 10, 5, 15, 0}, {35, 25, 15, 20, 5}, {10, 30, 30, 15, 15}, {2, 20, 40, 8, 30}};
    static const double orderBase[] = {4000, 12000, 35000, 90000};
    static const double tierFactor[] = {2.0, 1.0, 0.6};
    static const double cycleLow[] = {12, 25, 40};
    static const double cycleHigh[] = {35, 60, 120};
    const auto& regions = DemoCatalog::regions();
    Customer& c = m_customers[size_t(i)];
    c.id = id;
    c.owner = m_firstRep + int(m_random.below(quint32(int(m_reps.size()) - m_firstRep)));
    repAt(c.owner).customers.push_back(i);
    const int tier = int(m_random.weighted(tierWeights, 3));
    c.tier = kTierNames[tier][0];
    c.industry = quint8(m_random.weighted(industryWeights, 9));
    c.region = quint8(m_random.chance(0.9) ? teamAt(repAt(c.owner).team).region
                                           : int(m_random.below(quint32(regions.size()))));
    c.city = quint8(m_random.below(quint32(regions[size_t(c.region)].cities.size())));
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
}

// The customer's row, with its company name, address, tags and service figures, and its search entry.
bool DemoRun::writeCustomer(int i) {
    Customer& c = m_customers[size_t(i)];
    const int tier = tierIndex(c.tier);
    const DemoRegion& region = DemoCatalog::regions()[size_t(c.region)];
    const DemoIndustry& industry = DemoCatalog::industries()[c.industry];
    const char* budget = DemoCatalog::budgetBands()[c.budget].label;
    const DemoCity& city = region.cities[c.city];
    DemoCompany company = DemoNames::company(m_random, city, industry);
    c.brand.assign(company.zh, std::strlen(city.zh), 6);
    c.domain = std::move(company.domain);
    c.address = DemoNames::address(m_random, city);
    std::string tags = industry.label;
    tags += " · ";
    tags += budget;
    tags += " · ";
    tags += DemoCatalog::decisionChains()[c.chain];
    if (tier == 0)
        tags += " · key account";
    if (c.churnAt)
        tags += " · lapsed";
    static const double satisfactionMean[] = {82, 72, 63};
    static const double trialMean[] = {55, 35, 15};
    const double satisfaction = roundTo(clamp100(satisfactionMean[tier] + 11 * m_random.normal()), 1);
    const double trial = m_random.chance(0.25) ? 0.0 : roundTo(clamp100(trialMean[tier] + 20 * m_random.normal()), 1);

    SqlStatement& st = *m_st[Customers];
    st.bindText(c.id.s, 36).bindInteger(c.created).bindText(company.zh).bindText(company.en).bindText(industry.code);
    st.bindText(DemoCatalog::sizeBands()[c.size]).bindText(region.zh).bindText(c.address);
    st.bindText(repAt(c.owner).id.s, 36);
    // The tier shown is the value score's; customers.tier is an admin's pin, set by hand for a handful of key
    // accounts only (1 in 40 of tier A, without drawing a random number: the rest of the demo stays the same).
    if (tier == 0 && i % 40 == 0)
        st.bindText(kTierNames[tier], 1);
    else
        st.bindNull();
    st.bindText(budget).bindText(DemoCatalog::decisionChains()[c.chain]);
    st.bindText(DemoCatalog::demandStages()[c.demand]).bindText(tags);
    st.bindReal(satisfaction).bindReal(trial).bindInteger(c.created);
    if (!insert(Customers))
        return false;
    m_title.clear();
    m_title.add(company.zh);
    m_title.add(company.en);
    m_body.clear();
    m_body.add(c.address);
    m_body.add(industry.code);
    m_body.add(tags);
    return index(1, "customer", c.id, c.id);
}

bool DemoRun::writeContacts() {
    const auto& roles = DemoCatalog::contactRoles();
    static const int countWeights[] = {20, 35, 30, 15};
    SqlStatement& st = *m_st[Contacts];
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
            st.bindText(m_contacts.back().s, 36)
                .bindInteger(std::min(at, m_now))
                .bindText(c.id.s, 36)
                .bindText(person.zh);
            st.bindText(roles[size_t(role)].title)
                .bindText(phone)
                .bindText(email)
                .bindText(roles[size_t(role)].chainRole);
            if (!insert(Contacts))
                return false;
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
    SqlStatement& st = *m_st[Orders];
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
        st.bindText(id.s, 36).bindInteger(at).bindText(c.id.s, 36).bindInteger(at).bindReal(amount);
        if (!insert(Orders))
            return false;
        // Purchase cycles are noisy: ±25 % around the customer's own mean, never under three days.
        t += std::max(3.0, c.cycleDays * (1.0 + 0.25 * m_random.normal())) * kDay;
    }
    return true;
}

namespace {

const double kVisitInterval[] = {7, 14, 30}; // days between visits, by tier

} // namespace

bool DemoRun::writeVisits(int customer) {
    const Customer& c = m_customers[size_t(customer)];
    const Rep& rep = repAt(c.owner);
    const int tier = tierIndex(c.tier);
    // Some customers get less attention than their tier asks for; lapsed ones are visited a third as often.
    const double laxity = m_random.chance(0.12) ? m_random.uniform(1.3, 2.0) : 1.0;
    const qint64 from = std::max({m_start, c.created, rep.hired - 30 * kDay});
    double t = double(from) + m_random.uniform() * kVisitInterval[tier] * kDay;
    LastVisit last;
    while (true) {
        const qint64 at = workTime(qint64(t));
        if (at > m_now)
            break;
        if (!writeVisit(customer, at, &last))
            return false;
        double gap = kVisitInterval[tier] * laxity * m_random.uniform(0.6, 1.4);
        if (c.churnAt && at > c.churnAt)
            gap *= 3;
        if (m_random.chance(0.04)) // holidays, a busy quarter, a rep on leave
            gap += m_random.range(20, 60);
        t += gap * kDay;
    }
    if (!last.at)
        return true;

    // The latest visit's next action is a task.
    if (last.action) {
        std::string key = "visit:";
        key.append(last.id.s, 36);
        const qint64 done = last.due < m_now && m_random.chance(0.7) ? std::max(last.at + kHour, last.due - kDay) : 0;
        if (!writeTask(c.owner, &c.id, nullptr, last.action, last.due, "visit", key, done))
            return false;
    }
    // Visit-due tasks follow the customer's effective tier, known only once the whole organisation is scored:
    // DemoScoring writes them after the load. The id this customer's generator-tier task once took is still drawn,
    // so that every row after it keeps the id (and the random numbers) it had.
    if (tier < 2) {
        const qint64 due = last.at + qint64(kVisitInterval[tier]) * kDay;
        if (due > m_now - 30 * kDay && due < m_now + 7 * kDay)
            (void)newId(Tasks);
    }
    return true;
}

// One visit with its search entry, its insight (written with the others later) and, for a recent competitor note,
// the follow-up task.
bool DemoRun::writeVisit(int customer, qint64 at, LastVisit* visit) {
    const Customer& c = m_customers[size_t(customer)];
    static const int channelWeights[3][4] = {{55, 20, 15, 10}, {42, 28, 15, 15}, {30, 35, 15, 20}};
    static const int durationMin[] = {30, 5, 20, 5};
    static const int durationMax[] = {120, 30, 60, 20};
    const Id id = newId(Visits);
    const int channel = int(m_random.weighted(channelWeights[tierIndex(c.tier)], 4));
    const std::string& summary = visitSummary(channel);
    const std::string& competitor = competitorNote();
    const int contact = c.firstContact + int(m_random.below(quint32(c.contacts)));
    SqlStatement& st = *m_st[Visits];
    st.bindText(id.s, 36).bindInteger(at).bindText(c.id.s, 36).bindText(repAt(c.owner).id.s, 36);
    if (channel == 3 && m_random.chance(0.3))
        st.bindNull();
    else
        st.bindText(m_contacts[size_t(contact)].s, 36);
    st.bindInteger(at).bindText(kChannels[channel]);
    st.bindInteger(m_random.range(durationMin[channel], durationMax[channel]));
    if (channel == 0)
        st.bindText(c.address);
    else
        st.bindNull();
    const auto& outcomes = DemoCatalog::outcomes();
    const char* outcome = outcomes[m_random.below(quint32(outcomes.size()))];
    st.bindText(summary).bindText(outcome);
    if (competitor.empty())
        st.bindNull();
    else
        st.bindText(competitor);
    const char* action = nullptr;
    qint64 due = 0;
    if (m_random.chance(0.9)) {
        const auto& actions = DemoCatalog::nextActions();
        action = actions[m_random.below(quint32(actions.size()))];
        due = at + qint64(m_random.range(1, 10)) * kDay;
        st.bindText(action).bindInteger(due).bindNull();
    } else {
        const auto& reasons = DemoCatalog::noActionReasons();
        st.bindNull().bindNull().bindText(reasons[m_random.below(quint32(reasons.size()))]);
    }
    st.bindText(m_behaviourTypes[m_random.weighted(m_typeWeights.data(), m_typeWeights.size())]);
    const char* insight = nullptr;
    if (m_random.chance(0.04)) {
        const int text = int(m_random.below(quint32(DemoCatalog::insights().size())));
        insight = DemoCatalog::insights()[size_t(text)].text;
        m_insights.push_back({newId(Insights), id, customer, text, at});
    }
    st.bindText(insight);
    if (!insert(Visits) || !indexVisit(id, c.id, summary, outcome, competitor, action, insight))
        return false;
    *visit = {id, at, action, due};
    return competitor.empty() || writeCompetitorFollowUp(customer, id, at, competitor);
}

// "上门拜访，<topic>，<detail>。" (kept in a buffer reused across visits).
const std::string& DemoRun::visitSummary(int channel) {
    const auto& topics = DemoCatalog::visitTopics();
    const auto& details = DemoCatalog::visitDetails();
    m_visitSummary = kChannelOpeners[channel];
    m_visitSummary += topics[m_random.below(quint32(topics.size()))];
    m_visitSummary += "，";
    m_visitSummary += details[m_random.below(quint32(details.size()))];
    m_visitSummary += "。";
    return m_visitSummary;
}

// One visit in ten notes a competitor; empty otherwise (kept in a buffer reused across visits).
const std::string& DemoRun::competitorNote() {
    m_competitorNote.clear();
    if (m_random.chance(0.1)) {
        const auto& competitors = DemoCatalog::competitors();
        const auto& notes = DemoCatalog::competitorNotes();
        m_competitorNote = competitors[m_random.below(quint32(competitors.size()))];
        m_competitorNote += notes[m_random.below(quint32(notes.size()))];
    }
    return m_competitorNote;
}

bool DemoRun::indexVisit(const Id& id, const Id& customer, const std::string& summary, const char* outcome,
                         const std::string& competitor, const char* action, const char* insight) {
    m_title.clear();
    m_title.add(summary);
    m_body.clear();
    m_body.add(outcome);
    if (!competitor.empty())
        m_body.add(competitor);
    m_body.add(action);
    m_body.add(insight);
    return index(3, "visit", id, customer);
}

// A competitor note creates a follow-up task (docs/sales-method.md); recent ones may still be open.
bool DemoRun::writeCompetitorFollowUp(int customer, const Id& visit, qint64 at, const std::string& competitor) {
    if (at <= m_now - 60 * kDay)
        return true;
    const Customer& c = m_customers[size_t(customer)];
    std::string key = "competitor:";
    key.append(visit.s, 36);
    std::string title = "竞品应对跟进：";
    title += competitor;
    const qint64 taskDue = at + 3 * kDay;
    const qint64 done = taskDue < m_now && m_random.chance(0.75) ? at + m_random.range(1, 3) * kDay : 0;
    return writeTask(c.owner, &c.id, nullptr, title, taskDue, "visit", key, done);
}

bool DemoRun::writeTickets(int customer) {
    const Customer& c = m_customers[size_t(customer)];
    static const int countMax[] = {5, 3, 2};
    const auto& subjects = DemoCatalog::ticketSubjects();
    SqlStatement& st = *m_st[ServiceTickets];
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
        st.bindText(id.s, 36);
        if (response > m_now) {
            st.bindInteger(opened).bindText(c.id.s, 36).bindText(subjects[m_random.below(quint32(subjects.size()))]);
            st.bindInteger(opened).bindNull().bindNull().bindNull();
        } else if (closed > m_now) {
            st.bindInteger(response).bindText(c.id.s, 36).bindText(subjects[m_random.below(quint32(subjects.size()))]);
            st.bindInteger(opened).bindInteger(response).bindNull().bindNull();
        } else {
            const double satisfaction = slow ? m_random.range(30, 70) : m_random.range(70, 100);
            st.bindInteger(closed).bindText(c.id.s, 36).bindText(subjects[m_random.below(quint32(subjects.size()))]);
            st.bindInteger(opened).bindInteger(response).bindInteger(closed).bindReal(satisfaction);
        }
        if (!insert(ServiceTickets))
            return false;
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
    Deal deal = walkFunnel(customer, id);
    if (!writeDealRow(deal) || !writeStageHistory(deal))
        return false;
    const int reached = deal.last == kLost ? deal.stage : deal.last;
    if (!writeKeyActions(customer, id, deal.entered, deal.last == kWon ? kWon : reached))
        return false;
    return writeSignals(deal) && writeMilestones(deal) && writeDwellEscalation(deal);
}

// Walks the funnel from the creation date: each stage lasts its own dwell time, then the deal moves on, stalls where
// it is (no further update) or is lost — until the walk reaches today. Then its amount, expected close and forecast.
DemoRun::Deal DemoRun::walkFunnel(int customer, const Id& id) {
    const Customer& c = m_customers[size_t(customer)];
    Deal deal;
    deal.id = id;
    deal.customer = customer;
    const qint64 from = std::max(m_start, c.created);
    qint64 t = from + qint64(m_random.uniform() * double(m_now - kDay - from));
    t = std::min(workTime(t), m_now - kHour);
    deal.created = t;
    deal.entered[0] = t;
    while (deal.stage < kWon) {
        const int stage = deal.stage;
        const qint64 leave =
            t + qint64(m_random.range(kDwellMin[stage], kDwellMax[stage])) * kDay + qint64(m_random.below(8 * 3600));
        if (leave > m_now)
            break;
        if (m_random.chance(kConversion[stage])) {
            t = leave;
            ++deal.stage;
            deal.entered[deal.stage] = t;
            deal.last = deal.stage;
        } else if (m_random.chance(0.3)) {
            break; // stalled: nobody touched it since
        } else {
            t = leave;
            deal.entered[kLost] = t;
            deal.last = kLost;
            deal.lostReason = int(m_random.below(quint32(DemoCatalog::lostReasons().size())));
            break;
        }
    }
    const DemoBudgetBand& budget = DemoCatalog::budgetBands()[c.budget];
    deal.closed = deal.last == kWon || deal.last == kLost;
    deal.stageEntered = deal.closed ? deal.entered[deal.last] : deal.entered[deal.stage];
    deal.amount = roundTo(m_random.uniform(budget.low, budget.high), 1000);
    deal.expected = deal.closed ? deal.stageEntered
                                : deal.stageEntered + qint64(m_random.range(7, 25) * (kWon - deal.stage)) * kDay;
    static const double forecastChance[] = {0, 0, 0.1, 0.5, 0.7, 0.6, 0.2};
    deal.forecast = m_random.chance(forecastChance[deal.last]);
    return deal;
}

bool DemoRun::writeDealRow(const Deal& deal) {
    const Customer& c = m_customers[size_t(deal.customer)];
    const DemoIndustry& industry = DemoCatalog::industries()[c.industry];
    const DemoBudgetBand& budget = DemoCatalog::budgetBands()[c.budget];
    const char* chain = DemoCatalog::decisionChains()[c.chain];
    std::string title = c.brand;
    title += industry.products[m_random.below(quint32(industry.products.size()))];
    title += "项目";
    std::string tag = industry.label;
    tag += " · ";
    tag += budget.label;
    tag += " · ";
    tag += chain;

    SqlStatement& st = *m_st[Opportunities];
    st.bindText(deal.id.s, 36).bindInteger(deal.stageEntered).bindText(c.id.s, 36);
    st.bindText(repAt(c.owner).id.s, 36).bindText(title).bindReal(deal.amount);
    st.bindText(m_stageCodes[size_t(deal.last)]).bindInteger(deal.stageEntered).bindInteger(deal.expected);
    st.bindInteger(deal.forecast ? 1 : 0);
    st.bindText(deal.lostReason >= 0 ? DemoCatalog::lostReasons()[size_t(deal.lostReason)] : nullptr);
    st.bindText(industry.code).bindText(budget.label).bindText(chain).bindText(DemoCatalog::demandStages()[c.demand]);
    st.bindText(tag).bindInteger(deal.created);
    if (deal.closed)
        st.bindInteger(deal.stageEntered);
    else
        st.bindNull();
    return insert(Opportunities);
}

// One history row per stage the deal went through; only the current one is still open.
bool DemoRun::writeStageHistory(const Deal& deal) {
    const Id& owner = repAt(m_customers[size_t(deal.customer)].owner).id;
    SqlStatement& sh = *m_st[StageHistory];
    const qint64* entered = deal.entered;
    const int reached = deal.last == kLost ? deal.stage : deal.last;
    for (int s = 0; s <= reached; ++s) {
        const qint64 left = s < reached ? entered[s + 1] : deal.last == kLost ? entered[kLost] : 0;
        const Id hid = newId(StageHistory);
        sh.bindText(hid.s, 36).bindInteger(left ? left : entered[s]).bindText(deal.id.s, 36);
        sh.bindText(m_stageCodes[size_t(s)]).bindInteger(entered[s]);
        if (left)
            sh.bindInteger(left);
        else
            sh.bindNull();
        sh.bindText(owner.s, 36);
        if (!insert(StageHistory))
            return false;
    }
    if (deal.last == kLost) {
        const Id hid = newId(StageHistory);
        sh.bindText(hid.s, 36).bindInteger(entered[kLost]).bindText(deal.id.s, 36).bindText(m_stageCodes[kLost]);
        sh.bindInteger(entered[kLost]).bindNull().bindText(owner.s, 36);
        if (!insert(StageHistory))
            return false;
    }
    return true;
}

// Evidence signals: forecast deals mostly carry two or more, some fewer (flagged high-risk).
bool DemoRun::writeSignals(const Deal& deal) {
    int signalCount = 0;
    if (deal.forecast) {
        static const int w[] = {12, 23, 33, 22, 10};
        signalCount = int(m_random.weighted(w, 5));
    } else if (deal.stage >= 3 && deal.last != kLost) {
        signalCount = m_random.range(0, 1);
    }
    if (!signalCount)
        return true;
    SqlStatement& fs = *m_st[ForecastSignals];
    const auto& kinds = DemoCatalog::signalKinds();
    const int first = int(m_random.below(quint32(kinds.size())));
    const qint64 until = deal.closed ? deal.stageEntered : m_now;
    for (int k = 0; k < signalCount; ++k) {
        const int kind = (first + k) % int(kinds.size());
        const qint64 at = std::max(deal.entered[std::min(deal.stage, 3)], until - qint64(m_random.range(0, 20)) * kDay);
        const Id sid = newId(ForecastSignals);
        fs.bindText(sid.s, 36).bindInteger(at).bindText(deal.id.s, 36).bindText(kinds[size_t(kind)]).bindInteger(at);
        fs.bindText(DemoCatalog::signalNotes()[size_t(kind)]);
        if (!insert(ForecastSignals))
            return false;
    }
    return true;
}

// Payment milestones on signed deals and on deals at contract (objection, forecast) stage.
bool DemoRun::writeMilestones(Deal& deal) {
    if (deal.last == kWon) {
        const qint64 close = deal.stageEntered;
        if (m_random.chance(0.5))
            return writeMilestone(deal, close + 5 * kDay, 0.3, true) &&
                   writeMilestone(deal, close + 60 * kDay, 0.7, true);
        return writeMilestone(deal, close + 5 * kDay, 0.3, true) &&
               writeMilestone(deal, close + 45 * kDay, 0.4, true) &&
               writeMilestone(deal, close + 120 * kDay, 0.3, true);
    }
    if (deal.last == 4 && deal.forecast) {
        deal.expected = std::max(deal.expected, m_now + kDay);
        return writeMilestone(deal, deal.expected + qint64(m_random.range(-20, 10)) * kDay, 0.5, false);
    }
    return true;
}

bool DemoRun::writeMilestone(const Deal& deal, qint64 due, double share, bool mayBePaid) {
    const Customer& c = m_customers[size_t(deal.customer)];
    SqlStatement& pm = *m_st[PaymentMilestones];
    const Id mid = newId(PaymentMilestones);
    qint64 paid = 0;
    if (mayBePaid && due < m_now && m_random.chance(0.85))
        paid = std::min(m_now, due + qint64(m_random.range(-5, 20)) * kDay);
    pm.bindText(mid.s, 36).bindInteger(paid ? paid : std::min(due, m_now)).bindText(deal.id.s, 36).bindInteger(due);
    pm.bindReal(roundTo(deal.amount * share, 100));
    if (paid)
        pm.bindInteger(paid);
    else
        pm.bindNull();
    if (!insert(PaymentMilestones))
        return false;
    // The payment follow-up falls due 15 days before the milestone (a standard action per milestone). Once that
    // day has passed, most reps did it, ticking off the reminder task in the days before it (the task is made
    // three days ahead); a milestone paid before it needs none. The draws come from a stream of their own so that
    // the rest of the organisation stays as it was.
    const qint64 followUp = due - 15 * kDay;
    const bool open = !paid && due < m_now + 15 * kDay;
    if (!open && !(paid > followUp && followUp < m_now))
        return true;
    qint64 done = 0;
    if (followUp < m_now && m_followUps.chance(paid ? 0.85 : 0.6))
        done = std::min(m_now - kHour,
                        followUp - qint64(m_followUps.range(0, 2)) * kDay - qint64(m_followUps.range(1, 8)) * kHour);
    if (!done && paid)
        done = paid; // the payment answers a reminder nobody ticked off (as markMilestonePaid does)
    std::string key = "payment:";
    key.append(mid.s, 36);
    std::string reminder = "回款提醒：";
    reminder += c.brand;
    reminder += paid ? "（已回款）" : due < m_now ? "（已逾期）" : "（15 天内到期）";
    // A reminder of an open milestone was always written; one of a paid milestone takes its id from the
    // follow-ups' stream too.
    return writeTask(c.owner, &c.id, &deal.id, reminder, followUp, "payment", key, done, open ? nullptr : &m_followUps);
}

// A demo that sat for more than 7 days is escalated to the supervisor (stage-dwell light, red).
bool DemoRun::writeDwellEscalation(const Deal& deal) {
    if (deal.last != 3 || m_now - deal.stageEntered <= 7 * kDay)
        return true;
    const Customer& c = m_customers[size_t(deal.customer)];
    // The key DwellLights::escalate() gives the same red light, so a recompute finds it and adds none.
    std::string key = "dwell:";
    key.append(deal.id.s, 36);
    key += ":demo:";
    key += std::to_string(deal.stageEntered);
    std::string escalation = "商机停滞：";
    escalation += c.brand;
    escalation += " 方案演示超过 7 天未更新";
    const qint64 due = deal.stageEntered + 8 * kDay;
    return writeTask(repAt(c.owner).supervisor, &c.id, &deal.id, escalation, due, "escalation", key,
                     m_random.chance(0.3) ? std::min(m_now, due + kDay) : 0);
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
    const Rep& rep = repAt(owner);
    const quint64 deal = m_idSequence[Opportunities];
    for (int s = 1; s <= reached && s <= kWon; ++s) {
        for (const MethodDefaults::StandardAction& a : MethodDefaults::standardActions()) {
            if (m_stageCodes[size_t(s)] != a.triggerStage)
                continue;
            const qint64 due = entered[s] + qint64(a.deadlineHours) * kHour;
            // A rep has good months (every key action in time) and slipping ones (about half of them).
            const qint64 day = due / kDay;
            const QDate date = QDate::fromJulianDay(day + 2440588);
            const quint64 month = quint64(date.year()) * 12 + quint64(date.month());
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
    // docs/sales-method.md rule 12: manufacturing customers above ¥500k a year get a dual-track follow-up each month.
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
    SqlStatement& st = *m_st[Tasks];
    Id id;
    if (ids)
        ids->uuid(id.s, m_idSequence[Tasks]);
    else
        id = newId(Tasks);
    const qint64 created = std::min(m_now, due - 3 * kDay);
    st.bindText(id.s, 36).bindInteger(doneAt ? doneAt : created).bindText(repAt(owner).id.s, 36);
    if (customer)
        st.bindText(customer->s, 36);
    else
        st.bindNull();
    if (opportunity)
        st.bindText(opportunity->s, 36);
    else
        st.bindNull();
    st.bindText(title).bindInteger(due).bindText(source).bindText(sourceKey);
    if (doneAt)
        st.bindInteger(doneAt);
    else
        st.bindNull();
    return insert(Tasks);
}

bool DemoRun::writeInsights() {
    const auto& texts = DemoCatalog::insights();
    SqlStatement& st = *m_st[Insights];
    for (const PendingInsight& p : m_insights) {
        const Customer& c = m_customers[size_t(p.customer)];
        const Rep& rep = repAt(c.owner);
        const char* status = "pending";
        qint64 decided = 0;
        if (p.at < m_now - 14 * kDay) {
            static const int w[] = {65, 15, 20};
            const size_t s = m_random.weighted(w, 3);
            status = s == 0 ? "approved" : s == 1 ? "rejected" : "pending";
            if (s < 2)
                decided = std::min(m_now, p.at + qint64(m_random.range(1, 5)) * kDay);
        }
        st.bindText(p.id.s, 36)
            .bindInteger(decided ? decided : p.at)
            .bindText(p.visit.s, 36)
            .bindText(rep.id.s, 36)
            .bindText(c.id.s, 36);
        st.bindText(texts[size_t(p.text)].text).bindText(DemoCatalog::industries()[c.industry].code);
        st.bindText(texts[size_t(p.text)].objectionType).bindText(status);
        if (decided)
            st.bindText(repAt(rep.supervisor).id.s, 36).bindInteger(decided);
        else
            st.bindNull().bindNull();
        st.bindInteger(p.at);
        if (!insert(Insights))
            return false;
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
    // docs/sales-method.md rule 13: a new rep's first month is three pain-point interviews and two solution drafts.
    static const char* const codes[] = {"pain_point_interview", "pain_point_interview", "pain_point_interview",
                                        "solution_draft", "solution_draft"};
    static const char* const titles[] = {"首月任务：完成第 1 次痛点访谈", "首月任务：完成第 2 次痛点访谈",
                                         "首月任务：完成第 3 次痛点访谈", "首月任务：完成第 1 份方案草稿",
                                         "首月任务：完成第 2 份方案草稿"};
    for (int r = m_firstRep; r < int(m_reps.size()); ++r) {
        const Rep& rep = repAt(r);
        if (rep.hired < m_now - 45 * kDay)
            continue;
        for (int k = 0; k < 5; ++k) {
            const qint64 due = rep.hired + qint64(6 + k * 5) * kDay + 10 * kHour;
            std::string key = "onboarding:";
            key.append(rep.id.s, 36);
            key += ':';
            key += codes[k];
            key += ':';
            DemoNames::appendNumber(key, k < 3 ? k + 1 : k - 2);
            const qint64 done = due < m_now && m_random.chance(0.7) ? due - kDay : 0;
            if (!writeTask(r, nullptr, nullptr, titles[k], due, "onboarding", key, done))
                return false;
        }
    }
    return true;
}

bool DemoRun::writeChecklists() {
    SqlStatement& st = *m_st[Checklists];
    const int reps = int(m_reps.size());
    for (int r = m_firstRep; r < reps; ++r) {
        const Rep& rep = repAt(r);
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
            const qint64 ticked = d * kDay + qint64(30 * 60) + qint64(m_random.below(75 * 60));
            const Id id = newId(Checklists);
            st.bindText(id.s, 36).bindInteger(ticked).bindText(rep.id.s, 36).bindText(dayText(d));
            for (int k = 0; k < 3; ++k) {
                if (picked[k] >= 0)
                    st.bindText(m_customers[size_t(picked[k])].id.s, 36);
                else
                    st.bindNull();
            }
            st.bindInteger(ticked);
            if (!insert(Checklists))
                return false;
        }
        progress(92 + (r - m_firstRep) * 4 / std::max(1, reps - m_firstRep));
    }
    return true;
}

} // namespace Stride
