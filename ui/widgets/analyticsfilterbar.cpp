#include "widgets/analyticsfilterbar.h"

#include "domain/role.h"
#include "session.h"
#include "storage/orgrepository.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace Stride {

AnalyticsFilterBar::AnalyticsFilterBar(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_teamLabel(new QLabel(this))
    , m_team(new QComboBox(this))
    , m_repLabel(new QLabel(this))
    , m_rep(new QComboBox(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (auto [label, box] : {std::pair{m_periodLabel, m_period}, {m_teamLabel, m_team}, {m_repLabel, m_rep}}) {
        label->setBuddy(box);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        layout->addWidget(label);
        layout->addWidget(box);
    }
    layout->addStretch();
    for (int p = int(Period::ThisMonth); p <= int(Period::AllTime); ++p)
        m_period->addItem(QString(), p);
    m_period->setCurrentIndex(int(Period::Last6Months));
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit filterChanged();
    });
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillReps();
        emit filterChanged();
    });
    connect(m_rep, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit filterChanged();
    });
    retranslate();
}

void AnalyticsFilterBar::reload() {
    m_filling = true;
    const SessionUser& user = m_session.user();
    OrgRepository org(m_session.store()); // a few dozen rows by primary key: no reason for a worker
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    if (Result<QList<Team>> teams = org.teams()) {
        for (const Team& t : *teams)
            m_team->addItem(t.name, t.id);
    }
    const bool director = !user.isRep() && !user.isSupervisor();
    if (!director && !user.teamId.isEmpty()) {
        const int own = m_team->findData(user.teamId);
        for (int i = m_team->count() - 1; i >= 0; --i) {
            if (i != own)
                m_team->removeItem(i);
        }
    }
    m_team->setEnabled(director);
    m_filling = false;
    fillReps();
    emit filterChanged();
}

void AnalyticsFilterBar::fillReps() {
    m_filling = true;
    const SessionUser& user = m_session.user();
    const QString previous = m_rep->currentData().toString();
    m_rep->clear();
    if (user.isRep()) {
        m_rep->addItem(user.name, user.id);
        m_rep->setEnabled(false);
    } else {
        m_rep->addItem(tr("All reps"), QString());
        OrgRepository org(m_session.store());
        const QString teamId = m_team->currentData().toString();
        Result<QList<Rep>> reps =
            teamId.isEmpty() ? org.repsWithRole(roleToString(Role::Rep)) : org.teamMembers(teamId);
        if (reps) {
            for (const Rep& r : *reps) {
                if (roleFromString(r.role) == Role::Rep && r.active)
                    m_rep->addItem(r.name, r.id);
            }
        }
        m_rep->setEnabled(true);
        m_rep->setCurrentIndex(std::max(0, m_rep->findData(previous)));
    }
    m_filling = false;
}

void AnalyticsFilterBar::setPeriod(Period period) {
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void AnalyticsFilterBar::setRepVisible(bool visible) {
    m_repLabel->setVisible(visible);
    m_rep->setVisible(visible);
}

void AnalyticsFilterBar::setScopeVisible(bool visible) {
    m_teamLabel->setVisible(visible);
    m_team->setVisible(visible);
    setRepVisible(visible);
}

AnalyticsFilter AnalyticsFilterBar::filter() const {
    int months = 0;
    switch (Period(m_period->currentData().toInt())) {
    case Period::ThisMonth:
        months = 1;
        break;
    case Period::Last3Months:
        months = 3;
        break;
    case Period::Last6Months:
        months = 6;
        break;
    case Period::Last12Months:
        months = 12;
        break;
    case Period::AllTime:
        break;
    }
    AnalyticsFilter f = AnalyticsFilter::lastMonths(months, m_session.clock().now());
    if (!m_team->isHidden())
        f.teamId = m_team->currentData().toString();
    if (!m_rep->isHidden())
        f.repId = m_rep->currentData().toString();
    return f;
}

void AnalyticsFilterBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnalyticsFilterBar::retranslate() {
    m_periodLabel->setText(tr("&Period:"));
    m_teamLabel->setText(tr("&Team:"));
    m_repLabel->setText(tr("&Rep:"));
    const QStringList periods{tr("This month"), tr("Last 3 months"), tr("Last 6 months"), tr("Last 12 months"),
                              tr("All time")};
    for (int i = 0; i < m_period->count(); ++i)
        m_period->setItemText(i, periods.value(m_period->itemData(i).toInt()));
    if (m_team->count() > 0 && m_team->itemData(0).toString().isEmpty())
        m_team->setItemText(0, tr("All teams"));
    if (m_rep->count() > 0 && m_rep->itemData(0).toString().isEmpty())
        m_rep->setItemText(0, tr("All reps"));
    m_period->setAccessibleName(tr("Period"));
    m_team->setAccessibleName(tr("Team"));
    m_rep->setAccessibleName(tr("Rep"));
}

} // namespace Stride
