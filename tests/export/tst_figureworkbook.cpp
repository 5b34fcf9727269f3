#include "analytics/dashboardfigures.h"
#include "demo/demogenerator.h"
#include "domain/labels.h"
#include "domain/translationloader.h"
#include "export/figureworkbook.h"
#include "export/reportcolumns.h"
#include "export/reportfigures.h"
#include "export/reportnames.h"
#include "storage/orgcalendar.h"
#include "temporaryreplica.h"
#include "verifyok.h"
#include "xlsxdescription.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Stride;
using Stride::Test::XlsxDescription;

namespace {

// The catalogue of this change's own strings is merged into translations/ later; until then a few of them are
// served here so that the Chinese workbook can be checked for translated sheet names and headers.
class ExportStrings final : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char*, int) const override {
        static const QHash<QString, QString> zh{
            {u"ReportColumns/Funnel"_s, u"漏斗"_s},     {u"ReportColumns/Stages"_s, u"阶段"_s},
            {u"ReportColumns/Stage"_s, u"阶段"_s},      {u"ReportColumns/Reached"_s, u"到达"_s},
            {u"ReportColumns/Win rate"_s, u"赢单率"_s}, {u"ReportColumns/Stage dwell"_s, u"阶段停留"_s},
            {u"ReportColumns/red"_s, u"红"_s},          {u"ReportColumns/yellow"_s, u"黄"_s},
            {u"ReportColumns/green"_s, u"绿"_s},        {u"FigureWorkbook/All teams"_s, u"所有团队"_s},
            {u"ReportColumns/Light"_s, u"信号灯"_s},
        };
        return zh.value(QString::fromUtf8(context) + u'/' + QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

// "'Stage dwell'!$B$6:$B$11" → {"Stage dwell", "B6:B11"}
QPair<QString, QString> splitRef(QString formula) {
    if (formula.startsWith(u'='))
        formula.remove(0, 1);
    const qsizetype bang = formula.lastIndexOf(u'!');
    QString sheet = formula.left(bang), range = formula.mid(bang + 1);
    if (sheet.startsWith(u'\'') && sheet.endsWith(u'\''))
        sheet = sheet.mid(1, sheet.size() - 2).replace(u"''"_s, u"'"_s);
    return {sheet, range.remove(u'$')};
}

QString columnRange(int col, int firstRow, int lastRow) {
    return XlsxDescription::ref(firstRow, col) + u':' + XlsxDescription::ref(lastRow, col);
}

// The 0-based header row and first column of a table reference "B5:H12".
QPair<int, int> origin(const QString& ref) {
    static const QRegularExpression cell(u"^([A-Z]+)(\\d+):"_s);
    const QRegularExpressionMatch m = cell.match(ref);
    int col = 0;
    for (const QChar c : m.captured(1))
        col = col * 26 + (c.unicode() - u'A' + 1);
    return {m.captured(2).toInt() - 1, col - 1};
}

} // namespace

// The figures as a workbook: a sheet per figure with its tables as Excel tables, typed cells equal to the report
// tables, translated names, and native charts whose series point at the tables. Read back with an independent
// reader (tests/support/xlsxcheck.py).
class TestFigureWorkbook final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyFigureHasASheetWithItsTables();
    void chartsPointAtTheirTables();
    void scopeLineAndProperties();
    void chineseSheetNamesAndHeaders();
    void progressPerFigureAndCancel();
    void unknownFigureIsAnErrorAndLeavesNothing();
    void emptyReplicaWritesEverySheetWithoutCharts();
    void libreOfficeOpensTheWorkbook();
    void theDashboardsFiguresWriteTheSameWorkbook_data();
    void theDashboardsFiguresWriteTheSameWorkbook();
    void figuresOfAnotherFilterAreNotTaken_data();
    void figuresOfAnotherFilterAreNotTaken();

private:
    // The page's filter: the filter bar's whole months (UTC, lastMonths) and a team or rep of the demo.
    AnalyticsFilter pageFilter(int months, const QString& scope);
    QList<ReportFigure> fromDashboard(const DashboardFigures& shown, const FigureWorkbook::Request& request);
    QJsonObject write(const QString& name, const FigureWorkbook::Request& request);
    FigureWorkbook::Request everything() const;
    void compareTable(const QJsonObject& sheet, const QJsonObject& table, const ReportTable& t);

    std::unique_ptr<Test::TemporaryReplica> m_replica;
    std::unique_ptr<FixedClock> m_clock;
    QJsonObject m_english;
};

