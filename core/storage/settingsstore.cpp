#include "settingsstore.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace Stride {

SettingsStore::SettingsStore(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db) {}

std::optional<QString> SettingsStore::rawValue(const QString& key) const {
    Result<QSqlQuery> q = m_db.exec(u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (!q || !q->next() || q->value(0).isNull())
        return std::nullopt;
    return q->value(0).toString();
}

Status SettingsStore::setRawValue(const QString& key, const QString& value) {
    Status s = m_db.execute(
        u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        {key, value});
    if (s)
        emit changed(key);
    return s;
}

Status SettingsStore::remove(const QString& key) {
    Status s = m_db.execute(u"DELETE FROM settings WHERE key = ?"_s, {key});
    if (s)
        emit changed(key);
    return s;
}

} // namespace Stride
