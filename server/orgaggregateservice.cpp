#include "orgaggregateservice.h"

#include "account.h"
#include "analytics/orgaggregates.h"
#include "logging.h"
#include "orgaggregatecomputer.h"
#include "serverdatabase.h"
#include "syncservice.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

// Who the server's own writes are made as: sees every row, belongs to no device.
Account serverAccount() {
    Account a;
    a.id = u"server"_s;
    a.name = u"stride-server"_s;
    a.role = u"admin"_s;
    return a;
}

QVariant textOrNull(const QString& s) {
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

OrgAggregateService::OrgAggregateService(ServerDatabase& db, SyncService& sync, const Clock& clock)
    : m_db(db)
    , m_sync(sync)
    , m_clock(clock) {}

OrgAggregateService::~OrgAggregateService() {
    stop();
}

bool OrgAggregateService::isInput(const QString& entity) {
    static const QStringList inputs{u"customers"_s,       u"orders"_s, u"opportunities"_s, u"visits"_s,
                                    u"behaviour_types"_s, u"reps"_s,   u"teams"_s,         u"org_policy"_s};
    return inputs.contains(entity);
}

Result<int> OrgAggregateService::recompute() {
    QElapsedTimer timer;
    timer.start();
    const qint64 now = m_clock.nowSecs();
    Result<QList<OrgAggregateRow>> rows = OrgAggregateComputer(m_db).compute(now);
    if (!rows)
        return fail(u"cannot compute the organisation's aggregates: %1"_s.arg(rows.error()));

    QHash<QString, QString> stored; // live rows: id → value_json
    {
        Result<QSqlQuery> q = m_db.exec(u"SELECT id, value_json FROM org_aggregates WHERE deleted = 0"_s);
        if (!q)
            return fail(q.error());
        while (q->next())
            stored.insert(q->value(0).toString(), q->value(1).toString());
    }
    QList<Protocol::PushEntry> entries;
    auto upsert = [&](const QString& id, const QString& kind, const QString& team, const QString& key,
                      const QString& value) {
        Protocol::PushEntry e;
        e.mutationId = entries.size() + 1;
        e.entity = OrgAggregates::kEntity;
        e.id = id;
        e.baseVersion = -1; // the server's figures replace whatever was there
        e.fields = {{u"kind"_s, kind},
                    {u"team_id"_s, textOrNull(team)},
                    {u"key"_s, key},
                    {u"value_json"_s, value},
                    {u"computed_at"_s, now}};
        entries.append(e);
    };
    QSet<QString> computed;
    for (const OrgAggregateRow& r : std::as_const(*rows)) {
        computed.insert(r.id);
        const auto it = stored.constFind(r.id);
        if (it == stored.cend() || *it != r.valueJson)
            upsert(r.id, r.kind, r.teamId, r.key, r.valueJson);
    }
    // A team that is gone leaves no figures behind.
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (computed.contains(it.key()) || it.key() == OrgAggregates::kStamp)
            continue;
        Protocol::PushEntry e;
        e.mutationId = entries.size() + 1;
        e.entity = OrgAggregates::kEntity;
        e.id = it.key();
        e.remove = true;
        e.baseVersion = -1;
        entries.append(e);
    }
    const int changed = int(entries.size());
    upsert(OrgAggregates::kStamp, OrgAggregates::kStamp, {}, u"org"_s,
           QString::fromUtf8(QJsonDocument(QJsonObject{{u"rows"_s, rows->size()}, {u"changed"_s, changed}})
                                 .toJson(QJsonDocument::Compact)));
    Result<QList<Protocol::PushResult>> written = m_sync.applyAsServer(serverAccount(), entries);
    if (!written)
        return fail(u"cannot store the organisation's aggregates: %1"_s.arg(written.error()));
    qCInfo(lcServer) << "organisation aggregates:" << rows->size() << "computed," << changed << "changed, in"
                     << timer.elapsed() << "ms";
    return int(entries.size());
}

Status OrgAggregateService::start(std::chrono::milliseconds debounce, std::chrono::seconds every) {
    stop();
    m_debounce = debounce;
    m_every = every;
    Result<int> first = recompute();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = false;
        m_dirty = !first; // a failed first run is retried after the debounce
        m_changedAt = m_dirtySince = m_lastRun = std::chrono::steady_clock::now();
    }
    m_thread = std::thread([this] { loop(); });
    if (!first)
        return fail(first.error());
    return {};
}

void OrgAggregateService::stop() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void OrgAggregateService::inputsChanged(const QStringList& entities) {
    bool input = false;
    for (const QString& e : entities)
        input = input || isInput(e);
    if (!input)
        return;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_changedAt = std::chrono::steady_clock::now();
        if (!m_dirty)
            m_dirtySince = m_changedAt;
        m_dirty = true;
    }
    m_wake.notify_all();
}

void OrgAggregateService::loop() {
    using SteadyClock = std::chrono::steady_clock;
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stop) {
        SteadyClock::time_point due = SteadyClock::time_point::max();
        const auto debounced = [this] { return std::min(m_changedAt + m_debounce, m_dirtySince + kMaxDelay); };
        if (m_dirty)
            due = debounced();
        if (m_every.count() > 0)
            due = std::min(due, m_lastRun + m_every);
        if (due == SteadyClock::time_point::max())
            m_wake.wait(lock);
        else
            m_wake.wait_until(lock, due);
        if (m_stop)
            break;
        const SteadyClock::time_point t = SteadyClock::now();
        const bool afterPushes = m_dirty && t >= debounced();
        const bool scheduled = m_every.count() > 0 && t >= m_lastRun + m_every;
        if (!afterPushes && !scheduled)
            continue;
        m_dirty = false;
        m_lastRun = t;
        lock.unlock();
        Result<int> r = recompute();
        if (!r)
            qCWarning(lcServer) << r.error();
        lock.lock();
        if (!r && !m_dirty) {
            m_dirty = true; // retried after another debounce
            m_changedAt = m_dirtySince = SteadyClock::now();
        }
    }
}

} // namespace Stride::Server
