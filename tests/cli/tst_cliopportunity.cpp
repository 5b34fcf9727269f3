#include <QDate>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args) {
    QProcess p;
    p.start(qEnvironmentVariable("STRIDE_BINARY_DIR") + u"/app/cli/stride-cli"_s, args);
    if (!p.waitForFinished(120000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QString::fromUtf8(p.readAllStandardError())};
}

// One text value read with the SQLite C API, independently of Stride's own storage code.
QString scalar(const QString& path, const QString& sql, const QString& bind = {}) {
    sqlite3* db = nullptr;
    QString out;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK) {
            const QByteArray b = bind.toUtf8();
            if (!bind.isNull())
                sqlite3_bind_text(st, 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(st) == SQLITE_ROW)
                out = sqlite3_column_type(st, 0) == SQLITE_NULL
                          ? u"NULL"_s
                          : QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

} // namespace

class TestCliOpportunity final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_customer;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.filePath(u"r.db"_s);
        const Run demo = runCli({u"demo"_s, u"--db"_s, m_db, u"--customers"_s, u"20"_s, u"--seed"_s, u"3"_s,
                                 u"--today"_s, u"2026-11-20"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_customer = scalar(m_db, u"SELECT id FROM customers WHERE deleted = 0 AND industry IS NOT NULL AND "
                                  "budget_band IS NOT NULL AND decision_chain IS NOT NULL AND demand_stage IS NOT "
                                  "NULL ORDER BY id LIMIT 1"_s);
        QVERIFY(!m_customer.isEmpty());
    }

    void addTakesLeadFieldsAndOwnerFromTheCustomer() {
        const Run r = runCli({u"opportunity"_s, u"add"_s, u"--db"_s, m_db, u"--customer"_s, m_customer,
                              u"title=年度框架"_s, u"amount=120000"_s, u"--accept-amount"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString id = r.out;
        QCOMPARE(scalar(m_db, u"SELECT owner_id FROM opportunities WHERE id = ?"_s, id),
                 scalar(m_db, u"SELECT owner_id FROM customers WHERE id = ?"_s, m_customer));
        QCOMPARE(scalar(m_db, u"SELECT industry FROM opportunities WHERE id = ?"_s, id),
                 scalar(m_db, u"SELECT industry FROM customers WHERE id = ?"_s, m_customer));
        QCOMPARE(scalar(m_db, u"SELECT count(*) FROM stage_history WHERE opportunity_id = ?"_s, id), u"1"_s);
        QCOMPARE(scalar(m_db, u"SELECT count(*) FROM outbox WHERE row_id = ?"_s, id), u"1"_s);
    }

    void addRefusesMissingTitleAndUnknownCustomer() {
        const Run noTitle = runCli({u"opportunity"_s, u"add"_s, u"--db"_s, m_db, u"--customer"_s, m_customer});
        QCOMPARE(noTitle.exitCode, 1);
        QVERIFY(noTitle.err.contains(u"title"_s));
        const Run noCustomer = runCli(
            {u"opportunity"_s, u"add"_s, u"--db"_s, m_db, u"--customer"_s, u"nobody"_s, u"title=x"_s, u"amount=1"_s});
        QCOMPARE(noCustomer.exitCode, 2);
        QVERIFY(noCustomer.err.contains(u"nobody"_s));
    }

    // Every move through the command line closes the stay it ends: one open history row whatever the route, and
    // reopening a lost deal clears what losing it set.
    void stageMovesKeepOneOpenStay() {
        const Run add = runCli({u"opportunity"_s, u"add"_s, u"--db"_s, m_db, u"--customer"_s, m_customer,
                                u"title=设备更新"_s, u"amount=50000"_s, u"--accept-amount"_s});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QString id = add.out;
        const QStringList moves{u"contact"_s, u"needs"_s, u"demo"_s, u"objection"_s, u"lost"_s, u"needs"_s, u"demo"_s};
        for (const QString& stage : moves) {
            QStringList args{u"opportunity"_s, u"stage"_s, id, stage, u"--db"_s, m_db};
            if (stage == u"lost"_s)
                args << u"--reason"_s << u"price too high"_s;
            const Run r = runCli(args);
            QVERIFY2(r.exitCode == 0, qPrintable(stage + u": "_s + r.err));
        }
        QCOMPARE(scalar(m_db, u"SELECT count(*) FROM stage_history WHERE opportunity_id = ? AND left_at IS NULL"_s, id),
                 u"1"_s);
        QCOMPARE(scalar(m_db, u"SELECT count(*) FROM stage_history WHERE opportunity_id = ?"_s, id),
                 QString::number(moves.size() + 1));
        QCOMPARE(scalar(m_db, u"SELECT stage FROM opportunities WHERE id = ?"_s, id), u"demo"_s);
        QCOMPARE(scalar(m_db, u"SELECT closed_at FROM opportunities WHERE id = ?"_s, id), u"NULL"_s);
        QCOMPARE(scalar(m_db, u"SELECT coalesce(lost_reason, '') FROM opportunities WHERE id = ?"_s, id), QString());
    }

    // A new deal at ¥0, or far outside the customer's budget band, is questioned: refused without --accept-amount.
    void addQuestionsOddAmounts() {
        const QString band = scalar(m_db, u"SELECT budget_band FROM customers WHERE id = ?"_s, m_customer);
        const auto count = [&] {
            return scalar(m_db, u"SELECT count(*) FROM opportunities WHERE customer_id = ?"_s, m_customer);
        };
        const QString before = count();
        for (const QString& amount : {u"0"_s, u"900000000"_s}) {
            const Run r = runCli({u"opportunity"_s, u"add"_s, u"--db"_s, m_db, u"--customer"_s, m_customer,
                                  u"title=试点"_s, u"amount="_s + amount});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(u"--accept-amount"_s) &&
                         (amount == u"0"_s ? r.err.contains(u"¥0"_s) : r.err.contains(band)),
                     qPrintable(r.err));
        }
        QCOMPARE(count(), before);
        const Run ok = runCli({u"opportunity"_s, u"add"_s, u"--db"_s, m_db, u"--customer"_s, m_customer,
                               u"title=试点"_s, u"amount=0"_s, u"--accept-amount"_s});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    }

    // Skipping stages needs --skip and leaves the skipped stages in the history; signed & paid needs the contract
    // amount and a payment milestone, whose date may not lie before the deal was created.
    void stageMovesFollowTheMethod() {
        const Run add = runCli({u"opportunity"_s, u"add"_s, u"--db"_s, m_db, u"--customer"_s, m_customer,
                                u"title=扩容"_s, u"amount=0"_s, u"--accept-amount"_s});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QString id = add.out;
        const auto stage = [&](const QStringList& more) {
            return runCli(QStringList{u"opportunity"_s, u"stage"_s, id} + more + QStringList{u"--db"_s, m_db});
        };
        Run r = stage({u"demo"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"skips contact, needs"_s), qPrintable(r.err));
        r = stage({u"demo"_s, u"--skip"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            scalar(m_db,
                   u"SELECT group_concat(stage, ' ') FROM (SELECT stage FROM stage_history WHERE opportunity_id = ? "
                   "ORDER BY rowid)"_s,
                   id),
            u"lead contact needs demo"_s);
        QCOMPARE(
            scalar(m_db,
                   u"SELECT count(*) FROM stage_history WHERE opportunity_id = ? AND stage IN ('contact', 'needs') "
                   "AND entered_at = left_at"_s,
                   id),
            u"2"_s); // the skipped stages: zero-length stays
        QCOMPARE(scalar(m_db, u"SELECT count(*) FROM stage_history WHERE opportunity_id = ? AND left_at IS NULL"_s, id),
                 u"1"_s);

        r = stage({u"won"_s, u"--skip"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"contract amount"_s), qPrintable(r.err));
        r = stage({u"won"_s, u"--skip"_s, u"--amount"_s, u"300000"_s, u"--accept-amount"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"payment milestone"_s), qPrintable(r.err));
        r = stage({u"won"_s, u"--skip"_s, u"--amount"_s, u"300000"_s, u"--accept-amount"_s, u"--milestone"_s,
                   u"2000-01-01:300000"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"before the deal was created"_s), qPrintable(r.err));
        r = stage(
            {u"won"_s, u"--skip"_s, u"--amount"_s, u"300000"_s, u"--accept-amount"_s, u"--milestone"_s, u"soon"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(scalar(m_db, u"SELECT stage FROM opportunities WHERE id = ?"_s, id), u"demo"_s);
        const QString due = QDate::currentDate().addDays(40).toString(Qt::ISODate);
        r = stage({u"won"_s, u"--skip"_s, u"--amount"_s, u"300000"_s, u"--accept-amount"_s, u"--milestone"_s,
                   due + u":200000"_s, u"--milestone"_s, due + u":100000"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(scalar(m_db, u"SELECT stage || ' ' || CAST(amount AS INTEGER) FROM opportunities WHERE id = ?"_s, id),
                 u"won 300000"_s);
        QCOMPARE(
            scalar(m_db, u"SELECT CAST(sum(amount) AS INTEGER) FROM payment_milestones WHERE opportunity_id = ?"_s, id),
            u"300000"_s);
    }

    // `check` reports what the old stage path left behind (several open stays per deal, a reopened deal that kept its
    // lost reason), exits 2, and --repair fixes it through the outbox in one go.
    void checkReportsAndRepairsStageProblems() {
        const QString db = m_dir.filePath(u"check.db"_s);
        const Run demo = runCli(
            {u"demo"_s, u"--db"_s, db, u"--customers"_s, u"20"_s, u"--seed"_s, u"5"_s, u"--today"_s, u"2026-11-20"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        Run r = runCli({u"check"_s, u"--db"_s, db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err)); // the demo writes one open stay per deal
        const QString open = scalar(db, u"SELECT id FROM opportunities WHERE stage = 'needs' ORDER BY id LIMIT 1"_s);
        const QString lost = scalar(db, u"SELECT id FROM opportunities WHERE stage = 'lost' ORDER BY id LIMIT 1"_s);
        QVERIFY(!open.isEmpty() && !lost.isEmpty());
        sqlite3* h = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &h), SQLITE_OK);
        // The old path: the deal moved on, a stay opened, the previous one left open.
        const QString sql =
            u"INSERT INTO stage_history (id, opportunity_id, stage, entered_at) SELECT 'extra-1', id, 'demo', "
            "stage_entered_at + 86400 FROM opportunities WHERE id = '%1'; UPDATE opportunities SET stage = 'demo', "
            "stage_entered_at = stage_entered_at + 86400 WHERE id = '%1'; UPDATE opportunities SET stage = 'needs' "
            "WHERE id = '%2'; UPDATE stage_history SET stage = 'needs' WHERE opportunity_id = '%2' AND left_at IS NULL"_s
                .arg(open, lost);
        QCOMPARE(sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(h);

        r = runCli({u"check"_s, u"--db"_s, db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(u"opportunity %1: many_open_stays"_s.arg(open)), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"opportunity %1: lost_reason_not_lost"_s.arg(lost)), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"opportunity %1: open_with_closed_at"_s.arg(lost)), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"--repair"_s), qPrintable(r.err));
        const QString outboxBefore = scalar(db, u"SELECT count(*) FROM outbox"_s);

        r = runCli({u"check"_s, u"--db"_s, db, u"--repair"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"repaired 2 opportunities"_s), qPrintable(r.out));
        QVERIFY(scalar(db, u"SELECT count(*) FROM outbox"_s).toInt() > outboxBefore.toInt());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM stage_history WHERE opportunity_id = ? AND left_at IS NULL"_s, open),
                 u"1"_s);
        QCOMPARE(scalar(db, u"SELECT stage FROM stage_history WHERE opportunity_id = ? AND left_at IS NULL"_s, open),
                 u"demo"_s);
        QCOMPARE(scalar(db,
                        u"SELECT coalesce(lost_reason, '') || coalesce(closed_at, '') FROM opportunities WHERE "
                        "id = ?"_s,
                        lost),
                 QString());
        r = runCli({u"check"_s, u"--db"_s, db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void unknownStageIsAUsageError() {
        const Run r = runCli({u"opportunity"_s, u"stage"_s, u"x"_s, u"signed"_s, u"--db"_s, m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"signed"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliOpportunity)
#include "tst_cliopportunity.moc"
