// The app acts as the replica's signed-in user (ReplicaUserStore): the Session reads it first, and a new
// customer belongs to that user's rep.
#include "dialogs/customereditdialog.h"
#include "storage/orgrepository.h"
#include "storage/replicauserstore.h"
#include "uifixture.h"
#include "verifyok.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {
// An active rep of `role` other than `other`, in a team.
Rep someone(Test::UiFixture& f, const QString& role, const QString& other = {}) {
    OrgRepository org(f.session().store());
    const Result<QList<Rep>> reps = org.repsWithRole(role);
    if (reps) {
        for (const Rep& r : *reps) {
            if (r.active && r.id != other && !r.teamId.isEmpty())
                return r;
        }
    }
    // The small demo may have no second one: a new colleague in the acting user's team.
    const Result<QList<Team>> teams = org.teams();
    Rep r;
    r.name = u"李娜"_s;
    r.role = role;
    r.teamId = teams && !teams->isEmpty() ? teams->first().id : QString();
    r.email = u"li.na@acme.cn"_s;
    const Result<QString> id = org.saveRep(r);
    if (id)
        r.id = *id;
    return r;
}
} // namespace

class TestCustomerOwner final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theSessionActsAsTheSignedInUser() {
        Test::UiFixture f;
        VERIFY_OK(f);
        const Rep li = someone(f, u"rep"_s, f.session().user().id);
        QVERIFY(!li.id.isEmpty());
        QVERIFY(f.session().user().id != li.id);
        QSignalSpy changed(&f.session(), &Session::userChanged);
        QVERIFY(ReplicaUserStore::save(f.session().database(), {u"li.na@acme.cn"_s, u"rep"_s, li.id, li.teamId}));
        f.session().refreshUser();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.session().user().id, li.id);
        QCOMPARE(f.session().user().name, li.name); // the reps row's name, not the account's
        QCOMPARE(f.session().user().teamId, li.teamId);
        QVERIFY(f.session().user().isRep());
        QVERIFY(!f.session().user().isManager());
        f.session().refreshUser(); // nothing changed: no signal
        QCOMPARE(changed.count(), 1);

        // The ids come from the sign-in: a rep whose row has not arrived yet is still who acts.
        QVERIFY(ReplicaUserStore::save(f.session().database(), {u"new@acme.cn"_s, u"rep"_s, u"r-new"_s, li.teamId}));
        f.session().refreshUser();
        QCOMPARE(f.session().user().id, u"r-new"_s);
        QCOMPARE(f.session().user().name, u"new@acme.cn"_s);
        CustomerEditDialog dialog(f.session(), {});
        QCOMPARE(dialog.ownerBox()->currentData().toString(), u"r-new"_s);
        QCOMPARE(dialog.ownerBox()->currentText(), u"new@acme.cn"_s);
    }

    void aNewCustomerBelongsToTheSignedInRep() {
        Test::UiFixture f;
        VERIFY_OK(f);
        const Rep li = someone(f, u"rep"_s, f.session().user().id);
        QVERIFY(ReplicaUserStore::save(f.session().database(), {u"li.na@acme.cn"_s, u"rep"_s, li.id, li.teamId}));
        f.session().refreshUser();

        CustomerEditDialog dialog(f.session(), {});
        QComboBox* owner = dialog.ownerBox();
        QVERIFY(owner);
        QCOMPARE(owner->currentData().toString(), li.id);
        QCOMPARE(owner->currentText(), li.name);
        QVERIFY(!owner->isEnabled()); // a rep adds customers of their own only
        dialog.findChild<QLineEdit*>(u"name"_s)->setText(u"杭州测试有限公司"_s);
        auto* industry = dialog.findChild<QComboBox*>(u"industry"_s);
        industry->setCurrentIndex(1);
        dialog.accept();
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.lastError()));
        QCOMPARE(f.count(u"SELECT count(*) FROM customers WHERE id = ? AND owner_id = ?"_s, {dialog.savedId(), li.id}),
                 1);
        QCOMPARE(
            f.count(u"SELECT count(*) FROM outbox WHERE entity = 'customers' AND row_id = ?"_s, {dialog.savedId()}), 1);

        // Editing keeps the owner.
        CustomerEditDialog edit(f.session(), dialog.savedId());
        QCOMPARE(edit.ownerBox()->currentData().toString(), li.id);
        QVERIFY(!edit.ownerBox()->isEnabled());
    }

    void aSupervisorPicksAnOwnerOfTheTeamStartingWithThemselves() {
        Test::UiFixture f(u"supervisor"_s);
        VERIFY_OK(f);
        const Rep sup = someone(f, u"supervisor"_s);
        QVERIFY(!sup.id.isEmpty());
        QVERIFY(
            ReplicaUserStore::save(f.session().database(), {u"zhao@acme.cn"_s, u"supervisor"_s, sup.id, sup.teamId}));
        f.session().refreshUser();
        QVERIFY(f.session().user().isSupervisor());

        CustomerEditDialog dialog(f.session(), {});
        QComboBox* owner = dialog.ownerBox();
        QVERIFY(owner->isEnabled());
        QCOMPARE(owner->currentData().toString(), sup.id);
        const Result<QList<Rep>> team = OrgRepository(f.session().store()).teamMembers(sup.teamId);
        QVERIFY(team.ok());
        for (int i = 1; i < owner->count(); ++i) {
            const QString id = owner->itemData(i).toString();
            QVERIFY2(std::any_of(team->cbegin(), team->cend(), [&](const Rep& r) { return r.id == id; }),
                     qPrintable(id)); // only the team: the server refuses other owners
        }
        QVERIFY(owner->count() > 2);
        owner->setCurrentIndex(owner->count() - 1);
        const QString picked = owner->currentData().toString();
        dialog.findChild<QLineEdit*>(u"name"_s)->setText(u"宁波客户"_s);
        dialog.findChild<QComboBox*>(u"industry"_s)->setCurrentIndex(1);
        dialog.accept();
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.lastError()));
        QCOMPARE(f.count(u"SELECT count(*) FROM customers WHERE id = ? AND owner_id = ?"_s, {dialog.savedId(), picked}),
                 1);
    }

    void aManagerWithoutARepMustChooseTheOwner() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        QVERIFY(ReplicaUserStore::save(f.session().database(), {u"admin"_s, u"admin"_s, QString(), QString()}));
        f.session().refreshUser();
        QVERIFY(f.session().user().id.isEmpty());
        QVERIFY(f.session().user().isManager());

        CustomerEditDialog dialog(f.session(), {});
        QVERIFY(dialog.ownerBox()->isEnabled());
        QVERIFY(dialog.ownerBox()->currentData().toString().isEmpty());
        dialog.findChild<QLineEdit*>(u"name"_s)->setText(u"温州客户"_s);
        dialog.findChild<QComboBox*>(u"industry"_s)->setCurrentIndex(1);
        const qint64 before = f.count(u"SELECT count(*) FROM customers"_s);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.lastError().contains(u"owner"_s), qPrintable(dialog.lastError()));
        QCOMPARE(f.count(u"SELECT count(*) FROM customers"_s), before);
        dialog.ownerBox()->setCurrentIndex(1);
        dialog.accept();
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.lastError()));
    }
};

QTEST_MAIN(TestCustomerOwner)
#include "tst_customerowner.moc"
