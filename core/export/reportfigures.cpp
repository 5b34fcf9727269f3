#include "reportfigures.h"

#include "analytics/behaviourpoints.h"
#include "analytics/coveragekpi.h"
#include "analytics/dashboardfigures.h"
#include "analytics/dwelllights.h"
#include "analytics/forecast.h"
#include "analytics/funnel.h"
#include "analytics/opportunityhealth.h"
#include "analytics/paymentcountdown.h"
#include "analytics/processhealth.h"
#include "analytics/processsandbox.h"
#include "analytics/riskattribution.h"
#include "domain/labels.h"
#include "domain/stages.h"
#include "export/reportnames.h"
#include "storage/orgcalendar.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

QVariant opt(const std::optional<double>& v) {
    return v ? QVariant(*v) : QVariant();
}

// An empty name (an id the replica does not know, or no id) is null: "no data", not an empty string.
QVariant text(const QString& s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString stageName(const QString& code) {
    return code == u"all"_s ? Labels::allStages() : Labels::stage(code);
}

// Sandbox metrics that are shares (0–1) are printed as percentages like every other share.
bool isShareMetric(const QString& metric) {
    return metric == u"onsite_share"_s || metric == u"needs_rate"_s || metric == u"key_action_rate"_s;
}

QString metricColumn(const QString& metric) {
    return isShareMetric(metric) ? metric + u"_pct"_s : metric;
}

QVariant metricValue(const QString& metric, const std::optional<double>& v) {
    return isShareMetric(metric) ? ReportFigures::percent(v) : opt(v);
}

// A figure's name, period and whether the period applies: the tables come after.
ReportFigure header(const QString& figure, const AnalyticsFilter& effective) {
    ReportFigure out;
    out.name = figure;
    out.periodFilters = ReportFigures::periodFilters(figure);
    out.periodIgnored = figure == u"dwell"_s || figure == u"opp-health"_s;
    out.from = effective.from;
    out.to = effective.to;
    return out;
}

bool sameFilter(const AnalyticsFilter& a, const AnalyticsFilter& b) {
    return a.from == b.from && a.to == b.to && a.teamId == b.teamId && a.repId == b.repId &&
           a.wholeMonths == b.wholeMonths;
}

bool samePeriodAndScope(const AnalyticsFilter& a, const AnalyticsFilter& b) {
    return a.from == b.from && a.to == b.to && a.teamId == b.teamId && a.repId == b.repId;
}

} // namespace

QVariant ReportFigures::percent(const std::optional<double>& share) {
    return share ? QVariant(*share * 100.0) : QVariant();
}

QVariant ReportFigures::time(qint64 secs) {
    return secs ? QVariant(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate)) : QVariant();
}

const QStringList& ReportFigures::names() {
    static const QStringList all{u"funnel"_s,     u"dwell"_s,  u"health"_s,   u"coverage"_s, u"risk"_s,
                                 u"opp-health"_s, u"points"_s, u"forecast"_s, u"payments"_s, u"sandbox"_s};
    return all;
}

const QStringList& ReportFigures::dashboardNames() {
    static const QStringList page{u"funnel"_s, u"dwell"_s,    u"health"_s,  u"coverage"_s,
                                  u"points"_s, u"forecast"_s, u"payments"_s};
    return page;
}

QString ReportFigures::periodFilters(const QString& figure) {
    static const QHash<QString, QString> what{
        {u"funnel"_s, u"opportunities created in the period (created_at)"_s},
        {u"dwell"_s, u"ignored: the lights describe every open opportunity now"_s},
        {u"health"_s, u"standard-action instances whose deadline lies in the period and has passed"_s},
        {u"coverage"_s, u"calendar months overlapping the period, by standard-action deadline; default: the six "
                        "months ending this month; --to alone: six months ending with its month; --from alone: "
                        "from its month to this month"_s},
        {u"risk"_s, u"lost deals closed in the period (closed_at) and customers churned in it (last order + 2 "
                    "purchase cycles)"_s},
        {u"opp-health"_s, u"ignored: the scores describe every open opportunity now"_s},
        {u"points"_s, u"visits logged in the period (visited_at); default: this month"_s},
        {u"forecast"_s, u"forecast deals whose expected close lies in the period (expected_close); the accuracy "
                        "window is always the 90 days before now"_s},
        {u"payments"_s, u"unpaid milestones due in the period (due_at)"_s},
        {u"sandbox"_s, u"visits and points in the period, deals created in it (needs rate) and deals closed in it "
                       "(win rate)"_s},
    };
    return what.value(figure);
}

