#include "models/pipelinemodel.h"

#include "analytics/dwelllights.h"
#include "domain/labels.h"
#include "logging.h"
#include "replicareader.h"
#include "session.h"
#include "storage/customerrepository.h"
#include "storage/entitystore.h"
#include "storage/opportunityrepository.h"
#include "storage/orgrepository.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {
constexpr quintptr kTopLevel = ~quintptr(0);
constexpr qint64 kWonWindowSecs = qint64(90) * 86400;
} // namespace

PipelineModel::PipelineModel(Session& session, QObject* parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_reader(new ReplicaReader(session.path(), session.clock(), this)) {
    connect(&session.store(), &EntityStore::changed, this, [this](const QString& entity, const QStringList&) {
        if (entity == u"opportunities"_s || entity == u"visits"_s)
            reload();
    });
    connect(&session, &Session::userChanged, this, &PipelineModel::reload);
    connect(m_reader, &ReplicaReader::loadingChanged, this, &PipelineModel::loadingChanged);
    for (int i = 0; i < funnelStages().size(); ++i) {
        m_data.groups << QList<Opportunity>();
        m_data.totals << 0;
        m_data.sums << 0;
    }
}

bool PipelineModel::isLoading() const {
    return m_reader->isLoading();
}

void PipelineModel::reload() {
    const SessionUser user = m_session.user();
    const int maxPerStage = m_maxPerStage;
    m_reader->run<Snapshot>(
        [user, maxPerStage](ReplicaReader::Context& c) { return load(user, c.store, c.clock, maxPerStage); },
        [this](Result<Snapshot> snapshot) {
            if (!snapshot) {
                qCWarning(lcUi) << "pipeline not loaded:" << snapshot.error();
                return;
            }
            apply(std::move(snapshot.value()));
        });
}

// Runs on the reader's thread, on its own connection.
Result<PipelineModel::Snapshot> PipelineModel::load(const SessionUser& user, EntityStore& store, const Clock& clock,
                                                    int maxPerStage) {
    Snapshot out;
    out.now = clock.nowSecs();
    OrgRepository org(store);
    std::optional<QStringList> owners; // none: the whole organisation
    AnalyticsFilter scope;
    const Result<QList<Rep>> allReps = org.reps();
    if (!allReps)
        return fail(allReps.error());
    for (const Rep& r : *allReps)
        out.ownerNames.insert(r.id, r.name);
    if (user.isRep()) {
        owners = QStringList{user.id};
        scope.repId = user.id;
    } else if (user.isSupervisor()) {
        owners = QStringList{user.id};
        if (const Result<QList<Rep>> reps = org.supervisedBy(user.id)) {
            for (const Rep& r : *reps)
                *owners << r.id;
        }
        scope.teamId = user.teamId;
    }
    const Result<OpportunityRepository::Board> board =
        OpportunityRepository(store).board(owners, out.now - kWonWindowSecs, maxPerStage);
    if (!board)
        return fail(board.error());
    out.groups = board->first;
    out.totals = board->totals;
    out.sums = board->sums;
    if (const Result<DwellResult> dwell = DwellLights::compute(store.database(), scope, clock)) {
        for (const DwellItem& item : dwell->items)
            out.dwell.insert(item.opportunityId, item);
    }
    QStringList customers;
    for (const QList<Opportunity>& g : std::as_const(out.groups)) {
        for (const Opportunity& o : g)
            customers << o.customerId;
    }
    if (Result<QHash<QString, QString>> names = CustomerRepository(store).names(customers))
        out.customerNames = std::move(*names);
    return out;
}

void PipelineModel::apply(Snapshot snapshot) {
    beginResetModel();
    m_data = std::move(snapshot);
    endResetModel();
}

int PipelineModel::dealCount() const {
    int n = 0;
    for (const int total : m_data.totals)
        n += total;
    return n;
}

int PipelineModel::stageTotal(int stageRow) const {
    return m_data.totals.value(stageRow);
}

const Opportunity* PipelineModel::opportunity(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == kTopLevel)
        return nullptr;
    const QList<Opportunity>& g = m_data.groups.at(int(index.internalId()));
    return index.row() < g.size() ? &g.at(index.row()) : nullptr;
}

QModelIndex PipelineModel::indexOf(const QString& opportunityId) const {
    for (int s = 0; s < m_data.groups.size(); ++s) {
        for (int r = 0; r < m_data.groups[s].size(); ++r) {
            if (m_data.groups[s][r].id == opportunityId)
                return createIndex(r, 0, quintptr(s));
        }
    }
    return {};
}

QModelIndex PipelineModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex PipelineModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()), 0, kTopLevel);
}

int PipelineModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_data.groups.size());
    if (parent.internalId() == kTopLevel && parent.column() == 0)
        return int(m_data.groups.at(parent.row()).size());
    return 0;
}

int PipelineModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant PipelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel) {
        const Stage stage = funnelStages().at(index.row());
        const QList<Opportunity>& g = m_data.groups.at(index.row());
        if (role == StageRole)
            return stageCode(stage);
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            const int total = m_data.totals.at(index.row());
            if (index.column() == Title) {
                if (total > g.size())
                    return tr("%1 (%2; the %3 closing soonest listed)")
                        .arg(Labels::stage(stage))
                        .arg(total)
                        .arg(g.size());
                return tr("%1 (%2)").arg(Labels::stage(stage)).arg(total);
            }
            if (index.column() == Amount)
                return Labels::money(m_data.sums.at(index.row()));
        }
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const Opportunity* o = opportunity(index);
    if (!o)
        return {};
    const auto dwell = m_data.dwell.constFind(o->id);
    const bool lit = !isClosedStage(o->stage) && dwell != m_data.dwell.cend();
    const Stride::Light light = isClosedStage(o->stage) ? Stride::Light::NoData
                                : lit                   ? dwell->light
                                                        : Stride::Light::Green;
    const double days = double(m_data.now - o->stageEnteredAt.value_or(m_data.now)) / 86400.0;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Title:
            return o->title;
        case Customer:
            return m_data.customerNames.value(o->customerId);
        case Amount:
            return Labels::money(o->amount);
        case Owner:
            return m_data.ownerNames.value(o->ownerId);
        case DaysInStage:
            return int(days);
        case IdleDays:
            return lit ? QVariant(int(dwell->idleDays)) : QVariant();
        case Light:
            switch (light) {
            case Stride::Light::Red:
                return tr("red");
            case Stride::Light::Yellow:
                return tr("yellow");
            case Stride::Light::Green:
                return tr("green");
            case Stride::Light::NoData:
                return QString();
            }
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != Light || light == Stride::Light::NoData)
            return {};
        return light == Stride::Light::Red      ? QColor(0xe0, 0x4f, 0x4f)
               : light == Stride::Light::Yellow ? QColor(0xe6, 0xa7, 0x00)
                                                : QColor(0x2e, 0x9e, 0x5b);
    case Qt::ToolTipRole:
        if (lit && (index.column() == Light || index.column() == IdleDays))
            return dwellToolTip(*dwell);
        if (index.column() == DaysInStage)
            return tr("Days since the deal entered its stage. The dwell light counts idle days instead: a visit "
                      "on the customer restarts them.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Amount || index.column() == DaysInStage || index.column() == IdleDays
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case IdRole:
        return o->id;
    case LightRole:
        return int(light);
    case StageRole:
        return stageCode(o->stage);
    default:
        return {};
    }
}

QVariant PipelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Opportunity");
    case Customer:
        return tr("Customer");
    case Amount:
        return tr("Amount");
    case Owner:
        return tr("Owner");
    case DaysInStage:
        return tr("Days in stage");
    case IdleDays:
        return tr("Idle days");
    case Light:
        return tr("Dwell light");
    }
    return {};
}

QString PipelineModel::dwellToolTip(const DwellItem& item) const {
    const QString colour = item.light == Stride::Light::Red      ? tr("Red")
                           : item.light == Stride::Light::Yellow ? tr("Yellow")
                                                                 : tr("Green");
    const QString idle = QString::number(item.idleDays, 'f', 1);
    const QString yellow = QString::number(item.threshold.yellowDays, 'g', 4);
    const QString red = QString::number(item.threshold.redDays, 'g', 4);
    QString why;
    if (item.light == Stride::Light::Red)
        why = tr("%1: idle %2 days, more than the %3-day red limit of %4.")
                  .arg(colour, idle, red, Labels::stage(item.stage));
    else if (item.light == Stride::Light::Yellow)
        why = tr("%1: idle %2 days, more than the %3-day yellow limit of %4 (red after %5 days).")
                  .arg(colour, idle, yellow, Labels::stage(item.stage), red);
    else
        why = tr("%1: idle %2 days, within the %3-day yellow limit of %4 (red after %5 days).")
                  .arg(colour, idle, yellow, Labels::stage(item.stage), red);
    const QString last =
        item.lastActivityIsVisit
            ? tr("Last activity: a visit on %1.").arg(Labels::date(item.lastActivityAt))
            : tr("Last activity: entered the stage on %1; no visit since.").arg(Labels::date(item.lastActivityAt));
    return why + u'\n' + last;
}

Qt::ItemFlags PipelineModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Stride
