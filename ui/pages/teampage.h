#pragma once

#include "analytics/analyticsfilter.h"
#include "pages/page.h"

#include <optional>

class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Stride {

class AnalyticsFilterBar;
class AnalyticsRunner;
class DashboardView;
class ExportFlow;
class OpportunityTimeline;

// Team drill-down (docs/sales-method.md rule 3): organisation → team → rep → opportunity → its timeline, with the
// dashboard's figures at the org, team and rep levels. A director starts on the organisation, a supervisor on their
// team, a rep on themselves (and sees nobody else).
class TeamPage final : public Page {
    Q_OBJECT
public:
    enum Kind { Org, TeamLevel, RepLevel, OpportunityLevel };
    enum Role { KindRole = Qt::UserRole, IdRole, LoadedRole };

    explicit TeamPage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    Icons::Kind iconKind() const override { return Icons::Kind::Team; }
    void activate() override;

    QTreeWidget* tree() const { return m_tree; }
    DashboardView* view() const { return m_view; }
    OpportunityTimeline* timeline() const { return m_timeline; }
    QString scopeText() const;
    QAction* exportAction() const override;
    ExportFlow* exportFlow() const { return m_export; }
    // The figures of the drill-down's workbook, in sheet order.
    static QStringList exportedFigures();
    // The filter of the team or rep in view (an opportunity's: its rep's); nullopt before the tree has loaded.
    std::optional<AnalyticsFilter> currentFilter() const;
    // Selects the tree item of this kind and id (loading a rep's opportunities first when needed).
    QTreeWidgetItem* find(Kind kind, const QString& id) const;
    void select(QTreeWidgetItem* item);

signals:
    void treeLoaded();
    void opportunitiesLoaded(const QString& repId);

protected:
    void retranslate() override;

private:
    void loadTree();
    void loadOpportunities(QTreeWidgetItem* repItem);
    void showSelection();
    QString scopeLabel(QTreeWidgetItem* item) const;
    void exportFigures(const QString& report, const QStringList& figures);

    AnalyticsFilterBar* m_filters;
    ExportFlow* m_export;
    QLabel* m_scope;
    QTreeWidget* m_tree;
    QStackedWidget* m_stack;
    DashboardView* m_view;
    OpportunityTimeline* m_timeline;
    AnalyticsRunner* m_treeRunner;
    AnalyticsRunner* m_opportunityRunner;
    bool m_loaded = false;
};

} // namespace Stride