AnalyticsFilter ReportFigures::effectiveFilter(const QString& figure, const AnalyticsFilter& requested,
                                               const OrgCalendar& calendar) {
    AnalyticsFilter f = requested;
    if (requested.wholeMonths > 0) {
        const AnalyticsFilter months = AnalyticsFilter::lastMonths(requested.wholeMonths, calendar);
        f.from = months.from;
        f.to = months.to;
    }
    if (figure == u"dwell"_s || figure == u"opp-health"_s) {
        f.from = f.to = 0;
    } else if (figure == u"points"_s) {
        if (!f.from && !f.to)
            f = BehaviourPoints::month(calendar.today(), requested, calendar);
    } else if (figure == u"coverage"_s) {
        // Whole months, as CoverageKpi counts them, so the period the report states is the one it covers.
        const QDate today = calendar.today();
        QDate first, last;
        if (!f.from && !f.to) {
            last = today; // CoverageKpi's own default: the six months ending this month
            first = today.addMonths(-5);
        } else if (!f.from) {
            last = calendar.dateOf(f.to - 1);
            first = last.addMonths(-5);
        } else {
            first = calendar.dateOf(f.from);
            last = f.to ? calendar.dateOf(f.to - 1) : std::max(first, today);
        }
        f.from = calendar.monthStart(first);
        f.to = calendar.nextMonthStart(last);
    }
    return f;
}

Result<ReportFigure> ReportFigures::compute(const QString& figure, const Database& db, const AnalyticsFilter& requested,
                                            const Clock& clock, const ReportNames& names, const Options& options) {
    const OrgCalendar calendar = OrgCalendar::of(db, clock);
    const AnalyticsFilter f = effectiveFilter(figure, requested, calendar);
    ReportFigure out = header(figure, f);
    auto take = [&out](auto result, auto build) -> Result<ReportFigure> {
        if (!result)
            return fail(result.error());
        out.tables = build(*result);
        return out;
    };
    auto with = [&names](auto builder) { return [&names, builder](const auto& r) { return builder(r, names); }; };
    if (figure == u"funnel"_s)
        return take(Funnel::compute(db, f), with(funnel));
    if (figure == u"dwell"_s)
        return take(DwellLights::compute(db, f, clock), with(dwell));
    if (figure == u"health"_s)
        return take(ProcessHealth::compute(db, f, clock), with(health));
    if (figure == u"coverage"_s)
        return take(CoverageKpi::compute(db, f, clock), with(coverage));
    if (figure == u"risk"_s)
        return take(RiskAttribution::compute(db, f, clock), with(risk));
    if (figure == u"opp-health"_s)
        return take(OpportunityHealth::compute(db, f, clock), with(oppHealth));
    if (figure == u"points"_s)
        return take(BehaviourPoints::compute(db, f, clock), with(points));
    if (figure == u"forecast"_s)
        return take(Forecast::compute(db, f, clock), with(forecast));
    if (figure == u"payments"_s)
        return take(PaymentCountdown::compute(db, f, clock), with(payments));
    if (figure == u"sandbox"_s)
        return take(ProcessSandbox::compute(db, f, clock, options.sandboxX, options.sandboxY), with(sandbox));
    return fail(u"unknown report '%1'"_s.arg(figure));
}

std::optional<ReportFigure> ReportFigures::fromDashboard(const QString& figure, const DashboardFigures& shown,
                                                         const AnalyticsFilter& requested, const OrgCalendar& calendar,
                                                         const ReportNames& names) {
    if (!shown.complete || !sameFilter(shown.filter, requested))
        return std::nullopt;
    for (const QString& error : shown.errors) {
        if (error.startsWith(figure + u": "_s))
            return std::nullopt;
    }
    // The period the page computed over (DashboardFigures takes whole months in the organisation's calendar, as
    // effectiveFilter() does) must be the one the export would compute over.
    const AnalyticsFilter page = effectiveFilter(u"funnel"_s, requested, calendar);
    const AnalyticsFilter f = effectiveFilter(figure, requested, calendar);
    if (!samePeriodAndScope(page, f))
        return std::nullopt;
    ReportFigure out = header(figure, f);
    if (figure == u"funnel"_s)
        out.tables = funnel(shown.funnel, names);
    else if (figure == u"health"_s)
        out.tables = health(shown.health, names);
    else if (figure == u"coverage"_s)
        out.tables = coverage(shown.coverage, names);
    else if (figure == u"points"_s)
        out.tables = points(shown.points, names);
    else if (figure == u"forecast"_s)
        out.tables = forecast(shown.forecast, names);
    else if (figure == u"payments"_s)
        out.tables = payments(shown.payments, names);
    else
        return std::nullopt;
    return out;
}

