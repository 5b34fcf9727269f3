#include "reportcolumns.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

struct Known {
    const char* header; // English source text, translated in the context "ReportColumns"
    XlsxCell kind;
};

// Every column ReportFigures writes (docs/reports.md), with its header and the kind of its cells.
// NOLINTNEXTLINE(readability-function-size): a lookup table, one line a column, not logic
const QHash<QString, Known>& known() {
    static const QHash<QString, Known> all{
        // people, teams, deals, customers and their ids
        {u"id"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Id"), XlsxCell::Text}},
        {u"name"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Name"), XlsxCell::Text}},
        {u"title"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Opportunity"), XlsxCell::Text}},
        {u"opportunity_id"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Opportunity id"), XlsxCell::Text}},
        {u"milestone_id"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Milestone id"), XlsxCell::Text}},
        {u"owner_id"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Owner id"), XlsxCell::Text}},
        {u"owner_name"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Owner"), XlsxCell::Text}},
        {u"supervisor_id"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Supervisor id"), XlsxCell::Text}},
        {u"supervisor_name"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Supervisor"), XlsxCell::Text}},
        {u"rep_id"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Rep id"), XlsxCell::Text}},
        {u"rep_name"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Rep"), XlsxCell::Text}},
        {u"team_id"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Team id"), XlsxCell::Text}},
        {u"team_name"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Team"), XlsxCell::Text}},
        {u"customer_id"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Customer id"), XlsxCell::Text}},
        {u"customer_name"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Customer"), XlsxCell::Text}},
        {u"level"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Level"), XlsxCell::Text}},
        {u"kind"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Kind"), XlsxCell::Text}},
        // stages, reasons, categories: the code beside its label
        {u"stage"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Stage code"), XlsxCell::Text}},
        {u"stage_name"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Stage"), XlsxCell::Text}},
        {u"reason"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Reason code"), XlsxCell::Text}},
        {u"reason_name"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Lost reason"), XlsxCell::Text}},
        {u"lost_reason"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Lost reason code"), XlsxCell::Text}},
        {u"lost_reason_name"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Lost reason"), XlsxCell::Text}},
        {u"category"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Category code"), XlsxCell::Text}},
        {u"category_name"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Category"), XlsxCell::Text}},
        // funnel
        {u"total"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Opportunities"), XlsxCell::Integer}},
        {u"won"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Won"), XlsxCell::Integer}},
        {u"lost"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Lost"), XlsxCell::Integer}},
        {u"win_rate_pct"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Win rate"), XlsxCell::Percent}},
        {u"current"_s, {QT_TRANSLATE_NOOP("ReportColumns", "In stage now"), XlsxCell::Integer}},
        {u"reached"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Reached"), XlsxCell::Integer}},
        {u"conversion_to_next_pct"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Conversion to next"), XlsxCell::Percent}},
        {u"completed_stays"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Completed stays"), XlsxCell::Integer}},
        {u"mean_days"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Mean days"), XlsxCell::Number}},
        {u"median_days"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Median days"), XlsxCell::Number}},
        {u"count"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Count"), XlsxCell::Integer}},
        // dwell
        {u"green"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Green"), XlsxCell::Integer}},
        {u"yellow"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Yellow"), XlsxCell::Integer}},
        {u"red"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Red"), XlsxCell::Integer}},
        {u"stage_entered_at"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Stage entered"), XlsxCell::DateTime}},
        {u"last_activity_at"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Last activity"), XlsxCell::DateTime}},
        {u"idle_days"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Idle days"), XlsxCell::Number}},
        {u"last_activity_is_visit"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Last activity a visit"), XlsxCell::Boolean}},
        {u"yellow_after_days"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Yellow after days"), XlsxCell::Integer}},
        {u"red_after_days"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Red after days"), XlsxCell::Integer}},
        {u"light"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Light"), XlsxCell::Light}},
        // process health
        {u"due"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Due"), XlsxCell::DateTime}},
        {u"done"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Done"), XlsxCell::Integer}},
        {u"completion_pct"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Completion"), XlsxCell::Percent}},
        {u"top_missing"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Most missed actions"), XlsxCell::Text}},
        // coverage
        {u"target_pct"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Target"), XlsxCell::Percent}},
        {u"declined_two_complete_months"_s,
         {QT_TRANSLATE_NOOP("ReportColumns", "Declined two months in a row"), XlsxCell::Boolean}},
        {u"month"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Month"), XlsxCell::Text}},
        {u"partial"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Month not over"), XlsxCell::Boolean}},
        {u"due_reps"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Reps due"), XlsxCell::Integer}},
        {u"covered_reps"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Reps covered"), XlsxCell::Integer}},
        {u"coverage_pct"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Coverage"), XlsxCell::Percent}},
        {u"met_target"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Met the target"), XlsxCell::Boolean}},
        {u"below_target"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Below the target"), XlsxCell::Boolean}},
        // risk
        {u"cases"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Cases"), XlsxCell::Integer}},
        {u"slow_service"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Slow service"), XlsxCell::Integer}},
        {u"demo_without_quote"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Demo without quote"), XlsxCell::Integer}},
        {u"no_follow_up"_s, {QT_TRANSLATE_NOOP("ReportColumns", "No follow-up"), XlsxCell::Integer}},
        {u"unflagged"_s, {QT_TRANSLATE_NOOP("ReportColumns", "No flag"), XlsxCell::Integer}},
        {u"lost_or_churned_at"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Lost or churned"), XlsxCell::DateTime}},
        {u"purchase_cycle_days"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Purchase cycle days"), XlsxCell::Number}},
        // opportunity health
        {u"opportunities"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Opportunities"), XlsxCell::Integer}},
        {u"mean_score"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Mean score"), XlsxCell::Number}},
        {u"below_threshold"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Below the threshold"), XlsxCell::Integer}},
        {u"threshold"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Threshold"), XlsxCell::Number}},
        {u"touch"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Touch"), XlsxCell::Number}},
        {u"evidence"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Evidence"), XlsxCell::Number}},
        {u"feedback"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Feedback"), XlsxCell::Number}},
        {u"score"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Score"), XlsxCell::Number}},
        {u"suggestions"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Suggestions"), XlsxCell::Text}},
        // behaviour points
        {u"rank"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Rank"), XlsxCell::Integer}},
        {u"points"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Points"), XlsxCell::Number}},
        {u"actions"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Actions"), XlsxCell::Integer}},
        {u"hired_at"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Hired"), XlsxCell::DateTime}},
        {u"pain_point_interviews"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Pain-point interviews"), XlsxCell::Integer}},
        {u"pain_point_interviews_target"_s,
         {QT_TRANSLATE_NOOP("ReportColumns", "Pain-point interviews target"), XlsxCell::Integer}},
        {u"solution_drafts"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Solution drafts"), XlsxCell::Integer}},
        {u"solution_drafts_target"_s,
         {QT_TRANSLATE_NOOP("ReportColumns", "Solution drafts target"), XlsxCell::Integer}},
        {u"complete"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Complete"), XlsxCell::Boolean}},
        // forecast
        {u"deals"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Deals"), XlsxCell::Integer}},
        {u"amount"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Amount"), XlsxCell::Amount}},
        {u"backed_pct"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Backed by evidence"), XlsxCell::Percent}},
        {u"backed_amount_pct"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Amount backed by evidence"), XlsxCell::Percent}},
        {u"fresh_evidence_pct"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Fresh evidence"), XlsxCell::Percent}},
        {u"accuracy_window_forecast_amount"_s,
         {QT_TRANSLATE_NOOP("ReportColumns", "Forecast amount (90 days)"), XlsxCell::Amount}},
        {u"accuracy_window_won_amount"_s,
         {QT_TRANSLATE_NOOP("ReportColumns", "Won amount (90 days)"), XlsxCell::Amount}},
        {u"deviation_pct"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Deviation"), XlsxCell::Percent}},
        {u"accuracy_pct"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Accuracy"), XlsxCell::Percent}},
        {u"past_expected_close"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Past expected close"), XlsxCell::Integer}},
        {u"expected_close"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Expected close"), XlsxCell::DateTime}},
        {u"evidence_kinds"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Evidence kinds"), XlsxCell::Integer}},
        {u"high_risk"_s, {QT_TRANSLATE_NOOP("ReportColumns", "High risk"), XlsxCell::Boolean}},
        {u"fresh_evidence"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Fresh evidence"), XlsxCell::Boolean}},
        {u"days_past_expected_close"_s,
         {QT_TRANSLATE_NOOP("ReportColumns", "Days past expected close"), XlsxCell::Integer}},
        {u"similar_count"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Similar deals"), XlsxCell::Integer}},
        {u"similar_mean_days"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Similar deals' mean days"), XlsxCell::Number}},
        {u"similar_spread_days"_s,
         {QT_TRANSLATE_NOOP("ReportColumns", "Similar deals' spread in days"), XlsxCell::Number}},
        {u"cause"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Cause"), XlsxCell::Text}},
        {u"detail"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Detail"), XlsxCell::Text}},
        {u"under_evidenced"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Under-evidenced"), XlsxCell::Boolean}},
        // payments
        {u"status"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Status"), XlsxCell::Text}},
        {u"days_left"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Days left"), XlsxCell::Integer}},
        // sandbox
        {u"metric"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Metric"), XlsxCell::Text}},
        {u"n"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Reps with data"), XlsxCell::Integer}},
        {u"r"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Correlation r"), XlsxCell::Number}},
        {u"reading"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Reading"), XlsxCell::Text}},
        {u"closed"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Closed deals"), XlsxCell::Integer}},
        {u"visits"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Visits"), XlsxCell::Integer}},
        {u"call_minutes"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Call minutes"), XlsxCell::Number}},
        {u"onsite_share_pct"_s, {QT_TRANSLATE_NOOP("ReportColumns", "On-site share"), XlsxCell::Percent}},
        {u"needs_rate_pct"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Needs rate"), XlsxCell::Percent}},
        {u"key_action_rate_pct"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Key-action rate"), XlsxCell::Percent}},
        {u"onsite_share"_s, {QT_TRANSLATE_NOOP("ReportColumns", "On-site share"), XlsxCell::Number}},
        {u"needs_rate"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Needs rate"), XlsxCell::Number}},
        {u"key_action_rate"_s, {QT_TRANSLATE_NOOP("ReportColumns", "Key-action rate"), XlsxCell::Number}},
    };
    return all;
}

bool isFlagValue(const QVariant& v) {
    return v.typeId() == QMetaType::Bool;
}

bool isNumberValue(const QVariant& v) {
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

// The sandbox names a metric chosen twice "<metric>_2".
QString second(const QString& column) {
    return column.endsWith(u"_2"_s) && known().contains(column.chopped(2)) ? column.chopped(2) : QString();
}

} // namespace

XlsxCell ReportColumns::kind(const QString& column) {
    if (const auto it = known().constFind(column); it != known().cend())
        return it->kind;
    if (const QString base = second(column); !base.isEmpty())
        return kind(base);
    if (column.endsWith(u"_pct"_s))
        return XlsxCell::Percent;
    if (column.endsWith(u"_at"_s))
        return XlsxCell::DateTime;
    if (column.endsWith(u"_amount"_s))
        return XlsxCell::Amount;
    return XlsxCell::Text;
}

QString ReportColumns::header(const QString& column) {
    if (const auto it = known().constFind(column); it != known().cend())
        return QCoreApplication::translate("ReportColumns", it->header);
    if (const QString base = second(column); !base.isEmpty())
        return header(base) + u" (2)"_s;
    QString h = column;
    h.replace(u'_', u' ');
    if (!h.isEmpty())
        h[0] = h[0].toUpper();
    return h;
}

bool ReportColumns::hidden(const QString& column, const QStringList& columns) {
    if (column == u"id"_s || column.endsWith(u"_id"_s))
        return true;
    return columns.contains(column + u"_name"_s); // a code beside its label
}

QList<int> ReportColumns::order(const QStringList& columns) {
    QList<int> shown, ids;
    for (int i = 0; i < columns.size(); ++i)
        (hidden(columns[i], columns) ? ids : shown).append(i);
    return shown + ids;
}

QList<XlsxColumn> ReportColumns::columns(const ReportTable& table, const QList<int>& order) {
    QList<XlsxColumn> out;
    for (const int i : order) {
        const QString& name = table.columns[i];
        XlsxColumn c{header(name), kind(name), hidden(name, table.columns)};
        // The cells decide where one name means two things: "due" is a date in payments and a count in process
        // health; "past_expected_close" a count on the board and a flag per deal.
        for (const QVariantList& row : table.rows) {
            const QVariant& v = row.value(i);
            if (v.isNull())
                continue;
            if (isFlagValue(v))
                c.kind = XlsxCell::Boolean;
            else if ((c.kind == XlsxCell::Boolean || c.kind == XlsxCell::DateTime || c.kind == XlsxCell::Date) &&
                     isNumberValue(v))
                c.kind = XlsxCell::Integer;
            break;
        }
        out.append(c);
    }
    return out;
}

QVariantList ReportColumns::row(const ReportTable& table, const QList<int>& order, const QVariantList& cells) {
    QVariantList out;
    out.reserve(order.size());
    for (const int i : order)
        out.append(value(table.columns[i], cells.value(i)));
    return out;
}

QString ReportColumns::light(const QString& code) {
    if (code == u"green"_s)
        return tr("green");
    if (code == u"yellow"_s)
        return tr("yellow");
    if (code == u"red"_s)
        return tr("red");
    if (code == u"no data"_s)
        return tr("no data");
    return code;
}

QVariant ReportColumns::value(const QString& column, const QVariant& cell) {
    if (cell.typeId() != QMetaType::QString)
        return cell;
    const QString s = cell.toString();
    if (column == u"light"_s)
        return light(s);
    if (column == u"level"_s) {
        if (s == u"org"_s)
            return tr("organisation");
        if (s == u"team"_s)
            return tr("team");
        if (s == u"rep"_s)
            return tr("rep");
    } else if (column == u"kind"_s) {
        if (s == u"lost"_s)
            return tr("lost deal");
        if (s == u"churned"_s)
            return tr("churned customer");
    } else if (column == u"status"_s) {
        if (s == u"overdue"_s)
            return tr("overdue");
        if (s == u"reminder"_s)
            return tr("reminder");
        if (s == u"upcoming"_s)
            return tr("upcoming");
    } else if (column == u"metric"_s) {
        return header(s);
    }
    return cell;
}

QString ReportColumns::figureTitle(const QString& figure) {
    static const QHash<QString, const char*> titles{
        {u"funnel"_s, QT_TR_NOOP("Funnel")},
        {u"dwell"_s, QT_TR_NOOP("Stage dwell")},
        {u"health"_s, QT_TR_NOOP("Process health")},
        {u"coverage"_s, QT_TR_NOOP("Coverage")},
        {u"risk"_s, QT_TR_NOOP("Risk")},
        {u"opp-health"_s, QT_TR_NOOP("Opportunity health")},
        {u"points"_s, QT_TR_NOOP("Behaviour points")},
        {u"forecast"_s, QT_TR_NOOP("Forecast")},
        {u"payments"_s, QT_TR_NOOP("Payments")},
        {u"sandbox"_s, QT_TR_NOOP("Process sandbox")},
    };
    const char* title = titles.value(figure);
    return title ? tr(title) : figure;
}

QString ReportColumns::tableCaption(const QString& figure, const QString& table) {
    static const QHash<QString, const char*> captions{
        {u"funnel/summary"_s, QT_TR_NOOP("Summary")},
        {u"funnel/stages"_s, QT_TR_NOOP("Stages")},
        {u"funnel/lost_reasons"_s, QT_TR_NOOP("Lost reasons")},
        {u"dwell/summary"_s, QT_TR_NOOP("Lights by stage")},
        {u"dwell/items"_s, QT_TR_NOOP("Yellow and red opportunities")},
        {u"health/lights"_s, QT_TR_NOOP("Standard actions done by level")},
        {u"coverage/alerts"_s, QT_TR_NOOP("Alerts")},
        {u"coverage/months"_s, QT_TR_NOOP("Coverage by month")},
        {u"coverage/chart"_s, QT_TR_NOOP("Organisation coverage against the target")},
        {u"risk/summary"_s, QT_TR_NOOP("Summary")},
        {u"risk/cases"_s, QT_TR_NOOP("Cases")},
        {u"opp-health/summary"_s, QT_TR_NOOP("Summary")},
        {u"opp-health/items"_s, QT_TR_NOOP("Opportunities below the threshold")},
        {u"points/leaderboard"_s, QT_TR_NOOP("Leaderboard")},
        {u"points/by_category"_s, QT_TR_NOOP("Points by category")},
        {u"points/new_reps"_s, QT_TR_NOOP("New reps")},
        {u"points/chart"_s, QT_TR_NOOP("Points by rep and category")},
        {u"forecast/board"_s, QT_TR_NOOP("Board")},
        {u"forecast/deals"_s, QT_TR_NOOP("Deals")},
        {u"forecast/root_causes"_s, QT_TR_NOOP("Root causes")},
        {u"forecast/chart"_s, QT_TR_NOOP("Amount backed by evidence")},
        {u"payments/summary"_s, QT_TR_NOOP("Summary")},
        {u"payments/items"_s, QT_TR_NOOP("Milestones")},
        {u"sandbox/correlation"_s, QT_TR_NOOP("Correlation with the win rate")},
        {u"sandbox/reps"_s, QT_TR_NOOP("Reps")},
    };
    const char* caption = captions.value(figure + u'/' + table);
    return caption ? tr(caption) : header(table);
}

} // namespace Stride
