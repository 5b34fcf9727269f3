#include "listexport.h"

#include "domain/labels.h"
#include "export/reportnames.h"
#include "io/csvwriter.h"
#include "io/xlsxbook.h"
#include "storage/customertier.h"
#include "storage/database.h"
#include "storage/orgcalendar.h"
#include "storage/sqlstatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr const char* kContext = "ListExport";
constexpr qint64 kProgressEvery = 4096; // rows between progress reports
constexpr qint64 kCancelEvery = 512;    // rows between looks at the cancel flag

// A source string marked with QT_TRANSLATE_NOOP("ListExport", …), in the installed language.
QString translated(const char* source) {
    return QCoreApplication::translate(kContext, source);
}

using Label = QString (*)(const QString&);

// One column of a list: its header (translated when written), the SQL expression that reads it from the list's
// FROM clause, how its cells are written, and a label for stored codes (stage, channel …).
struct ListColumn {
    const char* header;
    QString sql;
    XlsxCell kind = XlsxCell::Text;
    Label label = nullptr;
    bool hidden = false; // ids, last
    // People and teams by a rep id, from the names read once (ReportNames): a join per row cost more than the
    // rest of the row.
    enum class Lookup { None, Rep, TeamOfRep, TeamIdOfRep } lookup = Lookup::None;
};

// The statement of a list: columns, then FROM … WHERE … ORDER BY with its bound values.
struct ListSql {
    const char* sheet; // the sheet's (and the title's) name, translated when written
    QList<ListColumn> columns;
    QString from;      // FROM and joins
    QString countFrom; // FROM and the joins the WHERE clause needs, for counting the rows
    QString where;     // " WHERE …"
    QString order;     // " ORDER BY …"
    QVariantList values;
    QString scopeDetail; // what the list selects besides team/rep: the period or the customers' filter
};

Label stageLabel() {
    return static_cast<QString (*)(const QString&)>(&Labels::stage);
}

QString dayText(const OrgCalendar& calendar, qint64 secs) {
    return calendar.dateOf(secs).toString(Qt::ISODate);
}

QString periodDetail(const AnalyticsFilter& scope, const OrgCalendar& calendar) {
    if (!scope.from && !scope.to)
        return QCoreApplication::translate("ListExport", "All time");
    return QCoreApplication::translate("ListExport", "Period: %1 to %2")
        .arg(scope.from ? dayText(calendar, scope.from) : u"…"_s, scope.to ? dayText(calendar, scope.to - 1) : u"…"_s);
}

// The action names of the organisation's catalogue in the chosen language (the stored English name otherwise).
QString behaviourName(bool chinese) {
    return chinese ? u"COALESCE(NULLIF(b.name_zh, ''), b.name)"_s : u"b.name"_s;
}

