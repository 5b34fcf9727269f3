#pragma once

#include "domain/stage.h"

#include <QCoreApplication>
#include <QString>

namespace Stride {

// Display names of the codes stored in the replica (industries, channels, roles, stages, lead-field values,
// actions, behaviour categories, lost reasons), translated with the installed catalogue (TranslationLoader in
// programs without Widgets); an unknown code is shown as stored. Shared by the app, stride-cli and exports.
class Labels final {
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString industry(const QString& code);
    static QStringList industryCodes();
    static QString channel(const QString& code);
    static QString role(const QString& code);
    static QString stage(Stage stage);
    static QString stage(const QString& code);
    static QString leadValue(const QString& value); // decision chain, demand stage, budget band values
    // The stored values offered for the lead fields (docs/sales-method.md rule 6), in display order.
    static QStringList budgetBands();
    static QStringList decisionChains();
    static QStringList demandStages();
    static QString leadField(const QString& column); // "industry", "budget_band", "decision_chain", "demand_stage"
    static QString taskSource(const QString& code);
    static QString evidenceSignal(const QString& kind); // forecast evidence: "poc_done", "legal_review" …
    // A behaviour or standard-action code of the method's catalogue ("pain_point_interview", "case_study" …). The
    // organisation's own rows (behaviour_types, standard_actions: name, name_zh) take precedence where known.
    static QString action(const QString& code);
    static QString category(const QString& code);     // behaviour-points category: "discovery", "solution" …
    static QString lostReason(const QString& reason); // the offered reasons ("price too high" …), else as stored
    static QString allStages();                       // the total row of a per-stage table
    static QString organisation();                    // the line of a report that pools every team
    static QString days(double days);                 // "3 days"
    static QString money(double amount);              // ¥1,234,567
    static QString dateTime(qint64 epochSecs);
    static QString date(qint64 epochSecs);
};

} // namespace Stride
