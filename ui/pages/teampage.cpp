#include "pages/teampage.h"

#include "domain/labels.h"
#include "domain/role.h"
#include "exportflow.h"
#include "models/analyticsrunner.h"
#include "session.h"
#include "storage/opportunityrepository.h"
#include "storage/orgrepository.h"
#include "widgets/analyticsfilterbar.h"
#include "widgets/dashboardview.h"
#include "widgets/opportunitytimeline.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

struct OrgChart {
    QList<Team> teams;
    QList<Rep> reps; // role rep, active
};

QTreeWidgetItem* makeItem(TeamPage::Kind kind, const QString& id, const QString& text) {
    auto* item = new QTreeWidgetItem(QStringList{text});
    item->setData(0, TeamPage::KindRole, int(kind));
    item->setData(0, TeamPage::IdRole, id);
    if (kind == TeamPage::RepLevel)
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator); // opportunities load when expanded
    return item;
}

} // namespace

TeamPage::TeamPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_filters(new AnalyticsFilterBar(session, this))
    , m_export(new ExportFlow(session, this))
    , m_scope(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new DashboardView(session, this))
    , m_timeline(new OpportunityTimeline(session, this))
    , m_treeRunner(new AnalyticsRunner(session.path(), session.clock(), this))
    , m_opportunityRunner(new AnalyticsRunner(session.path(), session.clock(), this)) {
    m_filters->setScopeVisible(false); // the tree is the scope
    auto* layout = new QVBoxLayout(this);
    QFont f = m_scope->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_scope->setFont(f);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filters, 1);
    top->addWidget(m_export->createButton(this));
    layout->addLayout(top);
    auto* split = new QSplitter(this);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    split->addWidget(m_tree);
    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_scope);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_timeline);
    rightLayout->addWidget(m_stack, 1);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 1000});
    layout->addWidget(split, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TeamPage::showSelection);
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, KindRole).toInt() == RepLevel)
            loadOpportunities(item);
    });
    connect(m_export->action(), &QAction::triggered, this, [this] { exportFigures(tr("Team"), exportedFigures()); });
    connect(m_view, &DashboardView::forecastExportRequested, this, [this] {
        exportFigures(tr("Forecast"), {u"forecast"_s, u"payments"_s});
    });
    connect(m_export, &ExportFlow::runningChanged, m_view->forecastExportButton(), &QWidget::setDisabled);
    m_export->action()->setEnabled(false); // until the tree shows a scope
    connect(m_filters, &AnalyticsFilterBar::filterChanged, this, [this] {
        if (m_tree->currentItem())
            showSelection();
    });
    connect(&m_session, &Session::userChanged, this, [this] {
        if (m_loaded)
            loadTree();
    });
    retranslate();
}

QString TeamPage::title() const {
    return tr("Team");
}

void TeamPage::activate() {
    if (!m_loaded) {
        m_loaded = true;
        loadTree();
    }
}

void TeamPage::loadTree() {
    m_tree->clear();
    m_scope->setText(tr("Loading the organisation…"));
    m_treeRunner->run(
        [](AnalyticsRunner::Context& c) -> Result<OrgChart> {
            OrgRepository org(c.store);
            Result<QList<Team>> teams = org.teams();
            if (!teams)
                return fail(teams.error());
            Result<QList<Rep>> reps = org.repsWithRole(roleToString(Stride::Role::Rep));
            if (!reps)
                return fail(reps.error());
            OrgChart chart{*teams, {}};
            for (const Rep& r : *reps) {
                if (r.active)
                    chart.reps << r;
            }
            return chart;
        },
        [this](Result<OrgChart> chart) {
            if (!chart) {
                m_scope->setText(tr("Could not read the organisation: %1").arg(chart.error()));
                return;
            }
            const SessionUser& user = m_session.user();
            QTreeWidgetItem* landing = nullptr;
            auto repItem = [](const Rep& r) { return makeItem(RepLevel, r.id, r.name); };
            if (user.isRep()) {
                landing = makeItem(RepLevel, user.id, user.name); // a rep drills into themselves only
                m_tree->addTopLevelItem(landing);
            } else {
                QTreeWidgetItem* root = nullptr;
                if (!user.isSupervisor() || user.teamId.isEmpty()) {
                    root = makeItem(Org, QString(), tr("Organisation"));
                    m_tree->addTopLevelItem(root);
                }
                for (const Team& t : chart->teams) {
                    if (!root && t.id != user.teamId)
                        continue; // a supervisor sees their own team
                    QTreeWidgetItem* team = makeItem(TeamLevel, t.id, t.name);
                    for (const Rep& r : chart->reps) {
                        if (r.teamId == t.id)
                            team->addChild(repItem(r));
                    }
                    if (root)
                        root->addChild(team);
                    else
                        m_tree->addTopLevelItem(team);
                    if (t.id == user.teamId && user.isSupervisor())
                        landing = team;
                }
                if (root) {
                    for (const Rep& r : chart->reps) {
                        if (r.teamId.isEmpty())
                            root->addChild(repItem(r));
                    }
                    root->setExpanded(true);
                    if (!landing)
                        landing = root;
                }
            }
            if (landing) {
                landing->setExpanded(true);
                m_tree->setCurrentItem(landing);
            }
            emit treeLoaded();
        });
}

