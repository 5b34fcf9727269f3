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
                              u"title=年度框架"_s, u"amount=120000"_s});
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
        const Run noCustomer =
            runCli({u"opportunity"_s, u"add"_s, u"--db"_s, m_db, u"--customer"_s, u"nobody"_s, u"title=x"_s});
        QCOMPARE(noCustomer.exitCode, 2);
        QVERIFY(noCustomer.err.contains(u"nobody"_s));
    }

    // Every move through the command line closes the stay it ends: one open history row whatever the route, and
    // reopening a lost deal clears what losing it set.
    void stageMovesKeepOneOpenStay() {
        const Run add = runCli({u"opportunity"_s, u"add"_s, u"--db"_s, m_db, u"--customer"_s, m_customer,
                                u"title=设备更新"_s, u"amount=50000"_s});
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

    void unknownStageIsAUsageError() {
        const Run r = runCli({u"opportunity"_s, u"stage"_s, u"x"_s, u"signed"_s, u"--db"_s, m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"signed"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliOpportunity)
#include "tst_cliopportunity.moc"
