#pragma once

#include "pages/page.h"

class QLabel;
class QPushButton;
class QTableView;

namespace Stride {

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

signals:
    void logVisitRequested(const QString& customerId);

protected:
    void retranslate() override;

private:
    QLabel* m_heading;
    QPushButton* m_log;
    QTableView* m_view;
    VisitListModel* m_model;
};

} // namespace Stride
