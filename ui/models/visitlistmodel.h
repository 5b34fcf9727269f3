#pragma once

#include "clock.h"
#include "domain/visit.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Stride {

class EntityStore;
class ReplicaReader;
class Session;
struct SessionUser;

// Recent visits (the last kDays days) of the acting user, or of a supervisor's team; newest first. Loaded on
// a ReplicaReader: the current rows stay until the new ones arrive.
class VisitListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kDays = 30;
    enum Column { When, Customer, Channel, Summary, NextAction, Rep, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CustomerIdRole };

    explicit VisitListModel(Session& session, QObject* parent = nullptr);
    void reload();
    bool isLoading() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);

private:
    struct Snapshot {
        QList<Visit> visits;
        QHash<QString, QString> names; // customer and rep ids → names
    };
    static Result<Snapshot> load(const SessionUser& user, EntityStore& store, const Clock& clock);

    Session& m_session;
    ReplicaReader* m_reader;
    Snapshot m_data;
};

} // namespace Stride
