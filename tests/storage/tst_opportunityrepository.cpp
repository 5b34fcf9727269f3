// OpportunityRepository: required lead fields, auto tag, stage changes with history, signals, milestones.
// Also the Stage value type it stores.

#include "repositoryfixture.h"
#include "verifyok.h"

#include "domain/stagerules.h"
#include "storage/database.h"
#include "storage/opportunityrepository.h"
#include "storage/orgpolicyrepository.h"
#include "storage/stageconsistency.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Stride;
using Stride::Test::RepositoryFixture;

class TestOpportunityRepository final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void stageCodes();
    void saveRoundTripWithFirstHistoryEntry();
    void missingLeadFields_data();
    void missingLeadFields();
    void requiredLeadFieldsAreThePolicy();
    void autoTag_data();
    void autoTag();
    void lostNeedsReason();
    void saveRefusesStageChange();
    void changeStageKeepsHistory();
    void changeStageOutbox();
    void changeToSameStageDoesNothing();
    void reopeningClearsClosedAt();
    void reopeningAWonDealClearsClosedAt();
    void skippingStagesNeedsConfirmationAndIsRecorded();
    void skippedStagesCountForNothing();
    void payingAMilestoneClosesItsReminder();
    void skippedStages_data();
    void skippedStages();
    void wonNeedsContractAmountAndMilestone();
    void milestoneDueDates();
    void amountConcern_data();
    void amountConcern();
    void consistencyFindsAndRepairs();
    void migration12ClosesDuplicateOpenStays();
    void forecastSignalsAndMilestones();
    void forOwnerByStage();
    void boardCountsEveryDealAndListsTheSoonestClosing();

private:
    Opportunity lead() const {
        Opportunity o;
        o.customerId = m_customer;
        o.ownerId = m_rep;
        o.title = u"二期产线改造"_s;
        o.amount = 1200000;
        o.expectedClose = m_f.now() + qint64(60) * 86400;
        o.industry = u"Education"_s;
        o.budgetBand = u"¥1M+"_s;
        o.decisionChain = u"CTO decides"_s;
        o.demandStage = u"budget approved"_s;
        return o;
    }

    RepositoryFixture m_f;
    QString m_rep;
    QString m_customer;
};

void TestOpportunityRepository::init() {
    QVERIFY(m_f.open());
    m_rep = m_f.addRep(u"王伟"_s);
    m_customer = m_f.addCustomer(u"北京华东教育"_s, m_rep);
}

void TestOpportunityRepository::stageCodes() {
    const QStringList codes{u"lead"_s, u"contact"_s, u"needs"_s, u"demo"_s, u"objection"_s, u"won"_s, u"lost"_s};
    const QStringList chinese{u"线索分配"_s, u"首次触达"_s, u"需求确认"_s, u"方案演示"_s,
                              u"异议处理"_s, u"签约回款"_s, u"输单"_s};
    for (int i = 0; i < codes.size(); ++i) {
        const Stage s = Stage(i);
        QCOMPARE(stageCode(s), codes[i]);
        QCOMPARE(stageFromCode(codes[i]), std::optional<Stage>(s));
        QCOMPARE(stageChineseName(s), chinese[i]);
        QVERIFY(!stageEnglishName(s).isEmpty());
    }
    QCOMPARE(stageFromCode(u"signed"_s), std::nullopt);
    QCOMPARE(funnelStages().size(), 6);
    QCOMPARE(funnelStages().first(), Stage::Lead);
    QCOMPARE(funnelStages().last(), Stage::Won);
    QVERIFY(!funnelStages().contains(Stage::Lost));
    QVERIFY(isClosedStage(Stage::Won) && isClosedStage(Stage::Lost) && !isClosedStage(Stage::Demo));
}

void TestOpportunityRepository::saveRoundTripWithFirstHistoryEntry() {
    OpportunityRepository repo(*m_f.store);
    Opportunity o = lead();
    o.forecast = true;
    auto id = repo.save(o);
    VERIFY_OK(id);
    auto loaded = repo.opportunity(*id);
    VERIFY_OK(loaded);
    QCOMPARE(loaded->title, o.title);
    QCOMPARE(loaded->amount, 1200000.0);
    QCOMPARE(loaded->stage, Stage::Lead);
    QCOMPARE(loaded->forecast, true);
    QCOMPARE(loaded->expectedClose, o.expectedClose);
    QCOMPARE(loaded->createdAt, std::optional<qint64>(m_f.now()));
    QCOMPARE(loaded->stageEnteredAt, std::optional<qint64>(m_f.now()));
    QVERIFY(!loaded->closedAt.has_value());
    QCOMPARE(loaded->autoTag, u"Education · ¥1M+ · CTO decides"_s);
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM opportunities WHERE stage = 'lead'"_s), 1);

    auto history = repo.stageHistory(*id);
    VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().stage, Stage::Lead);
    QCOMPARE(history->first().enteredAt, m_f.now());
    QVERIFY(!history->first().leftAt);
    QCOMPARE(history->first().byRepId, m_rep);
    QCOMPARE(m_f.outbox(u"stage_history"_s).size(), 1);

    // An update keeps the history as it is and records only what changed.
    Opportunity edited = *loaded;
    edited.amount = 1500000;
    m_f.setVersion(u"opportunities"_s, *id, 3);
    VERIFY_OK(repo.save(edited));
    const auto entry = m_f.outbox(u"opportunities"_s, *id).last();
    QCOMPARE(entry.fields, (QVariantMap{{u"amount"_s, 1500000.0}}));
    QCOMPARE(entry.base.value(u"amount"_s).toDouble(), 1200000.0);
    QCOMPARE(entry.baseVersion, 3);
    QCOMPARE(repo.stageHistory(*id)->size(), 1);
}

