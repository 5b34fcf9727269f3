#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <optional>
#include <type_traits>

namespace Stride {

class Database;

// A setting's key, type and default in one place; read and written only through SettingsStore.
template <typename T> struct Setting {
    const char16_t* key;
    T defaultValue;
};

// The known settings of a replica (per profile). Defaults are the product's defaults (docs/sales-method.md). What the
// whole organisation shares (value-score weights and tiers, dwell thresholds, required lead fields, its time zone) is
// its synced policy (OrgPolicyRepository), not a setting: rows an old replica keeps under score/… are ignored.
namespace Settings {
inline const Setting<QString> language{u"ui/language", QString()}; // empty = follow the system
inline const Setting<int> syncBatchSize{u"sync/batch_size", 200};
inline const Setting<int> syncPageSize{u"sync/page_size", 2000};
// Set only on a demo replica: the demo's "now" (ISO 8601, UTC). Its figures are read as of then (ReplicaClock).
inline const Setting<QString> demoNow{u"demo/now", QString()};
} // namespace Settings

// The typed settings table of a replica: values are stored as text and converted on read; an absent or
// unreadable value yields the default.
class SettingsStore final : public QObject {
    Q_OBJECT
public:
    explicit SettingsStore(Database& db, QObject* parent = nullptr);

    template <typename T> T value(const Setting<T>& s) const {
        const std::optional<QString> raw = rawValue(QString::fromUtf16(s.key));
        if (!raw)
            return s.defaultValue;
        return parse<T>(*raw).value_or(s.defaultValue);
    }
    template <typename T> Status setValue(const Setting<T>& s, const T& v) {
        if constexpr (std::is_same_v<T, QString>)
            return setRawValue(QString::fromUtf16(s.key), v);
        else if constexpr (std::is_same_v<T, bool>)
            return setRawValue(QString::fromUtf16(s.key), v ? QStringLiteral("true") : QStringLiteral("false"));
        else
            return setRawValue(QString::fromUtf16(s.key), QString::number(v));
    }
    template <typename T> Status reset(const Setting<T>& s) { return remove(QString::fromUtf16(s.key)); }

signals:
    void changed(const QString& key);

private:
    template <typename T> static std::optional<T> parse(const QString& text) {
        bool ok = false;
        if constexpr (std::is_same_v<T, QString>) {
            return text;
        } else if constexpr (std::is_same_v<T, bool>) {
            if (text == QStringView(u"true") || text == QStringView(u"false"))
                return text == QStringView(u"true");
            return std::nullopt;
        } else if constexpr (std::is_integral_v<T>) {
            const qlonglong v = text.toLongLong(&ok);
            return ok ? std::optional<T>(T(v)) : std::nullopt;
        } else {
            const double v = text.toDouble(&ok);
            return ok ? std::optional<T>(T(v)) : std::nullopt;
        }
    }
    std::optional<QString> rawValue(const QString& key) const;
    Status setRawValue(const QString& key, const QString& value);
    Status remove(const QString& key);

    Database& m_db;
};

} // namespace Stride