void TestFigureWorkbook::initTestCase() {
    if (const QString why = XlsxDescription::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(u"the independent reader cannot run: "_s + why));
    VERIFY_OK(TranslationLoader::install(u"en"_s));
    m_replica = std::make_unique<Test::TemporaryReplica>();
    QVERIFY2(m_replica->ok(), qPrintable(m_replica->error()));
    DemoOptions options;
    options.customers = 300;
    options.today = QDate(2026, 11, 20);
    const auto demo = DemoGenerator::generate(m_replica->db(), options);
    VERIFY_OK(demo);
    m_clock = std::make_unique<FixedClock>(demo->now);
    m_english = write(u"figures.xlsx"_s, everything());
    QVERIFY(!m_english.isEmpty());
}

AnalyticsFilter TestFigureWorkbook::pageFilter(int months, const QString& scope) {
    AnalyticsFilter filter = AnalyticsFilter::lastMonths(months, m_clock->now());
    if (scope == u"team"_s) {
        auto id = m_replica->db().exec(u"SELECT id FROM teams ORDER BY name LIMIT 1"_s);
        if (id && id->next())
            filter.teamId = id->value(0).toString();
    } else if (scope == u"rep"_s) {
        auto id = m_replica->db().exec(u"SELECT id FROM reps WHERE role = 'rep' ORDER BY name LIMIT 1"_s);
        if (id && id->next())
            filter.repId = id->value(0).toString();
    }
    return filter;
}

QList<ReportFigure> TestFigureWorkbook::fromDashboard(const DashboardFigures& shown,
                                                      const FigureWorkbook::Request& request) {
    QList<ReportFigure> known;
    const Result<ReportNames> names = ReportNames::load(m_replica->db(), request.language);
    if (!names)
        return known;
    const OrgCalendar calendar = OrgCalendar::of(m_replica->db(), *m_clock);
    for (const QString& name : request.figures) {
        if (std::optional<ReportFigure> f = ReportFigures::fromDashboard(name, shown, request.filter, calendar, *names))
            known.append(*f);
    }
    return known;
}

FigureWorkbook::Request TestFigureWorkbook::everything() const {
    FigureWorkbook::Request request;
    request.figures = ReportFigures::names();
    request.language = u"en"_s;
    request.author = u"Wang Director"_s;
    request.company = u"Acme Demo"_s;
    const OrgCalendar calendar = OrgCalendar::of(m_replica->db(), *m_clock); // days as the organisation counts
    request.filter.from = calendar.startOf(QDate(2026, 6, 1));
    request.filter.to = calendar.startOf(QDate(2026, 11, 21));
    return request;
}

QJsonObject TestFigureWorkbook::write(const QString& name, const FigureWorkbook::Request& request) {
    const QString path = m_replica->filePath(name);
    const Status written = FigureWorkbook::write(path, m_replica->db(), *m_clock, request);
    if (!written) {
        qWarning() << written.error();
        return {};
    }
    auto d = XlsxDescription::read(path);
    if (!d)
        qWarning() << d.error();
    return d ? *d : QJsonObject();
}

