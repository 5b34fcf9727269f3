#include "forecastsignal.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString ForecastSignal::entity() {
    return u"forecast_signals"_s;
}

const FieldMapping<ForecastSignal>& ForecastSignal::mapping() {
    static const FieldMapping<ForecastSignal> m{
        {u"opportunity_id"_s, &ForecastSignal::opportunityId},
        {u"kind"_s, &ForecastSignal::kind},
        {u"noted_at"_s, &ForecastSignal::notedAt},
        {u"note"_s, &ForecastSignal::note},
    };
    return m;
}

} // namespace Stride
