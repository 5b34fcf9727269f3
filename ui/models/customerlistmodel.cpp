#include "models/customerlistmodel.h"

#include "domain/labels.h"
#include "storage/entitystore.h"
#include "tiertext.h"

#include <QColor>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Stride {

CustomerListModel::CustomerListModel(const QString& replicaPath, EntityStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_worker(new CustomerListWorker(replicaPath, this))
    , m_changed(new QTimer(this)) {
    m_changed->setSingleShot(true);
    m_changed->setInterval(200);
    connect(m_changed, &QTimer::timeout, this, &CustomerListModel::refresh);
    if (store) {
        connect(store, &EntityStore::changed, this, [this](const QString& entity, const QStringList&) {
            if ((entity == u"customers"_s || entity == u"visits"_s || entity == u"reps"_s) && !m_changed->isActive())
                m_changed->start();
        });
    }
    restart(false);
}

CustomerListModel::~CustomerListModel() = default;

int CustomerListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_count;
}

int CustomerListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const CustomerListRow* CustomerListModel::rowAt(int row) const {
    const auto it = m_pages.constFind(row / kPageSize);
    if (it == m_pages.cend()) {
        requestPage(row / kPageSize);
        return nullptr;
    }
    const int i = row % kPageSize;
    return i < it->size() ? &it->at(i) : nullptr;
}

QString CustomerListModel::customerId(int row) const {
    const CustomerListRow* r = rowAt(row);
    return r ? r->id : QString();
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerListRow* r = rowAt(index.row());
    if (role == LoadedRole)
        return r != nullptr;
    if (!r) {
        if (role == Qt::DisplayRole && index.column() == Name)
            return tr("Loading…");
        if (role == Qt::ForegroundRole)
            return QColor(Qt::gray);
        return {};
    }
    if (role == IdRole)
        return r->id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Name:
            return r->name;
        case Tier:
            return TierText::text(r->tier, r->tierPinned);
        case Score:
            return r->valueScore ? QVariant(QString::number(*r->valueScore, 'f', 1)) : QVariant();
        case Industry:
            return Labels::industry(r->industry);
        case Region:
            return r->region;
        case Owner:
            return r->ownerName;
        case LastVisit:
            return r->lastVisitAt ? QVariant(Labels::date(*r->lastVisitAt)) : QVariant(tr("never"));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Tier)
        return TierText::toolTip(r->tier, r->tierPinned);
    if (role == TierRole)
        return r->tier;
    if (role == TierPinnedRole)
        return r->tierPinned;
    if (role == Qt::TextAlignmentRole && (index.column() == Score || index.column() == Tier))
        return int(Qt::AlignCenter);
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Customer");
    case Tier:
        return tr("Tier");
    case Score:
        return tr("Value score");
    case Industry:
        return tr("Industry");
    case Region:
        return tr("Region");
    case Owner:
        return tr("Owner");
    case LastVisit:
        return tr("Last visit");
    }
    return {};
}

void CustomerListModel::sort(int column, Qt::SortOrder order) {
    static const CustomerQuery::Sort sorts[] = {CustomerQuery::Sort::Name,       CustomerQuery::Sort::Tier,
                                                CustomerQuery::Sort::ValueScore, CustomerQuery::Sort::Industry,
                                                CustomerQuery::Sort::Region,     CustomerQuery::Sort::Owner,
                                                CustomerQuery::Sort::LastVisit};
    if (column < 0 || column >= ColumnCount)
        return;
    m_request.sort = sorts[column];
    m_request.order = order;
    restart(false);
}

void CustomerListModel::setFilter(const CustomerQuery::Filter& filter) {
    m_request.filter = filter;
    restart(false);
}

void CustomerListModel::refresh() {
    m_changed->stop();
    restart(true);
}

