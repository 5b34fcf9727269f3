// The Admin page: only administrators get it; what it saves through its widgets lands as synced rows with
// outbox entries; invalid input is refused with the message shown and nothing written; the rule editor
// round-trips the demo's rules; the preview lists the customers a condition hits.

#include "languagemanager.h"
#include "mainwindow.h"
#include "models/behaviourtypetablemodel.h"
#include "models/peopletablemodel.h"
#include "models/ruletablemodel.h"
#include "models/standardactiontablemodel.h"
#include "models/teamtablemodel.h"
#include "pages/adminpage.h"
#include "profilestore.h"
#include "storage/adminrepository.h"
#include "storage/database.h"
#include "uifixture.h"
#include "verifyok.h"
#include "widgets/policyeditor.h"
#include "widgets/ruleeditor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

constexpr int kWaitMs = 60000;

template <typename T> T* child(QWidget* parent, const QString& name) {
    T* w = parent->findChild<T*>(name);
    if (!w)
        qWarning() << "no widget" << name;
    return w;
}

void click(QWidget* parent, const QString& button) {
    QPushButton* b = child<QPushButton>(parent, button);
    QVERIFY(b);
    QTest::mouseClick(b, Qt::LeftButton);
}

void choose(QComboBox* box, const QString& data) {
    const int i = box->findData(data);
    QVERIFY2(i >= 0, qPrintable(u"no item "_s + data));
    box->setCurrentIndex(i);
}

// Defaults the engine assumes, written out, so two rules compare by meaning.
QJsonObject normalisedAction(QJsonObject action) {
    if (action.contains(u"tasks"_s)) {
        QJsonArray tasks;
        for (const QJsonValue& t : action.value(u"tasks"_s).toArray()) {
            QJsonObject o = t.toObject();
            if (!o.contains(u"due_days"_s))
                o.insert(u"due_days"_s, 7);
            tasks.append(o);
        }
        action.insert(u"tasks"_s, tasks);
    }
    return action;
}

QByteArray text(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool hasAdminPage(const MainWindow& w) {
    for (int i = 0; i < w.pageCount(); ++i)
        if (qobject_cast<AdminPage*>(w.page(i)))
            return true;
    return false;
}

} // namespace