void TestOpportunityRepository::missingLeadFields_data() {
    QTest::addColumn<QStringList>("cleared");
    QTest::newRow("industry") << QStringList{u"industry"_s};
    QTest::newRow("budget band") << QStringList{u"budget_band"_s};
    QTest::newRow("decision chain") << QStringList{u"decision_chain"_s};
    QTest::newRow("demand stage") << QStringList{u"demand_stage"_s};
    QTest::newRow("budget band and demand stage") << QStringList{u"budget_band"_s, u"demand_stage"_s};
    QTest::newRow("all four") << QStringList{u"industry"_s, u"budget_band"_s, u"decision_chain"_s, u"demand_stage"_s};
}

void TestOpportunityRepository::missingLeadFields() {
    QFETCH(QStringList, cleared);
    Opportunity o = lead();
    if (cleared.contains(u"industry"_s))
        o.industry.clear();
    if (cleared.contains(u"budget_band"_s))
        o.budgetBand = u"  "_s; // blank counts as missing
    if (cleared.contains(u"decision_chain"_s))
        o.decisionChain.clear();
    if (cleared.contains(u"demand_stage"_s))
        o.demandStage.clear();
    QCOMPARE(OpportunityRepository::missingLeadFields(o), cleared);
    OpportunityRepository repo(*m_f.store);
    auto id = repo.save(o);
    QVERIFY(!id.ok());
    // The message names exactly the missing fields.
    QVERIFY2(id.error().endsWith(u": "_s + cleared.join(u", "_s)), qPrintable(id.error()));
    for (const QString& f : {u"industry"_s, u"budget_band"_s, u"decision_chain"_s, u"demand_stage"_s})
        QCOMPARE(id.error().contains(f), cleared.contains(f));
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM opportunities"_s), 0);
    QCOMPARE(m_f.outbox(u"opportunities"_s).size(), 0);
}

// Which lead fields are required is the organisation's policy (lead.required_fields).
void TestOpportunityRepository::requiredLeadFieldsAreThePolicy() {
    OpportunityRepository repo(*m_f.store);
    QCOMPARE(repo.requiredLeadFields(), OrgPolicy::leadFields());
    OrgPolicyRepository policy(*m_f.store);
    QVERIFY(policy.set(OrgPolicy::kRequiredLeadFields, QJsonArray{u"demand_stage"_s, u"industry"_s}, u"admin"_s));
    QCOMPARE(repo.requiredLeadFields(), (QStringList{u"industry"_s, u"demand_stage"_s}));
    Opportunity o = lead();
    o.budgetBand.clear();
    o.decisionChain.clear();
    o.demandStage.clear();
    QCOMPARE(repo.missingRequiredFields(o), QStringList{u"demand_stage"_s});
    auto refused = repo.save(o);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().endsWith(u": demand_stage"_s), qPrintable(refused.error()));
    o.demandStage = u"evaluating"_s;
    VERIFY_OK(repo.save(o)); // budget band and decision chain are optional now
}

void TestOpportunityRepository::autoTag_data() {
    QTest::addColumn<QString>("industry");
    QTest::addColumn<QString>("budget");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<QString>("tag");
    QTest::newRow("spec example") << u"Education"_s << u"¥1M+"_s << u"CTO decides"_s
                                  << u"Education · ¥1M+ · CTO decides"_s;
    QTest::newRow("Chinese values") << u"制造业"_s << u"50-100万"_s << u"总经理拍板"_s
                                    << u"制造业 · 50-100万 · 总经理拍板"_s;
    QTest::newRow("blanks skipped") << u" Retail "_s << QString() << u"Owner"_s << u"Retail · Owner"_s;
}

void TestOpportunityRepository::autoTag() {
    QFETCH(QString, industry);
    QFETCH(QString, budget);
    QFETCH(QString, chain);
    QFETCH(QString, tag);
    Opportunity o;
    o.industry = industry;
    o.budgetBand = budget;
    o.decisionChain = chain;
    QCOMPARE(OpportunityRepository::autoTag(o), tag);
}

void TestOpportunityRepository::lostNeedsReason() {
    OpportunityRepository repo(*m_f.store);
    Opportunity o = lead();
    o.stage = Stage::Lost;
    QVERIFY(repo.save(o).error().contains(u"lost reason"_s));
    // Even with its reason, a deal is not created lost (nor won): it starts at lead and moves through changeStage.
    for (Stage s : {Stage::Lost, Stage::Won, Stage::Demo}) {
        o.stage = s;
        o.lostReason = u"price"_s;
        const Result<QString> created = repo.save(o);
        QVERIFY(!created.ok());
        QVERIFY2(created.error().contains(u"starts at lead"_s), qPrintable(created.error()));
    }
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM opportunities"_s), 0);
    auto id = repo.save(lead());
    VERIFY_OK(id);
    const qint64 before = m_f.outboxCount();
    for (const QString& reason : {QString(), u"   "_s}) {
        Status s = repo.changeStage(*id, Stage::Lost, reason);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(u"lost reason"_s), qPrintable(s.error()));
    }
    QCOMPARE(m_f.outboxCount(), before);
    QCOMPARE(repo.opportunity(*id)->stage, Stage::Lead);
    VERIFY_OK(repo.changeStage(*id, Stage::Lost, u" 价格高 "_s));
    auto lost = repo.opportunity(*id);
    QCOMPARE(lost->stage, Stage::Lost);
    QCOMPARE(lost->lostReason, u"价格高"_s);
    QCOMPARE(lost->closedAt, std::optional<qint64>(m_f.now()));
}

