#include "analyticsfixture.h"
#include "io/csvreader.h"
#include "io/displaywidth.h"
#include "verifyok.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

// Runs the built `stride-cli report` against a hand-made replica (the funnel worked example of tst_funnel:
// team t1 = a, b; team t2 = c, plus 王芳 (w) in t2 without deals) and checks its JSON, CSV, text tables and exit
// codes. o1 (won) has an overdue payment milestone and a title a spreadsheet would run as a formula; o3 (red in
// dwell) has a long title.
class TestReportCli : public QObject {
    Q_OBJECT
    std::unique_ptr<Test::AnalyticsFixture> f;
    QString m_binary;

    struct Run {
        int code = -1;
        QByteArray out, err;
    };
    Run run(const QStringList& args) {
        QProcess p;
        p.start(m_binary, QStringList{u"report"_s} + args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
    static QJsonObject json(const Run& r) {
        QJsonParseError e{};
        QJsonObject doc = QJsonDocument::fromJson(r.out, &e).object();
        if (e.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << e.errorString() << r.out.left(200);
        return doc;
    }
    static const QString& now() {
        static const QString at = u"2026-02-01T00:00:00Z"_s;
        return at;
    }
    static QList<qint64> reached(const QJsonObject& doc) {
        QList<qint64> out;
        for (const QJsonValue& s : doc.value(u"funnel"_s).toObject().value(u"stages"_s).toArray())
            out << s.toObject().value(u"reached"_s).toInteger();
        return out;
    }

private slots:
    void initTestCase() {
        m_binary = qEnvironmentVariable("STRIDE_BINARY_DIR") + u"/app/cli/stride-cli"_s;
        QVERIFY2(QFileInfo::exists(m_binary), qPrintable(m_binary));
        f = std::make_unique<Test::AnalyticsFixture>();
        QVERIFY(f->ok());
        f->team(u"t1"_s);
        f->team(u"t2"_s);
        f->rep(u"a"_s, u"t1"_s);
        f->rep(u"b"_s, u"t1"_s);
        f->rep(u"c"_s, u"t2"_s);
        f->customer(u"ca"_s, u"a"_s);
        f->customer(u"cb"_s, u"b"_s);
        f->customer(u"cc"_s, u"c"_s);
        // A standard action due 72 h after a demo: o1 and o5 entered demo and nobody quoted, so health is red
        // with this action missed twice.
        f->insert(u"standard_actions"_s, {{u"id"_s, u"sa-quote"_s},
                                          {u"name"_s, u"Customised quote within 72 h of a solution demo"_s},
                                          {u"name_zh"_s, u"方案演示后 72 小时内提供定制报价"_s},
                                          {u"trigger_stage"_s, u"demo"_s},
                                          {u"action_code"_s, u"customised_quote"_s},
                                          {u"deadline_hours"_s, 72},
                                          {u"active"_s, 1}});
        f->insert(u"reps"_s, {{u"id"_s, u"w"_s},
                              {u"name"_s, u"王芳"_s},
                              {u"role"_s, u"rep"_s},
                              {u"team_id"_s, u"t2"_s},
                              {u"hire_date"_s, Test::AnalyticsFixture::day(-400)}});
        f->opportunity(u"o1"_s, u"ca"_s, u"a"_s,
                       {u"lead"_s, u"contact"_s, u"needs"_s, u"demo"_s, u"objection"_s, u"won"_s}, {0, 2, 5, 9, 10, 20},
                       {{u"title"_s, u"=HYPERLINK(\"http://x\",\"pay\")"_s}});
        f->insert(u"payment_milestones"_s, {{u"id"_s, u"m1"_s},
                                            {u"opportunity_id"_s, u"o1"_s},
                                            {u"due_at"_s, Test::AnalyticsFixture::day(25)},
                                            {u"amount"_s, 120000.0}});
        f->opportunity(u"o2"_s, u"ca"_s, u"a"_s, {u"lead"_s, u"contact"_s, u"lost"_s}, {1, 3, 7},
                       {{u"lost_reason"_s, u"价格高"_s}});
        f->opportunity(u"o3"_s, u"cb"_s, u"b"_s, {u"lead"_s, u"contact"_s, u"needs"_s}, {2, 4, 8},
                       {{u"title"_s, u"Annual framework agreement for spare parts across the eastern region, "
                                     "second phase (extended)"_s}});
        f->opportunity(u"o4"_s, u"cb"_s, u"b"_s, {u"lead"_s}, {3});
        f->opportunity(u"o5"_s, u"cc"_s, u"c"_s, {u"lead"_s, u"contact"_s, u"needs"_s, u"demo"_s, u"lost"_s},
                       {4, 5, 6, 8, 12}, {{u"lost_reason"_s, u"competitor"_s}});
        f->opportunity(u"o6"_s, u"cc"_s, u"c"_s, {u"lead"_s, u"contact"_s}, {50, 51});
    }

    void funnelJson_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QList<qint64>>("reached");
        QTest::addColumn<QVariant>("winRate");
        QTest::newRow("org") << QStringList{} << QList<qint64>{6, 5, 3, 2, 1, 1} << QVariant(100.0 / 3);
        QTest::newRow("team filter changes the funnel")
            << QStringList{u"--team"_s, u"t1"_s} << QList<qint64>{4, 3, 2, 1, 1, 1} << QVariant(50.0);
        QTest::newRow("period, --to inclusive") << QStringList{u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-10"_s}
                                                << QList<qint64>{5, 4, 3, 2, 1, 1} << QVariant(100.0 / 3);
        QTest::newRow("empty period: no data is null")
            << QStringList{u"--from"_s, u"2027-01-01"_s, u"--to"_s, u"2027-01-31"_s} << QList<qint64>{0, 0, 0, 0, 0, 0}
            << QVariant();
    }
    void funnelJson() {
        QFETCH(QStringList, args);
        QFETCH(QList<qint64>, reached);
        QFETCH(QVariant, winRate);
        const Run r = run(QStringList{u"funnel"_s, u"--db"_s, f->path(), u"--format"_s, u"json"_s} + args);
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonParseError e{};
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &e).object();
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        QCOMPARE(TestReportCli::reached(doc), reached);
        const QJsonValue win =
            doc.value(u"funnel"_s).toObject().value(u"summary"_s).toArray().at(0).toObject().value(u"win_rate_pct"_s);
        if (winRate.isNull())
            QVERIFY(win.isNull());
        else
            QCOMPARE(win.toDouble(), winRate.toDouble());
    }

    void allFiguresJson() {
        const Run r =
            run({u"all"_s, u"--db"_s, f->path(), u"--format"_s, u"json"_s, u"--now"_s, u"2026-02-01T00:00:00Z"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        for (const char* k : {"funnel", "dwell", "health", "coverage", "risk", "opp-health", "points", "forecast",
                              "payments", "sandbox", "filter"})
            QVERIFY2(doc.contains(QString::fromLatin1(k)), k);
        QCOMPARE(doc.value(u"filter"_s).toObject().value(u"now"_s).toString(), u"2026-02-01T00:00:00Z"_s);
        // o3 has sat in needs since day 8 (24 days at the pinned now): red. Its owner is named beside the id.
        bool found = false;
        for (const QJsonValue& v : doc.value(u"dwell"_s).toObject().value(u"items"_s).toArray())
            found = found || (v[u"opportunity_id"_s].toString() == u"o3"_s && v[u"light"_s].toString() == u"red"_s &&
                              v[u"owner_id"_s].toString() == u"b"_s && v[u"owner_name"_s].toString() == u"Rep b"_s);
        QVERIFY(found);
    }

    // Every report names people and teams with ids beside the names, and prints shares 0–100 as *_pct.
    void jsonNamesAndShares() {
        const Run r = run({u"all"_s, u"--db"_s, f->path(), u"--format"_s, u"json"_s, u"--now"_s, now()});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject doc = json(r);
        const QJsonArray board = doc[u"points"_s][u"leaderboard"_s].toArray();
        QCOMPARE(board.size(), 4);
        for (const QJsonValue& e : board) {
            QVERIFY(!e[u"rep_id"_s].toString().isEmpty());
            QVERIFY(!e[u"rep_name"_s].toString().isEmpty());
            QVERIFY(e[u"team_name"_s].toString().startsWith(u"Team t"_s));
        }
        const QJsonObject payment = doc[u"payments"_s][u"items"_s].toArray().at(0).toObject();
        QCOMPARE(payment[u"owner_id"_s].toString(), u"a"_s);
        QCOMPARE(payment[u"owner_name"_s].toString(), u"Rep a"_s);
        QCOMPARE(payment[u"days_left"_s].toInteger(), -6);
        // Every share is a percentage: no column ends in _share or _rate, and *_pct lies in 0–100.
        for (const QJsonValue& fig : doc) {
            const QJsonObject tables = fig.toObject();
            for (const QJsonValue& table : tables) {
                for (const QJsonValue& row : table.toArray()) {
                    const QJsonObject cells = row.toObject();
                    for (auto c = cells.constBegin(); c != cells.constEnd(); ++c) {
                        QVERIFY2(!c.key().endsWith(u"_share"_s) && !c.key().endsWith(u"_rate"_s), qPrintable(c.key()));
                        if (c.key().endsWith(u"_pct"_s) && c->isDouble())
                            QVERIFY2(c->toDouble() >= 0 && c->toDouble() <= 100, qPrintable(c.key()));
                    }
                }
            }
        }
        QCOMPARE(doc[u"funnel"_s][u"summary"_s].toArray().at(0)[u"win_rate_pct"_s].toDouble(), 100.0 / 3);
    }

    // --from or --to alone works for every report and for all; the JSON says what the period selected.
    void oneSidedPeriod_data() {
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        const QStringList figures{u"funnel"_s,     u"dwell"_s,  u"health"_s,   u"coverage"_s, u"risk"_s,
                                  u"opp-health"_s, u"points"_s, u"forecast"_s, u"payments"_s, u"sandbox"_s};
        for (const QString& fig : figures) {
            const bool ignored = fig == u"dwell"_s || fig == u"opp-health"_s;
            const bool coverage = fig == u"coverage"_s;
            QTest::addRow("%s --to alone", qPrintable(fig)) << fig << u"--to"_s << u"2026-01-10"_s
                                                            << (ignored    ? QString()
                                                                : coverage ? u"2025-08-01"_s
                                                                           : QString())
                                                            << (ignored    ? QString()
                                                                : coverage ? u"2026-01-31"_s
                                                                           : u"2026-01-10"_s);
            QTest::addRow("%s --from alone, after now", qPrintable(fig))
                << fig << u"--from"_s << u"2026-03-01"_s << (ignored ? QString() : u"2026-03-01"_s)
                << (coverage ? u"2026-03-31"_s : QString());
        }
        QTest::newRow("all --to alone") << u"all"_s << u"--to"_s << u"2026-01-10"_s << QString() << QString();
        QTest::newRow("all --from alone") << u"all"_s << u"--from"_s << u"2026-01-05"_s << QString() << QString();
    }
    void oneSidedPeriod() {
        QFETCH(QString, figure);
        QFETCH(QString, option);
        QFETCH(QString, day);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const Run r = run({figure, u"--db"_s, f->path(), u"--format"_s, u"json"_s, u"--now"_s, now(), option, day});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject doc = json(r);
        QVERIFY2(!doc.isEmpty(), "report printed no JSON");
        QCOMPARE(doc[u"filter"_s][option.mid(2)].toString(), day);
        const QStringList figures =
            figure == u"all"_s ? QStringList{u"funnel"_s, u"coverage"_s, u"points"_s, u"payments"_s, u"sandbox"_s}
                               : QStringList{figure};
        for (const QString& fig : figures) {
            const QJsonObject period = doc[fig][u"period"_s].toObject();
            QVERIFY2(!period[u"filters"_s].toString().isEmpty(), qPrintable(fig));
            if (figure == u"all"_s)
                continue;
            QCOMPARE(period[u"from"_s].toString(), from);
            QCOMPARE(period[u"to"_s].toString(), to);
            QCOMPARE(period[u"ignored"_s].toBool(), fig == u"dwell"_s || fig == u"opp-health"_s);
        }
    }

    void helpSaysWhatThePeriodSelects() {
        const Run r = run({u"--help"_s});
        QCOMPARE(r.code, 0);
        for (const char* what : {"created_at", "expected_close", "due_at", "visited_at", "deadline", "ignored"})
            QVERIFY2(r.out.contains(what), what);
    }

    // Action names, stages, categories and lost reasons follow --lang; ids and codes stay as they are.
    void labelsFollowLang_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("lead");
        QTest::addColumn<QString>("organisation");
        QTest::newRow("en") << u"en"_s << u"Lead assigned"_s << u"Organisation"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"线索分配"_s << QString();
    }
    void labelsFollowLang() {
        QFETCH(QString, lang);
        QFETCH(QString, lead);
        QFETCH(QString, organisation);
        const Run r = run(
            {u"funnel"_s, u"--db"_s, f->path(), u"--format"_s, u"csv"_s, u"--table"_s, u"stages"_s, u"--lang"_s, lang});
        QVERIFY2(r.code == 0, r.err.constData());
        Result<QList<CsvReader::Record>> rows = CsvReader::parse(r.out);
        VERIFY_OK(rows);
        QCOMPARE(rows->at(0).fields.mid(0, 2), (QStringList{u"stage"_s, u"stage_name"_s}));
        QCOMPARE(rows->at(1).fields.mid(0, 2), (QStringList{u"lead"_s, lead}));
        const Run h =
            run({u"coverage"_s, u"--db"_s, f->path(), u"--format"_s, u"json"_s, u"--lang"_s, lang, u"--now"_s, now()});
        QVERIFY2(h.code == 0, h.err.constData());
        const QString org = json(h)[u"coverage"_s][u"alerts"_s].toArray().at(0)[u"name"_s].toString();
        if (!organisation.isEmpty()) // the Chinese name of the new label arrives with the merged catalogue
            QCOMPARE(org, organisation);
    }

    // The missed actions behind a red light are named in --lang (the organisation's own names) and keep their
    // counts in every format.
    void missingActionsKeepTheirCounts_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("missing");
        QTest::newRow("en") << u"en"_s << u"Customised quote within 72 h of a solution demo (2)"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"方案演示后 72 小时内提供定制报价 (2)"_s;
    }
    void missingActionsKeepTheirCounts() {
        QFETCH(QString, lang);
        QFETCH(QString, missing);
        const Run r =
            run({u"health"_s, u"--db"_s, f->path(), u"--format"_s, u"json"_s, u"--lang"_s, lang, u"--now"_s, now()});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject org = json(r)[u"health"_s][u"lights"_s].toArray().at(0).toObject();
        QCOMPARE(org[u"light"_s].toString(), u"red"_s);
        QCOMPARE(org[u"top_missing"_s].toString(), missing);
        const Run table = run({u"health"_s, u"--db"_s, f->path(), u"--lang"_s, lang, u"--now"_s, now()});
        QVERIFY2(table.code == 0, table.err.constData());
        QVERIFY2(table.out.contains("(2)"), table.out.constData());
    }

    // CSV: one table per file, RFC 4180, a byte-order mark unless --no-bom, formulas neutralised, numbers kept.
    void csvFiles() {
        QTemporaryDir dir;
        const Run r = run({u"funnel"_s, u"--db"_s, f->path(), u"--format"_s, u"csv"_s, u"--out-dir"_s, dir.path()});
        QVERIFY2(r.code == 0, r.err.constData());
        for (const char* name : {"funnel-summary.csv", "funnel-stages.csv", "funnel-lost_reasons.csv"}) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            QVERIFY2(file.open(QIODevice::ReadOnly), name);
            const QByteArray bytes = file.readAll();
            QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), name);
            QVERIFY2(bytes.endsWith("\r\n"), name);
        }
        QFile summary(dir.filePath(u"funnel-summary.csv"_s));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        QCOMPARE(summary.readAll(), QByteArray("\xEF\xBB\xBFtotal,won,lost,win_rate_pct\r\n6,1,2,33.3333\r\n"));
        QFile stages(dir.filePath(u"funnel-stages.csv"_s));
        QVERIFY(stages.open(QIODevice::ReadOnly));
        QVERIFY(stages.readAll().contains("\r\nwon,Signed & paid,1,1,,0,,\r\n")); // no data is an empty cell

