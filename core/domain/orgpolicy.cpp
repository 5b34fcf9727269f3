#include "orgpolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr double kWeightTolerance = 1e-6;

bool isNumber(const QJsonValue& v) {
    return v.isDouble() && std::isfinite(v.toDouble());
}

Status badValue(const QString& key, const QString& problem) {
    return fail(u"org_policy %1: %2"_s.arg(key, problem));
}

Status checkWeights(const QString& key, const QJsonValue& value) {
    if (!value.isObject())
        return badValue(key, u"must be an object {\"p\":…,\"s\":…,\"t\":…}"_s);
    const QJsonObject o = value.toObject();
    double sum = 0;
    for (const QString& part : {u"p"_s, u"s"_s, u"t"_s}) {
        const QJsonValue w = o.value(part);
        if (!isNumber(w))
            return badValue(key, u"weight '%1' is missing or not a number"_s.arg(part));
        if (w.toDouble() < 0 || w.toDouble() > 1)
            return badValue(key, u"weight '%1' is %2, outside 0..1"_s.arg(part).arg(w.toDouble()));
        sum += w.toDouble();
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() != u"p"_s && it.key() != u"s"_s && it.key() != u"t"_s)
            return badValue(key, u"unknown weight '%1' (known: p, s, t)"_s.arg(it.key()));
    }
    if (std::abs(sum - 1.0) > kWeightTolerance)
        return badValue(key, u"the weights sum to %1, not 1"_s.arg(sum, 0, 'g', 10));
    return {};
}

Status checkTiers(const QString& key, const QJsonValue& value) {
    if (!value.isObject())
        return badValue(key, u"must be an object {\"a\":…,\"b\":…}"_s);
    const QJsonObject o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() != u"a"_s && it.key() != u"b"_s)
            return badValue(key, u"unknown tier '%1' (known: a, b)"_s.arg(it.key()));
    }
    if (!isNumber(o.value(u"a"_s)) || !isNumber(o.value(u"b"_s)))
        return badValue(key, u"tiers 'a' and 'b' must both be numbers"_s);
    const double a = o.value(u"a"_s).toDouble();
    const double b = o.value(u"b"_s).toDouble();
    if (!(b > 0 && b < a && a <= 100))
        return badValue(key, u"tiers out of order: need 0 < b < a <= 100, got a = %1, b = %2"_s.arg(a).arg(b));
    return {};
}

Status checkDwell(const QString& key, const QJsonValue& value) {
    if (!value.isObject())
        return badValue(key, u"must be an object {\"demo\":[yellow, red], …}"_s);
    const QJsonObject o = value.toObject();
    const QStringList stages = OrgPolicy::dwellStages();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!stages.contains(it.key()))
            return badValue(key, u"unknown stage '%1' (known: %2)"_s.arg(it.key(), stages.join(u", "_s)));
        const QJsonArray pair = it.value().toArray();
        if (!it.value().isArray() || pair.size() != 2 || !isNumber(pair.at(0)) || !isNumber(pair.at(1)))
            return badValue(key, u"stage '%1' needs [yellow, red] in days"_s.arg(it.key()));
        const double yellow = pair.at(0).toDouble();
        const double red = pair.at(1).toDouble();
        if (yellow <= 0)
            return badValue(key, u"stage '%1': yellow must be more than 0 days, got %2"_s.arg(it.key()).arg(yellow));
        if (yellow > red)
            return badValue(
                key, u"stage '%1': yellow (%2 days) is after red (%3 days)"_s.arg(it.key()).arg(yellow).arg(red));
    }
    return {};
}

Status checkRequiredFields(const QString& key, const QJsonValue& value) {
    if (!value.isArray())
        return badValue(key, u"must be an array of field names"_s);
    const QStringList known = OrgPolicy::leadFields();
    QStringList seen;
    for (const QJsonValue& v : value.toArray()) {
        if (!v.isString())
            return badValue(key, u"every entry must be a field name"_s);
        if (!known.contains(v.toString()))
            return badValue(key, u"unknown field '%1' (known: %2)"_s.arg(v.toString(), known.join(u", "_s)));
        if (seen.contains(v.toString()))
            return badValue(key, u"field '%1' is listed twice"_s.arg(v.toString()));
        seen << v.toString();
    }
    return {};
}

} // namespace

QString OrgPolicy::defaultTimeZone(const QString& language) {
    return language == u"en"_s ? u"UTC"_s : u"Asia/Shanghai"_s;
}

