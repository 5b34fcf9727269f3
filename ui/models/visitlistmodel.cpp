#include "models/visitlistmodel.h"

#include "labels.h"
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
    , m_session(session) {
    connect(&session.store(), &EntityStore::changed, this, [this](const QString& entity, const QStringList&) {
        if (entity == u"visits"_s)
            reload();
    });
    connect(&session, &Session::userChanged, this, &VisitListModel::reload);
}

void VisitListModel::reload() {
    const SessionUser& user = m_session.user();
    const qint64 now = m_session.clock().nowSecs();
    QStringList reps{user.id};
    OrgRepository org(m_session.store());
    if (user.role == u"supervisor"_s) {
        if (const Result<QList<Stride::Rep>> team = org.supervisedBy(user.id)) {
            for (const Stride::Rep& r : *team)
                reps << r.id;
        }
    }
    beginResetModel();
    m_visits.clear();
    VisitRepository visits(m_session.store());
    for (const QString& rep : std::as_const(reps)) {
        if (const Result<QList<Visit>> list = visits.byRep(rep, now - kDays * 86400, now + 86400))
            m_visits += list.value();
    }
    std::sort(m_visits.begin(), m_visits.end(),
              [](const Visit& a, const Visit& b) { return a.visitedAt > b.visitedAt; });
    CustomerRepository customers(m_session.store());
    for (const Visit& v : std::as_const(m_visits)) {
        if (!m_names.contains(v.customerId)) {
            const Result<Stride::Customer> c = customers.customer(v.customerId);
            m_names.insert(v.customerId, c ? c->name : QString());
        }
        if (!m_names.contains(v.repId)) {
            const Result<Stride::Rep> r = org.rep(v.repId);
            m_names.insert(v.repId, r ? r->name : QString());
        }
    }
    endResetModel();
}

int VisitListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_visits.size());
}
int VisitListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Visit& v = m_visits[index.row()];
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
        return m_names.value(v.customerId);
    case Channel:
        return Labels::channel(v.channel);
    case Summary:
        return v.summary;
    case NextAction:
        if (!v.nextAction.isEmpty())
            return v.nextActionDue ? u"%1 (%2)"_s.arg(v.nextAction, Labels::date(*v.nextActionDue)) : v.nextAction;
        return v.noActionReason.isEmpty() ? QString() : tr("none: %1").arg(v.noActionReason);
    case Rep:
        return m_names.value(v.repId);
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