void TestOpportunityRepository::saveRefusesStageChange() {
    OpportunityRepository repo(*m_f.store);
    auto id = repo.save(lead());
    VERIFY_OK(id);
    Opportunity o = *repo.opportunity(*id);
    o.stage = Stage::Demo;
    auto r = repo.save(o);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(u"changeStage"_s));
    QCOMPARE(repo.opportunity(*id)->stage, Stage::Lead);
}

void TestOpportunityRepository::changeStageKeepsHistory() {
    OpportunityRepository repo(*m_f.store);
    auto id = repo.save(lead());
    VERIFY_OK(id);
    const qint64 t0 = m_f.now();
    const QString supervisor = m_f.addRep(u"陈静"_s, {}, u"supervisor"_s);
    const QList<Stage> path{Stage::Contact, Stage::Needs, Stage::Demo, Stage::Objection, Stage::Won};
    PaymentMilestone pay; // signed & paid needs one
    pay.opportunityId = *id;
    pay.dueAt = t0 + qint64(60) * 86400;
    pay.amount = 1200000;
    VERIFY_OK(repo.saveMilestone(pay));
    for (int i = 0; i < path.size(); ++i) {
        m_f.clock.advanceSecs(qint64(86400) * (i + 1));
        VERIFY_OK(repo.changeStage(*id, path[i], {}, i == 2 ? supervisor : QString()));
        auto o = repo.opportunity(*id);
        QCOMPARE(o->stage, path[i]);
        QCOMPARE(o->stageEnteredAt, std::optional<qint64>(m_f.now()));
    }
    auto history = repo.stageHistory(*id);
    VERIFY_OK(history);
    QCOMPARE(history->size(), 6);
    qint64 entered = t0;
    for (int i = 0; i < history->size(); ++i) {
        const StageHistoryEntry& h = history->at(i);
        QCOMPARE(h.stage, i == 0 ? Stage::Lead : path[i - 1]);
        QCOMPARE(h.enteredAt, entered);
        if (i + 1 < history->size()) {
            QCOMPARE(h.leftAt, std::optional<qint64>(history->at(i + 1).enteredAt));
            QCOMPARE(*h.leftAt - h.enteredAt, 86400 * (i + 1)); // time in stage
            entered = *h.leftAt;
        } else {
            QVERIFY(!h.leftAt); // the current stage is open
        }
        QCOMPARE(h.byRepId, i == 3 ? supervisor : m_rep);
    }
    auto won = repo.opportunity(*id);
    QCOMPARE(won->closedAt, std::optional<qint64>(m_f.now()));
    QVERIFY(won->lostReason.isEmpty());
}

void TestOpportunityRepository::changeStageOutbox() {
    OpportunityRepository repo(*m_f.store);
    auto id = repo.save(lead());
    VERIFY_OK(id);
    const QString firstEntry = repo.stageHistory(*id)->first().id;
    m_f.setVersion(u"opportunities"_s, *id, 5);
    m_f.setVersion(u"stage_history"_s, firstEntry, 4);
    const qint64 entered = m_f.now();
    m_f.clock.advanceSecs(3600);
    VERIFY_OK(repo.changeStage(*id, Stage::Contact));

    const auto opp = m_f.outbox(u"opportunities"_s, *id).last();
    QCOMPARE(opp.baseVersion, 5);
    QCOMPARE(opp.fields, (QVariantMap{{u"stage"_s, u"contact"_s}, {u"stage_entered_at"_s, m_f.now()}}));
    QCOMPARE(opp.base.value(u"stage"_s).toString(), u"lead"_s);
    QCOMPARE(opp.base.value(u"stage_entered_at"_s).toLongLong(), entered);

    const auto closed = m_f.outbox(u"stage_history"_s, firstEntry);
    QCOMPARE(closed.size(), 2);
    QCOMPARE(closed.last().fields, (QVariantMap{{u"left_at"_s, m_f.now()}}));
    QCOMPARE(closed.last().baseVersion, 4);

    const auto all = m_f.outbox(u"stage_history"_s);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.last().fields.value(u"stage"_s).toString(), u"contact"_s);
    QCOMPARE(all.last().fields.value(u"opportunity_id"_s).toString(), *id);
    QCOMPARE(all.last().baseVersion, 0);
}

void TestOpportunityRepository::changeToSameStageDoesNothing() {
    OpportunityRepository repo(*m_f.store);
    auto id = repo.save(lead());
    VERIFY_OK(id);
    const qint64 before = m_f.outboxCount();
    VERIFY_OK(repo.changeStage(*id, Stage::Lead));
    QCOMPARE(m_f.outboxCount(), before);
    QVERIFY(!repo.changeStage(u"no-such-id"_s, Stage::Demo).ok());
}

void TestOpportunityRepository::reopeningClearsClosedAt() {
    OpportunityRepository repo(*m_f.store);
    auto id = repo.save(lead());
    VERIFY_OK(id);
    VERIFY_OK(repo.changeStage(*id, Stage::Lost, u"budget frozen"_s));
    m_f.clock.advanceSecs(qint64(7) * 86400);
    VERIFY_OK(repo.changeStage(*id, Stage::Needs));
    auto o = repo.opportunity(*id);
    QCOMPARE(o->stage, Stage::Needs);
    QVERIFY(!o->closedAt);
    QVERIFY(o->lostReason.isEmpty());
    QCOMPARE(repo.stageHistory(*id)->size(), 3);
}

