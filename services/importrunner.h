#pragma once

#include "import/importoptions.h"
#include "import/importplan.h"
#include "import/importreader.h"
#include "import/importreport.h"
#include "import/importtable.h"
#include "progress.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Stride {

class ReplicaWorker;
class Session;

// What a validation answers to the window: the first rows as they will be stored, and the counts and issues of
// all of them. The full plan stays on the worker (a plan of 100,000 rows is not worth copying to the window:
// the commit validates again anyway).
struct ImportCheck {
    QList<ImportPlannedRow> preview;
    ImportReport report;
};

// The import wizard's hands: every step of an import (read the file, list an .xlsx's sheets, validate, commit)
// runs on a ReplicaWorker of its own with a read-write connection to the replica, one step at a time, so the
// window never reads a file or runs SQL. Each step answers with one signal on the GUI thread: its result,
// failed(message) or cancelled(). Validation and the commit report progress(done, total) in rows.
//
// The commit validates again in the same job (the replica may have changed since the preview) and writes the
// valid rows in one transaction through the worker's EntityStore, so they land in the outbox like any local
// edit; the rows written are then announced on the session's store, which refreshes the app's models and starts
// a sync as other local edits do. A rep imports into their own book: customers without an owner become theirs,
// and rows naming another owner are rejected.
class ImportRunner final : public QObject {
    Q_OBJECT
public:
    enum class Step { Idle, Reading, Validating, Writing };
    Q_ENUM(Step)

    explicit ImportRunner(Session& session, QObject* parent = nullptr);
    // Cancels the step under way and waits for it to stop (a commit rolls back).
    ~ImportRunner() override;

    // The step of the job posted last while any is under way (jobs run in the order posted), else Idle.
    Step step() const { return m_step; }
    bool isBusy() const { return m_step != Step::Idle; }

    // sheetsListed(names) or failed().
    void listSheets(const QString& path);
    // loaded(table) or failed().
    void load(const ImportSource& source);
    // Every row checked, nothing written: validated(check) with the first `previewRows` rows, failed() or
    // cancelled().
    void validate(const ImportTable& table, const ImportOptions& options, int previewRows = 20);
    // Validates again and writes the valid rows (nothing at all when options.allOrNothing and a row is invalid):
    // finished(report), failed() or cancelled() (nothing written).
    void commit(const ImportTable& table, const ImportOptions& options);
    // Asks the steps posted so far to stop; cancelled() follows for each that did (a read of a file runs to its
    // end and answers as usual).
    void cancel();

signals:
    void stepChanged(Stride::ImportRunner::Step step);
    void progress(qint64 done, qint64 total);
    void sheetsListed(const QStringList& names);
    void loaded(const Stride::ImportTable& table);
    void validated(const Stride::ImportCheck& check);
    void finished(const Stride::ImportReport& report);
    void failed(const QString& message);
    void cancelled();

private:
    struct Written;
    ReplicaWorker& worker();
    void begin(Step step);
    void end();
    // A Progress for a job: its steps reach progress() (at most every 50 ms, and the last one), it stops when
    // cancel() was called.
    Progress jobProgress();
    template <typename T> void deliver(const Result<T>& result, void (ImportRunner::*signal)(const T&));
    void announce(const Written& written);

    Session& m_session;
    ReplicaWorker* m_worker = nullptr; // created on first use; a child
    // Jobs are numbered as posted; cancel() stops every job posted so far, not the ones posted after it.
    std::shared_ptr<std::atomic<quint64>> m_cancelledUpTo;
    quint64 m_posted = 0;
    int m_pending = 0; // jobs posted and not reported back
    Step m_step = Step::Idle;
};

} // namespace Stride
