#include "reportcommand.h"

#include "analytics/behaviourpoints.h"
#include "analytics/coveragekpi.h"
#include "analytics/dwelllights.h"
#include "analytics/forecast.h"
#include "analytics/funnel.h"
#include "analytics/opportunityhealth.h"
#include "analytics/orgcalendar.h"
#include "analytics/paymentcountdown.h"
#include "analytics/processhealth.h"
#include "analytics/processsandbox.h"
#include "analytics/riskattribution.h"
#include "cliutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace Stride::Cli {

namespace {

// Every figure is printed as named tables; JSON turns each into an array of objects. A null cell is "no data".
struct Table {
    QString name;
    QStringList columns;
    QList<QVariantList> rows;
};
using Tables = QList<Table>;

QVariant opt(const std::optional<double>& v) {
    return v ? QVariant(*v) : QVariant();
}
QVariant time(qint64 secs) {
    return secs ? QVariant(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate)) : QVariant();
}

Tables funnel(const FunnelResult& r) {
    Table stages{
        u"stages"_s,
        {u"stage"_s, u"current"_s, u"reached"_s, u"conversion_to_next"_s, u"stays"_s, u"mean_days"_s, u"median_days"_s},
        {}};
    for (const FunnelStage& s : r.stages)
        stages.rows.append(
            {s.stage, s.current, s.reached, opt(s.conversionToNext), s.stays, opt(s.meanDays), opt(s.medianDays)});
    Table summary{
        u"summary"_s, {u"total"_s, u"won"_s, u"lost"_s, u"win_rate"_s}, {{r.total, r.won, r.lost, opt(r.winRate)}}};
    Table lost{u"lost_reasons"_s, {u"reason"_s, u"count"_s}, {}};
    for (const LostReasonCount& l : r.lostReasons)
        lost.rows.append({l.reason, l.count});
    return {summary, stages, lost};
}

Tables dwell(const DwellResult& r) {
    Table summary{u"summary"_s, {u"stage"_s, u"green"_s, u"yellow"_s, u"red"_s}, {}};
    for (auto it = r.perStage.cbegin(); it != r.perStage.cend(); ++it)
        summary.rows.append({it.key(), it->value(0), it->value(1), it->value(2)});
    summary.rows.append({u"all"_s, r.green, r.yellow, r.red});
    Table items{u"items"_s,
                {u"opportunity"_s, u"title"_s, u"owner"_s, u"supervisor"_s, u"stage"_s, u"idle_days"_s, u"light"_s},
                {}};
    for (const DwellItem& i : r.items)
        if (i.light != Light::Green)
            items.rows.append(
                {i.opportunityId, i.title, i.ownerId, i.supervisorId, i.stage, i.idleDays, lightName(i.light)});
    return {summary, items};
}

Tables health(const ProcessHealthResult& r) {
    Table t{u"lights"_s,
            {u"level"_s, u"id"_s, u"name"_s, u"due"_s, u"done"_s, u"completion"_s, u"light"_s, u"top_missing"_s},
            {}};
    auto add = [&t](const QString& level, const HealthLine& l) {
        QStringList missing;
        for (const MissingAction& m : l.topMissing)
            missing << u"%1 (%2)"_s.arg(m.actionName).arg(m.missed);
        t.rows.append(
            {level, l.id, l.name, l.due, l.done, opt(l.completion), lightName(l.light), missing.join(u"; "_s)});
    };
    add(u"org"_s, r.org);
    for (const HealthLine& l : r.teams)
        add(u"team"_s, l);
    for (const HealthLine& l : r.reps)
        add(u"rep"_s, l);
    return {t};
}

Tables coverage(const CoverageResult& r) {
    Table t{u"months"_s,
            {u"series"_s, u"name"_s, u"month"_s, u"due_reps"_s, u"covered_reps"_s, u"coverage_pct"_s, u"met_target"_s},
            {}};
    Table alerts{u"alerts"_s, {u"series"_s, u"name"_s, u"target_pct"_s, u"declined_two_months"_s}, {}};
    QList<const CoverageSeries*> all{&r.org};
    for (const CoverageSeries& s : r.teams)
        all << &s;
    for (const CoverageSeries* s : all) {
        for (const CoverageMonth& m : s->months)
            t.rows.append({s->id, s->name, m.month, m.dueReps, m.coveredReps, opt(m.coverage), m.metTarget});
        alerts.rows.append({s->id, s->name, r.target, s->alert});
    }
    return {alerts, t};
}

