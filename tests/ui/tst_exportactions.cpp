#include "domain/translationloader.h"
#include "exportflow.h"
#include "exportrunner.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "models/customerlistmodel.h"
#include "pages/customerspage.h"
#include "pages/dashboardpage.h"
#include "pages/pipelinepage.h"
#include "pages/teampage.h"
#include "pages/visitspage.h"
#include "profilestore.h"
#include "uifixture.h"
#include "verifyok.h"
#include "widgets/analyticsfilterbar.h"
#include "widgets/dashboardview.h"
#include "xlsxdescription.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

constexpr int kWaitMs = 60000; // an export runs on a worker; a loaded CI machine may take a while

// What the independent reader (tests/support/xlsxcheck.py: openpyxl and the package's XML, not the writer's library)
// finds in a workbook.
struct Book {
    QString error; // empty when the package and every sheet opened
    QStringList sheets;
    QStringList scopeLines; // A1 of each sheet
    QList<int> rows;        // max_row of each sheet
    QJsonObject description;
};

Book readBook(const QString& path) {
    Book book;
    Result<QJsonObject> d = Test::XlsxDescription::read(path);
    if (!d) {
        book.error = d.error();
        return book;
    }
    book.description = *d;
    for (const QJsonValue& v : d->value(u"sheets"_s).toArray()) {
        const QJsonObject sheet = v.toObject();
        book.sheets << sheet.value(u"name"_s).toString();
        book.rows << sheet.value(u"max_row"_s).toInt();
        book.scopeLines << Test::XlsxDescription::cell(sheet, u"A1"_s).value(u"v"_s).toString();
    }
    if (book.sheets.isEmpty())
        book.error = u"no sheet"_s;
    return book;
}

// Reads `path` into `book`, or skips the test where the independent reader cannot run.
// NOLINTBEGIN(bugprone-macro-parentheses): `book` names the variable the macro declares
#define READ_BOOK(book, path)                                                                                          \
    if (const QString why = Test::XlsxDescription::unavailable(); !why.isEmpty())                                      \
        QSKIP(qPrintable(why));                                                                                        \
    const Book book = readBook(path);                                                                                  \
    QVERIFY2(book.error.isEmpty(), qPrintable(book.error))
// NOLINTEND(bugprone-macro-parentheses)

// Where the save dialog would have been: answers with `answer` and keeps what it was offered.
struct SaveDialog {
    QString answer;
    QStringList proposed;
};

} // namespace