ReportTables ReportFigures::funnel(const FunnelResult& r, const ReportNames&) {
    ReportTable summary{u"summary"_s,
                        {u"total"_s, u"won"_s, u"lost"_s, u"win_rate_pct"_s},
                        {{r.total, r.won, r.lost, percent(r.winRate)}}};
    ReportTable stages{u"stages"_s,
                       {u"stage"_s, u"stage_name"_s, u"current"_s, u"reached"_s, u"conversion_to_next_pct"_s,
                        u"completed_stays"_s, u"mean_days"_s, u"median_days"_s},
                       {}};
    for (const FunnelStage& s : r.stages)
        stages.rows.append({s.stage, stageName(s.stage), s.current, s.reached, percent(s.conversionToNext), s.stays,
                            opt(s.meanDays), opt(s.medianDays)});
    ReportTable lost{u"lost_reasons"_s, {u"reason"_s, u"reason_name"_s, u"count"_s}, {}};
    for (const LostReasonCount& l : r.lostReasons)
        lost.rows.append({l.reason, Labels::lostReason(l.reason), l.count});
    return {summary, stages, lost};
}

ReportTables ReportFigures::dwell(const DwellResult& r, const ReportNames& names) {
    ReportTable summary{u"summary"_s, {u"stage"_s, u"stage_name"_s, u"green"_s, u"yellow"_s, u"red"_s}, {}};
    for (auto it = r.perStage.cbegin(); it != r.perStage.cend(); ++it)
        summary.rows.append({it.key(), stageName(it.key()), it->value(0), it->value(1), it->value(2)});
    summary.rows.append({u"all"_s, stageName(u"all"_s), r.green, r.yellow, r.red});
    ReportTable items{u"items"_s,
                      {u"opportunity_id"_s, u"title"_s, u"owner_id"_s, u"owner_name"_s, u"supervisor_id"_s,
                       u"supervisor_name"_s, u"stage"_s, u"stage_name"_s, u"stage_entered_at"_s, u"last_activity_at"_s,
                       u"idle_days"_s, u"last_activity_is_visit"_s, u"yellow_after_days"_s, u"red_after_days"_s,
                       u"light"_s},
                      {}};
    for (const DwellItem& i : r.items) {
        if (i.light == Light::Green)
            continue;
        items.rows.append({i.opportunityId, i.title, i.ownerId, text(names.rep(i.ownerId)), text(i.supervisorId),
                           text(names.rep(i.supervisorId)), i.stage, stageName(i.stage), time(i.stageEnteredAt),
                           time(i.lastActivityAt), i.idleDays, i.lastActivityIsVisit, i.threshold.yellowDays,
                           i.threshold.redDays, lightName(i.light)});
    }
    return {summary, items};
}

ReportTables ReportFigures::health(const ProcessHealthResult& r, const ReportNames& names) {
    ReportTable t{u"lights"_s,
                  {u"level"_s, u"id"_s, u"name"_s, u"team_id"_s, u"team_name"_s, u"due"_s, u"done"_s,
                   u"completion_pct"_s, u"light"_s, u"top_missing"_s},
                  {}};
    auto add = [&](const QString& level, const HealthLine& l) {
        QStringList missing;
        for (const MissingAction& m : l.topMissing)
            missing << u"%1 (%2)"_s.arg(names.action(m.actionCode, m.actionName)).arg(m.missed);
        const bool rep = level == u"rep"_s;
        t.rows.append({level, l.id, level == u"org"_s ? Labels::organisation() : text(l.name),
                       rep ? text(l.teamId) : QVariant(), rep ? text(names.team(l.teamId)) : QVariant(), l.due, l.done,
                       percent(l.completion), lightName(l.light), text(missing.join(u"; "_s))});
    };
    add(u"org"_s, r.org);
    for (const HealthLine& l : r.teams)
        add(u"team"_s, l);
    for (const HealthLine& l : r.reps)
        add(u"rep"_s, l);
    return {t};
}

ReportTables ReportFigures::coverage(const CoverageResult& r, const ReportNames&) {
    ReportTable alerts{
        u"alerts"_s, {u"level"_s, u"id"_s, u"name"_s, u"target_pct"_s, u"declined_two_complete_months"_s}, {}};
    ReportTable months{u"months"_s,
                       {u"level"_s, u"id"_s, u"name"_s, u"month"_s, u"partial"_s, u"due_reps"_s, u"covered_reps"_s,
                        u"coverage_pct"_s, u"met_target"_s, u"below_target"_s},
                       {}};
    auto add = [&](const QString& level, const CoverageSeries& s) {
        const QVariant name = level == u"org"_s ? Labels::organisation() : text(s.name);
        for (const CoverageMonth& m : s.months)
            months.rows.append({level, s.id, name, m.month, m.partial, m.dueReps, m.coveredReps, opt(m.coverage),
                                m.metTarget, m.belowTarget});
        alerts.rows.append({level, s.id, name, r.target, s.alert});
    };
    add(u"org"_s, r.org);
    for (const CoverageSeries& s : r.teams)
        add(u"team"_s, s);
    return {alerts, months};
}