        const Run items = run({u"payments"_s, u"--db"_s, f->path(), u"--format"_s, u"csv"_s, u"--table"_s, u"items"_s,
                               u"--no-bom"_s, u"--now"_s, now()});
        QVERIFY2(items.code == 0, items.err.constData());
        QVERIFY(items.out.startsWith("milestone_id,"));
        // The formula-like title is text with a leading apostrophe (quoted: it holds commas and quotes);
        // days_left −6 stays a number.
        QVERIFY2(items.out.contains("m1,o1,\"'=HYPERLINK(\"\"http://x\"\",\"\"pay\"\")\",a,Rep a,"),
                 items.out.constData());
        QVERIFY2(items.out.contains(",120000,-6,overdue\r\n"), items.out.constData());
    }

    // --format table: a long cell wraps at word boundaries instead of being cut, and Chinese names take two
    // columns per character, so the columns after them line up.
    void textTable() {
        const Run dwell = run({u"dwell"_s, u"--db"_s, f->path(), u"--now"_s, now()});
        QVERIFY2(dwell.code == 0, dwell.err.constData());
        const QString text = QString::fromUtf8(dwell.out);
        const QStringList words = text.split(QRegularExpression(u"\\s+"_s));
        for (const QString& w : u"Annual framework agreement for spare parts across the eastern region, second phase "
                                "(extended)"_s.split(u' '))
            QVERIFY2(words.contains(w), qPrintable(w));

        const Run points = run({u"points"_s, u"--db"_s, f->path(), u"--now"_s, now(), u"--table"_s, u"leaderboard"_s});
        QVERIFY2(points.code == 0, points.err.constData());
        QList<int> columns; // the display column where team_id starts, on the header and on every row
        for (const QString& line : QString::fromUtf8(points.out).split(u'\n')) {
            qsizetype at = line.indexOf(u"team_id"_s);
            if (at < 0)
                at = line.indexOf(QRegularExpression(u"  t[12]  "_s));
            if (at < 0)
                continue;
            if (!line.startsWith(u"rank"_s))
                at += 2;
            columns << DisplayWidth::of(QStringView(line).left(at));
        }
        QCOMPARE(columns.size(), 5);
        QVERIFY2(points.out.contains("王芳"), points.out.constData());
        for (int c : columns)
            QCOMPARE(c, columns.first());
    }

    void csvAndTable() {
        const Run csv = run({u"funnel"_s, u"--db"_s, f->path(), u"--format"_s, u"csv"_s, u"--table"_s, u"summary"_s});
        QCOMPARE(csv.code, 0);
        QCOMPARE(csv.out, QByteArray("\xEF\xBB\xBFtotal,won,lost,win_rate_pct\r\n6,1,2,33.3333\r\n"));
        const Run table = run({u"funnel"_s, u"--db"_s, f->path(), u"--rep"_s, u"c"_s});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains("no data"));
    }

    void exitCodes_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown figure") << QStringList{u"nonsense"_s, u"--db"_s, u"@DB"_s} << 1;
        QTest::newRow("no figure") << QStringList{u"--db"_s, u"@DB"_s} << 1;
        QTest::newRow("no --db") << QStringList{u"funnel"_s} << 1;
        QTest::newRow("bad format") << QStringList{u"funnel"_s, u"--db"_s, u"@DB"_s, u"--format"_s, u"xml"_s} << 1;
        QTest::newRow("bad date") << QStringList{u"funnel"_s, u"--db"_s, u"@DB"_s, u"--from"_s, u"2026-13-01"_s} << 1;
        QTest::newRow("from after to") << QStringList{u"funnel"_s,     u"--db"_s, u"@DB"_s,       u"--from"_s,
                                                      u"2026-02-01"_s, u"--to"_s, u"2026-01-01"_s}
                                       << 1;
        QTest::newRow("bad sandbox metric")
            << QStringList{u"sandbox"_s, u"--db"_s, u"@DB"_s, u"--metrics"_s, u"visits,luck"_s} << 1;
        QTest::newRow("missing file") << QStringList{u"funnel"_s, u"--db"_s, u"/nonexistent/x.db"_s} << 2;
        QTest::newRow("unknown team") << QStringList{u"funnel"_s, u"--db"_s, u"@DB"_s, u"--team"_s, u"zz"_s} << 2;
        QTest::newRow("help") << QStringList{u"--help"_s} << 0;
        QTest::newRow("csv of several tables on stdout")
            << QStringList{u"funnel"_s, u"--db"_s, u"@DB"_s, u"--format"_s, u"csv"_s} << 1;
        QTest::newRow("--out-dir without csv")
            << QStringList{u"funnel"_s, u"--db"_s, u"@DB"_s, u"--out-dir"_s, u"/tmp"_s} << 1;
        QTest::newRow("unknown --lang") << QStringList{u"funnel"_s, u"--db"_s, u"@DB"_s, u"--lang"_s, u"fr"_s} << 1;
        QTest::newRow("unknown --table") << QStringList{u"funnel"_s, u"--db"_s, u"@DB"_s, u"--table"_s, u"nonsense"_s}
                                         << 1;
    }
    void exitCodes() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        args.replaceInStrings(u"@DB"_s, f->path());
        const Run r = run(args);
        QCOMPARE(r.code, code);
        if (code != 0)
            QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
