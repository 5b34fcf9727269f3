#include "stage.h"

#include <QtCore/qcoreapplication.h>

#include <array>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

struct StageInfo {
    Stage stage;
    const char16_t* code;
    const char* source;
    const char16_t* chinese;
};

constexpr std::array<StageInfo, 7> kStages{{
    {Stage::Lead, u"lead", QT_TRANSLATE_NOOP("Stride::Stage", "Lead assigned"), u"线索分配"},
    {Stage::Contact, u"contact", QT_TRANSLATE_NOOP("Stride::Stage", "First contact"), u"首次触达"},
    {Stage::Needs, u"needs", QT_TRANSLATE_NOOP("Stride::Stage", "Needs confirmed"), u"需求确认"},
    {Stage::Demo, u"demo", QT_TRANSLATE_NOOP("Stride::Stage", "Solution demo"), u"方案演示"},
    {Stage::Objection, u"objection", QT_TRANSLATE_NOOP("Stride::Stage", "Objection handling"), u"异议处理"},
    {Stage::Won, u"won", QT_TRANSLATE_NOOP("Stride::Stage", "Signed & paid"), u"签约回款"},
    {Stage::Lost, u"lost", QT_TRANSLATE_NOOP("Stride::Stage", "Lost"), u"输单"},
}};

const StageInfo& info(Stage stage) {
    return kStages[std::size_t(stage)];
}

} // namespace

QString stageCode(Stage stage) {
    return QString::fromUtf16(info(stage).code);
}

std::optional<Stage> stageFromCode(const QString& code) {
    for (const StageInfo& s : kStages) {
        if (code == QStringView(s.code))
            return s.stage;
    }
    return std::nullopt;
}

const QList<Stage>& funnelStages() {
    static const QList<Stage> stages{Stage::Lead, Stage::Contact,   Stage::Needs,
                                     Stage::Demo, Stage::Objection, Stage::Won};
    return stages;
}

bool isClosedStage(Stage stage) {
    return stage == Stage::Won || stage == Stage::Lost;
}

const char* stageSourceText(Stage stage) {
    return info(stage).source;
}

QString stageEnglishName(Stage stage) {
    return QString::fromLatin1(info(stage).source);
}

QString stageChineseName(Stage stage) {
    return QString::fromUtf16(info(stage).chinese);
}

} // namespace Stride
