#include "models/pipelinemodel.h"
#include "pages/pipelinepage.h"
#include "storage/opportunityrepository.h"
#include "storage/visitrepository.h"
#include "uifixture.h"
#include "widgets/opportunitypanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {
QString openDealOf(Test::UiFixture& f, const QString& stage) {
    Result<QSqlQuery> q = f.session().database().exec(
        u"SELECT id FROM opportunities WHERE owner_id = ? AND stage = ? AND deleted = 0 ORDER BY id LIMIT 1"_s,
        {f.session().user().id, stage});
    if (!q || !q->next())
        return {};
    const QString id = q->value(0).toString();
    q->finish();
    return id;
}
} // namespace

class TestPipeline final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void groupedBySixStages() {
        Test::UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        PipelineModel model(f.session());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 6); // the six stages before anything is loaded
        QVERIFY(!model.isLoading());
        QSignalSpy loading(&model, &PipelineModel::loadingChanged);
        model.reload();
        QVERIFY(model.isLoading()); // loaded on the reader's thread, not here
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(loading.count(), 2);
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(model.dealCount() > 0);
        int listed = 0;
        for (int s = 0; s < 6; ++s) {
            const QModelIndex stage = model.index(s, 0);
            listed += model.rowCount(stage);
            for (int r = 0; r < model.rowCount(stage); ++r)
                QCOMPARE(model.index(r, 0, stage).data(PipelineModel::StageRole).toString(),
                         stage.data(PipelineModel::StageRole).toString());
        }
        QCOMPARE(listed, model.dealCount());
        QCOMPARE(model.index(0, 0).data(PipelineModel::StageRole).toString(), u"lead"_s);
    }

    // A director's organisation has tens of thousands of deals: each stage lists the ones closing soonest, up to
    // the bound, while its row counts and sums them all.
    void stagesAreBoundedButCountEverything() {
        Test::UiFixture f(u"director"_s);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        PipelineModel all(f.session());
        all.reload();
        QTRY_VERIFY(!all.isLoading());
        PipelineModel model(f.session());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int bound = 3;
        model.setMaxPerStage(bound);
        model.reload();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.dealCount(), all.dealCount());
        bool capped = false;
        for (int s = 0; s < 6; ++s) {
            const QModelIndex stage = model.index(s, 0);
            const QModelIndex full = all.index(s, 0);
            QCOMPARE(model.stageTotal(s), all.rowCount(full));
            QCOMPARE(model.rowCount(stage), qMin(bound, all.rowCount(full)));
            // The amount column sums the whole stage, listed or not.
            QCOMPARE(model.index(s, PipelineModel::Amount).data().toString(),
                     all.index(s, PipelineModel::Amount).data().toString());
            if (model.stageTotal(s) > bound) {
                capped = true;
                QVERIFY2(stage.data().toString().contains(QString::number(model.stageTotal(s))),
                         qPrintable(stage.data().toString()));
            }
            // The listed ones close soonest, in order.
            qint64 previous = std::numeric_limits<qint64>::min();
            for (int r = 0; r < model.rowCount(stage); ++r) {
                const Opportunity* o = model.opportunity(model.index(r, 0, stage));
                QVERIFY(o);
                const qint64 close = o->expectedClose.value_or(std::numeric_limits<qint64>::max());
                QVERIFY(close >= previous);
                previous = close;
            }
            for (int r = 0; r < all.rowCount(full); ++r) {
                const Opportunity* o = all.opportunity(all.index(r, 0, full));
                const qint64 close = o->expectedClose.value_or(std::numeric_limits<qint64>::max());
                if (model.rowCount(stage) == bound && !model.indexOf(o->id).isValid())
                    QVERIFY2(close >= previous, "an unlisted deal closes no sooner than the last listed one");
            }
        }
        QVERIFY2(capped, "the director's demo organisation has more than three deals in some stage");
    }

    void stageChangeNeedsLeadFieldsAndLostNeedsAReason() {
        Test::UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        PipelinePage page(f.session());
        page.activate();
        QString id = openDealOf(f, u"lead"_s);
        if (id.isEmpty())
            id = openDealOf(f, u"contact"_s);
        QVERIFY2(!id.isEmpty(), "the demo rep has an early-stage deal");
        // A deal whose lead fields were never filled (e.g. pulled from an older client).
        QVERIFY(f.session()
                    .database()
                    .execute(u"UPDATE opportunities SET budget_band = NULL, decision_chain = NULL WHERE id = ?"_s, {id})
                    .ok());
        page.select(id);
        OpportunityPanel* panel = page.panel();
        QCOMPARE(panel->opportunityId(), id);
        QVERIFY(!panel->moveTo(u"needs"_s));
        QVERIFY2(panel->message().contains(u"Budget band"_s) && panel->message().contains(u"Decision chain"_s),
                 qPrintable(panel->message()));
        QVERIFY(!panel->message().contains(u"Industry"_s));
        OpportunityRepository repo(f.session().store());
        const Stage before = repo.opportunity(id)->stage;

        auto* budget = panel->findChild<QComboBox*>(u"leadBudget"_s);
        auto* chain = panel->findChild<QComboBox*>(u"leadChain"_s);
        budget->setCurrentIndex(budget->findData(u"¥1M+"_s));
        chain->setCurrentIndex(chain->findData(u"CTO decides"_s));
        QVERIFY2(panel->saveLeadFields(), qPrintable(panel->message()));
        QVERIFY2(panel->message().contains(u"¥1M+"_s), qPrintable(panel->message()));
        QVERIFY2(panel->moveTo(u"needs"_s), qPrintable(panel->message()));
        QCOMPARE(repo.opportunity(id)->stage, Stage::Needs);
        QVERIFY(before != Stage::Needs);
        QVERIFY(repo.opportunity(id)->autoTag.contains(u"CTO decides"_s));

        QVERIFY(!panel->moveTo(u"lost"_s, u"  "_s));
        QVERIFY(panel->message().contains(u"reason"_s));
        QCOMPARE(repo.opportunity(id)->stage, Stage::Needs);
        QVERIFY(panel->moveTo(u"lost"_s, u"价格高"_s));
        QCOMPARE(repo.opportunity(id)->stage, Stage::Lost);
        QCOMPARE(repo.opportunity(id)->lostReason, u"价格高"_s);
    }

    // The light follows idle time, not days in stage: a deal long in its stage whose customer was just visited is
    // green. Its row shows the idle days the light comes from beside the days in stage, and the light's tooltip
    // says why (the limits, the last activity).
    void idleDaysExplainTheLight() {
        Test::UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const QString id = openDealOf(f, u"demo"_s);
        QVERIFY(!id.isEmpty());
        OpportunityRepository repo(f.session().store());
        const Result<Opportunity> deal = repo.opportunity(id);
        QVERIFY(deal);
        // Into the stage 20 days ago (the demo stage turns red after 7 idle days), visited two hours ago.
        const qint64 now = f.session().clock().nowSecs();
        QVERIFY(f.session().database().execute(u"UPDATE opportunities SET stage_entered_at = ? WHERE id = ?"_s,
                                               {now - 20 * 86400, id}));
        Visit v;
        v.customerId = deal->customerId;
        v.repId = f.session().user().id;
        v.visitedAt = now - 2 * 3600;
        v.channel = u"phone"_s;
        v.summary = u"check-in"_s;
        v.noActionReason = u"waiting for the customer"_s;
        QVERIFY(VisitRepository(f.session().store()).log(v));

        PipelineModel model(f.session());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_VERIFY(!model.isLoading());
        const QModelIndex row = model.indexOf(id);
        QVERIFY(row.isValid());
        QCOMPARE(model.headerData(PipelineModel::IdleDays, Qt::Horizontal).toString(), u"Idle days"_s);
        QCOMPARE(row.siblingAtColumn(PipelineModel::DaysInStage).data().toInt(), 20);
        QCOMPARE(row.siblingAtColumn(PipelineModel::IdleDays).data().toInt(), 0);
        QCOMPARE(row.siblingAtColumn(PipelineModel::Light).data().toString(), u"green"_s);
        const QString why = row.siblingAtColumn(PipelineModel::Light).data(Qt::ToolTipRole).toString();
        QVERIFY2(why.contains(u"idle 0.1 days"_s), qPrintable(why));
        QVERIFY2(why.contains(u"5-day yellow limit"_s) && why.contains(u"red after 7 days"_s), qPrintable(why));
        QVERIFY2(why.contains(u"a visit on"_s), qPrintable(why));
        QCOMPARE(row.siblingAtColumn(PipelineModel::IdleDays).data(Qt::ToolTipRole).toString(), why);
    }

    void signalsAndMilestones() {
        Test::UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QString id = openDealOf(f, u"objection"_s);
        if (id.isEmpty())
            id = openDealOf(f, u"demo"_s);
        QVERIFY(!id.isEmpty());
        OpportunityPanel panel(f.session());
        panel.setOpportunity(id);
        OpportunityRepository repo(f.session().store());
        const qsizetype signalsBefore = repo.forecastSignals(id)->size();
        QVERIFY(panel.addSignal(u"poc_done"_s, u"POC 通过"_s));
        QCOMPARE(repo.forecastSignals(id)->size(), signalsBefore + 1);
        const qsizetype milestonesBefore = repo.milestones(id)->size();
        QVERIFY(!panel.addMilestone(Test::UiFixture::demoToday().addDays(30), 0));
        QVERIFY(panel.addMilestone(Test::UiFixture::demoToday().addDays(30), 120000));
        QCOMPARE(repo.milestones(id)->size(), milestonesBefore + 1);
    }
};

QTEST_MAIN(TestPipeline)
#include "tst_pipeline.moc"