ReportTables ReportFigures::risk(const RiskResult& r, const ReportNames& names) {
    ReportTable summary{
        u"summary"_s,
        {u"kind"_s, u"cases"_s, u"slow_service"_s, u"demo_without_quote"_s, u"no_follow_up"_s, u"unflagged"_s},
        {}};
    for (const auto& [kind, c] : {std::pair{u"lost"_s, r.lost}, std::pair{u"churned"_s, r.churned}})
        summary.rows.append({kind, c.cases, c.slowService, c.demoWithoutQuote, c.noFollowUp, c.unflagged});
    ReportTable cases{u"cases"_s,
                      {u"kind"_s, u"opportunity_id"_s, u"title"_s, u"customer_id"_s, u"customer_name"_s, u"owner_id"_s,
                       u"owner_name"_s, u"lost_or_churned_at"_s, u"lost_reason"_s, u"lost_reason_name"_s,
                       u"purchase_cycle_days"_s, u"slow_service"_s, u"demo_without_quote"_s, u"no_follow_up"_s},
                      {}};
    for (const RiskCase& c : r.cases) {
        const bool lost = c.kind == RiskCase::Kind::LostDeal;
        cases.rows.append({lost ? u"lost"_s : u"churned"_s, lost ? QVariant(c.id) : QVariant(),
                           lost ? text(c.name) : QVariant(), text(c.customerId), lost ? QVariant() : text(c.name),
                           text(c.ownerId), text(names.rep(c.ownerId)), time(c.at),
                           lost ? text(c.lostReason) : QVariant(),
                           lost ? text(Labels::lostReason(c.lostReason)) : QVariant(),
                           lost ? QVariant() : QVariant(c.cycleDays), c.slowService, c.demoWithoutQuote, c.noFollowUp});
    }
    return {summary, cases};
}

ReportTables ReportFigures::oppHealth(const OpportunityHealthResult& r, const ReportNames& names) {
    ReportTable summary{u"summary"_s,
                        {u"opportunities"_s, u"mean_score"_s, u"below_threshold"_s, u"threshold"_s},
                        {{qint64(r.items.size()), opt(r.meanScore), r.below, r.threshold}}};
    ReportTable items{u"items"_s,
                      {u"opportunity_id"_s, u"title"_s, u"owner_id"_s, u"owner_name"_s, u"stage"_s, u"stage_name"_s,
                       u"touch"_s, u"evidence"_s, u"feedback"_s, u"score"_s, u"suggestions"_s},
                      {}};
    for (const OpportunityHealthItem& i : r.items) {
        if (i.score < r.threshold)
            items.rows.append({i.opportunityId, i.title, i.ownerId, text(names.rep(i.ownerId)), i.stage,
                               stageName(i.stage), i.touchScore, i.evidenceScore, i.feedbackScore, i.score,
                               text(i.suggestions.join(u"; "_s))});
    }
    return {summary, items};
}

ReportTables ReportFigures::points(const BehaviourPointsResult& r, const ReportNames& names) {
    ReportTable board{u"leaderboard"_s,
                      {u"rank"_s, u"rep_id"_s, u"rep_name"_s, u"team_id"_s, u"team_name"_s, u"points"_s, u"actions"_s},
                      {}};
    ReportTable byCategory{
        u"by_category"_s, {u"rep_id"_s, u"rep_name"_s, u"category"_s, u"category_name"_s, u"points"_s}, {}};
    for (const LeaderboardEntry& e : r.leaderboard) {
        board.rows.append(
            {e.rank, e.repId, text(e.name), text(e.teamId), text(names.team(e.teamId)), e.points, e.actions});
        for (const QString& c : r.categories)
            byCategory.rows.append({e.repId, text(e.name), c, Labels::category(c), e.byCategory.value(c, 0)});
    }
    ReportTable newReps{u"new_reps"_s,
                        {u"rep_id"_s, u"rep_name"_s, u"hired_at"_s, u"pain_point_interviews"_s,
                         u"pain_point_interviews_target"_s, u"solution_drafts"_s, u"solution_drafts_target"_s,
                         u"complete"_s},
                        {}};
    for (const OnboardingProgress& p : r.newReps)
        newReps.rows.append({p.repId, text(p.name), time(p.hiredAt), p.interviews, p.interviewsTarget, p.drafts,
                             p.draftsTarget, p.complete()});
    return {board, byCategory, newReps};
}

