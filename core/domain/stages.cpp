#include "stages.h"

#include "domain/stage.h"

using namespace Qt::StringLiterals;

namespace Stride {

const QStringList& Stages::pipeline() {
    // The codes of the domain's funnel stages, in their order: one definition of the funnel.
    static const QStringList s = [] {
        QStringList codes;
        for (Stage stage : funnelStages())
            codes << stageCode(stage);
        return codes;
    }();
    return s;
}

const QStringList& Stages::open() {
    static const QStringList s = pipeline().mid(0, 5);
    return s;
}

int Stages::index(const QString& stage) {
    return int(pipeline().indexOf(stage));
}

QString Stages::indexSql(const QString& column) {
    QString s = u"CASE "_s + column;
    for (int i = 0; i < pipeline().size(); ++i)
        s += u" WHEN '%1' THEN %2"_s.arg(pipeline().at(i)).arg(i);
    return s + u" END"_s;
}

QString lightName(Light light) {
    switch (light) {
    case Light::Green:
        return u"green"_s;
    case Light::Yellow:
        return u"yellow"_s;
    case Light::Red:
        return u"red"_s;
    case Light::NoData:
        break;
    }
    return u"no data"_s;
}

} // namespace Stride
