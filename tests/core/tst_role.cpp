#include "domain/role.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

Q_DECLARE_METATYPE(Stride::Role)

// The one place role names are read and written, and what each role may do.
class TestRole final : public QObject {
    Q_OBJECT
private slots:
    void namesRoundTrip_data();
    void namesRoundTrip();
    void unknownNamesAreUnknown_data();
    void unknownNamesAreUnknown();
    void rolesInPickerOrder();
    void whatEachRoleMayDo_data();
    void whatEachRoleMayDo();
};

void TestRole::namesRoundTrip_data() {
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("name");
    QTest::newRow("a rep") << Role::Rep << u"rep"_s;
    QTest::newRow("a supervisor") << Role::Supervisor << u"supervisor"_s;
    QTest::newRow("a director") << Role::Director << u"director"_s;
    QTest::newRow("an admin") << Role::Admin << u"admin"_s;
}

void TestRole::namesRoundTrip() {
    QFETCH(Role, role);
    QFETCH(QString, name);
    QCOMPARE(roleToString(role), name);
    QCOMPARE(roleFromString(name), role);
}

void TestRole::unknownNamesAreUnknown_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case is not a stored name") << u"Admin"_s;
    QTest::newRow("a label, not a name") << u"Sales rep"_s;
    QTest::newRow("padded") << u" rep"_s;
}

void TestRole::unknownNamesAreUnknown() {
    QFETCH(QString, name);
    QCOMPARE(roleFromString(name), Role::Unknown);
    QVERIFY(roleToString(Role::Unknown).isEmpty());
}

void TestRole::rolesInPickerOrder() {
    const QList<Role> expected{Role::Rep, Role::Supervisor, Role::Director, Role::Admin};
    QCOMPARE(allRoles(), expected);
    QCOMPARE(roleNames(), (QStringList{u"rep"_s, u"supervisor"_s, u"director"_s, u"admin"_s}));
}

void TestRole::whatEachRoleMayDo_data() {
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("leads");
    QTest::addColumn<bool>("seesAll");
    QTest::addColumn<bool>("pinsTier");
    QTest::addColumn<bool>("reassigns");
    QTest::addColumn<bool>("inATeam");
    QTest::newRow("a rep only their own") << Role::Rep << false << false << false << false << true;
    QTest::newRow("a supervisor their team") << Role::Supervisor << true << false << true << true << true;
    QTest::newRow("a director the organisation") << Role::Director << true << true << false << false << false;
    QTest::newRow("an admin everything") << Role::Admin << true << true << true << true << false;
    QTest::newRow("an unknown role nothing") << Role::Unknown << false << false << false << false << false;
}

void TestRole::whatEachRoleMayDo() {
    QFETCH(Role, role);
    QFETCH(bool, leads);
    QFETCH(bool, seesAll);
    QFETCH(bool, pinsTier);
    QFETCH(bool, reassigns);
    QFETCH(bool, inATeam);
    QCOMPARE(isSupervisorOrAbove(role), leads);
    QCOMPARE(seesWholeOrganisation(role), seesAll);
    QCOMPARE(canPinTier(role), pinsTier);
    QCOMPARE(canReassignTasks(role), reassigns);
    QCOMPARE(belongsToATeam(role), inATeam);
}

QTEST_GUILESS_MAIN(TestRole)
#include "tst_role.moc"
