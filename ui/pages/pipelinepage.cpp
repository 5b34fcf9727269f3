#include "pages/pipelinepage.h"

#include "dialogs/newopportunitydialog.h"
#include "exportflow.h"
#include "models/pipelinemodel.h"
#include "session.h"
#include "widgets/opportunitypanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

PipelinePage::PipelinePage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_summary(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_export(new ExportFlow(session, this))
    , m_view(new QTreeView(this))
    , m_model(new PipelineModel(session, this))
    , m_panel(new OpportunityPanel(session, this)) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_new->setObjectName(u"newOpportunity"_s);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    top->addWidget(m_new);
    top->addWidget(m_export->createButton(this));
    layout->addLayout(top);
    connect(m_new, &QPushButton::clicked, this, &PipelinePage::newOpportunity);
    connect(m_export->action(), &QAction::triggered, this, &PipelinePage::exportList);
    auto* split = new QSplitter(this);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Measure the rows in view only: the default samples 1,000 rows on every reload (a director's pipeline).
    m_view->header()->setResizeContentsPrecision(0);
    m_view->header()->setSectionResizeMode(PipelineModel::Title, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(PipelineModel::Customer, QHeaderView::Stretch);
    m_view->setColumnWidth(PipelineModel::Title, 240);
    split->addWidget(m_view);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_panel);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({700, 420});
    layout->addWidget(split, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        const QString id = index.siblingAtColumn(0).data(PipelineModel::IdRole).toString();
        if (!id.isEmpty())
            m_panel->setOpportunity(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        retranslate();
        if (!m_panel->opportunityId().isEmpty()) {
            select(m_panel->opportunityId());
            return;
        }
        // Start on the first deal so that the panel is never an empty form.
        for (int s = 0; s < m_model->rowCount(); ++s) {
            const QModelIndex stage = m_model->index(s, 0);
            if (m_model->rowCount(stage) > 0) {
                select(m_model->index(0, 0, stage).data(PipelineModel::IdRole).toString());
                break;
            }
        }
    });
    connect(m_model, &PipelineModel::loadingChanged, this, &PipelinePage::retranslate);
    retranslate();
}

QString PipelinePage::title() const {
    return tr("Pipeline");
}

void PipelinePage::activate() {
    if (!m_loaded) {
        m_loaded = true;
        m_model->reload();
    }
}

void PipelinePage::newOpportunity() {
    const QModelIndex current = m_view->currentIndex();
    const Opportunity* selected = current.isValid() ? m_model->opportunity(current.siblingAtColumn(0)) : nullptr;
    NewOpportunityDialog dialog(m_session, selected ? selected->customerId : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The model reloads on its thread (the save announced the change); the panel shows the new deal at once.
    m_panel->setOpportunity(dialog.savedId());
}

QAction* PipelinePage::exportAction() const {
    return m_export->action();
}

// The user's deals (a supervisor's team, a director's organisation), every stage, every column.
void PipelinePage::exportList() {
    ListExport::Request request;
    request.list = ListExport::List::Opportunities;
    request.scope = ExportFlow::userScope(m_session.user());
    m_export->exportList(tr("Pipeline"), request);
}

void PipelinePage::select(const QString& opportunityId) {
    const QModelIndex index = m_model->indexOf(opportunityId);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    m_panel->setOpportunity(opportunityId);
}

void PipelinePage::retranslate() {
    if (m_model->isLoading() && m_model->dealCount() == 0)
        m_summary->setText(tr("Loading deals…"));
    else
        m_summary->setText(tr("%n open or recently signed deal(s), grouped by stage. Select one to change its stage, "
                              "lead fields, evidence and payments.",
                              nullptr, m_model->dealCount()) +
                           (m_model->isLoading() ? u' ' + tr("Updating…") : QString()));
    m_view->setAccessibleName(tr("Deals by stage"));
    m_new->setText(tr("New opportunity…"));
    m_new->setToolTip(tr("New opportunity (%1)").arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    m_export->retranslate();
}

} // namespace Stride
