#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Stride {

// A table over a list of synced rows that a page loads on its worker and hands over whole (the admin page's
// teams, people, rules, standard actions and behaviour types). IdRole gives a row's id; a subclass says what
// each cell and header shows.
template <typename T> class RowTableModel : public QAbstractTableModel {
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    const T& at(int row) const { return m_rows.at(row); }
    // -1 when absent.
    int rowOf(const QString& id) const {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).id == id)
                return i;
        return -1;
    }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_columns; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T& row = m_rows.at(index.row());
        switch (role) {
        case IdRole:
            return row.id;
        case Qt::ToolTipRole:
            return toolTip(row, index.column());
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return cell(row, index.column());
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns)
            return QAbstractTableModel::headerData(section, orientation, role);
        return header(section);
    }

protected:
    RowTableModel(int columns, QObject* parent)
        : QAbstractTableModel(parent)
        , m_columns(columns) {}

    // Replaces every row; `also` updates the subclass's lookups inside the same reset.
    template <typename Also> void resetRows(const QList<T>& rows, Also also) {
        beginResetModel();
        m_rows = rows;
        also();
        endResetModel();
    }
    void resetRows(const QList<T>& rows) {
        resetRows(rows, [] {});
    }

    virtual QVariant cell(const T& row, int column) const = 0;
    virtual QString header(int column) const = 0;
    virtual QVariant toolTip(const T& row, int column) const { return cell(row, column); }

private:
    QList<T> m_rows;
    int m_columns;
};

} // namespace Stride