Tables risk(const RiskResult& r) {
    Table summary{
        u"summary"_s,
        {u"kind"_s, u"cases"_s, u"slow_service"_s, u"demo_without_quote"_s, u"no_follow_up"_s, u"unflagged"_s},
        {}};
    for (const auto& [kind, c] : {std::pair{u"lost"_s, r.lost}, std::pair{u"churned"_s, r.churned}})
        summary.rows.append({kind, c.cases, c.slowService, c.demoWithoutQuote, c.noFollowUp, c.unflagged});
    Table cases{u"cases"_s,
                {u"kind"_s, u"id"_s, u"name"_s, u"owner"_s, u"at"_s, u"lost_reason"_s, u"cycle_days"_s,
                 u"slow_service"_s, u"demo_without_quote"_s, u"no_follow_up"_s},
                {}};
    for (const RiskCase& c : r.cases) {
        const bool lost = c.kind == RiskCase::Kind::LostDeal;
        cases.rows.append({lost ? u"lost"_s : u"churned"_s, c.id, c.name, c.ownerId, time(c.at),
                           lost ? QVariant(c.lostReason) : QVariant(), lost ? QVariant() : QVariant(c.cycleDays),
                           c.slowService, c.demoWithoutQuote, c.noFollowUp});
    }
    return {summary, cases};
}

Tables oppHealth(const OpportunityHealthResult& r) {
    Table summary{u"summary"_s,
                  {u"opportunities"_s, u"mean_score"_s, u"below_threshold"_s, u"threshold"_s},
                  {{r.items.size(), opt(r.meanScore), r.below, r.threshold}}};
    Table items{u"items"_s,
                {u"opportunity"_s, u"title"_s, u"owner"_s, u"stage"_s, u"touch"_s, u"evidence"_s, u"feedback"_s,
                 u"score"_s, u"suggestions"_s},
                {}};
    for (const OpportunityHealthItem& i : r.items)
        if (i.score < r.threshold)
            items.rows.append({i.opportunityId, i.title, i.ownerId, i.stage, i.touchScore, i.evidenceScore,
                               i.feedbackScore, i.score, i.suggestions.join(u"; "_s)});
    return {summary, items};
}

Tables points(const BehaviourPointsResult& r) {
    Table board{u"leaderboard"_s, {u"rank"_s, u"rep"_s, u"name"_s, u"points"_s, u"actions"_s}, {}};
    board.columns << r.categories;
    for (const LeaderboardEntry& e : r.leaderboard) {
        QVariantList row{e.rank, e.repId, e.name, e.points, e.actions};
        for (const QString& c : r.categories)
            row << e.byCategory.value(c, 0);
        board.rows.append(row);
    }
    Table fresh{u"new_reps"_s,
                {u"rep"_s, u"name"_s, u"hired"_s, u"pain_point_interviews"_s, u"solution_drafts"_s, u"complete"_s},
                {}};
    for (const OnboardingProgress& p : r.newReps)
        fresh.rows.append({p.repId, p.name, time(p.hiredAt), u"%1/%2"_s.arg(p.interviews).arg(p.interviewsTarget),
                           u"%1/%2"_s.arg(p.drafts).arg(p.draftsTarget), p.complete()});
    return {board, fresh};
}

Tables forecast(const ForecastResult& r) {
    const ForecastBoard& b = r.board;
    Table board{u"board"_s,
                {u"deals"_s, u"amount"_s, u"backed_share"_s, u"backed_amount_share"_s, u"fresh_share"_s,
                 u"window_forecast"_s, u"window_won"_s, u"deviation"_s, u"accuracy"_s},
                {{b.deals, b.amount, opt(b.backedShare), opt(b.backedAmountShare), opt(b.freshShare),
                  b.windowForecastAmount, b.windowWonAmount, opt(b.deviation), opt(b.accuracy)}}};
    Table deals{u"deals"_s,
                {u"opportunity"_s, u"title"_s, u"owner"_s, u"stage"_s, u"amount"_s, u"expected_close"_s,
                 u"signal_kinds"_s, u"high_risk"_s, u"fresh"_s, u"similar_count"_s, u"similar_mean_days"_s,
                 u"similar_spread_days"_s},
                {}};
    for (const ForecastDeal& d : r.deals)
        deals.rows.append({d.opportunityId, d.title, d.ownerId, d.stage, d.amount, time(d.expectedClose), d.signalKinds,
                           d.highRisk, d.fresh, d.similar.count, opt(d.similar.meanDays), opt(d.similar.spreadDays)});
    Table causes{u"root_causes"_s,
                 {u"opportunity"_s, u"title"_s, u"amount"_s, u"cause"_s, u"detail"_s, u"under_evidenced"_s},
                 {}};
    for (const ForecastRootCause& c : b.rootCauses)
        causes.rows.append({c.opportunityId, c.title, c.amount, c.cause, c.detail, c.underEvidenced});
    return {board, deals, causes};
}