ListSql customersSql(const Database& db, const ListExport::Request& request) {
    ListSql l;
    l.sheet = QT_TRANSLATE_NOOP("ListExport", "Customers");
    using K = XlsxCell;
    l.columns = {
        {QT_TRANSLATE_NOOP("ListExport", "Customer"), u"c.name"_s},
        {QT_TRANSLATE_NOOP("ListExport", "English name"), u"c.name_en"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Industry"), u"c.industry"_s, K::Text, &Labels::industry},
        {QT_TRANSLATE_NOOP("ListExport", "Size"), u"c.size_band"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Region"), u"c.region"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Address"), u"c.address"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Owner"), u"c.owner_id"_s, K::Text, nullptr, false, ListColumn::Lookup::Rep},
        {QT_TRANSLATE_NOOP("ListExport", "Team"), u"c.owner_id"_s, K::Text, nullptr, false,
         ListColumn::Lookup::TeamOfRep},
        {QT_TRANSLATE_NOOP("ListExport", "Tier"), CustomerTier::sql()},
        {QT_TRANSLATE_NOOP("ListExport", "Tier pinned"), CustomerTier::pinnedSql(), K::Boolean},
        {QT_TRANSLATE_NOOP("ListExport", "Value score"), u"s.score"_s, K::Number},
        {QT_TRANSLATE_NOOP("ListExport", "Satisfaction"), u"c.satisfaction"_s, K::Number},
        {QT_TRANSLATE_NOOP("ListExport", "Trial participation"), u"c.trial_participation"_s, K::Percent},
        {QT_TRANSLATE_NOOP("ListExport", "Budget"), u"c.budget_band"_s, K::Text, &Labels::leadValue},
        {QT_TRANSLATE_NOOP("ListExport", "Decision chain"), u"c.decision_chain"_s, K::Text, &Labels::leadValue},
        {QT_TRANSLATE_NOOP("ListExport", "Demand stage"), u"c.demand_stage"_s, K::Text, &Labels::leadValue},
        {QT_TRANSLATE_NOOP("ListExport", "Tags"), u"c.tags"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Last visit"), u"lv.last_at"_s, K::DateTime},
        {QT_TRANSLATE_NOOP("ListExport", "Created"), u"c.created_at"_s, K::DateTime},
        {"customer_id", u"c.id"_s, K::Text, nullptr, true},
        {"owner_id", u"c.owner_id"_s, K::Text, nullptr, true},
        {"team_id", u"c.owner_id"_s, K::Text, nullptr, true, ListColumn::Lookup::TeamIdOfRep},
    };
    // Every customer's last live visit from its summary row (analytics_customer_visit, kept by triggers on the
    // visits; the Dwell lights read it too) instead of grouping the 1.7 million visits on every export.
    l.countFrom = u" FROM customers c LEFT JOIN customer_scores s ON s.customer_id = c.id"_s;
    l.from = l.countFrom + u" LEFT JOIN analytics_customer_visit lv ON lv.customer_id = c.id"_s;
    // The list's own filter (one definition: CustomerQuery's), then the team or rep the export is scoped to.
    CustomerQuery query(db);
    query.setFilter(request.customers);
    l.where = query.filterSql(l.values);
    l.where += u" AND "_s + request.scope.repCondition(u"c.owner_id"_s, l.values);
    l.order = u" ORDER BY c.name, c.rowid"_s;
    return l;
}

ListSql visitsSql(const ListExport::Request& request, bool chinese) {
    ListSql l;
    l.sheet = QT_TRANSLATE_NOOP("ListExport", "Visits");
    using K = XlsxCell;
    l.columns = {
        {QT_TRANSLATE_NOOP("ListExport", "When"), u"v.visited_at"_s, K::DateTime},
        {QT_TRANSLATE_NOOP("ListExport", "Customer"), u"c.name"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Rep"), u"v.rep_id"_s, K::Text, nullptr, false, ListColumn::Lookup::Rep},
        {QT_TRANSLATE_NOOP("ListExport", "Team"), u"v.rep_id"_s, K::Text, nullptr, false,
         ListColumn::Lookup::TeamOfRep},
        {QT_TRANSLATE_NOOP("ListExport", "Contact"), u"ct.name"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Channel"), u"v.channel"_s, K::Text, &Labels::channel},
        {QT_TRANSLATE_NOOP("ListExport", "Minutes"), u"v.duration_min"_s, K::Integer},
        {QT_TRANSLATE_NOOP("ListExport", "Behaviour"), behaviourName(chinese)},
        {QT_TRANSLATE_NOOP("ListExport", "Category"), u"b.category"_s, K::Text, &Labels::category},
        {QT_TRANSLATE_NOOP("ListExport", "Points"), u"b.points"_s, K::Integer},
        {QT_TRANSLATE_NOOP("ListExport", "Address"), u"v.address"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Summary"), u"v.summary"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Outcome"), u"v.outcome"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Competitor notes"), u"v.competitor_notes"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Next action"), u"v.next_action"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Next action due"), u"v.next_action_due"_s, K::DateTime},
        {QT_TRANSLATE_NOOP("ListExport", "No action because"), u"v.no_action_reason"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Insight"), u"v.insight"_s},
        {"visit_id", u"v.id"_s, K::Text, nullptr, true},
        {"customer_id", u"v.customer_id"_s, K::Text, nullptr, true},
        {"rep_id", u"v.rep_id"_s, K::Text, nullptr, true},
        {"contact_id", u"v.contact_id"_s, K::Text, nullptr, true},
        {"behaviour_type_id", u"v.behaviour_type_id"_s, K::Text, nullptr, true},
    };
    l.countFrom = u" FROM visits v"_s;
    l.from = u" FROM visits v LEFT JOIN customers c ON c.id = v.customer_id "
             "LEFT JOIN contacts ct ON ct.id = v.contact_id "
             "LEFT JOIN behaviour_types b ON b.id = v.behaviour_type_id"_s;
    // One statement each: the bound values are appended in the order the conditions appear.
    l.where = u" WHERE v.deleted = 0 AND "_s + request.scope.periodCondition(u"v.visited_at"_s, l.values);
    l.where += u" AND "_s + request.scope.repCondition(u"v.rep_id"_s, l.values);
    // The live visits' time index: the rows come in time order without a sort.
    l.order = u" ORDER BY v.visited_at, v.rowid"_s;
    return l;
}

ListSql opportunitiesSql(const ListExport::Request& request) {
    ListSql l;
    l.sheet = QT_TRANSLATE_NOOP("ListExport", "Opportunities");
    using K = XlsxCell;
    l.columns = {
        {QT_TRANSLATE_NOOP("ListExport", "Opportunity"), u"o.title"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Customer"), u"c.name"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Owner"), u"o.owner_id"_s, K::Text, nullptr, false, ListColumn::Lookup::Rep},
        {QT_TRANSLATE_NOOP("ListExport", "Team"), u"o.owner_id"_s, K::Text, nullptr, false,
         ListColumn::Lookup::TeamOfRep},
        {QT_TRANSLATE_NOOP("ListExport", "Stage"), u"o.stage"_s, K::Text, stageLabel()},
        {QT_TRANSLATE_NOOP("ListExport", "Amount"), u"o.amount"_s, K::Amount},
        {QT_TRANSLATE_NOOP("ListExport", "Expected close"), u"o.expected_close"_s, K::DateTime},
        {QT_TRANSLATE_NOOP("ListExport", "In forecast"), u"o.forecast"_s, K::Boolean},
        {QT_TRANSLATE_NOOP("ListExport", "In stage since"), u"o.stage_entered_at"_s, K::DateTime},
        {QT_TRANSLATE_NOOP("ListExport", "Lost reason"), u"o.lost_reason"_s, K::Text, &Labels::lostReason},
        {QT_TRANSLATE_NOOP("ListExport", "Industry"), u"o.industry"_s, K::Text, &Labels::industry},
        {QT_TRANSLATE_NOOP("ListExport", "Budget"), u"o.budget_band"_s, K::Text, &Labels::leadValue},
        {QT_TRANSLATE_NOOP("ListExport", "Decision chain"), u"o.decision_chain"_s, K::Text, &Labels::leadValue},
        {QT_TRANSLATE_NOOP("ListExport", "Demand stage"), u"o.demand_stage"_s, K::Text, &Labels::leadValue},
        {QT_TRANSLATE_NOOP("ListExport", "Tag"), u"o.auto_tag"_s},
        {QT_TRANSLATE_NOOP("ListExport", "Created"), u"o.created_at"_s, K::DateTime},
        {QT_TRANSLATE_NOOP("ListExport", "Closed"), u"o.closed_at"_s, K::DateTime},
        {"opportunity_id", u"o.id"_s, K::Text, nullptr, true},
        {"customer_id", u"o.customer_id"_s, K::Text, nullptr, true},
        {"owner_id", u"o.owner_id"_s, K::Text, nullptr, true},
    };
    l.countFrom = u" FROM opportunities o"_s;
    l.from = u" FROM opportunities o LEFT JOIN customers c ON c.id = o.customer_id"_s;
    // One statement each: the bound values are appended in the order the conditions appear.
    l.where = u" WHERE o.deleted = 0 AND "_s + request.scope.periodCondition(u"o.created_at"_s, l.values);
    l.where += u" AND "_s + request.scope.repCondition(u"o.owner_id"_s, l.values);
    l.order = u" ORDER BY o.created_at, o.rowid"_s;
    return l;
}

ListSql listSql(const Database& db, const ListExport::Request& request, bool chinese) {
    switch (request.list) {
    case ListExport::List::Customers:
        return customersSql(db, request);
    case ListExport::List::Visits:
        return visitsSql(request, chinese);
    case ListExport::List::Opportunities:
        break;
    }
    return opportunitiesSql(request);
}

// Turns a row of the statement into cells: codes to their labels, instants to the organisation's wall time.
class CellReader final {
public:
    CellReader(const QList<ListColumn>& columns, const ReportNames& names, const QTimeZone& zone, bool csv)
        : m_columns(columns)
        , m_names(names)
        , m_labels(columns.size())
        , m_zone(zone)
        , m_csv(csv) {}

    void read(const QSqlQuery& q, QVariantList& row) {
        row.clear();
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const QVariant v = q.value(int(i));
            const ListColumn& c = m_columns.at(i);
            if (v.isNull())
                row << QVariant();
            else if (c.lookup != ListColumn::Lookup::None)
                row << lookup(c.lookup, v.toString());
            else if (c.kind == XlsxCell::DateTime)
                row << (m_csv ? time(v.toLongLong()) : v); // a workbook shows instants in its zone itself
            else if (c.kind == XlsxCell::Boolean)
                row << QVariant(v.toLongLong() != 0);
            else if (c.label)
                row << label(i, v.toString());
            else
                row << v;
        }
    }

private:
    QVariant lookup(ListColumn::Lookup kind, const QString& repId) const {
        QString found;
        if (kind == ListColumn::Lookup::Rep)
            found = m_names.rep(repId);
        else if (kind == ListColumn::Lookup::TeamOfRep)
            found = m_names.team(m_names.teamOfRep(repId));
        else
            found = m_names.teamOfRep(repId);
        return found.isEmpty() ? QVariant() : QVariant(found);
    }

    QString label(qsizetype column, const QString& code) {
        QHash<QString, QString>& cache = m_labels[column];
        auto it = cache.constFind(code);
        if (it == cache.cend())
            it = cache.insert(code, m_columns.at(column).label(code));
        return *it;
    }

    // The wall time in the organisation's zone as text Excel reads as a date ("2026-11-20 18:00:00"): a spreadsheet's
    // dates have no zone.
    QVariant time(qint64 secs) {
        if (secs < m_windowFrom || secs >= m_windowTo)
            moveWindow(secs);
        const qint64 local = secs + m_offset;
        const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
        const qint64 inDay = local - days * 86400;
        int y = 0, m = 0, d = 0;
        QDate::fromJulianDay(days + 2440588).getDate(&y, &m, &d);
        char text[32];
        const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d", y, m, d, int(inDay / 3600),
                                    int(inDay / 60 % 60), int(inDay % 60));
        return QString::fromLatin1(text, n);
    }

    // The zone's offset holds between two transitions: one lookup serves every instant in between.
    void moveWindow(qint64 secs) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
        m_offset = m_zone.offsetFromUtc(at);
        m_windowFrom = std::numeric_limits<qint64>::min();
        m_windowTo = std::numeric_limits<qint64>::max();
        if (m_zone.hasTransitions()) {
            const QTimeZone::OffsetData before = m_zone.previousTransition(at.addSecs(1));
            const QTimeZone::OffsetData after = m_zone.nextTransition(at);
            if (before.atUtc.isValid())
                m_windowFrom = before.atUtc.toSecsSinceEpoch();
            if (after.atUtc.isValid())
                m_windowTo = after.atUtc.toSecsSinceEpoch();
            m_windowFrom = std::min(m_windowFrom, secs);
            m_windowTo = std::max(m_windowTo, secs + 1);
        }
    }

    const QList<ListColumn>& m_columns;
    const ReportNames& m_names;
    QList<QHash<QString, QString>> m_labels;
    QTimeZone m_zone;
    bool m_csv;
    qint64 m_offset = 0;
    qint64 m_windowFrom = 0, m_windowTo = 0;
};

