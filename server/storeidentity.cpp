#include "storeidentity.h"

#include "serverdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Stride::Server {

Result<QMap<QString, qint64>> StoreIdentity::restoredFrom(ServerDatabase& db) {
    Result<QSqlQuery> q = db.exec(u"SELECT value FROM server_meta WHERE key = 'restored_from'"_s);
    if (!q)
        return fail(q.error());
    QMap<QString, qint64> out;
    if (!q->next())
        return out;
    const QJsonObject o = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    q->finish();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), qint64(it.value().toDouble()));
    return out;
}

Result<QString> StoreIdentity::markRestored(ServerDatabase& db) {
    if (Status s = db.beginWrite(); !s)
        return fail(s.error());
    auto abort = [&db](const QString& why) {
        db.rollback();
        return fail(u"cannot give the restored store a new identity: %1"_s.arg(why));
    };
    Result<qint64> head = db.lockCounter();
    if (!head)
        return abort(head.error());
    Result<QString> old = db.instanceId();
    if (!old)
        return abort(old.error());
    Result<QMap<QString, qint64>> lineage = restoredFrom(db);
    if (!lineage)
        return abort(lineage.error());
    // What the store shares with an older instance cannot reach past what it shares with the one restored now.
    QJsonObject from;
    for (auto it = lineage->cbegin(); it != lineage->cend(); ++it)
        from.insert(it.key(), std::min(it.value(), *head));
    from.insert(*old, *head);
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString text = QString::fromUtf8(QJsonDocument(from).toJson(QJsonDocument::Compact));
    for (const auto& [sql, values] :
         {std::pair{u"UPDATE server_meta SET value = ? WHERE key = 'instance_id'"_s, QVariantList{fresh}},
          std::pair{u"DELETE FROM server_meta WHERE key = 'restored_from'"_s, QVariantList{}},
          std::pair{u"INSERT INTO server_meta (key, value) VALUES ('restored_from', ?)"_s, QVariantList{text}},
          std::pair{u"DELETE FROM tokens"_s, QVariantList{}}}) {
        if (Status s = db.execute(sql, values); !s)
            return abort(s.error());
    }
    if (Status s = db.commit(); !s)
        return abort(s.error());
    return fresh;
}

} // namespace Stride::Server
