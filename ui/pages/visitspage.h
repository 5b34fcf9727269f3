#pragma once

#include "pages/page.h"

class QLabel;
class QPushButton;
class QTableView;

namespace Stride {

class ExportFlow;
class VisitListModel;

// Recent visits (拜访记录) and the "Log visit" action.
class VisitsPage final : public Page {
    Q_OBJECT
public:
    explicit VisitsPage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    Icons::Kind iconKind() const override { return Icons::Kind::Visits; }
    void activate() override;
    VisitListModel* model() const { return m_model; }
    QAction* exportAction() const override;
    ExportFlow* exportFlow() const { return m_export; }

signals:
    void logVisitRequested(const QString& customerId);

protected:
    void retranslate() override;

private:
    void exportList();

    QLabel* m_heading;
    QPushButton* m_log;
    ExportFlow* m_export;
    QTableView* m_view;
    VisitListModel* m_model;
};

} // namespace Stride
