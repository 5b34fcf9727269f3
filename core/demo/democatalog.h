#pragma once

#include <vector>

namespace Stride {

struct DemoCity {
    const char* zh;
    const char* en;
};

struct DemoRegion {
    const char* zh;
    std::vector<DemoCity> cities;
};

struct DemoIndustry {
    const char* code;                  // customers.industry
    const char* label;                 // English label for tags ("Manufacturing")
    const char* suffixZh;              // company-name suffix (机械制造)
    const char* suffixEn;              // company-name suffix (Machinery)
    std::vector<const char*> products; // what an opportunity is about
};

struct DemoBudgetBand {
    const char* label;
    double low;
    double high;
};

// How often a visit carries each behaviour type of the method's catalogue (MethodDefaults::behaviourTypes(), in
// its order): the catalogue is the organisation's, the mix is the demo's.
struct DemoBehaviourWeight {
    const char* code;
    int weight;
};

struct DemoContactRole {
    const char* title;
    const char* chainRole;
};

struct DemoInsight {
    const char* text;
    const char* objectionType;
};

// The fixed vocabulary of the demo organisation: the pools that names, notes and summaries are drawn from. Its
// reference rows (behaviour points, standard actions, rules, policy) are the method's defaults (MethodDefaults). Texts
// are UTF-8 literals so the hot loop binds them to SQLite without conversion.
class DemoCatalog final {
public:
    static const std::vector<DemoRegion>& regions();
    static const std::vector<DemoIndustry>& industries();
    static const std::vector<const char*>& sizeBands();
    static const std::vector<DemoBudgetBand>& budgetBands();
    static const std::vector<const char*>& decisionChains();
    static const std::vector<const char*>& demandStages();
    static const std::vector<DemoBehaviourWeight>& behaviourWeights();
    static const std::vector<DemoContactRole>& contactRoles();
    static const std::vector<DemoInsight>& insights();

    static const std::vector<const char*>& visitTopics();
    static const std::vector<const char*>& visitDetails();
    static const std::vector<const char*>& outcomes();
    static const std::vector<const char*>& competitors();
    static const std::vector<const char*>& competitorNotes(); // completed by a competitor name
    static const std::vector<const char*>& nextActions();
    static const std::vector<const char*>& noActionReasons();
    static const std::vector<const char*>& ticketSubjects();
    static const std::vector<const char*>& lostReasons();
    static const std::vector<const char*>& signalKinds();
    static const std::vector<const char*>& signalNotes(); // parallel to signalKinds()
};

} // namespace Stride
