#include "pages/visitspage.h"

#include "exportflow.h"
#include "models/visitlistmodel.h"
#include "session.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Stride {

VisitsPage::VisitsPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_heading(new QLabel(this))
    , m_log(new QPushButton(this))
    , m_export(new ExportFlow(session, this))
    , m_view(new QTableView(this))
    , m_model(new VisitListModel(session, this)) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_heading->setWordWrap(true);
    top->addWidget(m_heading, 1);
    m_log->setIcon(Icons::icon(Icons::Kind::LogVisit));
    top->addWidget(m_log);
    top->addWidget(m_export->createButton(this));
    layout->addLayout(top);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setResizeContentsPrecision(0); // the rows in view only, not 1,000 per reload
    m_view->horizontalHeader()->setSectionResizeMode(VisitListModel::Summary, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    connect(m_log, &QPushButton::clicked, this,
            [this] { emit logVisitRequested(m_view->currentIndex().data(VisitListModel::CustomerIdRole).toString()); });
    connect(m_export->action(), &QAction::triggered, this, &VisitsPage::exportList);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VisitsPage::retranslate);
    connect(m_model, &VisitListModel::loadingChanged, this, &VisitsPage::retranslate);
    retranslate();
}

QString VisitsPage::title() const {
    return tr("Visits");
}

void VisitsPage::activate() {
    m_model->reload();
}

QAction* VisitsPage::exportAction() const {
    return m_export->action();
}

// The visits the page lists: the same days, the user's own (a supervisor's team, a director's organisation).
void VisitsPage::exportList() {
    ListExport::Request request;
    request.list = ListExport::List::Visits;
    request.scope = ExportFlow::userScope(m_session.user());
    const qint64 now = m_session.clock().nowSecs();
    request.scope.from = now - qint64(VisitListModel::kDays) * 86400;
    request.scope.to = now + 86400;
    m_export->exportList(tr("Visits"), request);
}

void VisitsPage::retranslate() {
    if (m_model->isLoading() && m_model->rowCount() == 0)
        m_heading->setText(tr("Loading visits…"));
    else
        m_heading->setText(
            tr("%n visit(s) in the last %1 days. A visit of the selected row's customer is one click away.", nullptr,
               m_model->rowCount())
                .arg(VisitListModel::kDays));
    m_log->setText(tr("Log visit"));
    m_view->setAccessibleName(tr("Recent visits"));
    m_export->retranslate();
}

} // namespace Stride