// A batch of rows on their way from the reader thread to the workbook: cells row after row, their text in one block
// (each string followed by a NUL, as libxlsxwriter takes it). Batches are reused, so a long list costs no more
// memory than the first few batches.
struct CellBatch {
    std::vector<XlsxValue> cells;
    std::string text;
    int rows = 0;
};

constexpr int kBatchRows = 512; // rows of a batch
constexpr int kBatches = 4;     // batches in flight: the reader is at most this many batches ahead

// Reads the list's rows on a thread of its own and hands them over in batches of typed cells, so the calling thread
// only feeds the workbook (about half of the time of an export is the query and turning its rows into cells).
// The reader steps the statement on the caller's connection, which the caller leaves alone until the reader has
// finished (SQLite serialises a connection's use across threads, and this one is never used by two at once): the
// same snapshot as the count, and no second page cache. The queue is bounded: the reader waits when kBatches
// batches are full.
class RowPipeline final {
public:
    RowPipeline(const Database& db, QString sql, QVariantList values, const QList<ListColumn>& columns,
                const ReportNames& names, QString listName)
        : m_db(db)
        , m_sql(std::move(sql))
        , m_values(std::move(values))
        , m_columns(columns)
        , m_names(names)
        , m_listName(std::move(listName))
        , m_labels(columns.size()) {
        for (int i = 0; i < kBatches; ++i) {
            auto batch = std::make_unique<CellBatch>();
            batch->cells.reserve(size_t(kBatchRows) * size_t(columns.size())); // never more: no regrowth
            m_free.push_back(std::move(batch));
        }
        m_thread = std::thread([this] { run(); });
    }
    // Stops the reader (when it has not finished) and waits for it. A statement still in its first step (a sort)
    // is interrupted; once the reader has finished, no statement runs on the connection and that does nothing.
    ~RowPipeline() {
        bool done = false;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
            done = m_done;
        }
        m_changed.notify_all();
        if (!done)
            m_db.interrupt();
        m_thread.join();
    }
    RowPipeline(const RowPipeline&) = delete;
    RowPipeline& operator=(const RowPipeline&) = delete;

    // The next full batch; null at the end of the rows or when the reader failed (then error()).
    std::unique_ptr<CellBatch> take() {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_full.empty() || m_done; });
        if (m_full.empty())
            return nullptr;
        std::unique_ptr<CellBatch> b = std::move(m_full.front());
        m_full.pop_front();
        return b;
    }
    void giveBack(std::unique_ptr<CellBatch> batch) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_free.push_back(std::move(batch));
        }
        m_changed.notify_all();
    }
    // After take() returned null: the reader's failure, if any.
    Status error() {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_error;
    }

