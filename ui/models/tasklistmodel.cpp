#include "models/tasklistmodel.h"

#include "domain/labels.h"
#include "logging.h"
#include "replicareader.h"
#include "session.h"
#include "storage/customerrepository.h"
#include "storage/entitystore.h"
#include "storage/orgrepository.h"
#include "storage/taskrepository.h"

#include <QColor>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Stride {

TaskListModel::TaskListModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_changed(new QTimer(this))
    , m_reader(new ReplicaReader(session.path(), session.clock(), this)) {
    m_changed->setSingleShot(true);
    m_changed->setInterval(100);
    connect(m_changed, &QTimer::timeout, this, &TaskListModel::reload);
    connect(&session.store(), &EntityStore::changed, this, [this](const QString& entity, const QStringList&) {
        if (entity == u"tasks"_s || entity == u"customers"_s)
            m_changed->start();
    });
    connect(&session, &Session::userChanged, this, &TaskListModel::reload);
}

void TaskListModel::setSources(const QStringList& sources) {
    m_sources = sources;
    reload();
}

void TaskListModel::setRange(Range range) {
    m_range = range;
    reload();
}

void TaskListModel::setMineOnly(bool mineOnly) {
    m_mineOnly = mineOnly;
    reload();
}

void TaskListModel::setSearchText(const QString& text) {
    m_text = text;
    reload();
}

namespace {
struct TaskRows {
    QList<Task> tasks;
    QHash<QString, QString> customerNames;
    QHash<QString, QString> ownerNames;
    int total = 0;
    int overdue = 0;
};

struct TaskRequest {
    QString userId;
    qint64 dueBy = 0;
    QStringList sources;
    TaskListModel::Range range = TaskListModel::Range::DueToday;
    bool mineOnly = true;
    QString text;
    qint64 startOfToday = 0;
};

// On the reader's thread: the user's open tasks due by `dueBy` (DueToday), or every open task matching the request
// (AllOpen, at most kAllOpenLimit rows, with the counts of all), with their customers' and owners' names (`known`
// customers are not read again).
Result<TaskRows> loadTasks(EntityStore& store, const TaskRequest& r, QHash<QString, QString> known) {
    TaskRows out;
    out.customerNames = std::move(known);
    const bool all = r.range == TaskListModel::Range::AllOpen && !r.mineOnly;
    if (r.userId.isEmpty() && !all)
        return out;
    TaskRepository repo(store);
    if (r.range == TaskListModel::Range::DueToday) {
        const Result<QList<Task>> tasks = repo.openDueBy(r.userId, r.dueBy);
        if (!tasks)
            return fail(tasks.error());
        for (const Task& t : *tasks) {
            if (r.sources.isEmpty() || r.sources.contains(t.source)) {
                out.tasks << t;
                out.overdue += t.dueAt && *t.dueAt < r.startOfToday ? 1 : 0;
            }
        }
        out.total = int(out.tasks.size());
    } else {
        TaskRepository::OpenQuery q;
        q.ownerId = all ? QString() : r.userId;
        q.sources = r.sources;
        q.text = r.text;
        q.limit = TaskListModel::kAllOpenLimit;
        Result<QList<Task>> tasks = repo.open(q);
        if (!tasks)
            return fail(tasks.error());
        out.tasks = std::move(tasks.value());
        const Result<TaskRepository::OpenCounts> counts = repo.openCounts(q, r.startOfToday);
        if (!counts)
            return fail(counts.error());
        out.total = counts->total;
        out.overdue = counts->overdue;
    }
    OrgRepository org(store);
    for (const Task& t : std::as_const(out.tasks)) {
        if (!t.ownerId.isEmpty() && !out.ownerNames.contains(t.ownerId)) {
            const Result<Rep> rep = org.rep(t.ownerId);
            out.ownerNames.insert(t.ownerId, rep ? rep->name : t.ownerId);
        }
    }
    QStringList customers;
    for (const Task& t : std::as_const(out.tasks)) {
        if (!t.customerId.isEmpty() && !out.customerNames.contains(t.customerId))
            customers << t.customerId;
    }
    if (Result<QHash<QString, QString>> names = CustomerRepository(store).names(customers))
        out.customerNames.insert(*names);
    return out;
}
} // namespace

bool TaskListModel::isLoading() const {
    return m_reader->isLoading();
}

void TaskListModel::reload() {
    m_changed->stop();
    const QDateTime now = m_session.clock().now().toLocalTime();
    const QDateTime endOfToday(now.date().addDays(1), QTime(0, 0));
    const qint64 startOfToday = QDateTime(now.date(), QTime(0, 0)).toSecsSinceEpoch();
    const qint64 dueBy = endOfToday.toSecsSinceEpoch() - 1;
    TaskRequest request;
    request.userId = m_session.user().id;
    request.dueBy = dueBy;
    request.sources = m_sources;
    request.range = m_range;
    request.mineOnly = m_mineOnly;
    request.text = m_text;
    request.startOfToday = startOfToday;
    m_reader->run<TaskRows>(
        [request, known = m_customerNames](ReplicaReader::Context& c) { return loadTasks(c.store, request, known); },
        [this, startOfToday](Result<TaskRows> rows) {
            if (!rows) {
                qCWarning(lcUi) << "tasks not loaded:" << rows.error();
                return;
            }
            beginResetModel();
            m_tasks = std::move(rows->tasks);
            m_customerNames = std::move(rows->customerNames);
            m_ownerNames = std::move(rows->ownerNames);
            m_total = rows->total;
            m_overdue = rows->overdue;
            m_startOfToday = startOfToday;
            endResetModel();
        });
}

int TaskListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task& t = m_tasks[index.row()];
    const bool overdue = t.dueAt && *t.dueAt < m_startOfToday;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Due:
            return t.dueAt ? (overdue ? tr("%1 (overdue)").arg(Labels::date(*t.dueAt)) : Labels::dateTime(*t.dueAt))
                           : QString();
        case Title:
            return t.title;
        case Customer:
            return m_customerNames.value(t.customerId);
        case Source:
            return Labels::taskSource(t.source);
        case Owner:
            return m_ownerNames.value(t.ownerId);
        }
        return {};
    case Qt::ForegroundRole:
        return overdue && index.column() == Due ? QVariant(QColor(0xe0, 0x4f, 0x4f)) : QVariant();
    case IdRole:
        return t.id;
    case CustomerIdRole:
        return t.customerId;
    case OverdueRole:
        return overdue;
    case OpportunityIdRole:
        return t.opportunityId;
    case SourceRole:
        return t.source;
    case OwnerIdRole:
        return t.ownerId;
    default:
        return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Due");
    case Title:
        return tr("Task");
    case Customer:
        return tr("Customer");
    case Source:
        return tr("Source");
    case Owner:
        return tr("Owner");
    case Action:
        return QString();
    }
    return {};
}

} // namespace Stride
