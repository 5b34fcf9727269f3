// bench-ui --db FILE [--role rep] [--queries N]: the desktop app's speed on a (100,000-customer) demo replica
// (issue 4): cold start to an interactive Today page, search keystroke → updated results (median), and the
// longest GUI-thread block while scrolling the customer list (a 1 ms watchdog timer on the GUI thread).
#include "languagemanager.h"
#include "mainwindow.h"
#include "models/customerlistmodel.h"
#include "pages/customerspage.h"
#include "profilestore.h"
#include "session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

// Measures the longest gap between ticks of a 1 ms timer on the GUI thread: how long the thread was blocked.
class Watchdog final : public QObject {
public:
    Watchdog() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last)
                m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
    }
    void start() {
        m_worst = 0;
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    double stopMs() {
        m_timer.stop();
        return double(m_worst) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

void pump(int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

bool waitFor(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer processClock;
    processClock.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"A demo replica (stride-cli demo --customers 100000)."_s, u"FILE"_s});
    parser.addOption({u"role"_s, u"rep, supervisor or director"_s, u"ROLE"_s, u"rep"_s});
    parser.addOption({u"queries"_s, u"Search keystrokes to time."_s, u"N"_s, u"30"_s});
    parser.process(app);
    if (!parser.isSet(u"db"_s)) {
        std::fprintf(stderr, "bench-ui: give --db FILE\n");
        return 1;
    }

    // 1. Cold start: open the replica, build the window, show Today, until the event loop is idle.
    QElapsedTimer start;
    start.start();
    Profile profile;
    profile.name = u"bench"_s;
    profile.kind = Profile::Kind::File;
    profile.replicaPath = parser.value(u"db"_s);
    Result<std::unique_ptr<Session>> session = Session::open(profile, parser.value(u"role"_s));
    if (!session) {
        std::fprintf(stderr, "bench-ui: %s\n", qPrintable(session.error()));
        return 2;
    }
    LanguageManager language;
    language.setLanguage(u"zh_CN"_s);
    QTemporaryDir profilesDir;
    ProfileStore profiles(profilesDir.path());
    MainWindow window(**session, language, profiles);
    window.show();
    bool idle = false;
    QTimer::singleShot(0, [&] { idle = true; });
    waitFor([&] { return idle; }, 60000);
    const double startMs = double(start.nsecsElapsed()) / 1e6;
    std::printf("cold start to interactive Today: %.1f ms (target < 1500; process start incl. QApplication: %.1f ms)\n",
                startMs, double(processClock.nsecsElapsed()) / 1e6);

    // 2. Search: a keystroke in the customer search until the list shows the new count and first rows.
    window.showPage(MainWindow::Customers);
    auto* page = static_cast<CustomersPage*>(window.page(MainWindow::Customers));
    CustomerListModel* model = page->model();
    waitFor([&] { return !model->isLoading(); }, 60000);
    const int total = model->rowCount();
    const QStringList queries{u"上"_s, u"上海"_s, u"北"_s,   u"北京"_s, u"科技"_s, u"医疗"_s, u"五金"_s, u"物流"_s,
                              u"广"_s, u"深圳"_s, u"集团"_s, u"张"_s,   u"王"_s,   u"li"_s,   u"chen"_s};
    QList<double> searchMs;
    const int n = parser.value(u"queries"_s).toInt();
    Watchdog searchDog;
    searchDog.start();
    for (int i = 0; i < n; ++i) {
        page->searchField()->clear();
        waitFor([&] { return !model->isLoading(); }, 60000);
        const QString q = queries[i % queries.size()];
        QSignalSpy loaded(model, &CustomerListModel::pageLoaded);
        QElapsedTimer t;
        t.start();
        page->searchField()->setText(q);
        waitFor([&] { return !model->isLoading() && (model->rowCount() == 0 || loaded.count() > 0); }, 60000);
        searchMs << double(t.nsecsElapsed()) / 1e6;
    }
    const double searchBlock = searchDog.stopMs();
    std::sort(searchMs.begin(), searchMs.end());
    std::printf("search keystroke → results: median %.1f ms, p90 %.1f ms, max %.1f ms over %d (target median < 50); "
                "longest GUI block meanwhile %.1f ms\n",
                searchMs[searchMs.size() / 2], searchMs[searchMs.size() * 9 / 10], searchMs.last(),
                int(searchMs.size()), searchBlock);

    // 3. Scroll the full list top to bottom in page-sized steps, then jump around, with the watchdog on.
    page->searchField()->clear();
    waitFor([&] { return !model->isLoading() && model->rowCount() == total; }, 60000);
    QTableView* view = page->view();
    QScrollBar* bar = view->verticalScrollBar();
    Watchdog dog;
    dog.start();
    QElapsedTimer scrollClock;
    scrollClock.start();
    const int steps = 400;
    for (int i = 0; i <= steps; ++i) {
        bar->setValue(bar->maximum() * i / steps);
        pump(8);
    }
    for (int i = 0; i < 100; ++i) {
        bar->setValue(int((quint64(i) * 7919u) % quint64(bar->maximum() + 1)));
        pump(8);
    }
    waitFor([&] { return view->indexAt(QPoint(5, 5)).data(CustomerListModel::LoadedRole).toBool(); }, 10000);
    pump(200);
    const double worst = dog.stopMs();
    std::printf("scrolling %d rows (%d steps, %.1f s): longest GUI-thread block %.1f ms (target <= 16)\n", total,
                steps + 100, double(scrollClock.elapsed()) / 1000.0, worst);
    return 0;
}