void TestFigureWorkbook::compareTable(const QJsonObject& sheet, const QJsonObject& table, const ReportTable& t) {
    const QList<int> order = ReportColumns::order(t.columns);
    const QList<XlsxColumn> columns = ReportColumns::columns(t, order);
    QJsonArray headers;
    for (const XlsxColumn& c : columns)
        headers.append(c.header);
    QCOMPARE(table[u"headers"_s].toArray(), headers);
    const auto [headerRow, firstCol] = origin(table[u"ref"_s].toString());
    const QTimeZone zone = OrgCalendar::of(m_replica->db(), *m_clock).zone();
    for (int r = 0; r < t.rows.size(); ++r) {
        const QVariantList row = ReportColumns::row(t, order, t.rows[r]);
        for (int c = 0; c < columns.size(); ++c) {
            const QString ref = XlsxDescription::ref(headerRow + 1 + r, firstCol + c);
            const QJsonObject cell = XlsxDescription::cell(sheet, ref);
            const QVariant& v = row[c];
            const QString where = u"%1!%2 (%3)"_s.arg(sheet[u"name"_s].toString(), ref, t.columns[order[c]]);
            if (v.isNull()) {
                QVERIFY2(cell.isEmpty(), qPrintable(where + u" should be blank"_s));
            } else if (v.typeId() == QMetaType::Bool) {
                QVERIFY2(cell[u"t"_s] == u"b"_s && cell[u"v"_s].toBool() == v.toBool(), qPrintable(where));
            } else if (columns[c].kind == XlsxCell::DateTime) {
                const QDateTime expected = QDateTime::fromString(v.toString(), Qt::ISODate).toTimeZone(zone);
                const QDateTime got = QDateTime::fromString(cell[u"v"_s].toString(), Qt::ISODateWithMs);
                QVERIFY2(cell[u"t"_s] == u"d"_s, qPrintable(where));
                QVERIFY2(std::abs(QDateTime(expected.date(), expected.time(), Qt::UTC)
                                      .secsTo(QDateTime(got.date(), got.time(), Qt::UTC))) <= 1,
                         qPrintable(where + u": "_s + cell[u"v"_s].toString()));
            } else if (columns[c].kind == XlsxCell::Text || columns[c].kind == XlsxCell::Light) {
                QVERIFY2(cell[u"t"_s] == u"s"_s, qPrintable(where));
                QCOMPARE(cell[u"v"_s].toString(), v.toString());
            } else {
                const double expected = columns[c].kind == XlsxCell::Percent ? v.toDouble() / 100 : v.toDouble();
                QVERIFY2(cell[u"t"_s] == u"n"_s, qPrintable(where));
                QVERIFY2(qAbs(cell[u"v"_s].toDouble() - expected) < 1e-9,
                         qPrintable(where + u": %1 != %2"_s.arg(cell[u"v"_s].toDouble()).arg(expected)));
            }
        }
    }
}

void TestFigureWorkbook::everyFigureHasASheetWithItsTables() {
    QJsonArray titles;
    for (const QString& f : ReportFigures::names())
        titles.append(ReportColumns::figureTitle(f));
    QCOMPARE(m_english[u"sheet_names"_s].toArray(), titles);
    const auto names = ReportNames::load(m_replica->db(), u"en"_s);
    VERIFY_OK(names);
    int rows = 0;
    for (const QString& f : ReportFigures::names()) {
        const auto figure = ReportFigures::compute(f, m_replica->db(), everything().filter, *m_clock, *names, {});
        VERIFY_OK(figure);
        const QJsonObject sheet = XlsxDescription::sheet(m_english, ReportColumns::figureTitle(f));
        QVERIFY2(!sheet.isEmpty(), qPrintable(f));
        const QJsonArray tables = sheet[u"tables"_s].toArray();
        QVERIFY2(tables.size() >= figure->tables.size(), qPrintable(f));
        QCOMPARE(sheet[u"freeze"_s].toString(), u"A4"_s); // scope line, caption, header
        for (int i = 0; i < figure->tables.size(); ++i) {
            const QJsonObject table = tables[i].toObject();
            const auto [headerRow, col] = origin(table[u"ref"_s].toString());
            QCOMPARE(XlsxDescription::cell(sheet, XlsxDescription::ref(headerRow - 1, col))[u"v"_s].toString(),
                     ReportColumns::tableCaption(f, figure->tables[i].name));
            compareTable(sheet, table, figure->tables[i]);
            if (QTest::currentTestFailed())
                return;
            rows += int(figure->tables[i].rows.size());
        }
    }
    QVERIFY2(rows > 100, "the demo fills the tables");
    // A few formats and hidden ids, seen from the reader's side.
    const QJsonObject funnel = XlsxDescription::sheet(m_english, u"Funnel"_s);
    QCOMPARE(XlsxDescription::cell(funnel, u"A3"_s)[u"v"_s].toString(), u"Opportunities"_s);
    QCOMPARE(XlsxDescription::cell(funnel, u"D3"_s)[u"v"_s].toString(), u"Win rate"_s);
    QCOMPARE(XlsxDescription::cell(funnel, u"D4"_s)[u"fmt"_s].toString(), u"0.0%"_s);
    const QJsonObject dwell = XlsxDescription::sheet(m_english, u"Stage dwell"_s);
    bool lightsColoured = false;
    for (const QJsonValue& c : dwell[u"conditional"_s].toArray())
        lightsColoured |= c[u"formula"_s][0] == u"\"red\""_s;
    QVERIFY(lightsColoured);
    bool idsHidden = false;
    for (const QJsonValue& c : dwell[u"cols"_s].toArray())
        idsHidden |= c[u"hidden"_s].toBool();
    QVERIFY(idsHidden);
}