void TestOpportunityRepository::reopeningAWonDealClearsClosedAt() {
    OpportunityRepository repo(*m_f.store);
    auto id = repo.save(lead());
    VERIFY_OK(id);
    OpportunityRepository::StageMove won;
    won.stage = Stage::Won;
    won.confirmSkip = true;
    PaymentMilestone m;
    m.dueAt = m_f.now() + qint64(30) * 86400;
    m.amount = 1200000;
    won.milestones << m;
    VERIFY_OK(repo.changeStage(*id, won));
    QVERIFY(repo.opportunity(*id)->closedAt);
    m_f.clock.advanceSecs(86400);
    VERIFY_OK(repo.changeStage(*id, Stage::Objection));
    QVERIFY(!repo.opportunity(*id)->closedAt);
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM stage_history WHERE opportunity_id = ? AND left_at IS NULL"_s, {*id}),
             1);
}

void TestOpportunityRepository::skippingStagesNeedsConfirmationAndIsRecorded() {
    OpportunityRepository repo(*m_f.store);
    auto id = repo.save(lead());
    VERIFY_OK(id);
    const qint64 before = m_f.outboxCount();
    m_f.clock.advanceSecs(3600);
    const Status refused = repo.changeStage(*id, Stage::Demo);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"skips contact, needs"_s), qPrintable(refused.error()));
    QCOMPARE(m_f.outboxCount(), before);
    QCOMPARE(repo.opportunity(*id)->stage, Stage::Lead);

    OpportunityRepository::StageMove move;
    move.stage = Stage::Demo;
    move.confirmSkip = true;
    VERIFY_OK(repo.changeStage(*id, move));
    auto history = repo.stageHistory(*id);
    VERIFY_OK(history);
    QCOMPARE(history->size(), 4);
    QCOMPARE(history->at(0).stage, Stage::Lead);
    QCOMPARE(history->at(0).leftAt, std::optional<qint64>(m_f.now()));
    for (int i : {1, 2}) { // the skipped stages: zero-length stays at the move
        QCOMPARE(history->at(i).stage, i == 1 ? Stage::Contact : Stage::Needs);
        QCOMPARE(history->at(i).enteredAt, m_f.now());
        QCOMPARE(history->at(i).leftAt, std::optional<qint64>(m_f.now()));
    }
    QCOMPARE(history->at(3).stage, Stage::Demo);
    QVERIFY(!history->at(3).leftAt);
    // One step forward, any step back and reopening need no confirmation.
    VERIFY_OK(repo.changeStage(*id, Stage::Objection));
    VERIFY_OK(repo.changeStage(*id, Stage::Contact));
    VERIFY_OK(repo.changeStage(*id, Stage::Lost, u"budget cut"_s));
    VERIFY_OK(repo.changeStage(*id, Stage::Demo));
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM stage_history WHERE opportunity_id = ? AND left_at IS NULL"_s, {*id}),
             1);
}

// A skipped stage was never worked: its zero-length stay adds no time in stage and makes no standard action due.
void TestOpportunityRepository::skippedStagesCountForNothing() {
    VERIFY_OK(m_f.store->save(u"standard_actions"_s, u"sa-needs-test"_s,
                              {{u"name"_s, u"Needs report within 24 h"_s},
                               {u"trigger_stage"_s, u"needs"_s},
                               {u"action_code"_s, u"needs_report"_s},
                               {u"deadline_hours"_s, 24},
                               {u"active"_s, 1}}));
    OpportunityRepository repo(*m_f.store);
    auto id = repo.save(lead());
    VERIFY_OK(id);
    m_f.clock.advanceSecs(3600);
    OpportunityRepository::StageMove move;
    move.stage = Stage::Demo;
    move.confirmSkip = true;
    VERIFY_OK(repo.changeStage(*id, move));
    m_f.clock.advanceSecs(3600);
    VERIFY_OK(repo.changeStage(*id, Stage::Objection));
    // Lead and demo were stays; contact and needs were skipped.
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM analytics_stay WHERE opportunity_id = ?"_s, {*id}), 2);
    QCOMPARE(
        m_f.scalar(u"SELECT count(*) FROM analytics_stay WHERE opportunity_id = ? AND stage_index IN (1, 2)"_s, {*id}),
        0);
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM analytics_action WHERE opportunity_id = ? AND code = 'needs_report'"_s,
                        {*id}),
             0);
}

void TestOpportunityRepository::skippedStages_data() {
    QTest::addColumn<Stage>("from");
    QTest::addColumn<Stage>("to");
    QTest::addColumn<QList<Stage>>("skipped");
    QTest::newRow("one step") << Stage::Lead << Stage::Contact << QList<Stage>{};
    QTest::newRow("lead to demo") << Stage::Lead << Stage::Demo << QList<Stage>{Stage::Contact, Stage::Needs};
    QTest::newRow("needs to won") << Stage::Needs << Stage::Won << QList<Stage>{Stage::Demo, Stage::Objection};
    QTest::newRow("backwards") << Stage::Objection << Stage::Contact << QList<Stage>{};
    QTest::newRow("to lost") << Stage::Lead << Stage::Lost << QList<Stage>{};
    QTest::newRow("reopening a lost deal") << Stage::Lost << Stage::Objection << QList<Stage>{};
}

void TestOpportunityRepository::skippedStages() {
    QFETCH(Stage, from);
    QFETCH(Stage, to);
    QFETCH(QList<Stage>, skipped);
    QCOMPARE(StageRules::skippedStages(from, to), skipped);
}