// "Export to Excel…" on every page that has it: the real pages offscreen, the real replica of the UI fixture, the
// real writers on the export worker; only the save dialog is answered by the test.
class TestExportActions final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        ExportFlow::setPathChooser([this](QWidget*, const QString& proposed) {
            m_dialog.proposed << proposed;
            return m_dialog.answer;
        });
        ExportFlow::setUrlOpener([this](const QUrl& url) {
            m_opened << url;
            return true;
        });
    }
    void init() {
        m_dialog = {};
        m_opened.clear();
        QVERIFY(m_dir.isValid());
    }

    void fileNamesAreSafe_data() {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Dashboards"_s << u"East"_s << u"Stride-Dashboards-East-2026-11-20.xlsx"_s;
        QTest::newRow("characters no file system takes") << u"Team"_s << u"A/B: \"Key\" <accounts>|*?"_s
                                                         << u"Stride-Team-A_B_ _Key_ _accounts____-2026-11-20.xlsx"_s;
        QTest::newRow("Chinese kept, blanks squeezed")
            << u"仪表盘"_s << u"  华东   一组 "_s << u"Stride-仪表盘-华东 一组-2026-11-20.xlsx"_s;
        QTest::newRow("no leading dots") << u"Team"_s << u"..hidden."_s << u"Stride-Team-hidden-2026-11-20.xlsx"_s;
        QTest::newRow("an empty scope") << u"Team"_s << u"..."_s << u"Stride-Team-_-2026-11-20.xlsx"_s;
        QTest::newRow("a long name cut") << u"Team"_s << QString(100, u'x')
                                         << u"Stride-Team-%1-2026-11-20.xlsx"_s.arg(QString(60, u'x'));
    }
    void fileNamesAreSafe() {
        QFETCH(QString, report);
        QFETCH(QString, scope);
        QFETCH(QString, expected);
        QCOMPARE(ExportFlow::proposedFileName(report, scope, Test::UiFixture::demoToday()), expected);
    }

    // The page as it stands: the filter bar's team, rep and period name the workbook's scope and its file.
    void dashboardsWriteThePageAsItStands_data() {
        QTest::addColumn<int>("team"); // index in the team box; 0: all teams
        QTest::addColumn<int>("rep");  // index in the rep box; 0: all reps
        QTest::addColumn<int>("period");
        QTest::addColumn<QDate>("from"); // the first day of the period's whole months
        QTest::newRow("the organisation over the last 6 months")
            << 0 << 0 << int(AnalyticsFilterBar::Period::Last6Months) << QDate(2026, 6, 1);
        QTest::newRow("one team this month")
            << 1 << 0 << int(AnalyticsFilterBar::Period::ThisMonth) << QDate(2026, 11, 1);
        QTest::newRow("one rep over the last 12 months")
            << 0 << 1 << int(AnalyticsFilterBar::Period::Last12Months) << QDate(2025, 12, 1);
    }
    void dashboardsWriteThePageAsItStands() {
        QFETCH(int, team);
        QFETCH(int, rep);
        QFETCH(int, period);
        QFETCH(QDate, from);
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        DashboardPage page(f.session());
        page.resize(1400, 1000);
        page.show();
        page.activate();
        AnalyticsFilterBar* bar = page.filterBar();
        bar->setPeriod(AnalyticsFilterBar::Period(period));
        QVERIFY(bar->teamBox()->count() > team);
        bar->teamBox()->setCurrentIndex(team);
        QVERIFY(bar->repBox()->count() > rep);
        bar->repBox()->setCurrentIndex(rep);
        const QString scope = rep > 0    ? bar->repBox()->currentText()
                              : team > 0 ? bar->teamBox()->currentText()
                                         : QString();

        const QString path =
            m_dir.filePath(u"dashboards-%1.xlsx"_s.arg(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(exportAndWait(page.exportFlow(), page.exportAction(), path));
        QCOMPARE(m_dialog.proposed.size(), 1);
        const QFileInfo proposed(m_dialog.proposed.first());
        QCOMPARE(proposed.absolutePath(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        QVERIFY2(proposed.fileName().startsWith(u"Stride-Dashboards-"_s), qPrintable(proposed.fileName()));
        QVERIFY2(proposed.fileName().endsWith(u"-2026-11-20.xlsx"_s), qPrintable(proposed.fileName()));
        if (!scope.isEmpty())
            QVERIFY2(proposed.fileName().contains(ExportFlow::fileNamePart(scope)), qPrintable(proposed.fileName()));

        READ_BOOK(book, path);
        QCOMPARE(book.sheets.size(), DashboardPage::exportedFigures().size());
        for (const QString& line : book.scopeLines) {
            // Every sheet names the team or rep in view ("All teams" for the organisation) and who exported it.
            QVERIFY2(line.contains(scope.isEmpty() ? u"All teams"_s : scope), qPrintable(line));
            QVERIFY2(line.contains(f.session().user().name), qPrintable(line));
        }
        // The funnel takes the filter bar's period as it is.
        QVERIFY2(book.scopeLines.first().contains(u"Period: %1"_s.arg(from.toString(Qt::ISODate))),
                 qPrintable(book.scopeLines.first()));
    }

    // The figures on screen go to the export: those the page computed for the filter in view are written without
    // being computed again (only dwell, which the page does not show, is); after a filter change that the page
    // has not computed yet, every figure is computed for the new filter. The same for the team drill-down and
    // the forecast board.
    void theFiguresOnScreenAreNotComputedAgain_data() {
        QTest::addColumn<QString>("page");
        QTest::addColumn<bool>("changeFilter");
        QTest::addColumn<QStringList>("reused");
        QTest::addColumn<QStringList>("computed");
        const QStringList six{u"funnel"_s, u"health"_s, u"coverage"_s, u"points"_s, u"forecast"_s, u"payments"_s};
        QTest::newRow("Dashboards as shown") << u"dashboards"_s << false << six << QStringList{u"dwell"_s};
        QTest::newRow("Dashboards after a filter change")
            << u"dashboards"_s << true << QStringList() << DashboardPage::exportedFigures();
        QTest::newRow("the forecast board")
            << u"forecast"_s << false << DashboardPage::forecastFigures() << QStringList();
        QTest::newRow("a team in the drill-down")
            << u"team"_s << false << QStringList{u"funnel"_s, u"health"_s, u"coverage"_s, u"points"_s}
            << QStringList{u"dwell"_s, u"opp-health"_s};
    }
    void theFiguresOnScreenAreNotComputedAgain() {
        QFETCH(QString, page);
        QFETCH(bool, changeFilter);
        QFETCH(QStringList, reused);
        QFETCH(QStringList, computed);
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        std::unique_ptr<DashboardPage> dashboards;
        std::unique_ptr<TeamPage> team;
        DashboardView* view = nullptr;
        ExportFlow* flow = nullptr;
        QString teamId;
        if (page == u"team"_s) {
            team = std::make_unique<TeamPage>(f.session());
            QSignalSpy loaded(team.get(), &TeamPage::treeLoaded);
            team->show();
            team->activate();
            QVERIFY(loaded.wait(kWaitMs));
            QTreeWidgetItem* item = nullptr;
            for (QTreeWidgetItemIterator it(team->tree()); *it && !item; ++it) {
                if ((*it)->data(0, TeamPage::KindRole).toInt() == TeamPage::TeamLevel)
                    item = *it;
            }
            QVERIFY(item);
            team->select(item);
            teamId = item->data(0, TeamPage::IdRole).toString();
            view = team->findChild<DashboardView*>();
            flow = team->exportFlow();
        } else {
            dashboards = std::make_unique<DashboardPage>(f.session());
            dashboards->show();
            dashboards->activate();
            view = dashboards->view();
            flow = dashboards->exportFlow();
        }
        QVERIFY(view);
        QVERIFY(QTest::qWaitFor(
            [&] { return view->figures() && !view->isBusy() && view->figures()->filter.teamId == teamId; }, kWaitMs));
        if (changeFilter) // the page starts computing the new period; the export asks for it at once
            dashboards->filterBar()->setPeriod(AnalyticsFilterBar::Period::Last3Months);
        m_dialog.answer =
            m_dir.filePath(u"shown-%1.xlsx"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        QSignalSpy finished(flow, &ExportFlow::finished);
        QSignalSpy failed(flow, &ExportFlow::failed);
        if (page == u"forecast"_s)
            view->forecastExportButton()->click();
        else if (page == u"team"_s)
            team->exportAction()->trigger();
        else
            dashboards->exportAction()->trigger();
        QVERIFY(flow->runner());
        QSignalSpy prepared(flow->runner(), &ExportRunner::figuresPrepared);
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kWaitMs));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(prepared.size(), 1);
        QCOMPARE(prepared.first().at(0).toStringList(), reused);
        QCOMPARE(prepared.first().at(1).toStringList(), computed);
    }

    void forecastBoardWritesForecastAndPayments() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        DashboardPage page(f.session());
        page.resize(1400, 1000);
        page.show();
        page.activate();
        const QString path = m_dir.filePath(u"forecast.xlsx"_s);
        m_dialog.answer = path;
        QSignalSpy finished(page.exportFlow(), &ExportFlow::finished);
        page.view()->forecastExportButton()->click();
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY2(QFileInfo(m_dialog.proposed.value(0)).fileName().startsWith(u"Stride-Forecast-"_s),
                 qPrintable(m_dialog.proposed.value(0)));
        READ_BOOK(book, path);
        QCOMPARE(book.sheets.size(), DashboardPage::forecastFigures().size());
    }

    // Every customer of the search, not only the rows the view has fetched.
    void customersWriteTheCurrentSearch() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        CustomersPage page(f.session());
        page.show();
        page.activate();
        CustomerListModel* model = page.model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isCounting(), kWaitMs);
        const int all = model->rowCount();
        const QString name = model->index(0, CustomerListModel::Name).data().toString();
        QVERIFY(!name.isEmpty());
        page.searchField()->setText(name.left(2));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && !model->isCounting() && model->rowCount() < all, kWaitMs);
        const int matching = model->rowCount();

        const QString path = m_dir.filePath(u"customers.xlsx"_s);
        QVERIFY(exportAndWait(page.exportFlow(), page.exportAction(), path));
        READ_BOOK(book, path);
        QCOMPARE(book.sheets.size(), 1);
        QCOMPARE(book.rows.first() - 2, matching); // the scope line, the header, a row a customer
    }

    void visitsAndPipelineWriteTheirLists_data() {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("page");
        QTest::newRow("a rep's visits") << u"rep"_s << u"visits"_s;
        QTest::newRow("a supervisor's visits") << u"supervisor"_s << u"visits"_s;
        QTest::newRow("a rep's pipeline") << u"rep"_s << u"pipeline"_s;
        QTest::newRow("a director's pipeline") << u"director"_s << u"pipeline"_s;
    }
    void visitsAndPipelineWriteTheirLists() {
        QFETCH(QString, role);
        QFETCH(QString, page);
        Test::UiFixture f(role);
        VERIFY_OK(f);
        std::unique_ptr<Page> p;
        ExportFlow* flow = nullptr;
        if (page == u"visits"_s) {
            auto* visits = new VisitsPage(f.session());
            flow = visits->exportFlow();
            p.reset(visits);
        } else {
            auto* pipeline = new PipelinePage(f.session());
            flow = pipeline->exportFlow();
            p.reset(pipeline);
        }
        p->show();
        p->activate();
        const QString path = m_dir.filePath(u"%1-%2.xlsx"_s.arg(role, page));
        QVERIFY(exportAndWait(flow, p->exportAction(), path));
        const QString proposed = QFileInfo(m_dialog.proposed.value(0)).fileName();
        if (role == u"rep"_s)
            QVERIFY2(proposed.contains(ExportFlow::fileNamePart(f.session().user().name)), qPrintable(proposed));
        READ_BOOK(book, path);
        QVERIFY(book.rows.first() >= 2);
    }

    // The team or rep in view in the drill-down, with the figures the drill-down shows.
    void teamDrillDownWritesTheScopeInView_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("a team") << int(TeamPage::TeamLevel);
        QTest::newRow("a rep") << int(TeamPage::RepLevel);
    }
    void teamDrillDownWritesTheScopeInView() {
        QFETCH(int, kind);
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        TeamPage page(f.session());
        page.resize(1400, 1000);
        QSignalSpy loaded(&page, &TeamPage::treeLoaded);
        page.show();
        page.activate();
        QVERIFY(loaded.wait(kWaitMs));
        QTreeWidgetItem* item = nullptr;
        for (QTreeWidgetItemIterator it(page.tree()); *it && !item; ++it) {
            if ((*it)->data(0, TeamPage::KindRole).toInt() == kind)
                item = *it;
        }
        QVERIFY(item);
        page.select(item);
        const QString name = item->text(0);
        const QString path = m_dir.filePath(u"team-%1.xlsx"_s.arg(kind));
        QVERIFY(exportAndWait(page.exportFlow(), page.exportAction(), path));
        QVERIFY2(QFileInfo(m_dialog.proposed.value(0)).fileName().contains(ExportFlow::fileNamePart(name)),
                 qPrintable(m_dialog.proposed.value(0)));
        READ_BOOK(book, path);
        QCOMPARE(book.sheets.size(), TeamPage::exportedFigures().size());
        for (const QString& line : book.scopeLines)
            QVERIFY2(line.contains(name), qPrintable(line));
    }

    // Cancel in the progress dialog: the export stops and no file is left, not even a temporary one.
    void cancelLeavesNoFile() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        CustomersPage page(f.session());
        page.show();
        ExportFlow* flow = page.exportFlow();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path = dir.filePath(u"cancelled.xlsx"_s);
        // Holds the export worker while the test presses Cancel, so that the press lands before the job is done.
        QSemaphore hold;
        ExportFlow::setPathChooser([flow, path, &hold](QWidget*, const QString&) {
            flow->runner()->post<int>(flow->runner()->ticket(),
                                      [&hold](ReplicaWorker::Context&) -> Result<int> {
                                          hold.acquire();
                                          return 0;
                                      },
                                      {});
            return path;
        });
        auto restore = qScopeGuard([this, &hold] {
            hold.release(); // never leave the worker waiting, even when a check failed
            initTestCase();
        });
        QSignalSpy cancelled(flow, &ExportFlow::cancelled);
        QSignalSpy finished(flow, &ExportFlow::finished);
        page.exportAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(flow->progressDialog() != nullptr, kWaitMs);
        QVERIFY(!page.exportAction()->isEnabled());
        // An export that takes more than a moment shows its progress with a Cancel button.
        QTRY_VERIFY_WITH_TIMEOUT(flow->progressDialog()->isVisible(), kWaitMs);
        auto* cancel = flow->progressDialog()->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
        hold.release();
        QVERIFY(cancelled.wait(kWaitMs));
        QVERIFY(finished.isEmpty());
        QVERIFY(!flow->progressDialog());
        QVERIFY(!flow->message()); // nothing to report: the user asked for it
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QVERIFY(page.exportAction()->isEnabled());
    }

    void aFailureShowsTheError() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        PipelinePage page(f.session());
        page.show();
        // A folder that cannot be created: its parent is a file (the tests run as any user, root included).
        QFile blocker(m_dir.filePath(u"not-a-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = m_dir.filePath(u"not-a-folder/pipeline.xlsx"_s);
        m_dialog.answer = path;
        QSignalSpy failed(page.exportFlow(), &ExportFlow::failed);
        page.exportAction()->trigger();
        QVERIFY(failed.wait(kWaitMs));
        QMessageBox* box = page.exportFlow()->message();
        QVERIFY(box);
        QCOMPARE(box->objectName(), u"exportFailed"_s);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(path)), qPrintable(box->text()));
        QVERIFY(!box->informativeText().isEmpty());
        QCOMPARE(box->informativeText(), failed.first().first().toString());
        QVERIFY(!QFile::exists(path));
        QVERIFY(page.exportAction()->isEnabled());
    }

    void finishedOffersOpenAndShowInFolder() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        PipelinePage page(f.session());
        page.show();
        const QString path = m_dir.filePath(u"open.xlsx"_s);
        for (const QString& button : {u"exportShowFolder"_s, u"exportOpen"_s}) {
            QVERIFY(exportAndWait(page.exportFlow(), page.exportAction(), path));
            QMessageBox* box = page.exportFlow()->message();
            QVERIFY(box);
            QCOMPARE(box->objectName(), u"exportFinished"_s);
            auto* b = box->findChild<QPushButton*>(button);
            QVERIFY(b);
            b->click();
            QTRY_VERIFY(!page.exportFlow()->message());
        }
        QCOMPARE(m_opened,
                 (QList<QUrl>{QUrl::fromLocalFile(QFileInfo(path).absolutePath()), QUrl::fromLocalFile(path)}));
    }

    void cancellingTheSaveDialogExportsNothing() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        VisitsPage page(f.session());
        page.show();
        m_dialog.answer.clear();
        page.exportAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog.proposed.size(), 1, kWaitMs);
        QVERIFY(!page.exportFlow()->isRunning());
        QVERIFY(!page.exportFlow()->progressDialog());
        QVERIFY(page.exportAction()->isEnabled());
    }

    // Chinese in the app: the workbook too (the runner passes the app's language to the writer).
    void theWorkbookSpeaksTheAppsLanguage() {
        VERIFY_OK(TranslationLoader::install(u"zh_CN"_s));
        auto restore = qScopeGuard([] { (void)TranslationLoader::install(u"en"_s); });
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        DashboardPage page(f.session());
        page.show();
        page.activate();
        const QString path = m_dir.filePath(u"zh.xlsx"_s);
        QVERIFY(exportAndWait(page.exportFlow(), page.exportAction(), path));
        QVERIFY2(QFileInfo(m_dialog.proposed.value(0)).fileName().startsWith(u"Stride-%1-"_s.arg(page.title())),
                 qPrintable(m_dialog.proposed.value(0)));
        READ_BOOK(book, path);
        // The funnel's stages by their Chinese names (the catalogue the app installed), none by the English ones.
        const QJsonObject funnel = book.description.value(u"sheets"_s).toArray().first().toObject();
        QStringList values;
        const QJsonObject cells = funnel.value(u"cells"_s).toObject();
        for (auto it = cells.begin(); it != cells.end(); ++it)
            values << it.value().toObject().value(u"v"_s).toString();
        QVERIFY2(values.contains(u"线索分配"_s), qPrintable(values.join(u", "_s)));
        QVERIFY2(!values.contains(u"Lead assigned"_s), qPrintable(values.join(u", "_s)));
        QVERIFY2(book.scopeLines.first().contains(f.session().user().name), qPrintable(book.scopeLines.first()));
    }

    // Ctrl+E in the main window exports the page in view; pages without an export leave it disabled.
    void theMainWindowExportsTheCurrentPage() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        QTemporaryDir profilesDir;
        LanguageManager language;
        ProfileStore profiles(profilesDir.path());
        MainWindow w(f.session(), language, profiles);
        w.show();
        auto* action = w.findChild<QAction*>(u"exportCurrentPage"_s);
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // Today
        w.showPage(MainWindow::Pipeline);
        QVERIFY(action->isEnabled());
        auto* pipeline = qobject_cast<PipelinePage*>(w.page(MainWindow::Pipeline));
        QVERIFY(pipeline);
        const QString path = m_dir.filePath(u"main-window.xlsx"_s);
        m_dialog.answer = path;
        QSignalSpy finished(pipeline->exportFlow(), &ExportFlow::finished);
        action->trigger();
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(QFile::exists(path));
        if (QMessageBox* box = pipeline->exportFlow()->message())
            box->close();
    }

private:
    // Triggers `action` with the save dialog answering `path`; true once the file is written.
    bool exportAndWait(ExportFlow* flow, QAction* action, const QString& path) {
        m_dialog.answer = path;
        QSignalSpy finished(flow, &ExportFlow::finished);
        QSignalSpy failed(flow, &ExportFlow::failed);
        if (!action->isEnabled()) {
            qWarning() << "the export action is disabled";
            return false;
        }
        action->trigger();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kWaitMs)) {
            qWarning() << "the export did not end";
            return false;
        }
        if (!failed.isEmpty()) {
            qWarning() << "the export failed:" << failed.first().first().toString();
            return false;
        }
        return finished.first().first().toString() == path && QFile::exists(path);
    }

    QTemporaryDir m_dir;
    SaveDialog m_dialog;
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
