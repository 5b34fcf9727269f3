#pragma once

#include "domain/dwellthreshold.h"
#include "domain/valuescorepolicy.h"
#include "result.h"

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Stride {

// The organisation's policy: what an admin sets once for everyone, synced as rows of `org_policy` (one row per
// key, the key also the row id, the value JSON text). Every key has a product default; a replica that has no
// row for a key uses it.
//
// Keys and values:
//   org.name             "…"                          the organisation's name
//   org.language         "zh_CN" | "en"               the language its reference data was written in first
//   org.timezone         IANA id                      where days, months and report periods begin
//   score.weights        {"p":0.4,"s":0.3,"t":0.3}    value-score weights, each 0..1, summing to 1
//   score.tiers          {"a":80,"b":60}              tier thresholds, 0 < b < a <= 100
//   dwell.thresholds     {"demo":[5,7], …}            days idle before yellow and red per open stage,
//                                                     0 < yellow <= red; a stage left out keeps its default
//   lead.required_fields ["industry", …]              the lead fields an opportunity needs before it is saved
struct OrgPolicy {
    QString name;
    QString language;
    QString timeZone; // IANA id, e.g. "Asia/Shanghai"
    ValueScorePolicy score;
    QMap<QString, DwellThreshold> dwell; // by stage code: lead, contact, needs, demo, objection
    QStringList requiredLeadFields;      // opportunity columns, in leadFields() order

    static inline const QString kName = QStringLiteral("org.name");
    static inline const QString kLanguage = QStringLiteral("org.language");
    static inline const QString kTimeZone = QStringLiteral("org.timezone");
    static inline const QString kScoreWeights = QStringLiteral("score.weights");
    static inline const QString kScoreTiers = QStringLiteral("score.tiers");
    static inline const QString kDwellThresholds = QStringLiteral("dwell.thresholds");
    static inline const QString kRequiredLeadFields = QStringLiteral("lead.required_fields");

    // The product's defaults; the time zone follows the language (Asia/Shanghai for zh_CN, UTC for en).
    static OrgPolicy defaults(const QString& language = QStringLiteral("zh_CN"));
    static QString defaultTimeZone(const QString& language);
    // Checks one key's value; the error names the key and the problem.
    static Status validate(const QString& key, const QJsonValue& value);
    static QStringList keys();
    // The lead fields a policy may require (opportunity columns), in the order forms list them.
    static QStringList leadFields();
    // The open stages that have dwell thresholds, in funnel order.
    static QStringList dwellStages();

    // This policy's value of one key, as the JSON an org_policy row holds (undefined for an unknown key).
    QJsonValue value(const QString& key) const;
    // Sets one key from its JSON value after validate(); on an error the policy is unchanged.
    Status set(const QString& key, const QJsonValue& value);

    bool operator==(const OrgPolicy& o) const;
    bool operator!=(const OrgPolicy& o) const { return !(*this == o); }
};

} // namespace Stride
