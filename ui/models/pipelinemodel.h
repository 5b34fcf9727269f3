#pragma once

#include "analytics/dwelllights.h"
#include "clock.h"
#include "domain/opportunity.h"
#include "domain/stages.h"
#include "result.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Stride {

class EntityStore;
class ReplicaReader;
class Session;
struct SessionUser;

// Opportunities grouped by the six funnel stages (线索分配 … 签约回款): a top-level row per stage with its
// count and amount, its deals below with customer, amount, owner, days in stage, the idle days the dwell light
// is computed from and the light itself (its tooltip says why: the stage's limits and the last activity). The
// scope follows the acting user: a rep's own deals, a supervisor's team, a director's organisation.
// Signed deals are those closed in the last 90 days. Refreshed when opportunities change. Loaded on a
// ReplicaReader (a director's organisation is tens of thousands of deals): the current rows stay until the
// new ones arrive; isLoading() and loadingChanged() tell the page. Bounded: each stage lists at most
// maxPerStage() deals, those closing soonest (its row still counts and sums them all), so a director's reset,
// the tree's layout and the customer-name lookups stay small whatever the organisation's size.
class PipelineModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Title, Customer, Amount, Owner, DaysInStage, IdleDays, Light, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, LightRole, StageRole };

    static constexpr int kMaxPerStage = 300;

    explicit PipelineModel(Session& session, QObject* parent = nullptr);

    // Takes effect on the next reload().
    void setMaxPerStage(int n) { m_maxPerStage = n; }
    int maxPerStage() const { return m_maxPerStage; }

    void reload();
    bool isLoading() const;
    const Opportunity* opportunity(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& opportunityId) const;
    int dealCount() const;              // all deals in scope, listed or not
    int stageTotal(int stageRow) const; // deals in that stage, listed or not

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void loadingChanged(bool loading);

private:
    // What one load produces on the reader's thread.
    struct Snapshot {
        QList<QList<Opportunity>> groups; // one per funnel stage, in order; at most maxPerStage each
        QList<int> totals;                // per stage: all its deals
        QList<double> sums;               // per stage: the amount of all its deals
        QHash<QString, DwellItem> dwell;  // open deals' lights, by opportunity id
        QHash<QString, QString> customerNames;
        QHash<QString, QString> ownerNames;
        qint64 now = 0;
    };
    static Result<Snapshot> load(const SessionUser& user, EntityStore& store, const Clock& clock, int maxPerStage);
    void apply(Snapshot snapshot);
    QString dwellToolTip(const DwellItem& item) const;

    Session& m_session;
    ReplicaReader* m_reader;
    Snapshot m_data;
    int m_maxPerStage = kMaxPerStage;
};

} // namespace Stride
