#pragma once

#include "sync/syncreplica.h"

#include <QAbstractTableModel>

namespace Stride {

class Session;

// Open sync conflicts: per field, the value that lost (yours) and the one that won on the server.
class ConflictModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Record, Field, Lost, Won, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ConflictModel(Session& session, QObject* parent = nullptr);
    void reload();
    const ConflictRecord& conflict(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Session& m_session;
    QList<ConflictRecord> m_rows;
};

} // namespace Stride
