#include "charts/chartwidget.h"
#include "pages/sandboxpage.h"
#include "storage/opportunityrepository.h"
#include "storage/orgrepository.h"
#include "uifixture.h"
#include "verifyok.h"
#include "widgets/analyticsfilterbar.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

constexpr int kWaitMs = 60000;

// A new team of three reps whose needs-confirmation rate and win rate move together: rep k confirms needs on (and wins)
// `wins[k]` of four deals and loses the rest straight from the lead stage.
QString addCorrelatedReps(Test::UiFixture& f, QString& teamId) {
    OrgRepository org(f.session().store());
    Team team;
    team.name = u"Sandbox team"_s;
    Result<QString> saved = org.saveTeam(team);
    if (!saved)
        return saved.error();
    teamId = *saved;
    OpportunityRepository opportunities(f.session().store());
    const QList<int> wins{1, 2, 3};
    Result<QSqlQuery> q = f.session().database().exec(u"SELECT id FROM customers WHERE deleted = 0 LIMIT 1"_s);
    if (!q || !q->next())
        return u"no customer"_s;
    const QString customer = q->value(0).toString();
    q->finish();
    for (int k = 0; k < wins.size(); ++k) {
        Rep rep;
        rep.name = u"Sandbox rep %1"_s.arg(k + 1);
        rep.role = u"rep"_s;
        rep.teamId = teamId;
        Result<QString> repId = org.saveRep(rep);
        if (!repId)
            return repId.error();
        for (int d = 0; d < 4; ++d) {
            Opportunity o;
            o.customerId = customer;
            o.ownerId = *repId;
            o.title = u"deal %1-%2"_s.arg(k).arg(d);
            o.amount = 1000;
            o.industry = u"retail"_s;
            o.budgetBand = u"<100k"_s;
            o.decisionChain = u"owner"_s;
            o.demandStage = u"exploring"_s;
            Result<QString> id = opportunities.save(o);
            if (!id)
                return id.error();
            const bool win = d < wins[k];
            // Straight to signed & paid: the skipped stages confirmed, with the payment milestone it needs.
            OpportunityRepository::StageMove won;
            won.stage = Stage::Won;
            won.confirmSkip = true;
            PaymentMilestone pay;
            pay.dueAt = f.session().clock().nowSecs() + qint64(30) * 86400;
            pay.amount = o.amount;
            won.milestones << pay;
            Status s =
                win ? opportunities.changeStage(*id, won) : opportunities.changeStage(*id, Stage::Lost, u"price"_s);
            if (!s)
                return s.error();
        }
    }
    return {};
}

} // namespace

class TestSandbox final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheCoefficientAndAReading() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        QString teamId;
        const QString crafted = addCorrelatedReps(f, teamId);
        QVERIFY2(crafted.isEmpty(), qPrintable(crafted));
        SandboxPage page(f.session());
        page.resize(1300, 800);
        page.show();
        QSignalSpy shown(&page, &SandboxPage::resultShown);
        page.activate();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1 && !page.isBusy(), kWaitMs);
        QVERIFY(page.result().has_value());
        QComboBox* team = page.filterBar()->teamBox();
        team->setCurrentIndex(team->findData(teamId));
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 2 && !page.isBusy(), kWaitMs);
        QCOMPARE(page.result()->reps.size(), 3);
        QCOMPARE(page.metricBox(1)->currentData().toString(), u"needs_rate"_s);
        const SandboxCorrelation& needs = page.result()->yVsWin;
        QVERIFY2(needs.r.has_value(), qPrintable(needs.note));
        QCOMPARE(*needs.r, 1.0); // crafted: needs rate and win rate are the same share for each rep
        QCOMPARE(needs.n, 3);
        QVERIFY(page.reading(1)->text().contains(u"Pearson r = %1"_s.arg(*needs.r, 0, 'f', 2)));
        QVERIFY(page.reading(1)->text().contains(u"strong"_s));
        QCOMPARE(page.chart(1)->seriesCount(), 1);
        QVERIFY(page.chart(1)->title().contains(u"Needs-confirmation rate"_s));

        // Another metric: recomputed, and its chart and reading follow.
        QComboBox* first = page.metricBox(0);
        const int before = int(shown.count());
        first->setCurrentIndex(first->findData(u"visits"_s));
        emit first->activated(first->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > before && !page.isBusy(), kWaitMs);
        QCOMPARE(page.result()->metricX, u"visits"_s);
        QVERIFY(page.chart(0)->title().startsWith(u"Visits"_s));
        QVERIFY(!page.reading(0)->text().isEmpty());
    }

    void readingExplainsAMissingCoefficient_data() {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("too few reps") << qint64(2) << u"3 are needed"_s;
        QTest::newRow("no variance") << qint64(5) << u"do not vary"_s;
    }
    void readingExplainsAMissingCoefficient() {
        QFETCH(qint64, n);
        QFETCH(QString, expected);
        SandboxCorrelation c;
        c.n = n;
        QVERIFY(SandboxPage::readingOf(c, u"visits"_s).contains(expected));
    }

    void readingNamesStrengthAndDirection_data() {
        QTest::addColumn<double>("r");
        QTest::addColumn<QString>("expected");
        QTest::newRow("strong positive") << 0.8
                                         << u"a strong link — reps with a higher visits (count) tend to win more"_s;
        QTest::newRow("moderate negative")
            << -0.4 << u"a moderate link — reps with a higher visits (count) tend to win less"_s;
        QTest::newRow("weak") << 0.1 << u"only a weak link"_s;
    }
    void readingNamesStrengthAndDirection() {
        QFETCH(double, r);
        QFETCH(QString, expected);
        SandboxCorrelation c;
        c.n = 6;
        c.r = r;
        QVERIFY2(SandboxPage::readingOf(c, u"visits"_s).contains(expected),
                 qPrintable(SandboxPage::readingOf(c, u"visits"_s)));
    }
};

QTEST_MAIN(TestSandbox)
#include "tst_sandbox.moc"