void TestFigureWorkbook::chartsPointAtTheirTables() {
    auto charts = [this](const QString& title) {
        return XlsxDescription::sheet(m_english, title)[u"charts"_s].toArray();
    };
    auto tableRef = [this](const QString& title, int i) {
        return XlsxDescription::sheet(m_english, title)[u"tables"_s][i][u"ref"_s].toString();
    };
    auto checkSeries = [](const QJsonValue& series, const QString& sheet, const QString& ref, int valueCol, int catCol,
                          int lastRowOffset = 0) {
        const auto [headerRow, col] = origin(ref);
        const int lastRow = ref.section(u':', 1).remove(QRegularExpression(u"[A-Z]"_s)).toInt() - 1 - lastRowOffset;
        QCOMPARE(splitRef(series[u"values"_s].toString()),
                 qMakePair(sheet, columnRange(col + valueCol, headerRow + 1, lastRow)));
        QCOMPARE(splitRef(series[u"categories"_s].toString()),
                 qMakePair(sheet, columnRange(col + catCol, headerRow + 1, lastRow)));
        QCOMPARE(splitRef(series[u"name"_s].toString()),
                 qMakePair(sheet, XlsxDescription::ref(headerRow, col + valueCol)));
        QVERIFY(series[u"cached_points"_s].toInt() > 0);
    };
    // Funnel: reached and current per stage; mean and median days.
    const QJsonArray funnel = charts(u"Funnel"_s);
    QCOMPARE(funnel.size(), 2);
    const QString stages = tableRef(u"Funnel"_s, 1);
    const QJsonObject bars = funnel[0][u"plots"_s][0].toObject();
    QCOMPARE(bars[u"type"_s].toString(), u"barChart"_s);
    QCOMPARE(bars[u"barDir"_s].toString(), u"col"_s);
    checkSeries(bars[u"series"_s][0], u"Funnel"_s, stages, 2, 0); // stage_name, current, reached …
    checkSeries(bars[u"series"_s][1], u"Funnel"_s, stages, 1, 0);
    const QJsonObject days = funnel[1][u"plots"_s][0].toObject();
    checkSeries(days[u"series"_s][0], u"Funnel"_s, stages, 5, 0);
    checkSeries(days[u"series"_s][1], u"Funnel"_s, stages, 6, 0);
    QCOMPARE(funnel[1][u"title"_s].toString(), u"Days in stage"_s);
    // Dwell: stacked lights per stage, the total row left out.
    const QJsonObject dwell = charts(u"Stage dwell"_s)[0][u"plots"_s][0].toObject();
    QCOMPARE(dwell[u"grouping"_s].toString(), u"stacked"_s);
    QCOMPARE(dwell[u"series"_s].toArray().size(), 3);
    for (int i = 0; i < 3; ++i)
        checkSeries(dwell[u"series"_s][i], u"Stage dwell"_s, tableRef(u"Stage dwell"_s, 0), 1 + i, 0, 1);
    // Coverage: the organisation's months and the target, from the chart's own table.
    const QJsonObject coverage = charts(u"Coverage"_s)[0][u"plots"_s][0].toObject();
    QCOMPARE(coverage[u"type"_s].toString(), u"lineChart"_s);
    const QString coverageTable = tableRef(u"Coverage"_s, 2);
    checkSeries(coverage[u"series"_s][0], u"Coverage"_s, coverageTable, 1, 0);
    checkSeries(coverage[u"series"_s][1], u"Coverage"_s, coverageTable, 2, 0);
    const QJsonObject coverageSheet = XlsxDescription::sheet(m_english, u"Coverage"_s);
    const auto [targetRow, targetCol] = origin(coverageTable);
    QCOMPARE(
        XlsxDescription::cell(coverageSheet, XlsxDescription::ref(targetRow + 1, targetCol + 2))[u"v"_s].toDouble(),
        0.85);
    // Points: the pivot rep × category, one stacked series a category.
    const QJsonObject pointsSheet = XlsxDescription::sheet(m_english, u"Behaviour points"_s);
    const QJsonObject pivot = pointsSheet[u"tables"_s].toArray().last().toObject();
    const QJsonObject points = pointsSheet[u"charts"_s][0][u"plots"_s][0].toObject();
    QCOMPARE(points[u"barDir"_s].toString(), u"bar"_s);
    QCOMPARE(points[u"grouping"_s].toString(), u"stacked"_s);
    const int categories = int(pivot[u"headers"_s].toArray().size()) - 2;
    QVERIFY(categories > 1);
    QCOMPARE(points[u"series"_s].toArray().size(), categories);
    for (int i = 0; i < categories; ++i)
        checkSeries(points[u"series"_s][i], u"Behaviour points"_s, pivot[u"ref"_s].toString(), 1 + i, 0);
    // Sandbox: a scatter of the reps with a linear trendline, r in the title.
    const QJsonObject sandboxChart = charts(u"Process sandbox"_s)[0].toObject();
    const QJsonObject scatter = sandboxChart[u"plots"_s][0].toObject();
    QCOMPARE(scatter[u"type"_s].toString(), u"scatterChart"_s);
    QCOMPARE(scatter[u"series"_s][0][u"trendline"_s].toString(), u"linear"_s);
    QVERIFY2(sandboxChart[u"title"_s].toString().contains(QRegularExpression(u"\\(r = (-?\\d\\.\\d\\d|no data)\\)"_s)),
             qPrintable(sandboxChart[u"title"_s].toString()));
    const QString reps = tableRef(u"Process sandbox"_s, 1);
    const auto [repsRow, repsCol] = origin(reps);
    QCOMPARE(splitRef(scatter[u"series"_s][0][u"x"_s].toString()).second.left(1),
             XlsxDescription::ref(repsRow, repsCol + 1).left(1));
    // Forecast: the amount backed by evidence or not.
    const QJsonObject pie = charts(u"Forecast"_s)[0][u"plots"_s][0].toObject();
    QCOMPARE(pie[u"type"_s].toString(), u"pieChart"_s);
    checkSeries(pie[u"series"_s][0], u"Forecast"_s, tableRef(u"Forecast"_s, 3), 2, 0);
    // No chart where the figure has none.
    for (const QString& title : {u"Process health"_s, u"Risk"_s, u"Opportunity health"_s, u"Payments"_s})
        QCOMPARE(charts(title).size(), 0);
}

