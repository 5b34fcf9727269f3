#pragma once

#include "analytics/analyticsfilter.h"
#include "clock.h"
#include "storage/database.h"
#include "temporaryreplica.h"

#include <QMetaType>
#include <QVariantMap>

namespace Stride::Test {

// A fresh migrated replica in a temporary directory plus terse row builders for hand-made worked examples.
// Times are given in days after day0 (2026-01-01 00:00 UTC) so the expected figures stay readable.
class AnalyticsFixture final {
public:
    AnalyticsFixture();
    bool ok() const { return m_replica.ok(); }
    const QString& error() const { return m_replica.error(); }
    Database& db() { return m_replica.db(); }
    const QString& path() const { return m_replica.path(); }

    static qint64 day(double d); // epoch seconds of day0 + d days
    static QDateTime at(double d) { return QDateTime::fromSecsSinceEpoch(day(d), Qt::UTC); }

    // Inserts a row with plain SQL (id generated when absent); returns the id. Fails the test on error.
    QString insert(const QString& table, QVariantMap fields);
    QString team(const QString& id, const QString& supervisorId = {});
    QString rep(const QString& id, const QString& teamId, const QString& role = QStringLiteral("rep"),
                const QString& supervisorId = {});
    QString customer(const QString& id, const QString& ownerId, const QVariantMap& extra = {});
    // An opportunity plus one stage_history stay per listed stage: stays[i] lasts from days[i] to days[i+1];
    // the last stage is current (left_at NULL) and sets stage / stage_entered_at.
    QString opportunity(const QString& id, const QString& customerId, const QString& ownerId, const QStringList& stages,
                        const QList<double>& days, const QVariantMap& extra = {});
    QString visit(const QString& customerId, const QString& repId, double atDay, const QVariantMap& extra = {});
    qint64 count(const QString& sql);

private:
    TemporaryReplica m_replica;
};

} // namespace Stride::Test

Q_DECLARE_METATYPE(Stride::AnalyticsFilter)
