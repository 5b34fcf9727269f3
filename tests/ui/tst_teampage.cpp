#include "pages/teampage.h"
#include "uifixture.h"
#include "verifyok.h"
#include "widgets/dashboardview.h"
#include "widgets/opportunitytimeline.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

constexpr int kWaitMs = 60000;

bool settled(const DashboardView* view) {
    return view->figures().has_value() && !view->isBusy();
}

TeamPage::Kind kindOf(const QTreeWidgetItem* item) {
    return TeamPage::Kind(item->data(0, TeamPage::KindRole).toInt());
}

} // namespace

class TestTeamPage final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void landsWhereTheRoleBelongs_data() {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("kind");
        QTest::newRow("director on the organisation") << u"director"_s << int(TeamPage::Org);
        QTest::newRow("supervisor on their team") << u"supervisor"_s << int(TeamPage::TeamLevel);
        QTest::newRow("rep on themselves") << u"rep"_s << int(TeamPage::RepLevel);
    }
    void landsWhereTheRoleBelongs() {
        QFETCH(QString, role);
        QFETCH(int, kind);
        Test::UiFixture f(role);
        VERIFY_OK(f);
        const QString north = f.addTeamWithDeals(u"North"_s, 2); // someone the supervisor and rep must not see
        QVERIFY2(!north.isEmpty(), qPrintable(f.error()));
        TeamPage page(f.session());
        page.show();
        QSignalSpy loaded(&page, &TeamPage::treeLoaded);
        page.activate();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);
        QTreeWidgetItem* current = page.tree()->currentItem();
        QVERIFY(current);
        QCOMPARE(int(kindOf(current)), kind);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.view()), kWaitMs);
        const AnalyticsFilter shown = page.view()->figures()->filter;
        const SessionUser& user = f.session().user();
        if (kind == TeamPage::Org) {
            QVERIFY(shown.teamId.isEmpty() && shown.repId.isEmpty());
            QVERIFY(page.find(TeamPage::TeamLevel, north));
        } else if (kind == TeamPage::TeamLevel) {
            QCOMPARE(shown.teamId, user.teamId);
            QCOMPARE(page.tree()->topLevelItemCount(), 1);
            QVERIFY(!page.find(TeamPage::TeamLevel, north));
        } else {
            QCOMPARE(shown.repId, user.id);
            QCOMPARE(page.tree()->topLevelItemCount(), 1);
            QVERIFY(!page.find(TeamPage::TeamLevel, north));
        }
    }

    void drillsFromOrgToAnOpportunityTimeline() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        TeamPage page(f.session());
        page.resize(1400, 900);
        page.show();
        QSignalSpy loaded(&page, &TeamPage::treeLoaded);
        page.activate();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.view()), kWaitMs);
        const qint64 orgTotal = page.view()->figures()->funnel.total;

        // org → team
        QTreeWidgetItem* org = page.tree()->currentItem();
        QVERIFY(org->childCount() >= 1);
        QTreeWidgetItem* team = org->child(0);
        QCOMPARE(kindOf(team), TeamPage::TeamLevel);
        page.select(team);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.view()) && page.view()->figures()->filter.teamId ==
                                                             team->data(0, TeamPage::IdRole).toString(),
                                 kWaitMs);
        QVERIFY(page.scopeText().contains(team->text(0)));

        // team → rep: the rep's own figures and their opportunities under them
        QVERIFY(team->childCount() >= 1);
        QTreeWidgetItem* rep = team->child(0);
        const QString repId = rep->data(0, TeamPage::IdRole).toString();
        QSignalSpy opportunities(&page, &TeamPage::opportunitiesLoaded);
        page.select(rep);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.view()) && page.view()->figures()->filter.repId == repId, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(opportunities.count(), 1, kWaitMs);
        QCOMPARE(rep->childCount(), int(f.count(u"SELECT COUNT(*) FROM opportunities WHERE deleted = 0 AND "
                                                "owner_id = ?"_s,
                                                {repId})));
        QVERIFY(page.view()->figures()->funnel.total <= orgTotal);

        // rep → opportunity → its timeline
        QVERIFY(rep->childCount() > 0);
        QTreeWidgetItem* deal = rep->child(0);
        const QString dealId = deal->data(0, TeamPage::IdRole).toString();
        QSignalSpy timelineShown(page.timeline(), &OpportunityTimeline::shown);
        page.select(deal);
        QTRY_COMPARE_WITH_TIMEOUT(timelineShown.count(), 1, kWaitMs);
        QVERIFY(page.timeline()->isVisible());
        QCOMPARE(page.timeline()->opportunityId(), dealId);
        const qint64 stays =
            f.count(u"SELECT COUNT(*) FROM stage_history WHERE deleted = 0 AND opportunity_id = ?"_s, {dealId});
        QVERIFY(stays >= 1);
        QVERIFY(page.timeline()->events()->topLevelItemCount() >= stays);
        QVERIFY(!page.timeline()->header()->text().isEmpty());
    }
};

QTEST_MAIN(TestTeamPage)
#include "tst_teampage.moc"