void TestOpportunityRepository::wonNeedsContractAmountAndMilestone() {
    OpportunityRepository repo(*m_f.store);
    Opportunity o = lead();
    o.amount = 0;
    auto id = repo.save(o);
    VERIFY_OK(id);
    for (Stage s : {Stage::Contact, Stage::Needs, Stage::Demo, Stage::Objection})
        VERIFY_OK(repo.changeStage(*id, s));
    const qint64 before = m_f.outboxCount();
    Status s = repo.changeStage(*id, Stage::Won);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"contract amount"_s), qPrintable(s.error()));
    OpportunityRepository::StageMove move;
    move.stage = Stage::Won;
    move.contractAmount = 880000;
    s = repo.changeStage(*id, move);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"payment milestone"_s), qPrintable(s.error()));
    PaymentMilestone bad;
    bad.dueAt = m_f.now() - qint64(400) * 86400; // before the deal existed
    bad.amount = 880000;
    move.milestones << bad;
    s = repo.changeStage(*id, move);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"before the deal was created"_s), qPrintable(s.error()));
    QCOMPARE(m_f.outboxCount(), before);
    QCOMPARE(repo.opportunity(*id)->stage, Stage::Objection);

    move.milestones.first().dueAt = m_f.now() + qint64(30) * 86400;
    VERIFY_OK(repo.changeStage(*id, move));
    auto won = repo.opportunity(*id);
    QCOMPARE(won->stage, Stage::Won);
    QCOMPARE(won->amount, 880000.0);
    auto ms = repo.milestones(*id);
    QCOMPARE(ms->size(), 1);
    QCOMPARE(ms->first().amount, 880000.0);
    // A stored milestone is enough for the next time the deal is won.
    VERIFY_OK(repo.changeStage(*id, Stage::Objection));
    VERIFY_OK(repo.changeStage(*id, Stage::Won));
}

void TestOpportunityRepository::milestoneDueDates() {
    OpportunityRepository repo(*m_f.store);
    auto id = repo.save(lead());
    VERIFY_OK(id);
    const Opportunity o = *repo.opportunity(*id);
    // The default: the expected close when ahead (60 days here), else 30 days on; always after today.
    const qint64 due = StageRules::defaultMilestoneDue(o, m_f.now());
    QCOMPARE(QDateTime::fromSecsSinceEpoch(due, Qt::UTC).date(),
             QDateTime::fromSecsSinceEpoch(*o.expectedClose, Qt::UTC).date());
    Opportunity past = o;
    past.expectedClose = m_f.now() - 86400;
    const qint64 later = StageRules::defaultMilestoneDue(past, m_f.now());
    QCOMPARE(QDateTime::fromSecsSinceEpoch(later, Qt::UTC).date(), m_f.clock.now().date().addDays(30));

    PaymentMilestone m;
    m.opportunityId = *id;
    m.amount = 1000;
    m.dueAt = QDateTime(QDate(2000, 1, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch(); // the old editor default
    auto refused = repo.saveMilestone(m);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"2000-01-01"_s), qPrintable(refused.error()));
    m.dueAt = m_f.now() - 3600; // earlier on the day the deal was created: accepted
    VERIFY_OK(repo.saveMilestone(m));
    m.opportunityId = u"no-such-deal"_s;
    QVERIFY(!repo.saveMilestone(m).ok());
}

void TestOpportunityRepository::amountConcern_data() {
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("band");
    QTest::addColumn<int>("concern");
    using C = StageRules::AmountConcern;
    QTest::newRow("zero") << 0.0 << u"¥100k-500k"_s << int(C::Zero);
    QTest::newRow("inside the band") << 300000.0 << u"¥100k-500k"_s << int(C::None);
    QTest::newRow("a little above") << 900000.0 << u"¥100k-500k"_s << int(C::None);
    QTest::newRow("far above") << 1200000.0 << u"¥100k-500k"_s << int(C::AboveBand);
    QTest::newRow("far below") << 40000.0 << u"¥100k-500k"_s << int(C::BelowBand);
    QTest::newRow("far below an open band") << 300000.0 << u"¥1M+"_s << int(C::BelowBand);
    QTest::newRow("any amount above an open band") << 90000000.0 << u"¥1M+"_s << int(C::None);
    QTest::newRow("far above the lowest band") << 250000.0 << u"<¥100k"_s << int(C::AboveBand);
    QTest::newRow("no band") << 5.0 << QString() << int(C::None);
}

void TestOpportunityRepository::amountConcern() {
    QFETCH(double, amount);
    QFETCH(QString, band);
    QFETCH(int, concern);
    QCOMPARE(int(StageRules::amountConcern(amount, band)), concern);
}

