#include "labels.h"

#include "role.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Stride {

QStringList Labels::industryCodes() {
    return {u"manufacturing"_s, u"retail"_s,   u"education"_s,       u"healthcare"_s, u"construction"_s,
            u"logistics"_s,     u"hardware"_s, u"medical_devices"_s, u"fmcg"_s};
}

QString Labels::industry(const QString& code) {
    if (code == u"manufacturing"_s)
        return tr("Manufacturing");
    if (code == u"retail"_s)
        return tr("Retail");
    if (code == u"education"_s)
        return tr("Education");
    if (code == u"healthcare"_s)
        return tr("Healthcare");
    if (code == u"construction"_s)
        return tr("Construction");
    if (code == u"logistics"_s)
        return tr("Logistics");
    if (code == u"hardware"_s)
        return tr("Hardware");
    if (code == u"medical_devices"_s)
        return tr("Medical devices");
    if (code == u"fmcg"_s)
        return tr("FMCG");
    return code;
}

QString Labels::channel(const QString& code) {
    if (code == u"onsite"_s)
        return tr("On site");
    if (code == u"phone"_s)
        return tr("Phone");
    if (code == u"video"_s)
        return tr("Video");
    if (code == u"chat"_s)
        return tr("Chat");
    return code;
}

QString Labels::role(const QString& code) {
    switch (roleFromString(code)) {
    case Role::Rep:
        return tr("Sales rep");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Director:
        return tr("Director");
    case Role::Admin:
        return tr("Administrator");
    case Role::Unknown:
        break;
    }
    return code;
}

QString Labels::stage(Stage s) {
    return QCoreApplication::translate(kStageTranslationContext, stageSourceText(s));
}

QString Labels::stage(const QString& code) {
    const std::optional<Stage> s = stageFromCode(code);
    return s ? stage(*s) : code;
}

QStringList Labels::budgetBands() {
    return {u"<¥100k"_s, u"¥100k-500k"_s, u"¥500k-1M"_s, u"¥1M+"_s};
}

QStringList Labels::decisionChains() {
    return {u"owner decides"_s, u"CTO decides"_s, u"purchasing committee"_s, u"GM + finance"_s, u"group HQ approval"_s};
}

QStringList Labels::demandStages() {
    return {u"exploring"_s, u"evaluating"_s, u"budget approved"_s, u"ready to buy"_s, u"expanding"_s};
}

QString Labels::leadValue(const QString& v) {
    static const QHash<QString, const char*> known{
        {u"owner decides"_s, QT_TR_NOOP("owner decides")},
        {u"CTO decides"_s, QT_TR_NOOP("CTO decides")},
        {u"purchasing committee"_s, QT_TR_NOOP("purchasing committee")},
        {u"GM + finance"_s, QT_TR_NOOP("GM + finance")},
        {u"group HQ approval"_s, QT_TR_NOOP("group HQ approval")},
        {u"exploring"_s, QT_TR_NOOP("exploring")},
        {u"evaluating"_s, QT_TR_NOOP("evaluating")},
        {u"budget approved"_s, QT_TR_NOOP("budget approved")},
        {u"ready to buy"_s, QT_TR_NOOP("ready to buy")},
        {u"expanding"_s, QT_TR_NOOP("expanding")},
    };
    const auto it = known.constFind(v);
    return it == known.cend() ? v : tr(it.value());
}

QString Labels::leadField(const QString& column) {
    if (column == u"industry"_s)
        return tr("Industry");
    if (column == u"budget_band"_s)
        return tr("Budget band");
    if (column == u"decision_chain"_s)
        return tr("Decision chain");
    if (column == u"demand_stage"_s)
        return tr("Demand stage");
    return column;
}

QString Labels::evidenceSignal(const QString& kind) {
    if (kind == u"poc_done"_s)
        return tr("POC done");
    if (kind == u"it_integration"_s)
        return tr("IT integration request");
    if (kind == u"legal_review"_s)
        return tr("Legal review");
    if (kind == u"competitor_removed"_s)
        return tr("Competitor removed from tender");
    if (kind == u"public_news"_s)
        return tr("Public news");
    return kind;
}

QString Labels::action(const QString& code) {
    static const QHash<QString, const char*> known{
        {u"pain_point_interview"_s, QT_TR_NOOP("Pain-point interview")},
        {u"needs_confirmation"_s, QT_TR_NOOP("Needs confirmation")},
        {u"product_match_report"_s, QT_TR_NOOP("Personalised product-match report")},
        {u"customised_solution"_s, QT_TR_NOOP("Customised solution")},
        {u"solution_demo"_s, QT_TR_NOOP("Solution demo")},
        {u"poc_support"_s, QT_TR_NOOP("POC support")},
        {u"case_study"_s, QT_TR_NOOP("Third-party case study")},
        {u"cross_department_meeting"_s, QT_TR_NOOP("Cross-department consensus meeting")},
        {u"executive_visit"_s, QT_TR_NOOP("Executive visit")},
        {u"customised_quote"_s, QT_TR_NOOP("Customised quote")},
        {u"contract_negotiation"_s, QT_TR_NOOP("Contract negotiation")},
        {u"payment_follow_up"_s, QT_TR_NOOP("Payment follow-up")},
        {u"service_recovery"_s, QT_TR_NOOP("Service recovery")},
        {u"routine_follow_up"_s, QT_TR_NOOP("Routine follow-up")},
    };
    const auto it = known.constFind(code);
    return it == known.cend() ? code : tr(it.value());
}

QString Labels::category(const QString& code) {
    if (code == u"discovery"_s)
        return tr("Discovery");
    if (code == u"solution"_s)
        return tr("Solution");
    if (code == u"relationship"_s)
        return tr("Relationship");
    if (code == u"commercial"_s)
        return tr("Commercial");
    if (code == u"service"_s)
        return tr("Service");
    if (code == u"other"_s)
        return tr("Other");
    return code;
}

QString Labels::lostReason(const QString& reason) {
    static const QHash<QString, const char*> known{
        {u"price too high"_s, QT_TR_NOOP("price too high")},
        {u"competitor"_s, QT_TR_NOOP("competitor")},
        {u"budget cut"_s, QT_TR_NOOP("budget cut")},
        {u"no decision"_s, QT_TR_NOOP("no decision")},
        {u"timing"_s, QT_TR_NOOP("timing")},
        {u"service concerns"_s, QT_TR_NOOP("service concerns")},
        {u"unspecified"_s, QT_TR_NOOP("unspecified")},
    };
    const auto it = known.constFind(reason);
    return it == known.cend() ? reason : tr(it.value());
}

QString Labels::allStages() {
    return tr("All stages");
}

QString Labels::organisation() {
    return tr("Organisation");
}

QString Labels::taskSource(const QString& code) {
    if (code == u"visit"_s)
        return tr("Visit follow-up");
    if (code == u"rule"_s)
        return tr("Rule");
    if (code == u"escalation"_s)
        return tr("Escalation");
    if (code == u"onboarding"_s)
        return tr("Onboarding");
    if (code == u"tier"_s || code == u"visit_due"_s)
        return tr("Visit due");
    if (code == u"payment"_s)
        return tr("Payment reminder");
    if (code == u"manual"_s)
        return tr("Manual");
    return code;
}

QString Labels::days(double d) {
    return tr("%n day(s)", nullptr, int(d));
}

QString Labels::money(double amount) {
    return u"¥"_s + QLocale().toString(amount, 'f', 0);
}

QString Labels::dateTime(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

QString Labels::date(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs).toLocalTime().toString(u"yyyy-MM-dd"_s);
}

} // namespace Stride