private:
    void run() {
        Status result = read();
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_error = result;
            m_done = true;
        }
        m_changed.notify_all();
    }

    Status read() {
        SqlStatement q(m_db, m_sql, m_values);
        const int n = int(m_columns.size());
        std::unique_ptr<CellBatch> batch;
        for (;;) {
            if (!batch && !(batch = freeBatch()))
                return {}; // stopped
            if (!q.next())
                break;
            const size_t first = batch->cells.size();
            batch->cells.resize(first + size_t(n));
            for (int i = 0; i < n; ++i)
                readCell(q, i, *batch, batch->cells[first + size_t(i)]);
            if (++batch->rows == kBatchRows) {
                if (!hand(std::move(batch)))
                    return {};
                batch = nullptr; // handed over: the next row takes a free batch
            }
        }
        if (!q.status())
            return fail(u"reading the %1: %2"_s.arg(m_listName, q.sqliteError()));
        if (batch && batch->rows > 0)
            hand(std::move(batch));
        return {};
    }

    // A free batch, emptied; null when the export stops.
    std::unique_ptr<CellBatch> freeBatch() {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_free.empty() || m_stop; });
        if (m_stop)
            return nullptr;
        std::unique_ptr<CellBatch> b = std::move(m_free.front());
        m_free.pop_front();
        lock.unlock();
        b->cells.clear();
        b->text.clear();
        b->rows = 0;
        return b;
    }

    // Points the batch's text cells into its block (which no longer moves) and queues it; false when stopped.
    bool hand(std::unique_ptr<CellBatch> batch) {
        for (XlsxValue& v : batch->cells) {
            if (v.type == XlsxValue::Type::Text)
                v.text = batch->text.data() + v.integer;
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stop)
                return false;
            m_full.push_back(std::move(batch));
        }
        m_changed.notify_all();
        return true;
    }

    // Text into the batch's block; the cell holds its offset until hand().
    static void setText(CellBatch& batch, XlsxValue& v, const char* text, qsizetype size) {
        v.type = XlsxValue::Type::Text;
        v.integer = qint64(batch.text.size());
        v.size = int(size);
        batch.text.append(text, size_t(size));
        batch.text.push_back('\0');
    }

    // As CellReader does for a QVariant: people and teams by name, flags, codes by their label, the rest as stored.
    void readCell(const SqlStatement& q, int i, CellBatch& batch, XlsxValue& v) {
        const ListColumn& c = m_columns.at(i);
        const SqlStatement::Type type = q.type(i);
        v = XlsxValue{};
        if (type == SqlStatement::Type::Null)
            return;
        if (c.lookup != ListColumn::Lookup::None || c.label) {
            const QByteArrayView key = q.utf8(i);
            const QByteArray& found = c.lookup != ListColumn::Lookup::None ? lookup(c.lookup, key) : label(i, key);
            if (!found.isNull())
                setText(batch, v, found.constData(), found.size());
            return;
        }
        if (c.kind == XlsxCell::Boolean) {
            v.type = XlsxValue::Type::Boolean;
            v.integer = q.integer(i) != 0 ? 1 : 0;
            return;
        }
        switch (type) {
        case SqlStatement::Type::Integer:
            v.type = XlsxValue::Type::Integer;
            v.integer = q.integer(i);
            return;
        case SqlStatement::Type::Real:
            v.type = XlsxValue::Type::Real;
            v.real = q.real(i);
            return;
        default: {
            const QByteArrayView text = q.utf8(i);
            setText(batch, v, text.data(), text.size());
        }
        }
    }

    // A rep's name, a rep's team's name or id, each looked up once; a null array for none.
    const QByteArray& lookup(ListColumn::Lookup kind, QByteArrayView repId) {
        QHash<QByteArray, QByteArray>& cache = m_lookups[int(kind) - 1];
        const QByteArray key = QByteArray::fromRawData(repId.data(), repId.size());
        auto it = cache.constFind(key);
        if (it == cache.cend()) {
            const QString id = QString::fromUtf8(repId);
            const QString found = kind == ListColumn::Lookup::Rep         ? m_names.rep(id)
                                  : kind == ListColumn::Lookup::TeamOfRep ? m_names.team(m_names.teamOfRep(id))
                                                                          : m_names.teamOfRep(id);
            it = cache.insert(QByteArray(repId.data(), repId.size()), found.isEmpty() ? QByteArray() : found.toUtf8());
        }
        return *it;
    }

    const QByteArray& label(int column, QByteArrayView code) {
        QHash<QByteArray, QByteArray>& cache = m_labels[column];
        const QByteArray key = QByteArray::fromRawData(code.data(), code.size());
        auto it = cache.constFind(key);
        if (it == cache.cend()) {
            QByteArray text = m_columns.at(column).label(QString::fromUtf8(code)).toUtf8();
            if (text.isNull())
                text = QByteArray("");
            it = cache.insert(QByteArray(code.data(), code.size()), text);
        }
        return *it;
    }

    const Database& m_db;
    const QString m_sql;
    const QVariantList m_values;
    const QList<ListColumn>& m_columns;
    const ReportNames& m_names;
    const QString m_listName;
    QList<QHash<QByteArray, QByteArray>> m_labels;
    QHash<QByteArray, QByteArray> m_lookups[3];

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<CellBatch>> m_free, m_full;
    bool m_stop = false, m_done = false;
    Status m_error;
    std::thread m_thread;
};

