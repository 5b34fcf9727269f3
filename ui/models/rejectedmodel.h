#pragma once

#include "sync/syncreplica.h"

#include <QAbstractTableModel>

namespace Stride {

class Session;

// "Needs attention": local edits the server refused, with its reason. They never block the queue.
class RejectedModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Record, Reason, Fields, ColumnCount };

    explicit RejectedModel(Session& session, QObject* parent = nullptr);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Session& m_session;
    QList<RejectedRecord> m_rows;
};

} // namespace Stride
