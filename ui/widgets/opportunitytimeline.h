#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Stride {

class AnalyticsRunner;
class Session;

// The last level of the team drill-down: one opportunity's facts and its timeline — stage entries, visits on
// its customer, evidence signals and payment milestones — newest first. Read on a worker.
class OpportunityTimeline final : public QWidget {
    Q_OBJECT
public:
    explicit OpportunityTimeline(Session& session, QWidget* parent = nullptr);

    void setOpportunity(const QString& id);
    QString opportunityId() const { return m_id; }
    QLabel* header() const { return m_header; }
    QTreeWidget* events() const { return m_events; }

signals:
    void shown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    AnalyticsRunner* m_runner;
    QString m_id;
    QLabel* m_header;
    QTreeWidget* m_events;
};

} // namespace Stride
