#pragma once

#include "demogenerator.h"
#include "demorandom.h"
#include "demosearchwriter.h"
#include "storage/indextext.h"
#include "storage/sqlstatement.h"

#include <QTimeZone>

#include <array>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace Stride {

// One generation of the demo organisation into an open write transaction: the state that DemoGenerator
// keeps between tables (ids, owners, tiers) and the prepared inserts. Tables feeding the full-text index
// are written in index order — all customers, all contacts, all visits, all insights — because FTS5
// flushes its pending terms to a new segment whenever a rowid goes backwards.
class DemoRun final {
public:
    // Full-text entries go to `search` (built on another thread, see DemoSearchWriter).
    DemoRun(sqlite3* db, const DemoOptions& options, DemoSearchWriter& search);
    Status run();
    QMap<QString, qint64> rowCounts() const;
    // The tables run() writes.
    static QStringList tables();

private:
    struct Id {
        char s[36];
    };
    struct Rep {
        Id id;
        int team = -1;
        int supervisor = -1; // index into m_reps
        qint64 hired = 0;
        double skipRate = 0;
        // Share of months in which the rep does every key action in time (standard actions, rule 8/9).
        double diligence = 0;
        std::vector<int> customers;
    };
    struct Team {
        Id id;
        int region = 0;
        int supervisor = -1;
    };
    struct Customer {
        Id id;
        int owner = 0;
        char tier = 'C';
        quint8 industry = 0, region = 0, city = 0, size = 0, budget = 0, chain = 0, demand = 0;
        qint64 created = 0;
        qint64 churnAt = 0; // 0 = still buying
        double cycleDays = 30;
        double orderAmount = 0;
        int firstContact = 0;
        int contacts = 0;
        std::string brand;   // the two characters of the company name an opportunity title uses
        std::string domain;  // for contact e-mail addresses
        std::string address; // on-site visits happen here
    };
    struct PendingInsight {
        Id id, visit;
        int customer;
        int text;
        qint64 at;
    };
    // The tables written, in the order of the schema registry (Schema::entities()), whose names and columns the
    // inserts take.
    enum Table {
        Teams,
        Reps,
        Customers,
        Contacts,
        Visits,
        Opportunities,
        StageHistory,
        Orders,
        ServiceTickets,
        Tasks,
        Checklists,
        Rules,
        BehaviourTypes,
        StandardActions,
        Insights,
        ForecastSignals,
        PaymentMilestones,
        OrgPolicyRows,
        TableCount
    };

