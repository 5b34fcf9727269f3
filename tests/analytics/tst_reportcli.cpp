#include "analyticsfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

// Runs the built `stride-cli report` against a hand-made replica (the funnel worked example of tst_funnel:
// team t1 = a, b; team t2 = c) and checks its JSON, CSV and exit codes.
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
        f->opportunity(u"o1"_s, u"ca"_s, u"a"_s,
                       {u"lead"_s, u"contact"_s, u"needs"_s, u"demo"_s, u"objection"_s, u"won"_s},
                       {0, 2, 5, 9, 10, 20});
        f->opportunity(u"o2"_s, u"ca"_s, u"a"_s, {u"lead"_s, u"contact"_s, u"lost"_s}, {1, 3, 7},
                       {{u"lost_reason"_s, u"价格高"_s}});
        f->opportunity(u"o3"_s, u"cb"_s, u"b"_s, {u"lead"_s, u"contact"_s, u"needs"_s}, {2, 4, 8});
        f->opportunity(u"o4"_s, u"cb"_s, u"b"_s, {u"lead"_s}, {3});
        f->opportunity(u"o5"_s, u"cc"_s, u"c"_s, {u"lead"_s, u"contact"_s, u"needs"_s, u"demo"_s, u"lost"_s},
                       {4, 5, 6, 8, 12}, {{u"lost_reason"_s, u"competitor"_s}});
        f->opportunity(u"o6"_s, u"cc"_s, u"c"_s, {u"lead"_s, u"contact"_s}, {50, 51});
    }

    void funnelJson_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QList<qint64>>("reached");
        QTest::addColumn<QVariant>("winRate");
        QTest::newRow("org") << QStringList{} << QList<qint64>{6, 5, 3, 2, 1, 1} << QVariant(1.0 / 3);
        QTest::newRow("team filter changes the funnel")
            << QStringList{u"--team"_s, u"t1"_s} << QList<qint64>{4, 3, 2, 1, 1, 1} << QVariant(0.5);
        QTest::newRow("period, --to inclusive") << QStringList{u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-10"_s}
                                                << QList<qint64>{5, 4, 3, 2, 1, 1} << QVariant(1.0 / 3);
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
            doc.value(u"funnel"_s).toObject().value(u"summary"_s).toArray().at(0).toObject().value(u"win_rate"_s);
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
        // o3 has sat in needs since day 8 (24 days at the pinned now): red.
        bool found = false;
        for (const QJsonValue& v : doc.value(u"dwell"_s).toObject().value(u"items"_s).toArray())
            found = found || (v[u"opportunity"_s].toString() == u"o3"_s && v[u"light"_s].toString() == u"red"_s);
        QVERIFY(found);
    }

    void csvAndTable() {
        const Run csv = run({u"funnel"_s, u"--db"_s, f->path(), u"--format"_s, u"csv"_s});
        QCOMPARE(csv.code, 0);
        const QList<QByteArray> lines = csv.out.split('\n');
        QCOMPARE(lines.at(0), QByteArray("# funnel.summary"));
        QCOMPARE(lines.at(1), QByteArray("total,won,lost,win_rate"));
        QCOMPARE(lines.at(2), QByteArray("6,1,2,0.3333"));
        QVERIFY(csv.out.contains("won,1,1,,0,,")); // no data is an empty CSV cell
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
