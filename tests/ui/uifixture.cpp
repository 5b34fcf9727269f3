#include "uifixture.h"

#include "analytics/valuescoreservice.h"
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "storage/opportunityrepository.h"
#include "storage/orgrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Stride::Test {

UiFixture::UiFixture(const QString& role)
    : m_clock(QDateTime(demoToday(), QTime(9, 30), Qt::LocalTime).toUTC()) {
    m_path = m_dir.filePath(u"replica.db"_s);
    {
        Result<std::unique_ptr<Database>> db = Database::open(m_path);
        if (!db) {
            m_error = db.error();
            return;
        }
        DemoOptions options;
        options.customers = kCustomers;
        options.today = demoToday();
        if (Result<DemoSummary> s = DemoGenerator::generate(**db, options); !s) {
            m_error = s.error();
            return;
        }
        ValueScoreService scores(**db, m_clock);
        if (Status s = scores.recomputeAll(); !s) {
            m_error = s.error();
            return;
        }
    }
    Profile p;
    p.name = u"test"_s;
    p.kind = Profile::Kind::File;
    p.replicaPath = m_path;
    Result<std::unique_ptr<Session>> session = Session::open(p, role, m_clock);
    if (!session) {
        m_error = session.error();
        return;
    }
    m_session = std::move(session.value());
}

UiFixture::~UiFixture() {
    m_session.reset();
}

QString UiFixture::addTeamWithDeals(const QString& teamName, int deals) {
    OrgRepository org(m_session->store());
    Team team;
    team.name = teamName;
    Result<QString> teamId = org.saveTeam(team);
    if (!teamId) {
        m_error = teamId.error();
        return {};
    }
    Rep rep;
    rep.name = teamName + u" rep"_s;
    rep.role = u"rep"_s;
    rep.teamId = *teamId;
    Result<QString> repId = org.saveRep(rep);
    if (!repId) {
        m_error = repId.error();
        return {};
    }
    QStringList customers;
    if (Result<QSqlQuery> q =
            m_session->database().exec(u"SELECT id FROM customers WHERE deleted = 0 ORDER BY id LIMIT ?"_s, {deals})) {
        while (q->next())
            customers << q->value(0).toString();
    }
    OpportunityRepository opportunities(m_session->store());
    for (int i = 0; i < customers.size(); ++i) {
        Opportunity o;
        o.customerId = customers[i];
        o.ownerId = *repId;
        o.title = u"%1 deal %2"_s.arg(teamName).arg(i + 1);
        o.amount = 10000;
        o.industry = u"manufacturing"_s;
        o.budgetBand = u"100k-500k"_s;
        o.decisionChain = u"cto"_s;
        o.demandStage = u"exploring"_s;
        if (Result<QString> id = opportunities.save(o); !id) {
            m_error = id.error();
            return {};
        }
    }
    return *teamId;
}

qint64 UiFixture::count(const QString& sql, const QVariantList& values) {
    Result<QSqlQuery> q = m_session->database().exec(sql, values);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

} // namespace Stride::Test
