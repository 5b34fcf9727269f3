#pragma once

#include "pages/page.h"

class QLabel;
class QPushButton;
class QTreeView;

namespace Stride {

class ExportFlow;
class OpportunityPanel;
class PipelineModel;

// The pipeline (销售漏斗): deals grouped by the six stages on the left, the selected deal on the right.
class PipelinePage final : public Page {
    Q_OBJECT
public:
    explicit PipelinePage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    Icons::Kind iconKind() const override { return Icons::Kind::Pipeline; }
    void activate() override;

    PipelineModel* model() const { return m_model; }
    OpportunityPanel* panel() const { return m_panel; }
    void select(const QString& opportunityId);
    // Opens the new-opportunity dialog (Ctrl+Shift+N); a saved deal is selected once the list has it.
    void newOpportunity();
    QAction* exportAction() const override;
    ExportFlow* exportFlow() const { return m_export; }

protected:
    void retranslate() override;

private:
    void exportList();

    QLabel* m_summary;
    QPushButton* m_new;
    ExportFlow* m_export;
    QTreeView* m_view;
    PipelineModel* m_model;
    OpportunityPanel* m_panel;
    bool m_loaded = false;
};

} // namespace Stride