// A new generation: the old rows stay visible until the new first page arrives, so the view never flashes empty.
void CustomerListModel::restart(bool keepCount) {
    m_request.generation = m_worker->restart(); // whatever runs now is for an older filter
    // Only a list whose first page is shown can be refreshed in place (a filter change may still be on its way).
    m_keepCount = keepCount && !m_pendingFirst;
    m_pendingFirst = true;
    m_counting = true;
    m_requested.clear();
    const quint64 generation = m_request.generation;
    m_worker->fetch(m_request, 0, kPageSize, [this, generation](int offset, QList<CustomerListRow> rows) {
        onPage(generation, offset, std::move(rows));
    });
    // The count right after the first page: interrupted if the user types on meanwhile.
    m_worker->count(m_request, [this, generation](int count) { onCount(generation, count); });
}

void CustomerListModel::requestPage(int page) const {
    if (m_pendingFirst || m_requested.contains(page))
        return;
    m_requested.insert(page);
    auto* self = const_cast<CustomerListModel*>(this);
    const quint64 generation = m_request.generation;
    m_worker->fetch(m_request, page * kPageSize, kPageSize,
                    [self, generation](int offset, QList<CustomerListRow> rows) {
                        self->onPage(generation, offset, std::move(rows));
                    });
}

// Grows or shrinks the list to `count` rows without a reset (the view keeps its place).
void CustomerListModel::resize(int count) {
    if (count > m_count) {
        beginInsertRows({}, m_count, count - 1);
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows({}, count, m_count - 1);
        m_count = count;
        const int lastPage = count > 0 ? (count - 1) / kPageSize : -1;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() > lastPage) {
                m_pageOrder.removeAll(it.key());
                it = m_pages.erase(it);
            } else {
                if (it.key() == lastPage && it->size() > count - lastPage * kPageSize)
                    it->resize(count - lastPage * kPageSize);
                ++it;
            }
        }
        endRemoveRows();
    }
}

void CustomerListModel::onCount(quint64 generation, int count) {
    if (generation != m_request.generation)
        return;
    if (m_pendingFirst) {
        // The first page failed: show the count with placeholders (they fetch their pages).
        beginResetModel();
        m_count = count;
        m_pages.clear();
        m_pageOrder.clear();
        m_pendingFirst = false;
        m_counting = false;
        m_requested.clear();
        endResetModel();
        emit countChanged(count);
        return;
    }
    m_counting = false;
    resize(count);
    emit countChanged(count);
}

void CustomerListModel::takeFirstPage(QList<CustomerListRow> rows, bool complete) {
    m_pages.clear();
    m_pageOrder.clear();
    m_pages[0] = std::move(rows);
    m_pageOrder << 0;
    m_pendingFirst = false;
    m_counting = !complete;
    m_requested.clear();
}

void CustomerListModel::onPage(quint64 generation, int offset, QList<CustomerListRow> rows) {
    if (generation != m_request.generation)
        return;
    const int n = int(rows.size());
    if (m_pendingFirst && m_keepCount && m_count > 0) {
        // A refresh of the same list: new rows in place, no reset (the view keeps its scroll position and
        // current row); the count that follows grows or shrinks it.
        const bool complete = n < kPageSize;
        takeFirstPage(std::move(rows), complete);
        if (complete || n > m_count)
            resize(n);
        if (m_count > 0)
            emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
        emit countChanged(m_count);
        emit pageLoaded(offset);
        return;
    }
    if (m_pendingFirst) {
        // The first screen of a new filter or sort. A short page is the whole list; a full one is a lower bound
        // until the count arrives (a refresh keeps the old count meanwhile, so the view does not jump).
        const bool complete = n < kPageSize;
        beginResetModel();
        m_count = complete ? n : (m_keepCount ? qMax(m_count, n) : n);
        takeFirstPage(std::move(rows), complete);
        endResetModel();
        emit countChanged(m_count);
        emit pageLoaded(offset);
        return;
    }
    const int page = offset / kPageSize;
    m_requested.remove(page);
    if (offset >= m_count && !m_counting)
        return; // the list shrank meanwhile
    m_pages[page] = std::move(rows);
    m_pageOrder.removeAll(page);
    m_pageOrder << page;
    while (m_pageOrder.size() > kMaxCachedPages)
        m_pages.remove(m_pageOrder.takeFirst());
    if (n > 0 && offset < m_count)
        emit dataChanged(index(offset, 0), index(qMin(offset + n, m_count) - 1, ColumnCount - 1));
    emit pageLoaded(offset);
}

} // namespace Stride
