#include "export/reportfigures.h"
#include "exportrunner.h"
#include "storage/entitystore.h"
#include "storage/orgcalendar.h"
#include "storage/orgpolicyrepository.h"
#include "storage/orgrepository.h"
#include "uifixture.h"
#include "verifyok.h"
#include "xlsxdescription.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

constexpr int kWaitMs = 30000;

// A job that writes its file in steps and stops, removing what it wrote, when cancelled: the contract of the
// real writers, which the runner relies on.
ExportRunner::Job steppingJob(const QString& path, int steps, QSemaphore* begun = nullptr) {
    return [path, steps, begun](const Database&, const Clock&, const Progress& progress) -> Result<qint64> {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(ErrorCode::Io, u"cannot write %1"_s.arg(path));
        if (begun)
            begun->release();
        for (int i = 0; i < steps; ++i) {
            if (progress.isCancelled()) {
                file.remove();
                return fail(ErrorCode::Cancelled, u"cancelled"_s);
            }
            file.write("row\n");
            progress.report(i + 1, steps);
            QThread::msleep(1); // a row's work, so that a cancel lands in the middle
        }
        return qint64(steps);
    };
}

} // namespace

// The worker side of the app's exports (services/exportrunner.h): progress on the caller's thread, one outcome,
// cancel without a file left behind, the names the save dialog proposes.
class TestExportRunner final : public QObject {
    Q_OBJECT
private slots:
    void init() {
        m_fixture = std::make_unique<Test::UiFixture>(u"director"_s);
        VERIFY_OK(*m_fixture);
        QVERIFY(m_dir.isValid());
    }
    void cleanup() { m_fixture.reset(); }