// Where the rows go: a workbook streamed in constant memory, or one CSV file. Either is written under a temporary
// name and appears at its path only on commit().
class Sink {
public:
    virtual ~Sink() = default;
    virtual Status begin(const QString& sheet, const QString& scope, const QList<XlsxColumn>& columns) = 0;
    virtual Status add(const QVariantList& cells) = 0;
    virtual Result<int> commit() = 0; // the sheets written
};

class XlsxSink final : public Sink {
public:
    explicit XlsxSink(std::unique_ptr<XlsxBook> book)
        : m_book(std::move(book)) {}
    Status begin(const QString& sheet, const QString& scope, const QList<XlsxColumn>& columns) override {
        Result<QString> name = m_book->beginSheet(sheet, scope);
        if (!name)
            return fail(name.error());
        m_first = *name;
        // Constant-memory mode has no Excel tables: an autofilter over the header instead.
        return m_book->beginTable(QString(), columns, false);
    }
    Status add(const QVariantList& cells) override { return m_book->addRow(cells); }
    Status add(const XlsxValue* cells, int count) { return m_book->addRow(cells, count); }
    Result<int> commit() override {
        Result<XlsxBook::TableRange> range = m_book->endTable();
        if (!range)
            return fail(range.error());
        if (Status s = m_book->commit(); !s)
            return fail(s.error());
        // A table past the sheet's rows continues on "Name (2)", "Name (3)" …: the last sheet's number.
        if (range->sheet == m_first)
            return 1;
        const qsizetype open = range->sheet.lastIndexOf(u" ("_s);
        return open < 0 ? 1 : range->sheet.mid(open + 2).chopped(1).toInt();
    }

private:
    std::unique_ptr<XlsxBook> m_book;
    QString m_first;
};

