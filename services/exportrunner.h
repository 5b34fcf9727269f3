#pragma once

#include "analytics/dashboardfigures.h"
#include "export/figureworkbook.h"
#include "export/listexport.h"
#include "replicaworker.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Stride {

// Writes one workbook at a time off the GUI thread: a FigureWorkbook (the figures of a dashboard, the team
// drill-down, the forecast board) or a ListExport (customers, visits, opportunities), on a read-only connection
// of its own. How far it is arrives as progress() on the GUI thread; the end as exactly one of finished(),
// failed() or cancelled(). cancel() stops the job between rows and interrupts its SQL; a cancelled export leaves
// no file behind, not even one that was complete when the user cancelled.
//
// A request's empty language, author or company is filled in: the language the app shows (LanguageManager sets
// the default locale), the author given to setAuthor() (the signed-in user), the organisation's name from its
// policy when the replica has one.
class ExportRunner final : public ReplicaWorker {
    Q_OBJECT
public:
    ExportRunner(QString replicaPath, const Clock& clock, QObject* parent = nullptr);
    ~ExportRunner() override;

    void setAuthor(const QString& author) { m_author = author; }
    // "zh_CN" or "en": the language of the app's default locale.
    static QString currentLanguage();

    // The name of what `scope` selects, read on the worker and handed to `done` on this object's thread: the rep's,
    // else the team's, else the organisation's (empty when the replica does not know it). The save dialog's
    // proposed file name uses it before an export starts.
    void readScopeName(const AnalyticsFilter& scope, std::function<void(const QString& name)> done);

    bool isRunning() const { return m_running; }
    // False (and nothing starts) while another export runs.
    bool start(const QString& path, FigureWorkbook::Request request);
    // The same with what a page shows (DashboardView::figures()): each figure of the request that the page
    // computed for the request's very filter and period is written as it is (ReportFigures::fromDashboard), so
    // the worker only writes; the others (dwell, or all of them once the filter changed) are computed there.
    bool start(const QString& path, FigureWorkbook::Request request, std::optional<DashboardFigures> shown);
    bool start(const QString& path, ListExport::Request request);
    void cancel();

    // Replaces the writers (tests: a slow or failing job). `job` runs on the worker with a Progress whose
    // cancelled() turns true on cancel(); it returns the number of rows written or an error.
    using Job = std::function<Result<qint64>(const Database& db, const Clock& clock, const Progress& progress)>;
    bool startJob(const QString& path, Job job);

signals:
    void runningChanged(bool running);
    // Before a figure workbook is written: which of its figures came from the page and which were computed.
    void figuresPrepared(const QStringList& reused, const QStringList& computed);
    void progress(qint64 done, qint64 total); // total 0: not known in advance
    void finished(const QString& path);
    void failed(const QString& message);
    void cancelled();

private:
    struct Outcome {
        Status status;
        bool cancelled = false;
    };
    template <typename Request> void complete(Request& request) const;
    void deliver(const QString& path, const Outcome& outcome);
    void setRunning(bool running);

    QString m_author;
    bool m_running = false;
    // The running job's: cancel asked (set here), the job has begun on the worker (set there).
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_bool> m_begun;
};

} // namespace Stride