Tables payments(const PaymentCountdownResult& r) {
    Table summary{u"summary"_s,
                  {u"status"_s, u"count"_s, u"amount"_s},
                  {{u"overdue"_s, r.overdue.count, r.overdue.amount},
                   {u"reminder"_s, r.reminder.count, r.reminder.amount},
                   {u"upcoming"_s, r.upcoming.count, r.upcoming.amount}}};
    Table items{
        u"items"_s,
        {u"milestone"_s, u"opportunity"_s, u"title"_s, u"owner"_s, u"due"_s, u"amount"_s, u"days_left"_s, u"status"_s},
        {}};
    for (const PaymentItem& i : r.items)
        items.rows.append({i.milestoneId, i.opportunityId, i.title, i.ownerId, time(i.dueAt), i.amount, i.daysLeft,
                           PaymentCountdown::statusName(i.status)});
    return {summary, items};
}

Tables sandbox(const ProcessSandboxResult& r) {
    Table corr{u"correlation"_s, {u"metric"_s, u"n"_s, u"r"_s, u"reading"_s}, {}};
    for (const SandboxCorrelation* c : {&r.xVsWin, &r.yVsWin})
        corr.rows.append({c->metric, c->n, opt(c->r), c->note});
    Table reps{u"reps"_s, {u"rep"_s, u"name"_s, r.metricX, r.metricY, u"win_rate"_s, u"closed"_s}, {}};
    if (r.metricX == r.metricY)
        reps.columns[3] = r.metricY + u"_2"_s;
    for (const SandboxRep& s : r.reps)
        reps.rows.append({s.repId, s.name, opt(s.x), opt(s.y), opt(s.winRate), s.closed});
    return {corr, reps};
}

QString cell(const QVariant& v) {
    if (v.isNull() || !v.isValid())
        return u"no data"_s;
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'f', 4).remove(QRegularExpression(u"\\.?0+$"_s));
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? u"yes"_s : u"no"_s;
    return v.toString();
}

QString csvField(QString s) {
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
        return u'"' + s.replace(u"\""_s, u"\"\""_s) + u'"';
    return s;
}

void printTable(QTextStream& out, const QString& figure, const Table& t) {
    out << "== " << figure << " / " << t.name << " ==\n";
    QList<int> width;
    for (const QString& c : t.columns)
        width << int(c.size());
    QList<QStringList> text;
    for (const QVariantList& row : t.rows) {
        QStringList cells;
        for (int i = 0; i < row.size(); ++i) {
            cells << cell(row.at(i));
            width[i] = std::min(60, std::max(width.at(i), int(cells.last().size())));
        }
        text << cells;
    }
    auto line = [&](const QStringList& cells) {
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i)
            padded << cells.at(i).leftJustified(width.at(i), u' ', true);
        out << padded.join(u"  "_s).trimmed() << '\n';
    };
    line(t.columns);
    for (const QStringList& cells : text)
        line(cells);
    if (t.rows.isEmpty())
        out << "(none)\n";
    out << '\n';
}

QJsonValue jsonValue(const QVariant& v) {
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    return QJsonValue::fromVariant(v);
}

} // namespace

QString ReportCommand::name() const {
    return u"report"_s;
}
QString ReportCommand::summary() const {
    return u"Dashboard figures: funnel, dwell, health, coverage, risk, opp-health, points, forecast, payments, "
           "sandbox, all"_s;
}

