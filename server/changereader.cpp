#include "changereader.h"

#include "account.h"
#include "serverquery.h"
#include "storage/schema.h"
#include "visibility.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride::Server {

ChangeReader::ChangeReader(ServerDatabase& db, const Account& account, qint64 cursor, int version)
    : m_db(db)
    , m_account(account)
    , m_cursor(cursor)
    , m_version(version) {}

bool ChangeReader::known(const EntityDef& def) const {
    return def.sinceProtocol <= m_version;
}

QString ChangeReader::removalScope() const {
    return m_account.isSupervisor() ? u"team_id"_s : u"rep_id"_s;
}

QString ChangeReader::removalKey() const {
    return m_account.isSupervisor() ? m_account.teamId : m_account.repId;
}

Status ChangeReader::probe(int limit, std::vector<qint64>& seqs, bool& truncated) {
    for (const EntityDef& def : Schema::entities()) {
        if (!known(def))
            continue;
        QVariantList binds{m_cursor};
        const QString vis = Visibility::filter(m_account, def, binds);
        if (Status s = probeQuery(u"SELECT seq FROM %1 WHERE seq > ?%2 ORDER BY seq"_s.arg(def.name, vis), binds, limit,
                                  seqs, truncated);
            !s)
            return s;
    }
    if (m_account.seesAll())
        return {};
    return probeQuery(u"SELECT seq FROM removals WHERE seq > ? AND %1 = ? ORDER BY seq"_s.arg(removalScope()),
                      {m_cursor, removalKey()}, limit, seqs, truncated);
}

Status ChangeReader::probeQuery(const QString& query, const QVariantList& binds, int limit, std::vector<qint64>& seqs,
                                bool& truncated) {
    ServerQuery q(m_db, query + u" LIMIT %1"_s.arg(limit + 1), binds);
    int n = 0;
    while (q.next()) {
        if (++n > limit) {
            truncated = true;
            break;
        }
        seqs.push_back(q.integer(0));
    }
    return q.finish();
}

Status ChangeReader::read(qint64 upper, const PullPageWriter& writer, std::vector<PullPageWriter::Item>& items) {
    const QList<EntityDef>& entities = Schema::entities();
    for (int e = 0; e < entities.size(); ++e) {
        if (!known(entities.at(e)))
            continue;
        if (Status s = readTable(e, upper, writer, items); !s)
            return s;
    }
    return readRemovals(upper, writer, items);
}

Status ChangeReader::readTable(int entity, qint64 upper, const PullPageWriter& writer,
                               std::vector<PullPageWriter::Item>& items) {
    const EntityDef& def = Schema::entities().at(entity);
    QVariantList binds{m_cursor, upper};
    const QString vis = Visibility::filter(m_account, def, binds);
    const QStringList columns =
        QStringList{u"seq"_s, u"id"_s, u"version"_s, u"updated_at"_s, u"deleted"_s} + def.fieldNames();
    ServerQuery q(
        m_db,
        u"SELECT %1 FROM %2 WHERE seq > ? AND seq <= ?%3 ORDER BY seq"_s.arg(columns.join(u", "_s), def.name, vis),
        binds);
    while (q.next())
        items.push_back({q.integer(0), entity, false, q.upsert(writer, def, 1)});
    return q.finish();
}

Status ChangeReader::readRemovals(qint64 upper, const PullPageWriter& writer,
                                  std::vector<PullPageWriter::Item>& items) {
    if (m_account.seesAll())
        return {};
    const QList<EntityDef>& entities = Schema::entities();
    ServerQuery q(m_db,
                  u"SELECT seq, entity, row_id FROM removals WHERE seq > ? AND seq <= ? AND %1 = ? ORDER BY seq"_s.arg(
                      removalScope()),
                  {m_cursor, upper, removalKey()});
    while (q.next()) {
        const QString entity = q.text(1);
        const auto def = std::find_if(entities.cbegin(), entities.cend(),
                                      [&entity](const EntityDef& e) { return e.name == entity; });
        if (def == entities.cend() || !known(*def))
            continue;
        items.push_back({q.integer(0), int(def - entities.cbegin()), true, writer.removal(*def, q.text(2))});
    }
    return q.finish();
}

} // namespace Stride::Server