OrgPolicy OrgPolicy::defaults(const QString& language) {
    OrgPolicy p;
    p.language = language == u"en"_s ? u"en"_s : u"zh_CN"_s;
    p.timeZone = defaultTimeZone(p.language);
    p.dwell = {{u"lead"_s, {7, 14}},
               {u"contact"_s, {5, 10}},
               {u"needs"_s, {7, 10}},
               {u"demo"_s, {5, 7}},
               {u"objection"_s, {7, 14}}};
    p.requiredLeadFields = leadFields();
    return p;
}

QStringList OrgPolicy::keys() {
    return {kName, kLanguage, kTimeZone, kScoreWeights, kScoreTiers, kDwellThresholds, kRequiredLeadFields};
}

QStringList OrgPolicy::leadFields() {
    return {u"industry"_s, u"budget_band"_s, u"decision_chain"_s, u"demand_stage"_s};
}

QStringList OrgPolicy::dwellStages() {
    return {u"lead"_s, u"contact"_s, u"needs"_s, u"demo"_s, u"objection"_s};
}

Status OrgPolicy::validate(const QString& key, const QJsonValue& value) {
    if (key == kName) {
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return badValue(key, u"must be a non-empty string"_s);
        if (value.toString().size() > 200)
            return badValue(key, u"is longer than 200 characters"_s);
        return {};
    }
    if (key == kLanguage) {
        if (value.toString() != u"zh_CN"_s && value.toString() != u"en"_s)
            return badValue(key, u"must be \"zh_CN\" or \"en\""_s);
        return {};
    }
    if (key == kTimeZone) {
        if (!value.isString() || value.toString().isEmpty() || !QTimeZone(value.toString().toUtf8()).isValid())
            return badValue(key, u"'%1' is not a known time zone (an IANA id such as Asia/Shanghai)"_s.arg(
                                     value.isString() ? value.toString() : u"?"_s));
        return {};
    }
    if (key == kScoreWeights)
        return checkWeights(key, value);
    if (key == kScoreTiers)
        return checkTiers(key, value);
    if (key == kDwellThresholds)
        return checkDwell(key, value);
    if (key == kRequiredLeadFields)
        return checkRequiredFields(key, value);
    return fail(u"org_policy: unknown key '%1' (known: %2)"_s.arg(key, keys().join(u", "_s)));
}

QJsonValue OrgPolicy::value(const QString& key) const {
    if (key == kName)
        return name;
    if (key == kLanguage)
        return language;
    if (key == kTimeZone)
        return timeZone;
    if (key == kScoreWeights)
        return QJsonObject{{u"p"_s, score.weightP}, {u"s"_s, score.weightS}, {u"t"_s, score.weightT}};
    if (key == kScoreTiers)
        return QJsonObject{{u"a"_s, score.tierA}, {u"b"_s, score.tierB}};
    if (key == kDwellThresholds) {
        QJsonObject o;
        for (auto it = dwell.cbegin(); it != dwell.cend(); ++it)
            o.insert(it.key(), QJsonArray{it->yellowDays, it->redDays});
        return o;
    }
    if (key == kRequiredLeadFields)
        return QJsonArray::fromStringList(requiredLeadFields);
    return QJsonValue(QJsonValue::Undefined);
}

Status OrgPolicy::set(const QString& key, const QJsonValue& v) {
    if (Status s = validate(key, v); !s)
        return s;
    if (key == kName) {
        name = v.toString().trimmed();
    } else if (key == kLanguage) {
        language = v.toString();
    } else if (key == kTimeZone) {
        timeZone = v.toString();
    } else if (key == kScoreWeights) {
        const QJsonObject o = v.toObject();
        score.weightP = o.value(u"p"_s).toDouble();
        score.weightS = o.value(u"s"_s).toDouble();
        score.weightT = o.value(u"t"_s).toDouble();
    } else if (key == kScoreTiers) {
        const QJsonObject o = v.toObject();
        score.tierA = o.value(u"a"_s).toDouble();
        score.tierB = o.value(u"b"_s).toDouble();
    } else if (key == kDwellThresholds) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QJsonArray pair = it.value().toArray();
            dwell.insert(it.key(), {pair.at(0).toDouble(), pair.at(1).toDouble()});
        }
    } else if (key == kRequiredLeadFields) {
        QStringList wanted;
        for (const QJsonValue& f : v.toArray())
            wanted << f.toString();
        // Kept in the forms' order whatever order the admin listed them in.
        requiredLeadFields.clear();
        for (const QString& f : leadFields()) {
            if (wanted.contains(f))
                requiredLeadFields << f;
        }
    }
    return {};
}

bool OrgPolicy::operator==(const OrgPolicy& o) const {
    return name == o.name && language == o.language && timeZone == o.timeZone && score == o.score && dwell == o.dwell &&
           requiredLeadFields == o.requiredLeadFields;
}

} // namespace Stride