int ReportCommand::run(const QStringList& args, Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(u"NAME"_s, u"funnel, dwell, health, coverage, risk, opp-health, points, forecast, "
                                            "payments, sandbox or all"_s);
    parser.addOption({u"db"_s, u"The database file."_s, u"FILE"_s});
    parser.addOption({u"team"_s, u"Only this team (id)."_s, u"T"_s});
    parser.addOption({u"rep"_s, u"Only this rep (id)."_s, u"R"_s});
    parser.addOption({u"from"_s, u"First day of the period (YYYY-MM-DD, UTC)."_s, u"DATE"_s});
    parser.addOption({u"to"_s, u"Last day of the period, inclusive (YYYY-MM-DD, UTC)."_s, u"DATE"_s});
    parser.addOption({u"format"_s, u"table (default), json or csv."_s, u"FORMAT"_s, u"table"_s});
    parser.addOption(
        {u"now"_s, u"Evaluate as of this UTC time (ISO 8601; default: the current time)."_s, u"DATETIME"_s});
    parser.addOption({u"metrics"_s, u"Sandbox metrics X,Y (default call_minutes,needs_rate)."_s, u"X,Y"_s,
                      u"call_minutes,needs_rate"_s});
    int code = Ok;
    if (!parseArguments(parser, args, ctx, &code))
        return code;
    static const QStringList names{u"funnel"_s,     u"dwell"_s,  u"health"_s,   u"coverage"_s, u"risk"_s,
                                   u"opp-health"_s, u"points"_s, u"forecast"_s, u"payments"_s, u"sandbox"_s};
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || (!names.contains(pos.first()) && pos.first() != u"all"_s)) {
        ctx.err << "stride-cli report: give one NAME: " << names.join(u", "_s) << " or all\n";
        return UsageError;
    }
    const QString format = parser.value(u"format"_s);
    if (format != u"table"_s && format != u"json"_s && format != u"csv"_s) {
        ctx.err << "stride-cli report: --format must be table, json or csv\n";
        return UsageError;
    }
    QString path;
    if (!requireOption(parser, u"db"_s, ctx, &path))
        return UsageError;

    AnalyticsFilter filter;
    filter.teamId = parser.value(u"team"_s);
    filter.repId = parser.value(u"rep"_s);
    QDate fromDay, toDay; // turned into times in the organisation's calendar once the replica is open
    for (const QString& opt : {u"from"_s, u"to"_s}) {
        if (!parser.isSet(opt))
            continue;
        const QDate d = QDate::fromString(parser.value(opt), Qt::ISODate);
        if (!d.isValid()) {
            ctx.err << "stride-cli report: --" << opt << " must be a date YYYY-MM-DD, not '" << parser.value(opt)
                    << "'\n";
            return UsageError;
        }
        (opt == u"to"_s ? toDay : fromDay) = d;
    }
    if (fromDay.isValid() && toDay.isValid() && fromDay > toDay) {
        ctx.err << "stride-cli report: --from must not be after --to\n";
        return UsageError;
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(u"now"_s)) {
        now = QDateTime::fromString(parser.value(u"now"_s), Qt::ISODate);
        if (!now.isValid()) {
            ctx.err << "stride-cli report: --now must be an ISO 8601 time, not '" << parser.value(u"now"_s) << "'\n";
            return UsageError;
        }
        now = now.toUTC();
    }
    const FixedClock clock(now);
    const QStringList metrics = parser.value(u"metrics"_s).split(u',');
    if (metrics.size() != 2 || !ProcessSandbox::metrics().contains(metrics.at(0)) ||
        !ProcessSandbox::metrics().contains(metrics.at(1))) {
        ctx.err << "stride-cli report: --metrics takes two of " << ProcessSandbox::metrics().join(u", "_s) << '\n';
        return UsageError;
    }

    std::unique_ptr<Database> db = openDatabase(path, Database::Access::ReadOnly, ctx);
    if (!db)
        return DataError;
    for (const auto& [table, id] : {std::pair{u"teams"_s, filter.teamId}, std::pair{u"reps"_s, filter.repId}}) {
        if (id.isEmpty())
            continue;
        Result<QSqlQuery> q = db->exec(u"SELECT 1 FROM %1 WHERE id = ? AND deleted = 0"_s.arg(table), {id});
        if (!q || !q->next()) {
            ctx.err << "stride-cli report: no " << table.chopped(1) << " with id " << id << '\n';
            return DataError;
        }
    }

    // Days and months are the organisation's (its policy's time zone; UTC when the replica has none).
    const OrgCalendar calendar = OrgCalendar::of(*db, clock);
    if (fromDay.isValid())
        filter.from = calendar.startOf(fromDay);
    if (toDay.isValid())
        filter.to = calendar.startOf(toDay.addDays(1));

    const Database& d = *db;
    using Figure = std::function<Result<Tables>()>;
    auto wrap = [](auto result, auto toTables) -> Result<Tables> {
        if (!result)
            return fail(result.error());
        return toTables(*result);
    };
    const QMap<QString, Figure> figures{
        {u"funnel"_s, [&] { return wrap(Funnel::compute(d, filter), funnel); }},
        {u"dwell"_s, [&] { return wrap(DwellLights::compute(d, filter, clock), dwell); }},
        {u"health"_s, [&] { return wrap(ProcessHealth::compute(d, filter, clock), health); }},
        {u"coverage"_s, [&] { return wrap(CoverageKpi::compute(d, filter, clock), coverage); }},
        {u"risk"_s, [&] { return wrap(RiskAttribution::compute(d, filter, clock), risk); }},
        {u"opp-health"_s, [&] { return wrap(OpportunityHealth::compute(d, filter, clock), oppHealth); }},
        {u"points"_s,
         [&] {
             // Without a period the leaderboard is this month's.
             AnalyticsFilter f = filter;
             if (!f.from && !f.to)
                 f = BehaviourPoints::month(calendar.today(), filter, calendar);
             return wrap(BehaviourPoints::compute(d, f, clock), points);
         }},
        {u"forecast"_s, [&] { return wrap(Forecast::compute(d, filter, clock), forecast); }},
        {u"payments"_s, [&] { return wrap(PaymentCountdown::compute(d, filter, clock), payments); }},
        {u"sandbox"_s,
         [&] { return wrap(ProcessSandbox::compute(d, filter, clock, metrics.at(0), metrics.at(1)), sandbox); }},
    };

    const QStringList selected = pos.first() == u"all"_s ? names : QStringList{pos.first()};
    QJsonObject json;
    bool firstCsv = true;
    for (const QString& figure : selected) {
        Result<Tables> tables = figures.value(figure)();
        if (!tables) {
            ctx.err << "stride-cli report " << figure << ": " << tables.error() << '\n';
            return DataError;
        }
        QJsonObject fig;
        for (const Table& t : *tables) {
            if (format == u"table"_s) {
                printTable(ctx.out, figure, t);
            } else if (format == u"csv"_s) {
                if (!firstCsv)
                    ctx.out << '\n';
                firstCsv = false;
                ctx.out << "# " << figure << '.' << t.name << '\n';
                QStringList head;
                for (const QString& c : t.columns)
                    head << csvField(c);
                ctx.out << head.join(u',') << '\n';
                for (const QVariantList& row : t.rows) {
                    QStringList cells;
                    for (const QVariant& v : row)
                        cells << csvField(v.isNull() ? QString() : cell(v));
                    ctx.out << cells.join(u',') << '\n';
                }
            } else {
                QJsonArray rows;
                for (const QVariantList& row : t.rows) {
                    QJsonObject o;
                    for (int i = 0; i < t.columns.size(); ++i)
                        o.insert(t.columns.at(i), jsonValue(row.value(i)));
                    rows.append(o);
                }
                fig.insert(t.name, rows);
            }
        }
        json.insert(figure, fig);
    }
    if (format == u"json"_s) {
        const QJsonObject meta{{u"now"_s, now.toString(Qt::ISODate)},
                               {u"team"_s, filter.teamId.isEmpty() ? QJsonValue::Null : QJsonValue(filter.teamId)},
                               {u"rep"_s, filter.repId.isEmpty() ? QJsonValue::Null : QJsonValue(filter.repId)},
                               {u"from"_s, filter.from ? QJsonValue(parser.value(u"from"_s)) : QJsonValue::Null},
                               {u"to"_s, filter.to ? QJsonValue(parser.value(u"to"_s)) : QJsonValue::Null}};
        json.insert(u"filter"_s, meta);
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    }
    return Ok;
}

} // namespace Stride::Cli
