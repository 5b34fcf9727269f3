// WalCheckpointer: checkpoints asked for while the writer's own are off copy the WAL into the file on the helper's
// connection, and one asked for before the end is still done.

#include "repositoryfixture.h"
#include "verifyok.h"

#include "storage/walcheckpointer.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace Stride;
using Stride::Test::RepositoryFixture;

class TestWalCheckpointer final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void copiesTheWalIntoTheFile();
    void finishesARequestWhenDestroyed();
    void watchedWriterAsksOnceTheWalIsLarge();
    void unwatchGivesTheWriterItsCheckpointBack();
    void requestsBeforeStartDoNothing();
    void unopenableFileIsAnError();

private:
    qint64 fileSize() const { return QFileInfo(m_f.db->path()).size(); }
    void writeRows(int n) {
        for (int i = 0; i < n; ++i)
            m_f.addCustomer(u"客户 %1 Trading Company with a long enough name"_s.arg(i));
    }
    // Frames in the WAL not yet copied into the file, as the writer's connection sees them.
    int uncopiedFrames() {
        QSqlQuery q = m_f.db->prepare(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(1).toInt() - q.value(2).toInt();
    }

    RepositoryFixture m_f;
};

void TestWalCheckpointer::init() {
    QVERIFY(m_f.open());
    VERIFY_OK(m_f.db->execute(u"PRAGMA wal_autocheckpoint = 0"_s));
}

void TestWalCheckpointer::copiesTheWalIntoTheFile() {
    WalCheckpointer checkpoints;
    VERIFY_OK(checkpoints.start(m_f.db->path()));
    const qint64 before = fileSize();
    writeRows(300);
    QCOMPARE(fileSize(), before); // nothing copied by the writer itself
    checkpoints.request();
    QTRY_COMPARE(checkpoints.done(), 1);
    QVERIFY(fileSize() > before);
    QCOMPARE(uncopiedFrames(), 0);
}

void TestWalCheckpointer::finishesARequestWhenDestroyed() {
    const qint64 before = fileSize();
    {
        WalCheckpointer checkpoints;
        VERIFY_OK(checkpoints.start(m_f.db->path()));
        writeRows(300);
        checkpoints.request();
    }
    QVERIFY(fileSize() > before);
}

void TestWalCheckpointer::watchedWriterAsksOnceTheWalIsLarge() {
    WalCheckpointer checkpoints;
    VERIFY_OK(checkpoints.start(m_f.db->path()));
    VERIFY_OK(m_f.db->execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)); // the schema's pages out of the WAL
    VERIFY_OK(checkpoints.watch(m_f.db->handle(), 200));
    writeRows(1);                        // a few pages of WAL
    QCOMPARE(checkpoints.requests(), 0); // asked for in the commit itself, so none is on its way
    QCOMPARE(checkpoints.done(), 0);
    const qint64 before = fileSize();
    writeRows(300);
    QTRY_VERIFY(checkpoints.done() >= 1);
    QTRY_VERIFY(fileSize() > before);
}

void TestWalCheckpointer::unwatchGivesTheWriterItsCheckpointBack() {
    WalCheckpointer checkpoints;
    VERIFY_OK(checkpoints.start(m_f.db->path()));
    VERIFY_OK(checkpoints.watch(m_f.db->handle(), 1000000));
    writeRows(300);
    QCOMPARE(checkpoints.done(), 0);
    VERIFY_OK(checkpoints.unwatch(m_f.db->handle()));
    QTRY_COMPARE(checkpoints.done(), 1); // the last one, asked for by unwatch()
    QSqlQuery q = m_f.db->prepare(u"PRAGMA wal_autocheckpoint"_s);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1000);
    QCOMPARE(uncopiedFrames(), 0);
}

void TestWalCheckpointer::requestsBeforeStartDoNothing() {
    WalCheckpointer checkpoints;
    QVERIFY(!checkpoints.running());
    checkpoints.request();
    QCOMPARE(checkpoints.done(), 0);
}

void TestWalCheckpointer::unopenableFileIsAnError() {
    WalCheckpointer checkpoints;
    const Status s = checkpoints.start(m_f.dir->filePath(u"missing/replica.sqlite"_s));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"missing/replica.sqlite"_s), qPrintable(s.error()));
    QVERIFY(!checkpoints.running());
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