ReportTables ReportFigures::forecast(const ForecastResult& r, const ReportNames& names) {
    const ForecastBoard& b = r.board;
    ReportTable board{
        u"board"_s,
        {u"deals"_s, u"amount"_s, u"backed_pct"_s, u"backed_amount_pct"_s, u"fresh_evidence_pct"_s,
         u"accuracy_window_forecast_amount"_s, u"accuracy_window_won_amount"_s, u"deviation_pct"_s, u"accuracy_pct"_s,
         u"past_expected_close"_s},
        {{b.deals, b.amount, percent(b.backedShare), percent(b.backedAmountShare), percent(b.freshShare),
          b.windowForecastAmount, b.windowWonAmount, percent(b.deviation), percent(b.accuracy), b.pastExpectedClose}}};
    ReportTable deals{u"deals"_s,
                      {u"opportunity_id"_s, u"title"_s, u"owner_id"_s, u"owner_name"_s, u"stage"_s, u"stage_name"_s,
                       u"amount"_s, u"expected_close"_s, u"evidence_kinds"_s, u"high_risk"_s, u"fresh_evidence"_s,
                       u"past_expected_close"_s, u"days_past_expected_close"_s, u"similar_count"_s,
                       u"similar_mean_days"_s, u"similar_spread_days"_s},
                      {}};
    // The spread is empty below Forecast::minSpreadSample similar deals: a range over one or two says nothing.
    for (const ForecastDeal& d : r.deals)
        deals.rows.append({d.opportunityId, d.title, d.ownerId, text(names.rep(d.ownerId)), d.stage, stageName(d.stage),
                           d.amount, time(d.expectedClose), d.signalKinds, d.highRisk, d.fresh, d.pastExpectedClose,
                           d.daysPastExpectedClose, d.similar.count, opt(d.similar.meanDays),
                           opt(d.similar.spreadDays)});
    ReportTable causes{u"root_causes"_s,
                       {u"opportunity_id"_s, u"title"_s, u"amount"_s, u"cause"_s, u"detail"_s, u"under_evidenced"_s},
                       {}};
    for (const ForecastRootCause& c : b.rootCauses)
        causes.rows.append({c.opportunityId, c.title, c.amount, c.cause, text(c.detail), c.underEvidenced});
    return {board, deals, causes};
}

ReportTables ReportFigures::payments(const PaymentCountdownResult& r, const ReportNames& names) {
    ReportTable summary{u"summary"_s,
                        {u"status"_s, u"count"_s, u"amount"_s},
                        {{u"overdue"_s, r.overdue.count, r.overdue.amount},
                         {u"reminder"_s, r.reminder.count, r.reminder.amount},
                         {u"upcoming"_s, r.upcoming.count, r.upcoming.amount}}};
    ReportTable items{u"items"_s,
                      {u"milestone_id"_s, u"opportunity_id"_s, u"title"_s, u"owner_id"_s, u"owner_name"_s, u"due"_s,
                       u"amount"_s, u"days_left"_s, u"status"_s},
                      {}};
    for (const PaymentItem& i : r.items)
        items.rows.append({i.milestoneId, i.opportunityId, i.title, i.ownerId, text(names.rep(i.ownerId)),
                           time(i.dueAt), i.amount, i.daysLeft, PaymentCountdown::statusName(i.status)});
    return {summary, items};
}

ReportTables ReportFigures::sandbox(const ProcessSandboxResult& r, const ReportNames&) {
    ReportTable corr{u"correlation"_s, {u"metric"_s, u"n"_s, u"r"_s, u"reading"_s}, {}};
    for (const SandboxCorrelation* c : {&r.xVsWin, &r.yVsWin})
        corr.rows.append({c->metric, c->n, opt(c->r), text(c->note)});
    QString x = metricColumn(r.metricX), y = metricColumn(r.metricY);
    if (x == y)
        y += u"_2"_s;
    ReportTable reps{u"reps"_s, {u"rep_id"_s, u"rep_name"_s, x, y, u"win_rate_pct"_s, u"closed"_s}, {}};
    for (const SandboxRep& s : r.reps)
        reps.rows.append({s.repId, text(s.name), metricValue(r.metricX, s.x), metricValue(r.metricY, s.y),
                          percent(s.winRate), s.closed});
    return {corr, reps};
}

} // namespace Stride