void TestOpportunityRepository::consistencyFindsAndRepairs() {
    OpportunityRepository repo(*m_f.store);
    auto a = repo.save(lead());
    auto b = repo.save(lead());
    auto c = repo.save(lead());
    VERIFY_OK(a);
    VERIFY_OK(b);
    VERIFY_OK(c);
    // a: moved the old way (the previous stay left open) twice; b: reopened with what losing set; c: consistent.
    const qint64 t0 = m_f.now();
    for (const QString& stage : {u"contact"_s, u"needs"_s}) {
        m_f.clock.advanceSecs(86400);
        VERIFY_OK(m_f.store->save(u"stage_history"_s, QString(),
                                  {{u"opportunity_id"_s, *a}, {u"stage"_s, stage}, {u"entered_at"_s, m_f.now()}}));
        VERIFY_OK(m_f.db->execute(u"UPDATE opportunities SET stage = ?, stage_entered_at = ? WHERE id = ?"_s,
                                  {stage, m_f.now(), *a}));
    }
    VERIFY_OK(
        m_f.db->execute(u"UPDATE opportunities SET lost_reason = 'price', closed_at = ? WHERE id = ?"_s, {t0, *b}));
    StageConsistency check(*m_f.store);
    auto found = check.find();
    VERIFY_OK(found);
    QStringList seen;
    for (const auto& p : *found)
        seen << p.opportunityId.left(0) +
                    (p.opportunityId == *a   ? u"a:"_s
                     : p.opportunityId == *b ? u"b:"_s
                                             : u"c:"_s) +
                    StageConsistency::kindCode(p.kind);
    seen.sort();
    QCOMPARE(seen, (QStringList{u"a:many_open_stays"_s, u"b:lost_reason_not_lost"_s, u"b:open_with_closed_at"_s}));

    const qint64 outboxBefore = m_f.outboxCount();
    auto repaired = check.repair();
    VERIFY_OK(repaired);
    QCOMPARE(*repaired, 2);
    QVERIFY(m_f.outboxCount() > outboxBefore); // the fix syncs
    QVERIFY(check.find()->isEmpty());
    auto history = repo.stageHistory(*a);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(0).leftAt, std::optional<qint64>(t0 + 86400));
    QCOMPARE(history->at(1).leftAt, std::optional<qint64>(t0 + qint64(2) * 86400));
    QVERIFY(!history->at(2).leftAt);
    QCOMPARE(history->at(2).stage, Stage::Needs);
    QVERIFY(repo.opportunity(*b)->lostReason.isEmpty());
    QVERIFY(!repo.opportunity(*b)->closedAt);
    QCOMPARE(*check.repair(), 0);

    // No open stay in the deal's stage: one is opened at stage_entered_at, with the same id on every replica.
    VERIFY_OK(m_f.db->execute(u"UPDATE opportunities SET stage = 'demo' WHERE id = ?"_s, {*c}));
    found = check.find();
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().kind, StageConsistency::Kind::OpenStayInOtherStage);
    VERIFY_OK(check.repair());
    history = repo.stageHistory(*c);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->last().stage, Stage::Demo);
    QVERIFY(!history->last().leftAt);
    QCOMPARE(history->last().id, EntityStore::idFor(u"stage-repair:%1:demo:%2"_s.arg(*c).arg(t0)));
}

void TestOpportunityRepository::migration12ClosesDuplicateOpenStays() {
    const QString path = m_f.dir->filePath(u"old.sqlite"_s);
    const QString id = u"deal-1"_s;
    {
        auto old = Database::open(path, Database::Access::ReadWrite, 9);
        VERIFY_OK(old);
        Database& d = **old;
        VERIFY_OK(d.execute(u"INSERT INTO reps (id, name, role) VALUES ('rep-1', '王伟', 'rep')"_s));
        VERIFY_OK(d.execute(u"INSERT INTO customers (id, name, owner_id) VALUES ('cust-1', '客户', 'rep-1')"_s));
        VERIFY_OK(d.execute(u"INSERT INTO opportunities (id, customer_id, title, stage, created_at, stage_entered_at) "
                            "VALUES (?, 'cust-1', 't', 'demo', 1000, 3000)"_s,
                            {id}));
        // The old command line's moves: every stay left open; the first synced (version 7), the others still
        // waiting in the outbox.
        VERIFY_OK(d.execute(u"INSERT INTO stage_history (id, version, opportunity_id, stage, entered_at) VALUES "
                            "('h1', 7, ?, 'lead', 1000), ('h2', 0, ?, 'needs', 2000), ('h3', 0, ?, 'demo', 3000)"_s,
                            {id, id, id}));
        VERIFY_OK(d.execute(u"INSERT INTO outbox (entity, row_id, op, fields, base, base_version, created_at) VALUES "
                            "('stage_history', 'h2', 'upsert', '{}', '{}', 0, 0), ('stage_history', 'h3', 'upsert', "
                            "'{}', '{}', 0, 0)"_s));
        // Reopened the old way: a synced deal in needs that kept its lost reason and closed_at, and a lost deal
        // never pushed without closed_at.
        VERIFY_OK(d.execute(u"INSERT INTO opportunities (id, version, customer_id, title, stage, created_at, "
                            "stage_entered_at, closed_at, lost_reason) VALUES ('deal-2', 3, 'cust-1', 't', 'needs', "
                            "1000, 6000, 5000, 'price'), ('deal-3', 0, 'cust-1', 't', 'lost', 1000, 4000, NULL, "
                            "'budget')"_s));
    }
    auto db = Database::open(path);
    VERIFY_OK(db);
    auto scalar = [&](const QString& sql) {
        auto q = (*db)->exec(sql, {id});
        return q && q->next() ? q->value(0).toString() : u"?"_s;
    };
    QCOMPARE(scalar(u"SELECT count(*) FROM stage_history WHERE opportunity_id = ? AND left_at IS NULL"_s), u"1"_s);
    QCOMPARE(scalar(u"SELECT group_concat(stage || ':' || COALESCE(left_at, '-'), ' ') FROM (SELECT * FROM "
                    "stage_history WHERE opportunity_id = ? ORDER BY entered_at)"_s),
             u"lead:2000 needs:3000 demo:-"_s);
    QCOMPARE(scalar(u"SELECT group_concat(secs, ' ') FROM (SELECT secs FROM analytics_stay WHERE opportunity_id = ? "
                    "ORDER BY secs)"_s),
             u"1000 1000"_s);
    // Both closures are queued for the server (the synced row and the row still waiting to be pushed).
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE ? IS NOT NULL AND entity = 'stage_history' AND fields LIKE "
                    "'%left_at%'"_s),
             u"2"_s);
    QCOMPARE(scalar(u"SELECT group_concat(row_id || ':' || base_version, ' ') FROM (SELECT * FROM outbox WHERE ? IS "
                    "NOT NULL AND fields LIKE '%left_at%' ORDER BY row_id)"_s),
             u"h1:7 h2:0"_s);
    QCOMPARE(scalar(u"SELECT group_concat(id || ':' || stage || ':' || COALESCE(closed_at, '-') || ':' || "
                    "COALESCE(lost_reason, '-'), ' ') FROM (SELECT * FROM opportunities WHERE id != ? ORDER BY id)"_s),
             u"deal-2:needs:-:- deal-3:lost:4000:budget"_s);
    // The synced deal's fix is queued with only what changed; the local one needs no outbox entry.
    QCOMPARE(scalar(u"SELECT group_concat(row_id || ' ' || fields || ' ' || base || ' ' || base_version, ' | ') FROM "
                    "outbox WHERE entity = 'opportunities' AND ? IS NOT NULL"_s),
             u"deal-2 {\"closed_at\":null,\"lost_reason\":null} {\"closed_at\":5000,\"lost_reason\":\"price\"} 3"_s);
    QCOMPARE(scalar(u"SELECT COALESCE(lost_reason, '-') || ':' || closed FROM analytics_opportunity WHERE "
                    "opportunity_id = 'deal-2' AND ? IS NOT NULL"_s),
             u"-:6000"_s);
}

