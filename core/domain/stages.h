#pragma once

#include <QString>
#include <QStringList>

namespace Stride {

// The funnel's stage codes (conventions: lead, contact, needs, demo, objection, won; lost is off-pipeline).
class Stages final {
public:
    static const QStringList& pipeline();   // lead … won, in order
    static const QStringList& open();       // lead … objection
    static int index(const QString& stage); // position in pipeline(), -1 for lost/unknown
    // SQL CASE expression mapping a stage column to its pipeline index (NULL for lost).
    static QString indexSql(const QString& column);
};

// Traffic light shared by the dwell and process-health figures.
enum class Light { NoData, Green, Yellow, Red };
QString lightName(Light light); // "no data", "green", "yellow", "red"

} // namespace Stride
