#include "repositoryfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Stride::Test {

bool RepositoryFixture::open() {
    QStandardPaths::setTestModeEnabled(true);
    store.reset();
    db.reset();
    dir = std::make_unique<QTemporaryDir>();
    clock.set(start());
    auto opened = Database::open(dir->filePath(u"replica.sqlite"_s));
    if (!opened) {
        qWarning() << opened.error();
        return false;
    }
    db = std::move(opened.value());
    store = std::make_unique<EntityStore>(*db, clock);
    return true;
}

QString RepositoryFixture::save(const QString& entity, const QVariantMap& fields) {
    auto id = store->save(entity, QString(), fields);
    if (!id)
        qWarning() << "seed failed:" << entity << id.error();
    return id.valueOr(QString());
}

QString RepositoryFixture::addTeam(const QString& name, const QString& supervisorId) {
    QVariantMap fields{{u"name"_s, name}};
    if (!supervisorId.isEmpty())
        fields.insert(u"supervisor_id"_s, supervisorId);
    return save(u"teams"_s, fields);
}

QString RepositoryFixture::addRep(const QString& name, const QString& teamId, const QString& role) {
    QVariantMap fields{{u"name"_s, name}, {u"role"_s, role}, {u"active"_s, 1}};
    if (!teamId.isEmpty())
        fields.insert(u"team_id"_s, teamId);
    return save(u"reps"_s, fields);
}

QString RepositoryFixture::addCustomer(const QString& name, const QString& ownerId, QVariantMap more) {
    more.insert(u"name"_s, name);
    if (!ownerId.isEmpty())
        more.insert(u"owner_id"_s, ownerId);
    return save(u"customers"_s, more);
}

void RepositoryFixture::setVersion(const QString& entity, const QString& id, qint64 version) {
    QVERIFY(db->execute(u"UPDATE %1 SET version = ? WHERE id = ?"_s.arg(entity), {version, id}).ok());
}

QList<OutboxEntry> RepositoryFixture::outbox(const QString& entity, const QString& rowId) const {
    auto q = db->exec(u"SELECT entity, row_id, op, fields, base, base_version FROM outbox WHERE entity = ? AND "
                      "(? = '' OR row_id = ?) ORDER BY mutation_id"_s,
                      {entity, rowId.isNull() ? u""_s : rowId, rowId});
    QList<OutboxEntry> out;
    while (q && q->next()) {
        out << OutboxEntry{q->value(0).toString(),
                           q->value(1).toString(),
                           q->value(2).toString(),
                           QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object().toVariantMap(),
                           QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object().toVariantMap(),
                           q->value(5).toLongLong()};
    }
    return out;
}

qint64 RepositoryFixture::outboxCount() const {
    auto q = db->exec(u"SELECT count(*) FROM outbox"_s);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

qint64 RepositoryFixture::scalar(const QString& sql, const QVariantList& values) const {
    auto q = db->exec(sql, values);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace Stride::Test
