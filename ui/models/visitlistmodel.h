#pragma once

#include "domain/visit.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Stride {

class Session;

// Recent visits (the last kDays days) of the acting user, or of a supervisor's team; newest first.
class VisitListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kDays = 30;
    enum Column { When, Customer, Channel, Summary, NextAction, Rep, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CustomerIdRole };

    explicit VisitListModel(Session& session, QObject* parent = nullptr);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Session& m_session;
    QList<Visit> m_visits;
    QHash<QString, QString> m_names; // customer and rep ids → names
};

} // namespace Stride