void TestOpportunityRepository::forecastSignalsAndMilestones() {
    OpportunityRepository repo(*m_f.store);
    auto id = repo.save(lead());
    VERIFY_OK(id);
    ForecastSignal poc;
    poc.opportunityId = *id;
    poc.kind = u"poc_done"_s;
    poc.note = u"POC 通过"_s;
    poc.notedAt = m_f.now() - 86400;
    ForecastSignal legal = poc;
    legal.kind = u"legal_review"_s;
    legal.notedAt = 0; // stamped now
    auto pocId = repo.addForecastSignal(poc);
    auto legalId = repo.addForecastSignal(legal);
    VERIFY_OK(pocId);
    VERIFY_OK(legalId);
    auto signalList = repo.forecastSignals(*id);
    VERIFY_OK(signalList);
    QCOMPARE(signalList->size(), 2);
    QCOMPARE(signalList->first().id, *legalId); // newest first
    QCOMPARE(signalList->first().notedAt, m_f.now());
    QCOMPARE(signalList->last().note, u"POC 通过"_s);
    QVERIFY(!repo.addForecastSignal(ForecastSignal{}).ok());
    VERIFY_OK(repo.removeForecastSignal(*pocId));
    QCOMPARE(repo.forecastSignals(*id)->size(), 1);

    PaymentMilestone first;
    first.opportunityId = *id;
    first.dueAt = m_f.now() + qint64(15) * 86400;
    first.amount = 600000;
    PaymentMilestone second = first;
    second.dueAt = m_f.now() + qint64(45) * 86400;
    auto secondId = repo.saveMilestone(second);
    auto firstId = repo.saveMilestone(first);
    VERIFY_OK(firstId);
    VERIFY_OK(secondId);
    first.amount = 0;
    QVERIFY(!repo.saveMilestone(first).ok());
    VERIFY_OK(repo.markMilestonePaid(*firstId, m_f.now()));
    auto ms = repo.milestones(*id);
    VERIFY_OK(ms);
    QCOMPARE(ms->size(), 2);
    QCOMPARE(ms->first().id, *firstId); // by due date
    QCOMPARE(ms->first().paidAt, std::optional<qint64>(m_f.now()));
    QVERIFY(!ms->last().paidAt);
    QCOMPARE(m_f.outbox(u"payment_milestones"_s, *firstId).last().fields, (QVariantMap{{u"paid_at"_s, m_f.now()}}));
}

// The payment reminder of a milestone (PaymentCountdown::remind's "payment:<milestone>") is answered by the payment:
// marking it paid closes that reminder in the same write (so it syncs with it), and no other.
void TestOpportunityRepository::payingAMilestoneClosesItsReminder() {
    OpportunityRepository repo(*m_f.store);
    auto id = repo.save(lead());
    VERIFY_OK(id);
    PaymentMilestone m;
    m.opportunityId = *id;
    m.dueAt = m_f.now() + qint64(10) * 86400;
    m.amount = 300000;
    auto paid = repo.saveMilestone(m);
    m.dueAt = m_f.now() + qint64(40) * 86400;
    auto later = repo.saveMilestone(m);
    VERIFY_OK(paid);
    VERIFY_OK(later);
    for (const QString& milestone : {*paid, *later})
        VERIFY_OK(m_f.store->save(u"tasks"_s, u"t-"_s + milestone,
                                  {{u"owner_id"_s, m_rep},
                                   {u"customer_id"_s, m_customer},
                                   {u"opportunity_id"_s, *id},
                                   {u"title"_s, u"回款提醒"_s},
                                   {u"due_at"_s, m_f.now()},
                                   {u"source"_s, u"payment"_s},
                                   {u"source_key"_s, u"payment:"_s + milestone}}));
    m_f.clock.advanceSecs(3600);
    VERIFY_OK(repo.markMilestonePaid(*paid, m_f.now()));
    QCOMPARE(m_f.scalar(u"SELECT done_at FROM tasks WHERE id = ?"_s, {u"t-"_s + *paid}), m_f.now());
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM tasks WHERE id = ? AND done_at IS NULL"_s, {u"t-"_s + *later}), 1);
    QCOMPARE(m_f.outbox(u"tasks"_s, u"t-"_s + *paid).last().fields, (QVariantMap{{u"done_at"_s, m_f.now()}}));
}