    void progressAndTheEndArriveOnTheCallersThread() {
        ExportRunner runner(m_fixture->path(), m_fixture->clock());
        const QString path = m_dir.filePath(u"steps.xlsx"_s);
        QThread* caller = QThread::currentThread();
        QList<QThread*> progressOn;
        qint64 lastDone = 0, lastTotal = 0;
        connect(&runner, &ExportRunner::progress, this, [&](qint64 done, qint64 total) {
            progressOn << QThread::currentThread();
            lastDone = done;
            lastTotal = total;
        });
        QSignalSpy finished(&runner, &ExportRunner::finished);
        QSignalSpy failed(&runner, &ExportRunner::failed);
        QVERIFY(runner.startJob(path, steppingJob(path, 200)));
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().first().toString(), path);
        QVERIFY(failed.isEmpty());
        QVERIFY(!runner.isRunning());
        QVERIFY(!progressOn.isEmpty());
        for (QThread* t : std::as_const(progressOn))
            QCOMPARE(t, caller);
        // Throttled, but the last step always arrives.
        QCOMPARE(lastDone, 200);
        QCOMPARE(lastTotal, 200);
        QVERIFY(QFile::exists(path));
    }

    void aSecondExportIsRefusedWhileOneRuns() {
        ExportRunner runner(m_fixture->path(), m_fixture->clock());
        QSemaphore begun;
        const QString path = m_dir.filePath(u"first.xlsx"_s);
        QVERIFY(runner.startJob(path, steppingJob(path, 100000, &begun)));
        QVERIFY(!runner.startJob(m_dir.filePath(u"second.xlsx"_s), steppingJob(m_dir.filePath(u"second.xlsx"_s), 1)));
        QSignalSpy cancelled(&runner, &ExportRunner::cancelled);
        QVERIFY(begun.tryAcquire(1, kWaitMs));
        runner.cancel();
        QVERIFY(cancelled.wait(kWaitMs));
        QVERIFY(!QFile::exists(m_dir.filePath(u"second.xlsx"_s)));
    }

    void cancelStopsARunningJobAndLeavesNoFile() {
        ExportRunner runner(m_fixture->path(), m_fixture->clock());
        QSemaphore begun;
        const QString path = m_dir.filePath(u"cancelled.xlsx"_s);
        QSignalSpy finished(&runner, &ExportRunner::finished);
        QSignalSpy failed(&runner, &ExportRunner::failed);
        QSignalSpy cancelled(&runner, &ExportRunner::cancelled);
        QVERIFY(runner.startJob(path, steppingJob(path, 100000, &begun)));
        QVERIFY(begun.tryAcquire(1, kWaitMs));
        QVERIFY(QFile::exists(path)); // half-written
        runner.cancel();
        QVERIFY(cancelled.wait(kWaitMs));
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(finished.isEmpty());
        QVERIFY(failed.isEmpty());
        QVERIFY(!QFile::exists(path));
        // The runner takes the next export.
        const QString next = m_dir.filePath(u"next.xlsx"_s);
        QVERIFY(runner.startJob(next, steppingJob(next, 3)));
        QVERIFY(finished.wait(kWaitMs));
    }

    // The user cancelled, but the job had nothing left to check: what it wrote is removed all the same.
    void cancelBeforeTheJobBeganRemovesEvenACompleteFile() {
        ExportRunner runner(m_fixture->path(), m_fixture->clock());
        const QString path = m_dir.filePath(u"complete.xlsx"_s);
        auto job = [path](const Database&, const Clock&, const Progress&) -> Result<qint64> {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return fail(u"cannot write"_s);
            file.write("done");
            return 1;
        };
        // runningChanged(true) comes before the job is queued: a cancel there lands before it begins.
        connect(&runner, &ExportRunner::runningChanged, this, [&runner](bool running) {
            if (running)
                runner.cancel();
        });
        QSignalSpy cancelled(&runner, &ExportRunner::cancelled);
        QSignalSpy finished(&runner, &ExportRunner::finished);
        QVERIFY(runner.startJob(path, job));
        QVERIFY(cancelled.wait(kWaitMs));
        QVERIFY(finished.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void aFailureNamesTheProblem() {
        ExportRunner runner(m_fixture->path(), m_fixture->clock());
        const QString path = m_dir.filePath(u"missing/dir/out.xlsx"_s);
        QSignalSpy failed(&runner, &ExportRunner::failed);
        QVERIFY(runner.startJob(path, steppingJob(path, 3)));
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY2(failed.first().first().toString().contains(path), qPrintable(failed.first().first().toString()));
        QVERIFY(!runner.isRunning());
    }

    void anUnreadableReplicaFails() {
        ExportRunner runner(m_dir.filePath(u"no-such-replica.db"_s), m_fixture->clock());
        QSignalSpy failed(&runner, &ExportRunner::failed);
        const QString path = m_dir.filePath(u"never.xlsx"_s);
        QVERIFY(runner.startJob(path, steppingJob(path, 3)));
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void scopeNames_data() {
        QTest::addColumn<QString>("scope");
        QTest::newRow("the organisation, named in its policy") << u"org"_s;
        QTest::newRow("a team") << u"team"_s;
        QTest::newRow("a rep") << u"rep"_s;
    }
    void scopeNames() {
        QFETCH(QString, scope);
        EntityStore& store = m_fixture->session().store();
        VERIFY_OK(OrgPolicyRepository(store).set(OrgPolicy::kName, QJsonValue(u"华东医疗器械 Ltd"_s), u"admin"_s));
        const QString teamId = m_fixture->addTeamWithDeals(u"North 北区"_s, 1);
        QVERIFY2(!teamId.isEmpty(), qPrintable(m_fixture->error()));
        const Result<QList<Rep>> members = OrgRepository(store).teamMembers(teamId);
        VERIFY_OK(members);
        QVERIFY(!members->isEmpty());
        AnalyticsFilter filter;
        QString expected = u"华东医疗器械 Ltd"_s;
        if (scope == u"team"_s) {
            filter.teamId = teamId;
            expected = u"North 北区"_s;
        } else if (scope == u"rep"_s) {
            filter.repId = members->first().id;
            expected = members->first().name;
        }
        ExportRunner runner(m_fixture->path(), m_fixture->clock());
        QString got;
        bool answered = false;
        runner.readScopeName(filter, [&](const QString& name) {
            got = name;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, kWaitMs);
        QCOMPARE(got, expected);
    }

    // The real writer: the request's author and company are filled in from the runner and the replica.
    void aListExportIsSignedByTheUserAndTheOrganisation() {
        if (const QString why = Test::XlsxDescription::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        VERIFY_OK(OrgPolicyRepository(m_fixture->session().store())
                      .set(OrgPolicy::kName, QJsonValue(u"华东医疗器械 Ltd"_s), u"admin"_s));
        ExportRunner runner(m_fixture->path(), m_fixture->clock());
        runner.setAuthor(u"Director 王"_s);
        const QString path = m_dir.filePath(u"customers.xlsx"_s);
        QSignalSpy finished(&runner, &ExportRunner::finished);
        QSignalSpy failed(&runner, &ExportRunner::failed);
        ListExport::Request request;
        request.list = ListExport::List::Customers;
        QVERIFY(runner.start(path, request));
        QVERIFY2(finished.wait(kWaitMs), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const Result<QJsonObject> book = Test::XlsxDescription::read(path);
        VERIFY_OK(book);
        const QJsonObject properties = book->value(u"properties"_s).toObject();
        QCOMPARE(properties.value(u"creator"_s).toString(), u"Director 王"_s);
        QCOMPARE(properties.value(u"company"_s).toString(), u"华东医疗器械 Ltd"_s);
        const QJsonObject sheet = book->value(u"sheets"_s).toArray().first().toObject();
        QCOMPARE(sheet.value(u"max_row"_s).toInt(), Test::UiFixture::kCustomers + 2); // scope line, header
    }

    // Cancelled as soon as it reports: however far the real writer got, nothing is left in the folder.
    void aCancelledListExportLeavesNothing() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ExportRunner runner(m_fixture->path(), m_fixture->clock());
        connect(&runner, &ExportRunner::progress, &runner, &ExportRunner::cancel);
        QSignalSpy cancelled(&runner, &ExportRunner::cancelled);
        QSignalSpy finished(&runner, &ExportRunner::finished);
        ListExport::Request request;
        request.list = ListExport::List::Visits;
        QVERIFY(runner.start(dir.filePath(u"visits.xlsx"_s), request));
        QVERIFY(cancelled.wait(kWaitMs));
        QVERIFY(finished.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void theLanguageIsTheAppsLocale() {
        const QLocale before;
        QLocale::setDefault(QLocale(u"zh_CN"_s));
        QCOMPARE(ExportRunner::currentLanguage(), u"zh_CN"_s);
        QLocale::setDefault(QLocale(u"en_GB"_s));
        QCOMPARE(ExportRunner::currentLanguage(), u"en"_s);
        QLocale::setDefault(before);
    }

    // A dashboard's export handed the figures the page shows: those computed for the request's filter are written
    // as they are (a figure altered after the page computed it shows in the workbook: it was not computed again),
    // the rest (dwell, or every one for another filter) is computed on the worker.
    void aDashboardExportWritesThePagesFigures_data() {
        QTest::addColumn<bool>("handed");    // the page's figures go along
        QTest::addColumn<int>("pageMonths"); // the period the page computed them for
        QTest::addColumn<QStringList>("reused");
        const QStringList six{u"funnel"_s, u"health"_s, u"coverage"_s, u"points"_s, u"forecast"_s, u"payments"_s};
        QTest::newRow("the page's figures for the same filter") << true << 6 << six;
        QTest::newRow("the page's figures for another period") << true << 3 << QStringList();
        QTest::newRow("no figures handed") << false << 6 << QStringList();
    }
    void aDashboardExportWritesThePagesFigures() {
        QFETCH(bool, handed);
        QFETCH(int, pageMonths);
        QFETCH(QStringList, reused);
        constexpr qint64 kAltered = 987654; // no funnel of the small demo counts that many opportunities
        FigureWorkbook::Request request;
        request.figures = ReportFigures::dashboardNames();
        request.filter = AnalyticsFilter::lastMonths(6, m_fixture->clock().now());
        request.language = u"en"_s;
        std::optional<DashboardFigures> shown;
        if (handed) {
            shown = DashboardFigures::compute(m_fixture->session().database(), nullptr,
                                              AnalyticsFilter::lastMonths(pageMonths, m_fixture->clock().now()),
                                              m_fixture->clock(), [] { return false; });
            QVERIFY(shown->complete);
            shown->funnel.total = kAltered;
        }
        ExportRunner runner(m_fixture->path(), m_fixture->clock());
        QSignalSpy prepared(&runner, &ExportRunner::figuresPrepared);
        QSignalSpy finished(&runner, &ExportRunner::finished);
        QSignalSpy failed(&runner, &ExportRunner::failed);
        const QString path =
            m_dir.filePath(u"dashboards-%1.xlsx"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        QVERIFY(runner.start(path, request, shown));
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(failed.isEmpty());
        QCOMPARE(prepared.size(), 1);
        QCOMPARE(prepared.first().at(0).toStringList(), reused);
        QStringList computed;
        for (const QString& name : ReportFigures::dashboardNames()) {
            if (!reused.contains(name))
                computed << name;
        }
        QCOMPARE(prepared.first().at(1).toStringList(), computed);

        if (const QString why = Test::XlsxDescription::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QJsonObject book = Test::XlsxDescription::grid(path);
        const QJsonArray sheets = book.value(u"sheets"_s).toArray();
        QCOMPARE(sheets.size(), request.figures.size());
        const QJsonArray funnelRows = sheets.first().toObject().value(u"rows"_s).toArray();
        bool altered = false;
        for (const QJsonValue& row : funnelRows) {
            for (const QJsonValue& cell : row.toArray())
                altered = altered || cell.toArray().at(1).toDouble() == double(kAltered);
        }
        QCOMPARE(altered, reused.contains(u"funnel"_s));
    }

private:
    std::unique_ptr<Test::UiFixture> m_fixture;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestExportRunner)
#include "tst_exportrunner.moc"