    Status prepareStatements();
    bool writeCatalogue();
    bool writeOrganisation();
    void drawOrganisation();
    bool writeTeams();
    bool writeReps();
    bool writeCustomers();
    void drawCustomer(int i, const Id& id);
    bool writeCustomer(int i);
    bool writeContacts();
    bool writeHistory(int customer);
    bool writeOrders(int customer, double& annualAmount);
    bool writeVisits(int customer);
    // What the last visit written leaves for after the customer's visits: its next action becomes a task.
    struct LastVisit {
        Id id{};
        qint64 at = 0;
        const char* action = nullptr; // none agreed
        qint64 due = 0;
    };
    bool writeVisit(int customer, qint64 at, LastVisit* visit);
    const std::string& visitSummary(int channel);
    const std::string& competitorNote();
    bool indexVisit(const Id& id, const Id& customer, const std::string& summary, const char* outcome,
                    const std::string& competitor, const char* action, const char* insight);
    bool writeCompetitorFollowUp(int customer, const Id& visit, qint64 at, const std::string& competitor);
    bool writeTickets(int customer);
    bool writeOpportunities(int customer);
    bool writeOpportunity(int customer, const Id& id);
    // One opportunity as its walk through the funnel left it (stages indexed by Stage).
    struct Deal {
        Id id;
        int customer = 0;
        qint64 entered[7] = {}; // when it entered each stage; 0 for the stages it never reached
        int stage = 0;          // the furthest funnel stage it reached
        int last = 0;           // where it is now: that stage, or Lost
        int lostReason = -1;
        qint64 created = 0;
        qint64 stageEntered = 0; // when it entered `last`
        bool closed = false;
        bool forecast = false;
        double amount = 0;
        qint64 expected = 0;
    };
    Deal walkFunnel(int customer, const Id& id);
    bool writeDealRow(const Deal& deal);
    bool writeStageHistory(const Deal& deal);
    bool writeSignals(const Deal& deal);
    bool writeMilestones(Deal& deal);
    bool writeMilestone(const Deal& deal, qint64 due, double share, bool mayBePaid);
    bool writeDwellEscalation(const Deal& deal);
    bool writeRuleTasks(int customer, double annualAmount);
    // Evidence of the standard actions fired by the deal's stage entries: tasks "<action code>:<deal>" done.
    bool writeKeyActions(int customer, const Id& opportunity, const qint64* entered, int reached);
    // A uniform [0, 1) draw that depends only on the seed and the keys, not on the main stream: the key-action
    // evidence leaves every other generated row as it was.
    double keyed(quint64 a, quint64 b, quint64 c) const;
    bool writeInsights();
    bool writeChecklists();
    bool writeOnboardingTasks();
    bool writeTask(int owner, const Id* customer, const Id* opportunity, const std::string& title, qint64 due,
                   const char* source, const std::string& sourceKey, qint64 doneAt, DemoRandom* ids = nullptr);
    // Runs the table's insert with the values bound to it and counts the row; false (with m_error) on failure.
    bool insert(Table table);
    bool fail(Table table);
    // Adds the search_index entry of the row just inserted (TextSearch::indexRowid, as the triggers would).
    bool index(int code, const char* kind, const Id& ref, const Id& customer);

    // A v4 UUID that sorts after every earlier id of the same table (see DemoRandom::uuid).
    Id newId(Table table);
    qint64 workTime(qint64 secs);       // moves a time onto a working day, 09:00–18:00 in the organisation's zone
    qint64 zoneOffset(qint64 epochDay); // seconds east of UTC of the organisation's zone on that day
    const std::string& dayText(qint64 epochDay);
    void progress(int percent);

    sqlite3* m_db;
    DemoOptions m_options;
    DemoRandom m_random;
    DemoRandom m_followUps; // payment follow-ups only: added later, so drawn apart from m_random
    std::array<std::unique_ptr<SqlStatement>, TableCount> m_st;
    std::array<qint64, TableCount> m_rows{};
    std::array<std::string, 7> m_stageCodes; // by Stage
    std::array<quint64, TableCount> m_idSequence{};
    DemoSearchWriter& m_search;
    IndexText m_title, m_body;
    QString m_error;

    qint64 m_today = 0; // epoch day
    qint64 m_start = 0; // epoch seconds at the start of the 12 months
    qint64 m_now = 0;   // epoch seconds: 18:00 on `today` in the organisation's zone (DemoGenerator::nowOf)
    QTimeZone m_zone;
    std::unordered_map<qint64, qint64> m_zoneOffsets; // epoch day → seconds east of UTC
    std::vector<Rep> m_reps;                          // director, admin, supervisors, then reps
    int m_director = 0;
    int m_firstRep = 0;
    std::vector<Team> m_teams;
    // Indices into m_reps and m_teams are ints (they are stored in Rep, Team and Customer); the vectors take size_t.
    Rep& repAt(int i) { return m_reps[size_t(i)]; }
    const Rep& repAt(int i) const { return m_reps[size_t(i)]; }
    Team& teamAt(int i) { return m_teams[size_t(i)]; }
    const Team& teamAt(int i) const { return m_teams[size_t(i)]; }
    std::vector<Customer> m_customers;
    std::vector<Id> m_contacts;
    std::vector<const char*> m_behaviourTypes; // MethodDefaults' fixed ids
    std::vector<int> m_typeWeights;
    std::vector<PendingInsight> m_insights;
    std::vector<std::string> m_days;
    std::string m_visitSummary, m_competitorNote; // writeVisit()'s text, reused from visit to visit
    int m_lastPercent = -1;
};

} // namespace Stride
