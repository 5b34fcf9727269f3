#pragma once

#include "analytics/stages.h"
#include "domain/opportunity.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Stride {

class Session;

// Opportunities grouped by the six funnel stages (线索分配 … 签约回款): a top-level row per stage with its
// count and amount, its deals below with customer, amount, owner, days in stage and the dwell light. The
// scope follows the acting user: a rep's own deals, a supervisor's team, a director's organisation.
// Signed deals are those closed in the last 90 days. Refreshed when opportunities change.
class PipelineModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Title, Customer, Amount, Owner, DaysInStage, Light, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, LightRole, StageRole };

    explicit PipelineModel(Session& session, QObject* parent = nullptr);

    void reload();
    const Opportunity* opportunity(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& opportunityId) const;
    int dealCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    Session& m_session;
    QList<QList<Opportunity>> m_groups; // one per funnel stage, in order
    QHash<QString, Stride::Light> m_lights;
    QHash<QString, QString> m_customerNames;
    QHash<QString, QString> m_ownerNames;
    qint64 m_now = 0;
};

} // namespace Stride