class CsvSink final : public Sink {
public:
    CsvSink(const QString& path, bool byteOrderMark)
        : m_file(path)
        , m_csv(CsvWriter::Options{byteOrderMark, 4}) {}
    Status begin(const QString&, const QString&, const QList<XlsxColumn>& columns) override {
        if (!m_file.open(QIODevice::WriteOnly))
            return fail(ErrorCode::Io, u"cannot write %1: %2"_s.arg(m_file.fileName(), m_file.errorString()));
        if (m_csv.byteOrderMark())
            m_buffer += "\xEF\xBB\xBF";
        QVariantList header;
        for (const XlsxColumn& c : columns)
            header << c.header;
        return add(header);
    }
    Status add(const QVariantList& cells) override {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                m_buffer += ',';
            m_buffer += m_csv.field(cells.at(i)).toUtf8();
        }
        m_buffer += "\r\n";
        return m_buffer.size() < (1 << 20) ? Status() : flush();
    }
    Result<int> commit() override {
        if (Status s = flush(); !s)
            return fail(s.error());
        if (!m_file.commit())
            return fail(ErrorCode::Io, u"cannot write %1: %2"_s.arg(m_file.fileName(), m_file.errorString()));
        return 1;
    }

private:
    Status flush() {
        if (m_file.write(m_buffer) != m_buffer.size())
            return fail(ErrorCode::Io, u"cannot write %1: %2"_s.arg(m_file.fileName(), m_file.errorString()));
        m_buffer.clear();
        return {};
    }
    QSaveFile m_file;
    CsvWriter m_csv;
    QByteArray m_buffer;
};