void TestFigureWorkbook::scopeLineAndProperties() {
    const QJsonObject props = m_english[u"properties"_s].toObject();
    QCOMPARE(props[u"creator"_s].toString(), u"Wang Director"_s);
    QCOMPARE(props[u"company"_s].toString(), u"Acme Demo"_s);
    const QString funnelScope =
        XlsxDescription::cell(XlsxDescription::sheet(m_english, u"Funnel"_s), u"A1"_s)[u"v"_s].toString();
    QVERIFY2(funnelScope.startsWith(u"Acme Demo · All teams · Period: 2026-06-01 – 2026-11-20 · Generated "_s),
             qPrintable(funnelScope));
    QVERIFY2(funnelScope.endsWith(u" by Wang Director"_s), qPrintable(funnelScope));
    const QString dwellScope =
        XlsxDescription::cell(XlsxDescription::sheet(m_english, u"Stage dwell"_s), u"A1"_s)[u"v"_s].toString();
    QVERIFY2(dwellScope.contains(u"Now (the period does not apply)"_s), qPrintable(dwellScope));
    // A team's workbook names the team.
    auto team = m_replica->db().exec(u"SELECT id, name FROM teams ORDER BY id LIMIT 1"_s);
    VERIFY_OK(team);
    QVERIFY(team->next());
    const QString teamId = team->value(0).toString(), teamName = team->value(1).toString();
    FigureWorkbook::Request request = everything();
    request.figures = {u"funnel"_s};
    request.filter.teamId = teamId;
    const QJsonObject teamBook = write(u"team.xlsx"_s, request);
    const QString teamScope =
        XlsxDescription::cell(XlsxDescription::sheet(teamBook, u"Funnel"_s), u"A1"_s)[u"v"_s].toString();
    QVERIFY2(teamScope.contains(u"Team: "_s + teamName), qPrintable(teamScope));
}

