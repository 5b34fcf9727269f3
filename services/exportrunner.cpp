#include "exportrunner.h"

#include "export/reportnames.h"
#include "storage/orgcalendar.h"
#include "storage/orgpolicyrepository.h"
#include "storage/orgrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr qint64 kProgressEveryMs = 50; // the GUI needs no more: a dialog's bar moves a pixel at a time

ReplicaWorker::Options options() {
    ReplicaWorker::Options o;
    o.threadName = u"export"_s;
    o.access = Database::Access::ReadOnly;
    return o;
}

QString organisationName(const Database& db) {
    const Result<QMap<QString, QJsonValue>> stored = OrgPolicyRepository::storedValues(db);
    return stored ? stored->value(OrgPolicy::kName).toString().trimmed() : QString();
}

} // namespace

ExportRunner::ExportRunner(QString replicaPath, const Clock& clock, QObject* parent)
    : ReplicaWorker(std::move(replicaPath), clock, options(), parent) {}

ExportRunner::~ExportRunner() {
    if (m_cancel)
        *m_cancel = true; // the base class then interrupts and waits for the job
}

QString ExportRunner::currentLanguage() {
    return QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

void ExportRunner::readScopeName(const AnalyticsFilter& scope, std::function<void(const QString&)> done) {
    post<QString>(
        ticket(),
        [scope](Context& c) -> Result<QString> {
            const OrgRepository org(c.store);
            if (!scope.repId.isEmpty()) {
                const Result<Rep> rep = org.rep(scope.repId);
                return rep ? rep->name : QString();
            }
            if (!scope.teamId.isEmpty()) {
                const Result<Team> team = org.team(scope.teamId);
                return team ? team->name : QString();
            }
            return organisationName(c.db);
        },
        [done = std::move(done)](Result<QString> name) { done(name ? *name : QString()); });
}

template <typename Request> void ExportRunner::complete(Request& request) const {
    if (request.language.isEmpty())
        request.language = currentLanguage();
    if (request.author.isEmpty())
        request.author = m_author;
}

bool ExportRunner::start(const QString& path, FigureWorkbook::Request request) {
    return start(path, std::move(request), std::nullopt);
}

bool ExportRunner::start(const QString& path, FigureWorkbook::Request request, std::optional<DashboardFigures> shown) {
    complete(request);
    QPointer<ExportRunner> self(this);
    return startJob(path,
                    [self, path, request, shown = std::move(shown)](
                        const Database& db, const Clock& clock, const Progress& progress) mutable -> Result<qint64> {
                        if (request.company.isEmpty())
                            request.company = organisationName(db);
                        QList<ReportFigure> known;
                        if (shown) {
                            auto names = ReportNames::load(db, request.language);
                            if (!names)
                                return fail(names.code(), names.error());
                            const OrgCalendar calendar = OrgCalendar::of(db, clock);
                            for (const QString& name : std::as_const(request.figures)) {
                                if (std::optional<ReportFigure> f =
                                        ReportFigures::fromDashboard(name, *shown, request.filter, calendar, *names))
                                    known.append(std::move(*f));
                            }
                        }
                        QStringList reused, computed;
                        for (const QString& name : std::as_const(request.figures)) {
                            const bool given = std::any_of(known.cbegin(), known.cend(),
                                                           [&name](const ReportFigure& f) { return f.name == name; });
                            (given ? reused : computed) << name;
                        }
                        QMetaObject::invokeMethod(self, [self, reused, computed] {
                            if (self)
                                emit self->figuresPrepared(reused, computed);
                        });
                        Result<QList<ReportFigure>> figures =
                            FigureWorkbook::compute(db, clock, request, known, progress);
                        if (!figures)
                            return fail(figures.code(), figures.error());
                        const Status written = FigureWorkbook::write(path, db, clock, request, *figures, progress);
                        if (!written)
                            return fail(written.code(), written.error());
                        return qint64(request.figures.size());
                    });
}

bool ExportRunner::start(const QString& path, ListExport::Request request) {
    complete(request);
    return startJob(
        path,
        [path, request](const Database& db, const Clock& clock, const Progress& progress) mutable -> Result<qint64> {
            if (request.company.isEmpty())
                request.company = organisationName(db);
            const Result<ListExport::Summary> written = ListExport::write(path, db, clock, request, progress);
            if (!written)
                return fail(written.code(), written.error());
            return written->rows;
        });
}

bool ExportRunner::startJob(const QString& path, Job job) {
    if (m_running)
        return false;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto begun = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_begun = begun;
    setRunning(true);
    QPointer<ExportRunner> self(this);
    // Delivered here rather than through the ticket: a cancelled job must still say that it stopped.
    postWork(ticket(), [self, path, job = std::move(job), cancel, begun](Context* c, const QString& error) -> Delivery {
        *begun = true;
        Outcome outcome;
        if (!c) {
            outcome.status = fail(ErrorCode::Io, error);
        } else {
            auto since = std::make_shared<QElapsedTimer>();
            Progress progress;
            progress.cancelled = [cancel, stale = c->stale] { return cancel->load() || stale(); };
            progress.step = [self, since](qint64 done, qint64 total) {
                if (since->isValid() && since->elapsed() < kProgressEveryMs && (total <= 0 || done < total))
                    return;
                since->start();
                QMetaObject::invokeMethod(self, [self, done, total] {
                    if (self && self->m_running)
                        emit self->progress(done, total);
                });
            };
            const Result<qint64> written = job(c->db, c->clock, progress);
            outcome.cancelled = progress.isCancelled() || (!written && written.code() == ErrorCode::Cancelled);
            if (outcome.cancelled && written)
                QFile::remove(path); // finished just as the user cancelled: they asked for no file
            else if (!written)
                outcome.status = fail(written.code(), written.error());
        }
        QMetaObject::invokeMethod(self, [self, path, outcome] {
            if (self)
                self->deliver(path, outcome);
        });
        return {};
    });
    return true;
}

void ExportRunner::cancel() {
    if (!m_running || !m_cancel)
        return;
    *m_cancel = true;
    // A job that runs is interrupted in its SQL too; one not begun yet sees the flag at its first check. Not
    // before it began: a stale ticket would skip the job, and nothing would say that it stopped.
    if (*m_begun)
        cancelAll();
}

void ExportRunner::deliver(const QString& path, const Outcome& outcome) {
    setRunning(false);
    if (outcome.cancelled)
        emit cancelled();
    else if (!outcome.status)
        emit failed(outcome.status.error());
    else
        emit finished(path);
}

void ExportRunner::setRunning(bool running) {
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged(running);
}

} // namespace Stride