void TeamPage::loadOpportunities(QTreeWidgetItem* repItem) {
    if (repItem->data(0, LoadedRole).toBool())
        return; // loaded already
    const QString repId = repItem->data(0, IdRole).toString();
    m_opportunityRunner->run(
        [repId](AnalyticsRunner::Context& c) { return OpportunityRepository(c.store).forOwner(repId); },
        [this, repId](Result<QList<Opportunity>> opportunities) {
            QTreeWidgetItem* item = find(RepLevel, repId);
            if (!item || !opportunities)
                return;
            item->setData(0, LoadedRole, true);
            QList<QTreeWidgetItem*> children;
            for (const Opportunity& o : *opportunities) {
                children << makeItem(OpportunityLevel, o.id,
                                     tr("%1 · %2 · %3").arg(o.title, Labels::stage(o.stage), Labels::money(o.amount)));
            }
            item->addChildren(children);
            if (children.isEmpty())
                item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
            emit opportunitiesLoaded(repId);
        });
}

QTreeWidgetItem* TeamPage::find(Kind kind, const QString& id) const {
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KindRole).toInt() == kind && (*it)->data(0, IdRole).toString() == id)
            return *it;
    }
    return nullptr;
}

void TeamPage::select(QTreeWidgetItem* item) {
    if (item)
        m_tree->setCurrentItem(item);
}

QString TeamPage::scopeText() const {
    return m_scope->text();
}

QAction* TeamPage::exportAction() const {
    return m_export->action();
}

QStringList TeamPage::exportedFigures() {
    return {u"funnel"_s, u"dwell"_s, u"health"_s, u"coverage"_s, u"points"_s, u"opp-health"_s};
}

std::optional<AnalyticsFilter> TeamPage::currentFilter() const {
    QTreeWidgetItem* item = m_tree->currentItem();
    if (item && item->data(0, KindRole).toInt() == OpportunityLevel)
        item = item->parent(); // its rep
    if (!item)
        return std::nullopt;
    const Kind kind = Kind(item->data(0, KindRole).toInt());
    const QString id = item->data(0, IdRole).toString();
    AnalyticsFilter filter = m_filters->filter();
    filter.teamId = kind == TeamLevel ? id : QString();
    filter.repId = kind == RepLevel ? id : QString();
    return filter;
}

// The team or rep in view with the period of the filter bar: the figures the page shows, and the open deals with
// their lights.
void TeamPage::exportFigures(const QString& report, const QStringList& figures) {
    const std::optional<AnalyticsFilter> filter = currentFilter();
    if (!filter)
        return;
    FigureWorkbook::Request request;
    request.figures = figures;
    request.filter = *filter;
    // What the view computed for this scope and period is written as it is; the rest is computed by the export.
    m_export->exportFigures(report, request, m_view->figures());
}

void TeamPage::showSelection() {
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!m_export->isRunning())
        m_export->action()->setEnabled(item != nullptr);
    if (!item)
        return;
    const Kind kind = Kind(item->data(0, KindRole).toInt());
    const QString id = item->data(0, IdRole).toString();
    m_scope->setText(scopeLabel(item));
    switch (kind) {
    case OpportunityLevel:
        m_stack->setCurrentWidget(m_timeline);
        if (m_timeline->opportunityId() != id)
            m_timeline->setOpportunity(id);
        return;
    case Org:
    case TeamLevel:
        break;
    case RepLevel:
        loadOpportunities(item);
        break;
    }
    m_stack->setCurrentWidget(m_view);
    m_view->setFilter(*currentFilter());
}

void TeamPage::retranslate() {
    m_export->retranslate();
    m_tree->setAccessibleName(tr("Organisation, teams, reps and opportunities"));
    if (m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->data(0, KindRole).toInt() == Org)
        m_tree->topLevelItem(0)->setText(0, tr("Organisation"));
    if (QTreeWidgetItem* item = m_tree->currentItem())
        m_scope->setText(scopeLabel(item));
}

QString TeamPage::scopeLabel(QTreeWidgetItem* item) const {
    switch (Kind(item->data(0, KindRole).toInt())) {
    case OpportunityLevel:
        return tr("Opportunity timeline");
    case Org:
        return tr("Organisation");
    case TeamLevel:
        return tr("Team %1").arg(item->text(0));
    case RepLevel:
        return tr("Rep %1").arg(item->text(0));
    }
    return {};
}

} // namespace Stride