QString customersDetail(const CustomerQuery::Filter& f, const ReportNames& names) {
    QStringList parts;
    if (!f.text.trimmed().isEmpty())
        parts << QCoreApplication::translate("ListExport", "Search: %1").arg(f.text.trimmed());
    if (!f.tier.isEmpty())
        parts << QCoreApplication::translate("ListExport", "Tier %1").arg(f.tier);
    if (!f.industry.isEmpty())
        parts << Labels::industry(f.industry);
    if (!f.region.isEmpty())
        parts << f.region;
    if (!f.ownerId.isEmpty())
        parts << QCoreApplication::translate("ListExport", "Owner: %1").arg(names.rep(f.ownerId));
    return parts.isEmpty() ? QCoreApplication::translate("ListExport", "All customers") : parts.join(u", "_s);
}

// The sheet's first line: organisation, team or rep, what was selected, when and by whom.
QString scopeLine(const ListExport::Request& r, const ReportNames& names, const OrgCalendar& calendar,
                  const QString& detail) {
    QStringList parts;
    if (!r.company.isEmpty())
        parts << r.company;
    if (!r.scope.repId.isEmpty())
        parts << QCoreApplication::translate("ListExport", "Rep: %1").arg(names.rep(r.scope.repId));
    else if (!r.scope.teamId.isEmpty())
        parts << QCoreApplication::translate("ListExport", "Team: %1").arg(names.team(r.scope.teamId));
    else if (r.company.isEmpty())
        parts << Labels::organisation();
    parts << detail;
    const QString at = calendar.dayText(calendar.now()) + u' ' +
                       QDateTime::fromSecsSinceEpoch(calendar.now(), calendar.zone()).toString(u"HH:mm"_s);
    parts << (r.author.isEmpty() ? QCoreApplication::translate("ListExport", "Generated %1").arg(at)
                                 : QCoreApplication::translate("ListExport", "Generated %1 by %2").arg(at, r.author));
    return parts.join(u" · "_s);
}

Result<std::unique_ptr<XlsxSink>> openXlsx(const QString& path, const ListExport::Request& r, const QString& title,
                                           const OrgCalendar& calendar) {
    XlsxBook::Options options;
    options.constantMemory = true;
    options.maxRowsPerSheet = r.maxRowsPerSheet;
    options.title = title;
    options.author = r.author;
    options.company = r.company;
    options.createdAt = calendar.now();
    options.timeZone = calendar.zone();
    Result<std::unique_ptr<XlsxBook>> book = XlsxBook::create(path, options);
    if (!book)
        return fail(book.code(), book.error());
    return std::make_unique<XlsxSink>(std::move(*book));
}

Status cancelled() {
    return fail(ErrorCode::Cancelled, u"the export was cancelled"_s);
}

// CSV: row by row through QtSql on the calling thread (CsvWriter takes QVariants).
Status writeCsv(Sink& sink, const Database& db, const QString& sql, const ListSql& l, CellReader& reader,
                const QString& listName, qint64 total, const Progress& progress, ListExport::Summary& summary) {
    Result<QSqlQuery> q = db.exec(sql, l.values);
    if (!q)
        return fail(q.error());
    QVariantList row;
    row.reserve(l.columns.size());
    while (q->next()) {
        reader.read(*q, row);
        if (Status s = sink.add(row); !s)
            return s;
        ++summary.rows;
        if (summary.rows % kCancelEvery == 0 && progress.isCancelled())
            return cancelled();
        if (summary.rows % kProgressEvery == 0)
            progress.report(summary.rows, std::max(total, summary.rows));
    }
    if (q->lastError().isValid())
        return fail(u"reading the %1: %2"_s.arg(listName, q->lastError().text()));
    return {};
}