void TestOpportunityRepository::forOwnerByStage() {
    OpportunityRepository repo(*m_f.store);
    auto a = repo.save(lead());
    auto b = repo.save(lead());
    VERIFY_OK(a);
    VERIFY_OK(b);
    OpportunityRepository::StageMove toDemo;
    toDemo.stage = Stage::Demo;
    toDemo.confirmSkip = true;
    VERIFY_OK(repo.changeStage(*b, toDemo));
    QCOMPARE(repo.forOwner(m_rep)->size(), 2);
    auto demo = repo.forOwner(m_rep, Stage::Demo);
    VERIFY_OK(demo);
    QCOMPARE(demo->size(), 1);
    QCOMPARE(demo->first().id, *b);
    QCOMPARE(repo.forCustomer(m_customer)->size(), 2);
}

void TestOpportunityRepository::boardCountsEveryDealAndListsTheSoonestClosing() {
    OpportunityRepository repo(*m_f.store);
    const qint64 day = 86400;
    auto add = [&](const QString& owner, std::optional<qint64> closeInDays, double amount) {
        Opportunity o = lead();
        o.ownerId = owner;
        o.amount = amount;
        o.expectedClose = closeInDays ? std::optional<qint64>(m_f.now() + *closeInDays * day) : std::nullopt;
        const Result<QString> id = repo.save(o);
        return id ? *id : QString();
    };
    const QString late = add(m_rep, 30, 100);
    const QString undated = add(m_rep, std::nullopt, 200);
    const QString soon = add(m_rep, 5, 400);
    const QString sooner = add(m_rep, 1, 800);
    const QString demo = add(m_rep, 10, 1600);
    OpportunityRepository::StageMove toDemo;
    toDemo.stage = Stage::Demo;
    toDemo.confirmSkip = true;
    VERIFY_OK(repo.changeStage(demo, toDemo));
    const QString lost = add(m_rep, 2, 3200);
    VERIFY_OK(repo.changeStage(lost, Stage::Lost, u"price"_s));
    const QString won = add(m_rep, 3, 6400);
    OpportunityRepository::StageMove toWon;
    toWon.stage = Stage::Won;
    toWon.confirmSkip = true;
    PaymentMilestone pay;
    pay.dueAt = m_f.now() + 30 * day;
    pay.amount = 6400;
    toWon.milestones << pay;
    VERIFY_OK(repo.changeStage(won, toWon)); // closed now
    const QString gone = add(m_rep, 1, 12800);
    VERIFY_OK(m_f.db->execute(u"UPDATE opportunities SET deleted = 1 WHERE id = ?"_s, {gone}));
    const QString other = m_f.addRep(u"李娜"_s);
    const QString theirs = add(other, 0, 25600);

    const int leadStage = int(funnelStages().indexOf(Stage::Lead));
    const int demoStage = int(funnelStages().indexOf(Stage::Demo));
    const int wonStage = int(funnelStages().indexOf(Stage::Won));
    auto ids = [](const QList<Opportunity>& list) {
        QStringList out;
        for (const Opportunity& o : list)
            out << o.id;
        return out;
    };

    Result<OpportunityRepository::Board> mine = repo.board(QStringList{m_rep}, m_f.now() - 90 * day, 3);
    VERIFY_OK(mine);
    QCOMPARE(mine->totals.size(), funnelStages().size());
    // Every live lead counts, the three closing soonest are listed; the undated one would come last.
    QCOMPARE(mine->totals.at(leadStage), 4);
    QCOMPARE(mine->sums.at(leadStage), 100.0 + 200 + 400 + 800);
    QCOMPARE(ids(mine->first.at(leadStage)), (QStringList{sooner, soon, late}));
    QCOMPARE(ids(mine->first.at(demoStage)), QStringList{demo});
    QCOMPARE(mine->totals.at(wonStage), 1); // closed within the window
    QCOMPARE(mine->sums.at(wonStage), 6400.0);
    int listed = 0;
    for (const QList<Opportunity>& list : mine->first)
        listed += int(list.size());
    QCOMPARE(listed, 5); // not the lost, the deleted or the other owner's

    Result<OpportunityRepository::Board> all = repo.board(QStringList{m_rep}, m_f.now() + 1, 10);
    VERIFY_OK(all);
    QCOMPARE(ids(all->first.at(leadStage)), (QStringList{sooner, soon, late, undated}));
    QCOMPARE(all->totals.at(wonStage), 0); // closed before the window
    QVERIFY(all->first.at(wonStage).isEmpty());

    Result<OpportunityRepository::Board> organisation = repo.board(std::nullopt, m_f.now() - 90 * day, 10);
    VERIFY_OK(organisation);
    QCOMPARE(organisation->totals.at(leadStage), 5);
    QCOMPARE(organisation->first.at(leadStage).first().id, theirs);
    Result<OpportunityRepository::Board> both = repo.board(QStringList{m_rep, other}, m_f.now() - 90 * day, 10);
    VERIFY_OK(both);
    QCOMPARE(both->totals, organisation->totals);
    Result<OpportunityRepository::Board> nobody = repo.board(QStringList{}, m_f.now() - 90 * day, 10);
    VERIFY_OK(nobody);
    QCOMPARE(nobody->totals, QList<int>(funnelStages().size(), 0));
}

QTEST_GUILESS_MAIN(TestOpportunityRepository)
#include "tst_opportunityrepository.moc"
