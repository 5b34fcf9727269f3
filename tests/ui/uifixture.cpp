#include "uifixture.h"

#include "analytics/valuescoreservice.h"
#include "demo/demogenerator.h"
#include "storage/database.h"

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

qint64 UiFixture::count(const QString& sql, const QVariantList& values) {
    Result<QSqlQuery> q = m_session->database().exec(sql, values);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

} // namespace Stride::Test
