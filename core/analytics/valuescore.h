#pragma once

#include "domain/valuescorepolicy.h"

#include <QList>
#include <QString>

#include <optional>

namespace Stride {

struct ValueScoreInput {
    QString customerId;
    double purchaseAmount = 0;          // orders in the window
    std::optional<double> satisfaction; // 0–100, none when never rated
    std::optional<double> trial;        // new-product trial participation 0–100
};

struct ValueScoreBreakdown {
    QString customerId;
    double purchaseAmount = 0;
    double p = 0; // purchase percentile within the organisation, 0–100
    double s = 0;
    double t = 0;
    double score = 0;
    QString tier;
    // When the server computed the organisation's purchase distribution P was read from (OrgAggregates);
    // 0: P was ranked among this replica's customers only.
    qint64 orgAsOf = 0;
};

// Customer value score = wP·P + wS·S + wT·T, each 0–100.
// P is the percentile rank of the customer's purchases in the window among all N customers:
//   P = 100 · (L + E/2) / (N − 1), L = other customers who bought strictly less, E = others who bought exactly
//   as much (ties share the rank). A customer who bought nothing in the window has P = 0; a single customer
//   with purchases has P = 100.
// S and T are the customer's satisfaction and trial participation, clamped to 0–100; unknown counts as 0.
class ValueScore final {
public:
    static QList<ValueScoreBreakdown> compute(const QList<ValueScoreInput>& inputs,
                                              const ValueScorePolicy& policy = {});
    static QString tierFor(double score, const ValueScorePolicy& policy = {});
    // Score and tier from a known P and the raw S and T (clamped to 0–100; unknown counts as 0).
    static void combine(ValueScoreBreakdown& b, std::optional<double> satisfaction, std::optional<double> trial,
                        const ValueScorePolicy& policy = {});
};

} // namespace Stride