void TestFigureWorkbook::chineseSheetNamesAndHeaders() {
    VERIFY_OK(TranslationLoader::install(u"zh_CN"_s));
    ExportStrings strings;
    QCoreApplication::installTranslator(&strings);
    auto restore = qScopeGuard([&strings] {
        QCoreApplication::removeTranslator(&strings);
        (void)TranslationLoader::install(u"en"_s);
    });
    FigureWorkbook::Request request = everything();
    request.figures = {u"funnel"_s, u"dwell"_s};
    request.language = u"zh_CN"_s;
    const QJsonObject book = write(u"zh.xlsx"_s, request);
    QCOMPARE(book[u"sheet_names"_s].toArray(), (QJsonArray{u"漏斗"_s, u"阶段停留"_s}));
    const QJsonObject funnel = XlsxDescription::sheet(book, u"漏斗"_s);
    const QJsonObject stages = funnel[u"tables"_s][1].toObject();
    QCOMPARE(stages[u"headers"_s][0].toString(), u"阶段"_s);
    QCOMPARE(stages[u"headers"_s][2].toString(), u"到达"_s);
    QCOMPARE(XlsxDescription::cell(funnel, u"D3"_s)[u"v"_s].toString(), u"赢单率"_s);
    const auto [row, col] = origin(stages[u"ref"_s].toString());
    const QString firstStage = XlsxDescription::cell(funnel, XlsxDescription::ref(row + 1, col))[u"v"_s].toString();
    QCOMPARE(firstStage, Labels::stage(u"lead"_s));
    QVERIFY2(firstStage.contains(QRegularExpression(u"\\p{Han}"_s)), qPrintable(firstStage));
    QVERIFY(XlsxDescription::cell(funnel, u"A1"_s)[u"v"_s].toString().contains(u"所有团队"_s));
    // Lights are written and coloured in Chinese.
    const QJsonObject dwell = XlsxDescription::sheet(book, u"阶段停留"_s);
    QStringList formulas;
    for (const QJsonValue& c : dwell[u"conditional"_s].toArray())
        formulas << c[u"formula"_s][0].toString();
    QVERIFY2(formulas.contains(u"\"红\""_s) && formulas.contains(u"\"黄\""_s), qPrintable(formulas.join(u' ')));
    bool chineseLight = false;
    for (const QJsonValue& c : dwell[u"cells"_s].toObject())
        chineseLight |= c[u"v"_s] == u"红"_s || c[u"v"_s] == u"黄"_s;
    QVERIFY(chineseLight);
}

void TestFigureWorkbook::progressPerFigureAndCancel() {
    FigureWorkbook::Request request = everything();
    request.figures = {u"funnel"_s, u"risk"_s, u"payments"_s};
    QList<QPair<qint64, qint64>> steps;
    Progress progress;
    progress.step = [&steps](qint64 done, qint64 total) { steps.append({done, total}); };
    const QString path = m_replica->filePath(u"progress.xlsx"_s);
    VERIFY_OK(FigureWorkbook::write(path, m_replica->db(), *m_clock, request, progress));
    QCOMPARE(steps, (QList<QPair<qint64, qint64>>{{1, 3}, {2, 3}, {3, 3}}));

    const QString cancelledPath = m_replica->filePath(u"cancelled.xlsx"_s);
    progress.cancelled = [&steps] { return steps.size() >= 4; };
    const Status cancelled = FigureWorkbook::write(cancelledPath, m_replica->db(), *m_clock, request, progress);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
    QVERIFY(!QFileInfo::exists(cancelledPath));
    const QStringList left =
        QDir(QFileInfo(cancelledPath).path()).entryList({u"*cancelled*"_s}, QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList());
}

void TestFigureWorkbook::unknownFigureIsAnErrorAndLeavesNothing() {
    FigureWorkbook::Request request = everything();
    request.figures = {u"funnel"_s, u"nonsense"_s};
    const QString path = m_replica->filePath(u"unknown.xlsx"_s);
    const Status s = FigureWorkbook::write(path, m_replica->db(), *m_clock, request);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(u"nonsense"_s), qPrintable(s.error()));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(QFileInfo(path).path()).entryList({u"*unknown*"_s}, QDir::Files | QDir::Hidden), QStringList());
}

