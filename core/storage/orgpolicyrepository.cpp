#include "orgpolicyrepository.h"

#include "domain/methoddefaults.h"
#include "logging.h"
#include "storage/database.h"
#include "storage/entitystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

const QString kEntity = u"org_policy"_s;

// The JSON text of a row: a document (object or array) or a bare value (a string or number).
std::optional<QJsonValue> parseValue(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson("[" + bytes + "]", &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

OrgPolicy policyFrom(const QMap<QString, QJsonValue>& values) {
    OrgPolicy policy = OrgPolicy::defaults(values.value(OrgPolicy::kLanguage).toString(u"zh_CN"_s));
    if (!values.contains(OrgPolicy::kTimeZone))
        policy.timeZone = u"UTC"_s;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        (void)policy.set(it.key(), it.value()); // checked by storedValues()
    return policy;
}

} // namespace

OrgPolicyRepository::OrgPolicyRepository(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_ownStore(std::make_unique<EntityStore>(db))
    , m_store(*m_ownStore) {}

OrgPolicyRepository::OrgPolicyRepository(EntityStore& store, QObject* parent)
    : QObject(parent)
    , m_db(store.database())
    , m_store(store) {
    connect(&m_store, &EntityStore::changed, this, [this](const QString& entity, const QStringList&) {
        if (entity == kEntity)
            emit changed();
    });
}

OrgPolicyRepository::~OrgPolicyRepository() = default;

Result<QMap<QString, QJsonValue>> OrgPolicyRepository::storedValues(const Database& db) {
    Result<QSqlQuery> q = db.exec(u"SELECT id, value FROM org_policy WHERE deleted = 0"_s);
    if (!q)
        return fail(q.error());
    QMap<QString, QJsonValue> out;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const std::optional<QJsonValue> v = parseValue(q->value(1).toString());
        // The server checks every value it accepts; a row it did not check (an older server, a hand edit) must
        // not take the analytics down, so it counts as absent.
        if (!v || !OrgPolicy::validate(key, *v)) {
            qCWarning(lcDb) << "org_policy" << key << "ignored: its value is not valid";
            continue;
        }
        out.insert(key, *v);
    }
    return out;
}

Result<OrgPolicy> OrgPolicyRepository::load() const {
    Result<QMap<QString, QJsonValue>> stored = storedValues(m_db);
    if (!stored)
        return fail(stored.error());
    return policyFrom(*stored);
}

OrgPolicy OrgPolicyRepository::loadOrDefaults(const Database& db) {
    Result<QMap<QString, QJsonValue>> stored = storedValues(db);
    if (!stored) {
        qCWarning(lcDb) << "cannot read the organisation's policy:" << stored.error();
        return policyFrom({});
    }
    return policyFrom(*stored);
}

Result<QJsonValue> OrgPolicyRepository::value(const QString& key) const {
    if (!OrgPolicy::keys().contains(key))
        return fail(u"org_policy: unknown key '%1' (known: %2)"_s.arg(key, OrgPolicy::keys().join(u", "_s)));
    Result<OrgPolicy> policy = load();
    if (!policy)
        return fail(policy.error());
    return policy->value(key);
}

Status OrgPolicyRepository::set(const QString& key, const QJsonValue& v, const QString& updatedBy) {
    if (Status s = OrgPolicy::validate(key, v); !s)
        return s;
    Result<QString> saved = m_store.save(
        kEntity, key, {{u"key"_s, key}, {u"value"_s, MethodDefaults::jsonText(v)}, {u"updated_by"_s, updatedBy}});
    if (!saved)
        return fail(saved.error());
    if (!m_ownStore)
        return {}; // the shared store's changed() announced it
    emit changed();
    return {};
}

} // namespace Stride
