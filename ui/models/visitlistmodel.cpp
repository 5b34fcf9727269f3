#include "models/visitlistmodel.h"

#include "domain/labels.h"
#include "logging.h"
#include "replicareader.h"
#include "session.h"
#include "storage/customerrepository.h"
#include "storage/entitystore.h"
#include "storage/orgrepository.h"
#include "storage/visitrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

VisitListModel::VisitListModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_reader(new ReplicaReader(session.path(), session.clock(), this)) {
    connect(&session.store(), &EntityStore::changed, this, [this](const QString& entity, const QStringList&) {
        if (entity == u"visits"_s)
            reload();
    });
    connect(&session, &Session::userChanged, this, &VisitListModel::reload);
    connect(m_reader, &ReplicaReader::loadingChanged, this, &VisitListModel::loadingChanged);
}

bool VisitListModel::isLoading() const {
    return m_reader->isLoading();
}

void VisitListModel::reload() {
    const SessionUser user = m_session.user();
    m_reader->run<Snapshot>([user](ReplicaReader::Context& c) { return load(user, c.store, c.clock); },
                            [this](Result<Snapshot> snapshot) {
                                if (!snapshot) {
                                    qCWarning(lcUi) << "visits not loaded:" << snapshot.error();
                                    return;
                                }
                                beginResetModel();
                                m_data = std::move(snapshot.value());
                                endResetModel();
                            });
}

// Runs on the reader's thread, on its own connection.
Result<VisitListModel::Snapshot> VisitListModel::load(const SessionUser& user, EntityStore& store, const Clock& clock) {
    Snapshot out;
    const qint64 now = clock.nowSecs();
    QStringList reps{user.id};
    OrgRepository org(store);
    if (user.isSupervisor()) {
        if (const Result<QList<Stride::Rep>> team = org.supervisedBy(user.id)) {
            for (const Stride::Rep& r : *team)
                reps << r.id;
        }
    }
    VisitRepository visits(store);
    for (const QString& rep : std::as_const(reps)) {
        const Result<QList<Visit>> list = visits.byRep(rep, now - qint64(kDays) * 86400, now + 86400);
        if (!list)
            return fail(list.error());
        out.visits += list.value();
    }
    std::sort(out.visits.begin(), out.visits.end(),
              [](const Visit& a, const Visit& b) { return a.visitedAt > b.visitedAt; });
    QStringList customers;
    for (const Visit& v : std::as_const(out.visits))
        customers << v.customerId;
    if (Result<QHash<QString, QString>> names = CustomerRepository(store).names(customers))
        out.names.insert(*names);
    for (const Visit& v : std::as_const(out.visits)) {
        if (!out.names.contains(v.repId)) {
            const Result<Stride::Rep> r = org.rep(v.repId);
            out.names.insert(v.repId, r ? r->name : QString());
        }
    }
    return out;
}

int VisitListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_data.visits.size());
}
int VisitListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Visit& v = m_data.visits[index.row()];
    if (role == IdRole)
        return v.id;
    if (role == CustomerIdRole)
        return v.customerId;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return Labels::dateTime(v.visitedAt);
    case Customer:
        return m_data.names.value(v.customerId);
    case Channel:
        return Labels::channel(v.channel);
    case Summary:
        return v.summary;
    case NextAction:
        if (!v.nextAction.isEmpty())
            return v.nextActionDue ? u"%1 (%2)"_s.arg(v.nextAction, Labels::date(*v.nextActionDue)) : v.nextAction;
        return v.noActionReason.isEmpty() ? QString() : tr("none: %1").arg(v.noActionReason);
    case Rep:
        return m_data.names.value(v.repId);
    }
    return {};
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Customer:
        return tr("Customer");
    case Channel:
        return tr("Channel");
    case Summary:
        return tr("Summary");
    case NextAction:
        return tr("Next action");
    case Rep:
        return tr("Rep");
    }
    return {};
}

} // namespace Stride
