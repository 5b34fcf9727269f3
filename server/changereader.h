#pragma once

#include "pullpagewriter.h"
#include "result.h"

#include <vector>

namespace Stride::Server {

struct Account;
class ServerDatabase;

// The reads of one pull, inside the read transaction SyncService::pull holds: first where the page ends (change
// numbers only, an index scan), then the rows and removals up to there. Only what `account` may see, and only
// entities the client's protocol `version` knows (a newer entity is never sent).
class ChangeReader final {
public:
    ChangeReader(ServerDatabase& db, const Account& account, qint64 cursor, int version);

    // The change numbers after the cursor, at most `limit` of each table and of the removals; `truncated` when a
    // table had more.
    Status probe(int limit, std::vector<qint64>& seqs, bool& truncated);
    // The changes numbered in (cursor, upper], rendered by `writer`, table by table (not yet in order).
    Status read(qint64 upper, const PullPageWriter& writer, std::vector<PullPageWriter::Item>& items);

private:
    bool known(const EntityDef& def) const;
    Status probeQuery(const QString& query, const QVariantList& binds, int limit, std::vector<qint64>& seqs,
                      bool& truncated);
    Status readTable(int entity, qint64 upper, const PullPageWriter& writer, std::vector<PullPageWriter::Item>& items);
    Status readRemovals(qint64 upper, const PullPageWriter& writer, std::vector<PullPageWriter::Item>& items);
    // The removals column and value of this account's scope (removals are kept per rep and per team).
    QString removalScope() const;
    QString removalKey() const;

    ServerDatabase& m_db;
    const Account& m_account;
    qint64 m_cursor;
    int m_version;
};

} // namespace Stride::Server