// A workbook: the rows read on another thread (RowPipeline), written here; progress and cancel as for CSV.
Status writeXlsx(XlsxSink& sink, const Database& db, const QString& sql, const ListSql& l, const ReportNames& names,
                 const QString& listName, qint64 total, const Progress& progress, ListExport::Summary& summary) {
    RowPipeline pipeline(db, sql, l.values, l.columns, names, listName);
    const int columns = int(l.columns.size());
    while (std::unique_ptr<CellBatch> batch = pipeline.take()) {
        const XlsxValue* row = batch->cells.data();
        for (int r = 0; r < batch->rows; ++r, row += columns) {
            if (Status s = sink.add(row, columns); !s)
                return s;
            ++summary.rows;
            if (summary.rows % kCancelEvery == 0 && progress.isCancelled())
                return cancelled();
            if (summary.rows % kProgressEvery == 0)
                progress.report(summary.rows, std::max(total, summary.rows));
        }
        pipeline.giveBack(std::move(batch));
    }
    return pipeline.error();
}

Result<qint64> countRows(const Database& db, const ListSql& l) {
    Result<QSqlQuery> q = db.exec(u"SELECT count(*)"_s + l.countFrom + l.where, l.values);
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace

Result<ListExport::Summary> ListExport::write(const QString& path, const Database& db, const Clock& clock,
                                              const Request& request, const Progress& progress) {
    Result<ReportNames> names = ReportNames::load(db, request.language);
    if (!names)
        return fail(names.error());
    const OrgCalendar calendar = OrgCalendar::of(db, clock);
    const ListSql l = listSql(db, request, names->chinese());
    const Result<qint64> total = countRows(db, l);
    if (!total)
        return fail(total.error());
    progress.report(0, *total);
    if (progress.isCancelled())
        return fail(ErrorCode::Cancelled, u"the export was cancelled"_s);

    QList<XlsxColumn> columns;
    QStringList select;
    for (const ListColumn& c : l.columns) {
        columns << XlsxColumn{c.hidden ? QString::fromLatin1(c.header) : translated(c.header), c.kind, c.hidden};
        select << c.sql;
    }
    const QString detail = request.list == List::Customers ? customersDetail(request.customers, *names)
                                                           : periodDetail(request.scope, calendar);
    std::unique_ptr<Sink> sink;
    XlsxSink* xlsx = nullptr;
    if (request.format == Format::Csv) {
        sink = std::make_unique<CsvSink>(path, request.byteOrderMark);
    } else {
        Result<std::unique_ptr<XlsxSink>> book = openXlsx(path, request, translated(l.sheet), calendar);
        if (!book)
            return fail(book.code(), book.error());
        xlsx = book->get();
        sink = std::move(*book);
    }
    if (Status s = sink->begin(translated(l.sheet), scopeLine(request, *names, calendar, detail), columns); !s)
        return fail(s.code(), s.error());

    // Forward only, row by row into the sink: memory stays flat however many rows there are.
    const QString sql = u"SELECT "_s + select.join(u", "_s) + l.from + l.where + l.order;
    Summary summary;
    Status written;
    if (xlsx) {
        written = writeXlsx(*xlsx, db, sql, l, *names, name(request.list), *total, progress, summary);
    } else {
        CellReader reader(l.columns, *names, calendar.zone(), true);
        written = writeCsv(*sink, db, sql, l, reader, name(request.list), *total, progress, summary);
    }
    if (!written)
        return fail(written.code(), written.error());
    Result<int> sheets = sink->commit();
    if (!sheets)
        return fail(sheets.code(), sheets.error());
    summary.sheets = *sheets;
    progress.report(summary.rows, summary.rows);
    return summary;
}

QString ListExport::name(List list) {
    switch (list) {
    case List::Customers:
        return u"customers"_s;
    case List::Visits:
        return u"visits"_s;
    case List::Opportunities:
        break;
    }
    return u"opportunities"_s;
}

std::optional<ListExport::List> ListExport::fromName(const QString& name) {
    for (List l : {List::Customers, List::Visits, List::Opportunities}) {
        if (ListExport::name(l) == name)
            return l;
    }
    return std::nullopt;
}

} // namespace Stride