void TestFigureWorkbook::emptyReplicaWritesEverySheetWithoutCharts() {
    Test::TemporaryReplica empty;
    QVERIFY2(empty.ok(), qPrintable(empty.error()));
    FigureWorkbook::Request request = everything();
    const QString path = empty.filePath(u"empty.xlsx"_s);
    VERIFY_OK(FigureWorkbook::write(path, empty.db(), *m_clock, request));
    const auto book = XlsxDescription::read(path);
    VERIFY_OK(book);
    QCOMPARE((*book)[u"sheet_names"_s].toArray().size(), ReportFigures::names().size());
    const QJsonObject stages = XlsxDescription::sheet(*book, u"Funnel"_s)[u"tables"_s][1].toObject();
    QCOMPARE(stages[u"headers"_s][0].toString(), u"Stage"_s);
    // A table without rows keeps one blank row (Excel's minimum) and the next table starts below it.
    const QJsonObject dwell = XlsxDescription::sheet(*book, u"Stage dwell"_s);
    const QJsonArray tables = dwell[u"tables"_s].toArray();
    QCOMPARE(tables.size(), 2);
    const auto [itemsRow, itemsCol] = origin(tables[1][u"ref"_s].toString());
    QVERIFY(itemsRow > origin(tables[0][u"ref"_s].toString()).first + 2);
    QCOMPARE(tables[1][u"ref"_s].toString().section(u':', 1), XlsxDescription::ref(itemsRow + 1, itemsCol + 14));
    for (const QJsonValue& sheet : (*book)[u"sheets"_s].toArray()) {
        for (const QJsonValue& chart : sheet[u"charts"_s].toArray()) {
            for (const QJsonValue& plot : chart[u"plots"_s].toArray()) {
                for (const QJsonValue& series : plot[u"series"_s].toArray())
                    QVERIFY2(!series[u"values"_s].toString().isEmpty() || !series[u"y"_s].toString().isEmpty(),
                             qPrintable(sheet[u"name"_s].toString()));
            }
        }
    }
}

// A round trip through another spreadsheet program, where one is installed: LibreOffice converts the first sheet
// to CSV, which holds the funnel's summary.
void TestFigureWorkbook::libreOfficeOpensTheWorkbook() {
    QString office = QStandardPaths::findExecutable(u"soffice"_s);
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(u"libreoffice"_s);
    if (office.isEmpty())
        QSKIP("LibreOffice is not installed");
    QTemporaryDir out;
    QProcess p;
    p.start(office, {u"--headless"_s, u"-env:UserInstallation=file://"_s + out.filePath(u"profile"_s),
                     u"--convert-to"_s, u"csv"_s, u"--outdir"_s, out.path(), m_replica->filePath(u"figures.xlsx"_s)});
    QVERIFY2(p.waitForFinished(180000), "LibreOffice did not finish");
    QCOMPARE(p.exitCode(), 0);
    QFile csv(out.filePath(u"figures.csv"_s));
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(QString::fromUtf8(p.readAllStandardError())));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY2(text.contains(u"Opportunities"_s) && text.contains(u"Win rate"_s), qPrintable(text.left(400)));
}

// What the Dashboards page computed (DashboardFigures), written as it is, gives the very workbook that computing
// every figure from the replica gives for the same filter: cell by cell, as the independent reader sees them.
void TestFigureWorkbook::theDashboardsFiguresWriteTheSameWorkbook_data() {
    QTest::addColumn<int>("months"); // the filter bar's period; 0: all time
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QStringList>("taken"); // the figures the page's results give
    const QStringList six{u"funnel"_s, u"health"_s, u"coverage"_s, u"points"_s, u"forecast"_s, u"payments"_s};
    QTest::newRow("the organisation over the last 6 months") << 6 << u"org"_s << six;
    QTest::newRow("a team this month") << 1 << u"team"_s << six;
    QTest::newRow("a rep over the last 12 months") << 12 << u"rep"_s << six;
    // Over all time the export's points are this month's and its coverage the last six months: not the page's.
    QTest::newRow("the organisation over all time")
        << 0 << u"org"_s << QStringList{u"funnel"_s, u"health"_s, u"forecast"_s, u"payments"_s};
}

