#include "dialogs/stagechangedialog.h"
#include "models/pipelinemodel.h"
#include "pages/pipelinepage.h"
#include "storage/opportunityrepository.h"
#include "storage/visitrepository.h"
#include "uifixture.h"
#include "verifyok.h"
#include "widgets/opportunitypanel.h"
#include "widgets/opportunitytimeline.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

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
    QString id = q->value(0).toString();
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
        VERIFY_OK(f);
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
        VERIFY_OK(f);
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
        VERIFY_OK(f);
        PipelinePage page(f.session());
        page.activate();
        QString id = openDealOf(f, u"contact"_s);
        if (id.isEmpty())
            id = openDealOf(f, u"lead"_s);
        QVERIFY2(!id.isEmpty(), "the demo rep has an early-stage deal");
        // One step on: no stage skipped (a skip asks in the stage dialog, tested below).
        const bool fromLead = OpportunityRepository(f.session().store()).opportunity(id)->stage == Stage::Lead;
        const QString next = fromLead ? u"contact"_s : u"needs"_s;
        const Stage nextStage = fromLead ? Stage::Contact : Stage::Needs;
        // A deal whose lead fields were never filled (e.g. pulled from an older client).
        QVERIFY(f.session()
                    .database()
                    .execute(u"UPDATE opportunities SET budget_band = NULL, decision_chain = NULL WHERE id = ?"_s, {id})
                    .ok());
        page.select(id);
        OpportunityPanel* panel = page.panel();
        QCOMPARE(panel->opportunityId(), id);
        QVERIFY(!panel->moveTo(next));
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
        QVERIFY2(panel->moveTo(next), qPrintable(panel->message()));
        QCOMPARE(repo.opportunity(id)->stage, nextStage);
        QVERIFY(before != nextStage);
        QVERIFY(repo.opportunity(id)->autoTag.contains(u"CTO decides"_s));

        QVERIFY(!panel->moveTo(u"lost"_s, u"  "_s));
        QVERIFY(panel->message().contains(u"reason"_s));
        QCOMPARE(repo.opportunity(id)->stage, nextStage);
        QVERIFY(panel->moveTo(u"lost"_s, u"价格高"_s));
        QCOMPARE(repo.opportunity(id)->stage, Stage::Lost);
        QCOMPARE(repo.opportunity(id)->lostReason, u"价格高"_s);
    }

    // The light follows idle time, not days in stage: a deal long in its stage whose customer was just visited is
    // green. Its row shows the idle days the light comes from beside the days in stage, and the light's tooltip
    // says why (the limits, the last activity).
    void idleDaysExplainTheLight() {
        Test::UiFixture f;
        VERIFY_OK(f);
        const QString id = openDealOf(f, u"demo"_s);
        QVERIFY(!id.isEmpty());
        OpportunityRepository repo(f.session().store());
        const Result<Opportunity> deal = repo.opportunity(id);
        QVERIFY(deal);
        // Into the stage 20 days ago (the demo stage turns red after 7 idle days), visited two hours ago.
        const qint64 now = f.session().clock().nowSecs();
        QVERIFY(f.session().database().execute(u"UPDATE opportunities SET stage_entered_at = ? WHERE id = ?"_s,
                                               {now - qint64(20) * 86400, id}));
        Visit v;
        v.customerId = deal->customerId;
        v.repId = f.session().user().id;
        v.visitedAt = now - qint64(2) * 3600;
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

    // Reopening a lost deal from the app clears what losing it set, and keeps one open stay.
    void reopeningALostDealClearsClosedAtAndReason() {
        Test::UiFixture f;
        VERIFY_OK(f);
        const QString id = openDealOf(f, u"lost"_s);
        QVERIFY2(!id.isEmpty(), "the demo rep has a lost deal");
        OpportunityRepository repo(f.session().store());
        QVERIFY(repo.opportunity(id)->closedAt && !repo.opportunity(id)->lostReason.isEmpty());
        OpportunityPanel panel(f.session());
        panel.setOpportunity(id);
        QVERIFY2(panel.moveTo(u"objection"_s), qPrintable(panel.message()));
        const Opportunity o = *repo.opportunity(id);
        QCOMPARE(o.stage, Stage::Objection);
        QVERIFY(!o.closedAt);
        QVERIFY(o.lostReason.isEmpty());
        QCOMPARE(f.count(u"SELECT count(*) FROM stage_history WHERE opportunity_id = ? AND left_at IS NULL"_s, {id}),
                 1);
        QVERIFY2(!panel.findChild<QLabel*>()->text().isEmpty(), "the panel shows the deal");
    }

    // A forward skip and signed & paid go through the stage dialog: the skip is confirmed and recorded; won takes the
    // contract amount and a payment milestone dated ahead by default.
    void skipAndWonGoThroughTheStageDialog() {
        Test::UiFixture f;
        VERIFY_OK(f);
        QString id = openDealOf(f, u"contact"_s);
        if (id.isEmpty())
            id = openDealOf(f, u"lead"_s);
        QVERIFY(!id.isEmpty());
        OpportunityRepository repo(f.session().store());
        OpportunityPanel panel(f.session());
        panel.setOpportunity(id);
        const qint64 now = f.session().clock().nowSecs();

        // Cancelled: nothing moves.
        QTimer::singleShot(0, this, [] {
            if (auto* d = qobject_cast<StageChangeDialog*>(QApplication::activeModalWidget()))
                d->reject();
        });
        QVERIFY(!panel.moveTo(u"objection"_s));
        QVERIFY(repo.opportunity(id)->stage != Stage::Objection);

        QString firstError;
        QTimer::singleShot(0, this, [&] {
            auto* d = qobject_cast<StageChangeDialog*>(QApplication::activeModalWidget());
            if (!d)
                return;
            d->accept(); // not confirmed: stays open, says why
            firstError = d->lastError();
            d->findChild<QCheckBox*>(u"confirmSkip"_s)->setChecked(true);
            d->accept();
        });
        QVERIFY2(panel.moveTo(u"objection"_s), qPrintable(panel.message()));
        QVERIFY2(firstError.contains(u"skips"_s), qPrintable(firstError));
        QCOMPARE(repo.opportunity(id)->stage, Stage::Objection);
        QVERIFY(f.count(u"SELECT count(*) FROM stage_history WHERE opportunity_id = ? AND stage IN ('needs', 'demo') "
                        "AND entered_at = left_at"_s,
                        {id}) >= 2);
        // The deal's timeline calls them skipped.
        OpportunityTimeline timeline(f.session());
        QSignalSpy shown(&timeline, &OpportunityTimeline::shown);
        timeline.setOpportunity(id);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 20000);
        int skippedRows = 0;
        for (int i = 0; i < timeline.events()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = timeline.events()->topLevelItem(i);
            for (int c = 0; c < item->columnCount(); ++c)
                skippedRows += item->text(c) == u"skipped"_s ? 1 : 0;
        }
        QVERIFY2(skippedRows >= 2, qPrintable(QString::number(skippedRows)));

        const qsizetype milestonesBefore = repo.milestones(id)->size();
        QDate offered;
        QStringList errors;
        QTimer::singleShot(0, this, [&] {
            auto* d = qobject_cast<StageChangeDialog*>(QApplication::activeModalWidget());
            if (!d)
                return;
            auto* amount = d->findChild<QDoubleSpinBox*>(u"contractAmount"_s);
            if (milestonesBefore == 0)
                offered = d->findChild<QDateEdit*>(u"milestoneDue0"_s)->date();
            amount->setValue(0);
            d->accept();
            errors << d->lastError();
            amount->setValue(repo.opportunity(id)->amount > 0 ? repo.opportunity(id)->amount : 250000);
            d->addMilestone(QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date().addDays(20), 50000);
            d->accept();
            if (d->isVisible()) { // an amount far outside the band is questioned first
                errors << d->lastError();
                d->findChild<QCheckBox*>(u"confirmAmount"_s)->setChecked(true);
                d->accept();
            }
        });
        QVERIFY2(panel.moveTo(u"won"_s), qPrintable(panel.message() + errors.join(u" | "_s)));
        QVERIFY2(errors.value(0).contains(u"contract amount"_s), qPrintable(errors.join(u" | "_s)));
        const Opportunity won = *repo.opportunity(id);
        QCOMPARE(won.stage, Stage::Won);
        QVERIFY(won.amount > 0);
        QVERIFY(won.closedAt);
        QVERIFY(repo.milestones(id)->size() > milestonesBefore);
        if (milestonesBefore == 0)
            QVERIFY2(offered > QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date(), qPrintable(offered.toString()));
    }

    // The milestone editor offers a day ahead, not 2000-01-01, and refuses a date before the deal was created.
    void milestoneEditorDefaultsAheadAndRefusesThePast() {
        Test::UiFixture f;
        VERIFY_OK(f);
        QString id = openDealOf(f, u"objection"_s);
        if (id.isEmpty())
            id = openDealOf(f, u"demo"_s);
        QVERIFY(!id.isEmpty());
        OpportunityPanel panel(f.session());
        panel.setOpportunity(id);
        const QDate today = QDateTime::fromSecsSinceEpoch(f.session().clock().nowSecs(), Qt::UTC).date();
        auto* due = panel.findChild<QDateEdit*>();
        QVERIFY(due);
        QVERIFY2(due->date() > today, qPrintable(due->date().toString(Qt::ISODate)));
        OpportunityRepository repo(f.session().store());
        const qsizetype before = repo.milestones(id)->size();
        QVERIFY(!panel.addMilestone(QDate(2000, 1, 1), 120000));
        QVERIFY2(panel.message().contains(u"before the deal was created"_s), qPrintable(panel.message()));
        QCOMPARE(repo.milestones(id)->size(), before);
    }

    void signalsAndMilestones() {
        Test::UiFixture f;
        VERIFY_OK(f);
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