class TestAdminPage final : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::UiFixture> m_f;
    std::unique_ptr<AdminPage> m_page;

    void openPage(const QString& role = u"admin"_s) {
        m_page.reset();
        m_f = std::make_unique<Test::UiFixture>(role);
        QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
        m_page = std::make_unique<AdminPage>(m_f->session());
        m_page->resize(1100, 680);
        m_page->show();
        QSignalSpy loaded(m_page.get(), &AdminPage::loaded);
        m_page->activate();
        QVERIFY(loaded.wait(kWaitMs));
    }
    qint64 outbox(const QString& entity, const QString& id = {}) {
        return m_f->count(u"SELECT count(*) FROM outbox WHERE entity = ? AND (? = '' OR row_id = ?)"_s,
                          {entity, id.isNull() ? u""_s : id, id});
    }
    qint64 organisationRows() {
        return m_f->count(u"SELECT (SELECT count(*) FROM teams) + (SELECT count(*) FROM reps) + (SELECT count(*) "
                          "FROM rules) + (SELECT count(*) FROM standard_actions) + (SELECT count(*) FROM "
                          "behaviour_types) + (SELECT count(*) FROM org_policy)"_s);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() {
        m_page.reset();
        m_f.reset();
    }

    void onlyAnAdministratorHasThePage() {
        Test::UiFixture f(u"rep"_s);
        VERIFY_OK(f);
        LanguageManager language;
        QVERIFY(language.setLanguage(u"en"_s));
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        MainWindow w(f.session(), language, profiles);
        w.show();
        auto* nav = w.findChild<QListWidget*>();
        QVERIFY(nav);
        QVERIFY(!hasAdminPage(w));
        QCOMPARE(nav->count(), int(MainWindow::PageCount));
        w.showPage(MainWindow::Admin); // no such page for a rep: nothing happens
        QCOMPARE(w.currentPage(), int(MainWindow::Today));

        QVERIFY(f.session().switchRole(u"admin"_s).ok());
        QVERIFY(hasAdminPage(w));
        QVERIFY(qobject_cast<AdminPage*>(w.page(MainWindow::Admin)));
        QCOMPARE(nav->count(), int(MainWindow::PageCount) + 1);
        QCOMPARE(nav->item(MainWindow::Admin)->text(), u"Admin"_s);
        w.showPage(MainWindow::Admin);
        QCOMPARE(w.currentPage(), int(MainWindow::Admin));

        QVERIFY(f.session().switchRole(u"supervisor"_s).ok());
        QVERIFY(!hasAdminPage(w));
        QCOMPARE(nav->count(), int(MainWindow::PageCount));
        QCOMPARE(w.currentPage(), int(MainWindow::Today));
        QTRY_VERIFY(!w.findChild<AdminPage*>());
    }

    void aNonAdminCannotSaveThroughThePage() {
        openPage(u"director"_s);
        const qint64 before = organisationRows();
        child<QLineEdit>(m_page.get(), u"teamName"_s)->setText(u"West"_s);
        click(m_page.get(), u"saveTeam"_s);
        QVERIFY(m_page->messageIsError());
        QVERIFY2(m_page->message().contains(u"Only an administrator"_s), qPrintable(m_page->message()));
        QCOMPARE(organisationRows(), before);
    }

    void modelsAreSound() {
        openPage();
        const QList<QAbstractItemModel*> models{m_page->teamModel(), m_page->peopleModel(), m_page->ruleModel(),
                                                m_page->actionModel(), m_page->behaviourModel()};
        for (QAbstractItemModel* m : models) {
            QVERIFY(m->rowCount() > 0);
            QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        QCOMPARE(m_page->ruleModel()->rowCount(), int(m_f->count(u"SELECT count(*) FROM rules"_s)));
        QCOMPARE(m_page->peopleModel()->rowCount(), int(m_f->count(u"SELECT count(*) FROM reps"_s)));
        // A reload after a save keeps the models sound too.
        QAbstractItemModelTester tester(m_page->teamModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        child<QLineEdit>(m_page.get(), u"teamName"_s)->setText(u"西南组"_s);
        QSignalSpy loaded(m_page.get(), &AdminPage::loaded);
        click(m_page.get(), u"saveTeam"_s);
        QVERIFY(loaded.wait(kWaitMs));
    }

    // Each kind of organisation row is added through the page's widgets, lands in its table and in the outbox,
    // and shows up where the page offers it next.
    void addsATeamAndAPersonInIt() {
        openPage();
        AdminPage* p = m_page.get();
        // A team.
        click(p, u"saveTeam"_s); // the empty form first: refused
        QVERIFY(p->messageIsError());
        child<QLineEdit>(p, u"teamName"_s)->setText(u"西南销售1组"_s);
        child<QLineEdit>(p, u"teamRegion"_s)->setText(u"西南"_s);
        QComboBox* supervisor = child<QComboBox>(p, u"teamSupervisor"_s);
        QVERIFY(supervisor->count() > 1);
        supervisor->setCurrentIndex(1);
        click(p, u"saveTeam"_s);
        QVERIFY2(!p->messageIsError(), qPrintable(p->message()));
        QCOMPARE(m_f->count(u"SELECT count(*) FROM teams WHERE name = '西南销售1组' AND region = '西南'"_s), 1);
        QCOMPARE(m_f->count(u"SELECT count(*) FROM outbox o JOIN teams t ON t.id = o.row_id WHERE o.entity = "
                            "'teams' AND t.name = '西南销售1组'"_s),
                 1);
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(p, u"personTeam"_s)->findText(u"西南销售1组"_s) >= 0, kWaitMs);

        // A person in it.
        child<QLineEdit>(p, u"personName"_s)->setText(u"周敏"_s);
        child<QLineEdit>(p, u"personNameEn"_s)->setText(u"Zhou Min"_s);
        child<QLineEdit>(p, u"personEmail"_s)->setText(u"zhou.min@example.cn"_s);
        choose(child<QComboBox>(p, u"personRole"_s), u"rep"_s);
        QComboBox* team = child<QComboBox>(p, u"personTeam"_s);
        team->setCurrentIndex(team->findText(u"西南销售1组"_s));
        click(p, u"savePerson"_s);
        QVERIFY2(!p->messageIsError(), qPrintable(p->message()));
        QCOMPARE(m_f->count(u"SELECT count(*) FROM reps r JOIN teams t ON t.id = r.team_id WHERE r.name = '周敏' AND "
                            "t.name = '西南销售1组' AND r.email = 'zhou.min@example.cn' AND r.role = 'rep'"_s),
                 1);
        QCOMPARE(m_f->count(u"SELECT count(*) FROM outbox o JOIN reps r ON r.id = o.row_id WHERE o.entity = 'reps' "
                            "AND r.name = '周敏'"_s),
                 1);
    }

    void addsABehaviourTypeAndAnActionItFulfils() {
        openPage();
        AdminPage* p = m_page.get();
        // A behaviour type.
        child<QLineEdit>(p, u"behaviourCode"_s)->setText(u"site_survey"_s);
        child<QLineEdit>(p, u"behaviourName"_s)->setText(u"Site survey"_s);
        child<QLineEdit>(p, u"behaviourNameZh"_s)->setText(u"现场勘察"_s);
        child<QComboBox>(p, u"behaviourCategory"_s)->setEditText(u"discovery"_s);
        child<QSpinBox>(p, u"behaviourPoints"_s)->setValue(7);
        click(p, u"saveBehaviour"_s);
        QVERIFY2(!p->messageIsError(), qPrintable(p->message()));
        QCOMPARE(m_f->count(u"SELECT count(*) FROM behaviour_types WHERE code = 'site_survey' AND points = 7 AND "
                            "category = 'discovery'"_s),
                 1);
        QCOMPARE(m_f->count(u"SELECT count(*) FROM outbox o JOIN behaviour_types b ON b.id = o.row_id WHERE "
                            "o.entity = 'behaviour_types' AND b.code = 'site_survey'"_s),
                 1);
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(p, u"actionBehaviour"_s)->findData(u"site_survey"_s) >= 0, kWaitMs);

        // A standard action fulfilled by it.
        child<QLineEdit>(p, u"actionName"_s)->setText(u"Site survey within 72 h of first contact"_s);
        child<QLineEdit>(p, u"actionNameZh"_s)->setText(u"首次触达后 72 小时内现场勘察"_s);
        choose(child<QComboBox>(p, u"actionStage"_s), u"contact"_s);
        choose(child<QComboBox>(p, u"actionBehaviour"_s), u"site_survey"_s);
        child<QSpinBox>(p, u"actionDeadline"_s)->setValue(72);
        click(p, u"saveAction"_s);
        QVERIFY2(!p->messageIsError(), qPrintable(p->message()));
        QCOMPARE(m_f->count(u"SELECT count(*) FROM standard_actions WHERE action_code = 'site_survey' AND "
                            "deadline_hours = 72 AND trigger_stage = 'contact' AND active = 1"_s),
                 1);
        QCOMPARE(m_f->count(u"SELECT count(*) FROM outbox o JOIN standard_actions a ON a.id = o.row_id WHERE "
                            "o.entity = 'standard_actions' AND a.action_code = 'site_survey'"_s),
                 1);
    }

    void addsARuleAndDisablesIt() {
        openPage();
        AdminPage* p = m_page.get();
        // A rule: retail customers that are unhappy get a call within 3 days.
        RuleEditor* e = p->ruleEditor();
        e->clear();
        e->nameEdit()->setText(u"Unhappy retail customers: call within 3 days"_s);
        e->nameZhEdit()->setText(u"不满意的零售客户：3 天内回访"_s);
        e->fieldBox(0)->setCurrentIndex(e->fieldBox(0)->findData(u"industry"_s));
        e->operatorBox(0)->setCurrentIndex(e->operatorBox(0)->findData(u"eq"_s));
        e->setConditionValue(0, u"retail"_s);
        click(e, u"addCondition"_s);
        QCOMPARE(e->conditionCount(), 2);
        e->fieldBox(1)->setCurrentIndex(e->fieldBox(1)->findData(u"satisfaction"_s));
        e->operatorBox(1)->setCurrentIndex(e->operatorBox(1)->findData(u"lt"_s));
        e->setConditionValue(1, 50);
        choose(e->actionBox(), u"create_tasks"_s);
        e->taskTitleEdit(0)->setText(u"回访电话"_s);
        e->taskDueBox(0)->setValue(3);
        click(p, u"saveRule"_s);
        QVERIFY2(!p->messageIsError(), qPrintable(p->message()));
        Result<QSqlQuery> q = m_f->session().database().exec(
            u"SELECT id, condition_json, action_json, active, name_zh FROM rules WHERE name = ?"_s,
            {u"Unhappy retail customers: call within 3 days"_s});
        QVERIFY(q && q->next());
        const QString ruleId = q->value(0).toString();
        QCOMPARE(
            QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object(),
            QJsonDocument::fromJson(
                R"({"all":[{"field":"industry","op":"eq","value":"retail"},{"field":"satisfaction","op":"lt","value":50}]})")
                .object());
        QCOMPARE(
            QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object(),
            QJsonDocument::fromJson(R"({"type":"create_tasks","tasks":[{"title":"回访电话","due_days":3}]})").object());
        QCOMPARE(q->value(3).toInt(), 1);
        QCOMPARE(q->value(4).toString(), u"不满意的零售客户：3 天内回访"_s);
        q->finish();
        QCOMPARE(outbox(u"rules"_s, ruleId), 1);
        QCOMPARE(e->ruleId(), ruleId); // the form stays on the saved rule

        // Disabling it is one more synced edit of its flag.
        QTRY_VERIFY_WITH_TIMEOUT(p->ruleModel()->rowOf(ruleId) >= 0, kWaitMs);
        click(p, u"toggleRule"_s);
        QVERIFY2(!p->messageIsError(), qPrintable(p->message()));
        QCOMPARE(m_f->count(u"SELECT active FROM rules WHERE id = ?"_s, {ruleId}), 0);
        QCOMPARE(outbox(u"rules"_s, ruleId), 2);
        QTRY_COMPARE_WITH_TIMEOUT(
            p->ruleModel()
                ->data(p->ruleModel()->index(p->ruleModel()->rowOf(ruleId), RuleTableModel::Status))
                .toString(),
            u"Disabled"_s, kWaitMs);
    }

    void savesThePolicyWithWhoChangedIt() {
        openPage();
        AdminPage* p = m_page.get();
        // The policy: weights and a dwell threshold, recorded with who changed them.
        PolicyEditor* policy = p->policyEditor();
        policy->weightBox(0)->setValue(0.5);
        policy->weightBox(1)->setValue(0.25);
        policy->weightBox(2)->setValue(0.25);
        policy->redBox(u"demo"_s)->setValue(10);
        click(p, u"savePolicy"_s);
        QVERIFY2(!p->messageIsError(), qPrintable(p->message()));
        QCOMPARE(m_f->count(u"SELECT count(*) FROM org_policy WHERE id IN ('score.weights', 'dwell.thresholds') AND "
                            "updated_by = ?"_s,
                            {m_f->session().user().name}),
                 2);
        QCOMPARE(outbox(u"org_policy"_s), 2);

        // The organisation's time zone and name: the days and months of every replica follow it.
        policy->timeZoneBox()->setCurrentIndex(policy->timeZoneBox()->findData(u"Europe/Berlin"_s));
        policy->nameEdit()->setText(u"杭州示例贸易有限公司"_s);
        click(p, u"savePolicy"_s);
        QVERIFY2(!p->messageIsError(), qPrintable(p->message()));
        QCOMPARE(m_f->count(u"SELECT count(*) FROM org_policy WHERE id = 'org.timezone' AND value = ?"_s,
                            {u"\"Europe/Berlin\""_s}),
                 1);
        QCOMPARE(m_f->count(u"SELECT count(*) FROM org_policy WHERE id = 'org.name' AND value = ?"_s,
                            {u"\"杭州示例贸易有限公司\""_s}),
                 1);
        QCOMPARE(outbox(u"org_policy"_s), 4);
    }

    void refusesInvalidInputWithTheMessage_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("weights not summing to 1") << u"weights"_s << u"the weights sum to 1.2, not 1"_s;
        QTest::newRow("tier B above tier A") << u"tiers"_s << u"tiers out of order"_s;
        QTest::newRow("a team with no name") << u"team"_s << u"a team needs a name"_s;
        QTest::newRow("a person with no name") << u"person"_s << u"a person needs a name"_s;
        QTest::newRow("a standard action due in 0 hours") << u"deadline"_s << u"at least one hour"_s;
        QTest::newRow("a behaviour type with no name") << u"behaviour"_s << u"a behaviour type needs a name"_s;
        QTest::newRow("a rule with no condition") << u"rule"_s << u"a rule needs at least one condition"_s;
        QTest::newRow("a rule with a task without a title") << u"task"_s << u"every task needs a title"_s;
    }
    void refusesInvalidInputWithTheMessage() {
        QFETCH(QString, what);
        QFETCH(QString, message);
        openPage();
        AdminPage* p = m_page.get();
        const qint64 rows = organisationRows();
        const qint64 edits = m_f->count(u"SELECT count(*) FROM outbox"_s);
        if (what == u"weights"_s) {
            p->policyEditor()->weightBox(0)->setValue(0.6);
            click(p, u"savePolicy"_s);
        } else if (what == u"tiers"_s) {
            p->policyEditor()->tierABox()->setValue(50);
            click(p, u"savePolicy"_s);
        } else if (what == u"team"_s) {
            child<QLineEdit>(p, u"teamName"_s)->setText(u"   "_s);
            click(p, u"saveTeam"_s);
        } else if (what == u"person"_s) {
            child<QLineEdit>(p, u"personEmail"_s)->setText(u"someone@example.cn"_s);
            click(p, u"savePerson"_s);
        } else if (what == u"deadline"_s) {
            child<QLineEdit>(p, u"actionName"_s)->setText(u"Instant reply"_s);
            child<QSpinBox>(p, u"actionDeadline"_s)->setValue(0);
            click(p, u"saveAction"_s);
        } else if (what == u"behaviour"_s) {
            child<QLineEdit>(p, u"behaviourCode"_s)->setText(u"nameless"_s);
            child<QComboBox>(p, u"behaviourCategory"_s)->setEditText(u"service"_s);
            click(p, u"saveBehaviour"_s);
        } else if (what == u"rule"_s) {
            RuleEditor* e = p->ruleEditor();
            e->clear();
            e->nameEdit()->setText(u"Everyone"_s);
            e->taskTitleEdit(0)->setText(u"Call"_s);
            while (e->conditionCount() > 0)
                e->removeCondition(0);
            click(p, u"saveRule"_s);
        } else if (what == u"task"_s) {
            RuleEditor* e = p->ruleEditor();
            e->clear();
            e->nameEdit()->setText(u"Tier A"_s);
            e->setConditionValue(0, u"x"_s);
            click(p, u"saveRule"_s);
        }
        QVERIFY(p->messageIsError());
        QVERIFY2(p->message().contains(message), qPrintable(p->message()));
        QCOMPARE(child<QLabel>(p, u"adminMessage"_s)->text(), p->message());
        QCOMPARE(organisationRows(), rows);
        QCOMPARE(m_f->count(u"SELECT count(*) FROM outbox"_s), edits);
    }

    void ruleEditorRoundTripsTheDemoRules() {
        openPage();
        Result<QList<Rule>> rules = AdminRepository(m_f->session().store()).rules();
        QVERIFY(rules && rules->size() >= 6);
        RuleEditor editor;
        for (const Rule& r : std::as_const(*rules)) {
            const Status shown = editor.setRule(r);
            QVERIFY2(shown.ok(), qPrintable(r.name + u": "_s + shown.error()));
            const QJsonObject condition = QJsonDocument::fromJson(r.conditionJson.toUtf8()).object();
            const QJsonObject action = QJsonDocument::fromJson(r.actionJson.toUtf8()).object();
            QCOMPARE(text(editor.condition()), text(condition));
            QCOMPARE(text(normalisedAction(editor.action())), text(normalisedAction(action)));
            const Rule back = editor.rule();
            QCOMPARE(back.id, r.id);
            QCOMPARE(back.name, r.name);
            QCOMPARE(back.active, r.active);
            QVERIFY2(AdminRepository::validateRule(back).ok(), qPrintable(r.name));
        }
        // What the form cannot show is refused, the form unchanged.
        const QByteArray before = text(editor.condition());
        Rule nested;
        nested.name = u"Nested"_s;
        nested.conditionJson = uR"({"any":[{"all":[{"field":"tier","op":"eq","value":"A"}]}]})"_s;
        nested.actionJson = uR"({"type":"visit_due","every_days":7})"_s;
        QVERIFY(!editor.setRule(nested));
        Rule unknownAction = nested;
        unknownAction.conditionJson = uR"({"all":[{"field":"tier","op":"eq","value":"A"}]})"_s;
        unknownAction.actionJson = uR"({"type":"send_flowers"})"_s;
        QVERIFY(!editor.setRule(unknownAction));
        QCOMPARE(text(editor.condition()), before);
        QCOMPARE(editor.rule().name, rules->last().name);

        // Selecting a rule in the list shows it in the page's editor.
        const int row = m_page->ruleModel()->rowOf(rules->first().id);
        QVERIFY(row >= 0);
        auto* view = m_page->findChild<QTableView*>(u"ruleTable"_s);
        QVERIFY(view);
        view->setCurrentIndex(m_page->ruleModel()->index(row, 0));
        QCOMPARE(m_page->ruleEditor()->ruleId(), rules->first().id);
        QCOMPARE(m_page->ruleEditor()->nameEdit()->text(), rules->first().name);
        QCOMPARE(m_page->ruleEditor()->nameZhEdit()->text(), rules->first().nameZh); // kept, not wiped, on a save
    }

    void previewListsTheCustomersARuleHits_data() {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("expected"); // SQL: the names of the customers hit, in the preview's order
        QTest::newRow("tier A customers") << uR"({"all":[{"field":"tier","op":"eq","value":"A"}]})"_s
                                          << u"SELECT c.name FROM customers c LEFT JOIN customer_scores s ON "
                                             "s.customer_id = c.id WHERE c.deleted = 0 AND COALESCE(NULLIF(c.tier, "
                                             "''), s.tier) = 'A' ORDER BY c.name, c.id"_s;
        QTest::newRow("retail or unhappy")
            << uR"({"any":[{"field":"industry","op":"eq","value":"retail"},{"field":"satisfaction","op":"lt","value":40}]})"_s
            << u"SELECT name FROM customers WHERE deleted = 0 AND (industry = 'retail' OR (satisfaction IS NOT NULL "
               "AND satisfaction < 40)) ORDER BY name, id"_s;
        QTest::newRow("a deal idle in demo for more than 7 days")
            << uR"({"all":[{"field":"stage","op":"eq","value":"demo"},{"field":"days_in_stage","op":"gt","value":7}]})"_s
            << u"SELECT c.name FROM customers c WHERE c.deleted = 0 AND EXISTS (SELECT 1 FROM opportunities o WHERE "
               "o.customer_id = c.id AND o.deleted = 0 AND o.stage = 'demo' AND (:now - COALESCE(o.stage_entered_at, "
               "o.created_at, 0)) > 7 * 86400) ORDER BY c.name, c.id"_s;
    }
    void previewListsTheCustomersARuleHits() {
        QFETCH(QString, condition);
        QFETCH(QString, expected);
        openPage();
        QStringList names;
        {
            Result<QSqlQuery> q = m_f->session().database().exec(
                QString(expected).replace(u":now"_s, QString::number(m_f->clock().nowSecs())));
            VERIFY_OK(q);
            while (q->next())
                names << q->value(0).toString();
        }
        QVERIFY2(!names.isEmpty(), "the fixture has customers of this kind");
        Rule r;
        r.name = u"Preview"_s;
        r.conditionJson = condition;
        r.actionJson = uR"({"type":"escalate","to":"supervisor"})"_s;
        QVERIFY(m_page->ruleEditor()->setRule(r).ok());
        QSignalSpy shown(m_page.get(), &AdminPage::previewShown);
        click(m_page.get(), u"previewRule"_s);
        QVERIFY(shown.wait(kWaitMs));
        QStringList listed;
        for (int i = 0; i < m_page->previewList()->topLevelItemCount(); ++i)
            listed << m_page->previewList()->topLevelItem(i)->text(0);
        QCOMPARE(listed, names.mid(0, 50));
        QVERIFY2(m_page->previewSummary().contains(QString::number(names.size())),
                 qPrintable(m_page->previewSummary()));
    }
};

QTEST_MAIN(TestAdminPage)
#include "tst_adminpage.moc"
