#include "pages/knowledgepage.h"
#include "storage/database.h"
#include "uifixture.h"
#include "verifyok.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

constexpr int kWaitMs = 30000;

QStringList idsIn(const QListWidget* list) {
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        const QString id = list->item(i)->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

} // namespace

class TestKnowledge final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void supervisorApprovesAndRejects() {
        Test::UiFixture f(u"supervisor"_s);
        VERIFY_OK(f);
        KnowledgePage page(f.session());
        page.show();
        QSignalSpy pending(&page, &KnowledgePage::pendingShown);
        QSignalSpy approved(&page, &KnowledgePage::approvedShown);
        page.activate();
        QTRY_VERIFY_WITH_TIMEOUT(pending.count() == 1 && approved.count() == 1, kWaitMs);
        const qint64 pendingInDb = f.count(u"SELECT COUNT(*) FROM insights i JOIN reps r ON r.id = i.rep_id WHERE "
                                           "i.deleted = 0 AND i.status = 'pending' AND r.team_id = ?"_s,
                                           {f.session().user().teamId});
        QVERIFY(pendingInDb >= 2);
        QCOMPARE(page.pendingList()->count(), int(pendingInDb));
        QVERIFY(!page.approveButton()->isEnabled()); // nothing selected yet

        const QString id = page.pendingList()->item(0)->data(Qt::UserRole).toString();
        QVERIFY(!idsIn(page.approvedList()).contains(id));
        page.pendingList()->item(0)->setSelected(true);
        QVERIFY(page.approveButton()->isEnabled());
        QTest::mouseClick(page.approveButton(), Qt::LeftButton);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM insights WHERE id = ? AND status = 'approved' AND approved_by = ?"_s,
                         {id, f.session().user().id}),
                 1);
        QTRY_VERIFY_WITH_TIMEOUT(pending.count() == 2 && approved.count() == 2 && !page.isBusy(), kWaitMs);
        QVERIFY(!idsIn(page.pendingList()).contains(id));
        QVERIFY(idsIn(page.approvedList()).contains(id));
        QCOMPARE(page.pendingList()->count(), int(pendingInDb - 1));

        const QString other = page.pendingList()->item(0)->data(Qt::UserRole).toString();
        page.pendingList()->item(0)->setSelected(true);
        QTest::mouseClick(page.rejectButton(), Qt::LeftButton);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM insights WHERE id = ? AND status = 'rejected'"_s, {other}), 1);
        QTRY_VERIFY_WITH_TIMEOUT(pending.count() == 3 && approved.count() == 3 && !page.isBusy(), kWaitMs);
        QVERIFY(!idsIn(page.pendingList()).contains(other));
        QVERIFY(!idsIn(page.approvedList()).contains(other));
        // Both writes went through the outbox, to be synced.
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM outbox WHERE entity = 'insights' AND row_id IN (?, ?)"_s, {id, other}),
                 2);
    }

    void repCannotApprove() {
        Test::UiFixture f(u"rep"_s);
        VERIFY_OK(f);
        KnowledgePage page(f.session());
        page.show();
        QSignalSpy pending(&page, &KnowledgePage::pendingShown);
        page.activate();
        QTRY_COMPARE_WITH_TIMEOUT(pending.count(), 1, kWaitMs);
        for (int i = 0; i < page.pendingList()->count(); ++i) // only the rep's own
            QVERIFY(f.count(u"SELECT COUNT(*) FROM insights WHERE id = ? AND rep_id = ?"_s,
                            {page.pendingList()->item(i)->data(Qt::UserRole), f.session().user().id}) == 1);
        if (page.pendingList()->count() > 0)
            page.pendingList()->item(0)->setSelected(true);
        QVERIFY(!page.approveButton()->isEnabled());
        QVERIFY(!page.review(true));
        QVERIFY(!page.statusText().isEmpty());
    }

    void searchFiltersByTagsAndText_data() {
        QTest::addColumn<QString>("industry");
        QTest::addColumn<QString>("objection");
        QTest::newRow("industry") << u"healthcare"_s << QString();
        QTest::newRow("objection type") << QString() << u"price"_s;
        QTest::newRow("both") << u"retail"_s << u"competitor"_s;
    }
    void searchFiltersByTagsAndText() {
        QFETCH(QString, industry);
        QFETCH(QString, objection);
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        KnowledgePage page(f.session());
        page.show();
        QSignalSpy approved(&page, &KnowledgePage::approvedShown);
        page.activate();
        QTRY_COMPARE_WITH_TIMEOUT(approved.count(), 1, kWaitMs);
        const qint64 all = f.count(u"SELECT COUNT(*) FROM insights WHERE deleted = 0 AND status = 'approved'"_s);
        QCOMPARE(idsIn(page.approvedList()).size(), int(std::min<qint64>(all, 50)));

        QComboBox* industries = page.industryBox();
        QComboBox* objections = page.objectionBox();
        industries->setCurrentIndex(industries->findData(industry));
        objections->setCurrentIndex(objections->findData(objection));
        QVERIFY(industries->currentIndex() >= 0 && objections->currentIndex() >= 0);
        emit objections->activated(objections->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(approved.count(), 2, kWaitMs);
        const qint64 expected =
            f.count(u"SELECT COUNT(*) FROM insights WHERE deleted = 0 AND status = 'approved' "
                    "AND (COALESCE(?, '') = '' OR industry = ?) AND (COALESCE(?, '') = '' OR objection_type = ?)"_s,
                    {industry, industry, objection, objection});
        QVERIFY(expected > 0);
        QCOMPARE(idsIn(page.approvedList()).size(), int(expected));

        // Text narrows further: an insight's own words find it.
        const QString id = page.approvedList()->item(0)->data(Qt::UserRole).toString();
        Result<QSqlQuery> q = f.session().database().exec(u"SELECT text FROM insights WHERE id = ?"_s, {id});
        QVERIFY(q && q->next());
        const QString words = q->value(0).toString();
        q->finish();
        page.searchEdit()->setText(words);
        QTRY_COMPARE_WITH_TIMEOUT(approved.count(), 3, kWaitMs);
        QVERIFY2(idsIn(page.approvedList()).contains(id), qPrintable(words));
        QVERIFY(idsIn(page.approvedList()).size() <= int(expected));
    }
};

QTEST_MAIN(TestKnowledge)
#include "tst_knowledge.moc"