void TestFigureWorkbook::theDashboardsFiguresWriteTheSameWorkbook() {
    QFETCH(int, months);
    QFETCH(QString, scope);
    QFETCH(QStringList, taken);
    FigureWorkbook::Request request = everything();
    request.figures = ReportFigures::dashboardNames();
    request.filter = pageFilter(months, scope);
    QVERIFY(scope == u"org"_s || !request.filter.teamId.isEmpty() || !request.filter.repId.isEmpty());
    const DashboardFigures shown =
        DashboardFigures::compute(m_replica->db(), nullptr, request.filter, *m_clock, [] { return false; });
    QVERIFY(shown.complete);
    QVERIFY2(shown.errors.isEmpty(), qPrintable(shown.errors.join(u"; "_s)));

    const QList<ReportFigure> known = fromDashboard(shown, request);
    QStringList names;
    for (const ReportFigure& f : known)
        names << f.name;
    QCOMPARE(names, taken);
    const Result<QList<ReportFigure>> figures = FigureWorkbook::compute(m_replica->db(), *m_clock, request, known);
    VERIFY_OK(figures);
    QStringList written;
    for (const ReportFigure& f : *figures)
        written << f.name;
    QCOMPARE(written, request.figures);

    const QString pagePath = m_replica->filePath(u"page-%1.xlsx"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
    const QString freshPath = m_replica->filePath(u"fresh-%1.xlsx"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
    VERIFY_OK(FigureWorkbook::write(pagePath, m_replica->db(), *m_clock, request, *figures));
    VERIFY_OK(FigureWorkbook::write(freshPath, m_replica->db(), *m_clock, request));
    const QJsonObject page = XlsxDescription::grid(pagePath), fresh = XlsxDescription::grid(freshPath);
    QVERIFY(!page.isEmpty());
    QVERIFY(!fresh.isEmpty());
    const QJsonArray pageSheets = page.value(u"sheets"_s).toArray(), freshSheets = fresh.value(u"sheets"_s).toArray();
    QCOMPARE(pageSheets.size(), request.figures.size());
    QCOMPARE(pageSheets.size(), freshSheets.size());
    for (qsizetype i = 0; i < pageSheets.size(); ++i) {
        const QJsonObject a = pageSheets[i].toObject(), b = freshSheets[i].toObject();
        const QString sheet = a.value(u"name"_s).toString();
        QCOMPARE(sheet, b.value(u"name"_s).toString());
        const QJsonArray rowsA = a.value(u"rows"_s).toArray(), rowsB = b.value(u"rows"_s).toArray();
        QVERIFY2(rowsA.size() == rowsB.size(),
                 qPrintable(u"%1: %2 rows against %3"_s.arg(sheet).arg(rowsA.size()).arg(rowsB.size())));
        for (qsizetype r = 0; r < rowsA.size(); ++r) {
            const QJsonArray cellsA = rowsA[r].toArray(), cellsB = rowsB[r].toArray();
            for (qsizetype c = 0; c < std::max(cellsA.size(), cellsB.size()); ++c) {
                QVERIFY2(
                    cellsA.at(c) == cellsB.at(c),
                    qPrintable(u"%1!%2: %3 against %4"_s.arg(
                        sheet, XlsxDescription::ref(int(r), int(c)),
                        QString::fromUtf8(QJsonDocument(QJsonArray{cellsA.at(c)}).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(QJsonDocument(QJsonArray{cellsB.at(c)}).toJson(QJsonDocument::Compact)))));
            }
        }
        QCOMPARE(a, b); // hidden columns, freeze pane, filter
    }
    QCOMPARE(page.value(u"properties"_s), fresh.value(u"properties"_s));
}

// The page's results are taken only for the filter they were computed for, only when complete and only the
// figures that did not fail: anything else is computed.
void TestFigureWorkbook::figuresOfAnotherFilterAreNotTaken_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("taken");
    QTest::newRow("the same filter") << QString() << QStringList{u"funnel"_s, u"health"_s,   u"coverage"_s,
                                                                 u"points"_s, u"forecast"_s, u"payments"_s};
    QTest::newRow("another period") << u"period"_s << QStringList();
    QTest::newRow("another team") << u"team"_s << QStringList();
    QTest::newRow("stopped before the end") << u"incomplete"_s << QStringList();
    QTest::newRow("the funnel failed") << u"failed"_s
                                       << QStringList{u"health"_s, u"coverage"_s, u"points"_s, u"forecast"_s,
                                                      u"payments"_s};
}

void TestFigureWorkbook::figuresOfAnotherFilterAreNotTaken() {
    QFETCH(QString, change);
    QFETCH(QStringList, taken);
    FigureWorkbook::Request request = everything();
    request.figures = ReportFigures::dashboardNames();
    request.filter = pageFilter(6, u"org"_s);
    DashboardFigures shown =
        DashboardFigures::compute(m_replica->db(), nullptr, request.filter, *m_clock, [] { return false; });
    if (change == u"period"_s)
        request.filter = pageFilter(3, u"org"_s);
    else if (change == u"team"_s)
        request.filter = pageFilter(6, u"team"_s);
    else if (change == u"incomplete"_s)
        shown.complete = false;
    else if (change == u"failed"_s)
        shown.errors << u"funnel: no such table"_s;
    QStringList names;
    for (const ReportFigure& f : fromDashboard(shown, request))
        names << f.name;
    QCOMPARE(names, taken);
}

QTEST_GUILESS_MAIN(TestFigureWorkbook)
#include "tst_figureworkbook.moc"
